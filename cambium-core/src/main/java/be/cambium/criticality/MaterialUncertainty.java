package be.cambium.criticality;

import java.util.Objects;

/**
 * Monte Carlo summary of one material: probability of being critical and 5/50/95 % quantiles of SR and EI
 * (NaN where the deterministic score is missing).
 */
public record MaterialUncertainty(String material, Scope scope, boolean group, int draws, double pCritical,
                                  double srP05, double srP50, double srP95, double eiP05, double eiP50, double eiP95) {
    public MaterialUncertainty {
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(scope, "scope");
    }
}
