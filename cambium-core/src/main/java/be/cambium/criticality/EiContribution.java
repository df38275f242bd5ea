package be.cambium.criticality;

import java.util.Objects;

/**
 * One end use's part of EI: share x value added x 10 / max value added (before SI_EI and before the
 * unallocated rule); {@code allocated} is false for uses without a usable NACE sector.
 */
public record EiContribution(String material, Scope scope, String application, String nace, double share,
                             double valueAdded, double contribution, boolean allocated) {
    public EiContribution {
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(nace, "nace");
    }
}
