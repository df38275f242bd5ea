package be.cambium.io.pkg;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds code lists by name for {@code {"codeList": "..."}} foreign keys. Classifications plug in
 * by implementing this interface; {@link #none()} knows no code lists.
 */
@FunctionalInterface
public interface CodeListProvider {

    Optional<CodeList> find(String name);

    /** The names this provider knows, for messages; empty when it cannot list them. */
    default List<String> names() {
        return List.of();
    }

    static CodeListProvider none() {
        return name -> Optional.empty();
    }

    /** A provider serving the given lists by their names. */
    static CodeListProvider of(List<CodeList> lists) {
        Map<String, CodeList> byName = new LinkedHashMap<>();
        lists.forEach(l -> byName.put(l.name(), l));
        List<String> names = List.copyOf(byName.keySet());
        return new CodeListProvider() {
            @Override
            public Optional<CodeList> find(String name) {
                return Optional.ofNullable(byName.get(name));
            }

            @Override
            public List<String> names() {
                return names;
            }
        };
    }

    /** This provider, falling back to {@code other} for names it does not know. */
    default CodeListProvider orElse(CodeListProvider other) {
        CodeListProvider first = this;
        return new CodeListProvider() {
            @Override
            public Optional<CodeList> find(String name) {
                Optional<CodeList> l = first.find(name);
                return l.isPresent() ? l : other.find(name);
            }

            @Override
            public List<String> names() {
                List<String> all = new java.util.ArrayList<>(first.names());
                other.names().stream().filter(n -> !all.contains(n)).forEach(all::add);
                return List.copyOf(all);
            }
        };
    }
}
