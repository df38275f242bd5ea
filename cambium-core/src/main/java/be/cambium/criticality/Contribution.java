package be.cambium.criticality;

import java.util.Objects;

/**
 * One country's term S_c^2 x WGI_c x t_c in an HHI_WGI,t.
 *
 * @param wgiDefaulted true when the country had no WGI and the stated default was used
 */
public record Contribution(String material, Stage stage, ShareScope shareScope, String country, double share,
                           double wgi, double t, double contribution, boolean censored, boolean wgiDefaulted) {
    public Contribution {
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(shareScope, "shareScope");
        Objects.requireNonNull(country, "country");
    }
}
