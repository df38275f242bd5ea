package be.cambium.criticality;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * SR of one material at one stage.
 *
 * @param irInput    import reliance before clamping (NaN when not available)
 * @param ir         import reliance used, clamped to [0, 1]
 * @param modeUsed   the supply mode applied after the fallback rules, null when SR could not be computed
 * @param note       which rule ran (fallbacks), empty when none
 * @param irBasis    where the IR comes from (the economy's own, an EU proxy, a transit fallback, not used, missing)
 * @param sourcingBasis whether SR rests on the economy's own sourcing, the GS-only fallback, or neither
 * @param euInputs   the inputs a Belgian run took from the EU row of the stage (e.g. {@code eol_rir; si_sr;
 *                   supply_mode}), empty when none (always empty for the EU)
 */
public record StageResult(String material, Stage stage, Scope scope, double hhiGs, double hhiSourcing, double irInput,
                          double ir, double eolRir, double siSr, @Nullable SupplyMode modeUsed, double sr, String note,
                          IrBasis irBasis, SourcingBasis sourcingBasis, String euInputs) {
    public StageResult {
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(irBasis, "irBasis");
        Objects.requireNonNull(sourcingBasis, "sourcingBasis");
        Objects.requireNonNull(euInputs, "euInputs");
    }
}
