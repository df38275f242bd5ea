package be.cambium.criticality;

import be.cambium.validate.Location;
import java.util.Objects;

/**
 * A given SI_EI of a material (one row of {@code si_ei.csv}), with an optional range for the
 * uncertainty analysis (NaN when none).
 */
public record SubstitutionIndex(String material, double siEi, double min, double max, Location location) {
    public SubstitutionIndex {
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(location, "location");
    }

    public static SubstitutionIndex of(String material, double siEi) {
        return new SubstitutionIndex(material, siEi, Double.NaN, Double.NaN, Location.none());
    }
}
