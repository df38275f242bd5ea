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
 */
public record StageResult(String material, Stage stage, Scope scope, double hhiGs, double hhiSourcing, double irInput,
                          double ir, double eolRir, double siSr, @Nullable SupplyMode modeUsed, double sr, String note) {
    public StageResult {
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(note, "note");
    }
}
