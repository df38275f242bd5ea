package be.cambium.io.pkg;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** A named set of valid codes that a foreign key can reference (a classification, a country list...). */
public interface CodeList {

    String name();

    boolean contains(String code);

    /** A fixed code list. */
    static CodeList of(String name, Collection<String> codes) {
        Objects.requireNonNull(name, "name");
        Set<String> set = Set.copyOf(new LinkedHashSet<>(codes));
        return new CodeList() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean contains(String code) {
                return set.contains(code);
            }

            @Override
            public String toString() {
                return "CodeList[" + name + ", " + set.size() + " codes]";
            }
        };
    }
}
