package be.cambium.criticality;

import java.util.Objects;

/**
 * Belgian trade totals and IR_BE of one material at one stage over a year window. Masses in kg; NaN = not known.
 *
 * @param productionKg      domestic production DP over the window (NaN when not known)
 * @param importsKg         imports with a known mass, all partners except aggregates (confidential partners included)
 * @param exportsKg         exports with a known mass
 * @param irBe              (IMP - EXP) / (DP + IMP - EXP), unclamped; NaN when not computable (see {@code note})
 * @param intraEuShare      share of the observed partners' imports consigned from EU member states (consignment, not origin)
 * @param notObservedShare  share of the imports whose partner is confidential or unknown, or whose mass is missing
 * @param irInputsComplete  whether DP is known, every month and CN year of the window covered and every mass observed
 *                          (then IMP and EXP are complete and IR_BE follows; else it is missing)
 * @param note              why IR_BE or the shares are missing, or empty
 */
public record SourcingStage(String material, Stage stage, int fromYear, int toYear, double productionKg, double importsKg,
                            double exportsKg, double importsEur, double exportsEur, double irBe, double intraEuShare,
                            double notObservedShare, boolean irInputsComplete, boolean hasShares, String note) {

    public SourcingStage {
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(note, "note");
    }

    /** The window as {@code 2023} or {@code 2021-2023}. */
    public String years() {
        return fromYear == toYear ? Integer.toString(fromYear) : fromYear + "-" + toYear;
    }
}
