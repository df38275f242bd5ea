package be.cambium.criticality;

import be.cambium.validate.Location;
import java.util.Objects;

/**
 * A given SI_EI of a material (one row of {@code si_ei.csv}), with an optional range for the
 * uncertainty analysis (NaN when none).
 *
 * @param eiPublished a published EI carried as given when it cannot be recomputed (no end uses, e.g. the 2017 study);
 *                    used only when the material has no usable end uses; NaN when none
 */
public record SubstitutionIndex(String material, double siEi, double min, double max, double eiPublished, Location location) {
    public SubstitutionIndex {
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(location, "location");
    }

    /** A row without a published EI. */
    public SubstitutionIndex(String material, double siEi, double min, double max, Location location) {
        this(material, siEi, min, max, Double.NaN, location);
    }

    public static SubstitutionIndex of(String material, double siEi) {
        return new SubstitutionIndex(material, siEi, Double.NaN, Double.NaN, Location.none());
    }
}
