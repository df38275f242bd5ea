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

    static CodeListProvider none() {
        return name -> Optional.empty();
    }

    /** A provider serving the given lists by their names. */
    static CodeListProvider of(List<CodeList> lists) {
        Map<String, CodeList> byName = new LinkedHashMap<>();
        lists.forEach(l -> byName.put(l.name(), l));
        return name -> Optional.ofNullable(byName.get(name));
    }

    /** This provider, falling back to {@code other} for names it does not know. */
    default CodeListProvider orElse(CodeListProvider other) {
        return name -> {
            Optional<CodeList> l = find(name);
            return l.isPresent() ? l : other.find(name);
        };
    }
}
