package be.cambium.criticality;

import be.cambium.provenance.Provenance;
import be.cambium.validate.ValidationReport;
import java.util.List;
import java.util.Objects;

/**
 * Belgian sourcing derived from trade: per material and stage the totals and IR_BE ({@code stages}), the partner lines
 * ({@code partners}, observed and not observed), and the derived supply shares (scope BE) ready for the engine.
 * {@link BeSourcingCalculator#apply} puts them into a {@link CriticalityInput}.
 */
public record BeSourcingResult(int fromYear, int toYear, List<SourcingStage> stages, List<SourcingPartner> partners,
                               List<SupplyShare> shares, ValidationReport report, Provenance provenance) {

    public BeSourcingResult {
        stages = List.copyOf(Objects.requireNonNull(stages, "stages"));
        partners = List.copyOf(Objects.requireNonNull(partners, "partners"));
        shares = List.copyOf(Objects.requireNonNull(shares, "shares"));
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** The window as {@code 2023} or {@code 2021-2023}. */
    public String years() {
        return fromYear == toYear ? Integer.toString(fromYear) : fromYear + "-" + toYear;
    }

    /** The criticality input with the derived Belgian rows, and what applying them did (package rows win). */
    public record Applied(CriticalityInput input, ValidationReport report, int sharesAdded, int stagesAdded) {
        public Applied {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(report, "report");
        }
    }
}
