package be.cambium.accounts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The part of the EW-MFA material classification the accounts need: which code is the parent of which,
 * and which codes exist only for trade (no domestic extraction, e.g. MF5 other products, MF6 waste).
 * The classification module's tree plugs in through this interface; {@link #of} builds one from a map.
 */
public interface MaterialHierarchy {

    boolean contains(String code);

    Optional<String> parent(String code);

    /** Children in classification order; empty for a leaf or an unknown code. */
    List<String> children(String code);

    /** True for codes that exist only for imports and exports: DE there is structurally zero. */
    boolean isTradeOnly(String code);

    /**
     * A hierarchy from child → parent pairs (roots have no entry, but must appear as a parent or in
     * {@code roots}).
     */
    static MaterialHierarchy of(List<String> roots, Map<String, String> parentByChild, Set<String> tradeOnly) {
        return new Simple(List.copyOf(roots), Collections.unmodifiableMap(new LinkedHashMap<>(parentByChild)), Set.copyOf(tradeOnly));
    }

    /** A map-backed hierarchy. */
    record Simple(List<String> roots, Map<String, String> parentByChild, Set<String> tradeOnly) implements MaterialHierarchy {

        public Simple {
            Objects.requireNonNull(roots, "roots");
            for (String p : parentByChild.values()) {
                if (!parentByChild.containsKey(p) && !roots.contains(p)) {
                    throw new IllegalArgumentException("parent '" + p + "' is neither a root nor a child");
                }
            }
        }

        @Override
        public boolean contains(String code) {
            return roots.contains(code) || parentByChild.containsKey(code);
        }

        @Override
        public Optional<String> parent(String code) {
            return Optional.ofNullable(parentByChild.get(code));
        }

        @Override
        public List<String> children(String code) {
            List<String> out = new ArrayList<>();
            parentByChild.forEach((c, p) -> {
                if (p.equals(code)) {
                    out.add(c);
                }
            });
            return out;
        }

        @Override
        public boolean isTradeOnly(String code) {
            return tradeOnly.contains(code);
        }
    }
}
