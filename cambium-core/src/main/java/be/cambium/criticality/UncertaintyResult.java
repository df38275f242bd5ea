package be.cambium.criticality;

import be.cambium.provenance.Provenance;
import be.cambium.validate.ValidationReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Monte Carlo and one-at-a-time sensitivity results of one scope. */
public record UncertaintyResult(Scope scope, UncertaintyOptions options, List<MaterialUncertainty> materials,
                                List<Sensitivity> sensitivity, ValidationReport report, Provenance provenance) {
    public UncertaintyResult {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(options, "options");
        materials = List.copyOf(materials);
        sensitivity = List.copyOf(sensitivity);
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(provenance, "provenance");
    }

    public Optional<MaterialUncertainty> material(String name) {
        return materials.stream().filter(m -> m.material().equals(name)).findFirst();
    }
}
