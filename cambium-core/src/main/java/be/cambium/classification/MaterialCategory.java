package be.cambium.classification;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One EW-MFA material category of Eurostat's {@code env_ac_mfa} {@code material} code list.
 *
 * @param code         the Eurostat code, e.g. {@code MF1}, {@code MF42}, {@code TOTAL}
 * @param label        English label
 * @param parent       the parent code; {@code null} only for the root {@code TOTAL}
 * @param level        0 for {@code TOTAL}, 1 for MF1–MF6, 2 for two-digit classes, …
 * @param flows        the flow types for which Eurostat reports this code; without {@link MfaFlowType#DE}
 *                     the code exists only in the trade tables
 * @param childrenSum  the flow types for which this code equals the sum of its children that exist for that
 *                     flow; empty for leaves and where the listed children are not the complete breakdown
 */
public record MaterialCategory(String code, String label, @Nullable String parent, int level,
                               Set<MfaFlowType> flows, Set<MfaFlowType> childrenSum) {

    public MaterialCategory {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(flows, "flows");
        Objects.requireNonNull(childrenSum, "childrenSum");
        if (code.isBlank()) {
            throw new IllegalArgumentException("material code must not be blank");
        }
        if (level < 0 || (level == 0) != (parent == null)) {
            throw new IllegalArgumentException(code + ": level " + level + " does not fit parent " + parent);
        }
        if (flows.isEmpty()) {
            throw new IllegalArgumentException(code + ": a material code must exist for at least one flow type");
        }
        if (!flows.containsAll(childrenSum)) {
            throw new IllegalArgumentException(code + ": children can only sum to it for flows it exists for");
        }
        flows = ordered(flows);
        childrenSum = ordered(childrenSum);
    }

    private static Set<MfaFlowType> ordered(Set<MfaFlowType> s) {
        EnumSet<MfaFlowType> e = EnumSet.noneOf(MfaFlowType.class);
        e.addAll(s);
        return Collections.unmodifiableSet(e);
    }

    /** True when Eurostat reports this code only for imports and exports, never for domestic extraction. */
    public boolean isTradeOnly() {
        return !flows.contains(MfaFlowType.DE);
    }

    public boolean existsFor(MfaFlowType flow) {
        return flows.contains(flow);
    }
}
