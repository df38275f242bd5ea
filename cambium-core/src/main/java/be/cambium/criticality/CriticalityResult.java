package be.cambium.criticality;

import be.cambium.provenance.Provenance;
import be.cambium.validate.ValidationReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The outcome of one criticality run: verdicts, stage SRs, HHI and EI contributions, CRMA benchmarks. */
public record CriticalityResult(Scope scope, List<MaterialResult> materials, List<StageResult> stages,
                                List<Contribution> contributions, List<EiContribution> eiContributions,
                                List<CrmaBenchmark> benchmarks, ValidationReport report, Provenance provenance) {
    public CriticalityResult {
        Objects.requireNonNull(scope, "scope");
        materials = List.copyOf(materials);
        stages = List.copyOf(stages);
        contributions = List.copyOf(contributions);
        eiContributions = List.copyOf(eiContributions);
        benchmarks = List.copyOf(benchmarks);
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(provenance, "provenance");
    }

    public Optional<MaterialResult> material(String name) {
        return materials.stream().filter(m -> m.material().equals(name)).findFirst();
    }

    public List<MaterialResult> critical() {
        return materials.stream().filter(m -> m.verdict() == Verdict.CRITICAL).toList();
    }
}
