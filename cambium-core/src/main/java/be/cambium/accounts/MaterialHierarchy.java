package be.cambium.accounts;

import be.cambium.classification.MaterialCategory;
import be.cambium.classification.MaterialTree;
import be.cambium.classification.MfaFlowType;
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
 * The classification module's tree plugs in with {@link #of(MaterialTree)}; {@link #of(List, Map, Set)} builds one from a map (tests).
 */
public interface MaterialHierarchy {

    boolean contains(String code);

    Optional<String> parent(String code);

    /** Children in classification order; empty for a leaf or an unknown code. */
    List<String> children(String code);

    /** True for codes that exist only for imports and exports: DE there is structurally zero. */
    boolean isTradeOnly(String code);

    /**
     * The children whose values must add up to {@code code}'s value for {@code flow} (one of DE, IMP, EXP,
     * DMI, DMC, PTB); empty when the listed children are not a complete breakdown for that flow, so no
     * parent = sum check applies. The default: all children, for every flow.
     */
    default List<String> childrenSumming(String code, Indicator flow) {
        return children(code);
    }

    /**
     * The classification module's EW-MFA tree: a code equals the sum of its children for DE, IMP or EXP when
     * the code list says so ({@code children_sum}); for DMI, DMC and PTB when it does for each component flow.
     */
    static MaterialHierarchy of(MaterialTree tree) {
        Objects.requireNonNull(tree, "tree");
        return new MaterialHierarchy() {
            @Override
            public boolean contains(String code) {
                return tree.contains(code);
            }

            @Override
            public Optional<String> parent(String code) {
                return tree.contains(code) ? tree.parent(code).map(MaterialCategory::code) : Optional.empty();
            }

            @Override
            public List<String> children(String code) {
                return tree.contains(code) ? tree.children(code).stream().map(MaterialCategory::code).toList() : List.of();
            }

            @Override
            public boolean isTradeOnly(String code) {
                return tree.contains(code) && tree.isTradeOnly(code);
            }

            @Override
            public List<String> childrenSumming(String code, Indicator flow) {
                if (!tree.contains(code)) {
                    return List.of();
                }
                List<MfaFlowType> parts = switch (flow) {
                    case DE -> List.of(MfaFlowType.DE);
                    case IMP -> List.of(MfaFlowType.IMP);
                    case EXP -> List.of(MfaFlowType.EXP);
                    case DMI -> List.of(MfaFlowType.DE, MfaFlowType.IMP);
                    case DMC -> List.of(MfaFlowType.DE, MfaFlowType.IMP, MfaFlowType.EXP);
                    case PTB -> List.of(MfaFlowType.IMP, MfaFlowType.EXP);
                    default -> List.of();
                };
                if (parts.isEmpty() || !tree.get(code).childrenSum().containsAll(parts)) {
                    return List.of();
                }
                return tree.children(code).stream().filter(c -> parts.stream().anyMatch(c::existsFor)).map(MaterialCategory::code).toList();
            }

            @Override
            public String toString() {
                return "MaterialHierarchy of the EW-MFA MaterialTree (" + tree.size() + " codes)";
            }
        };
    }

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
