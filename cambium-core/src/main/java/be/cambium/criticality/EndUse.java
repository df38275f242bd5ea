package be.cambium.criticality;

import be.cambium.validate.Location;
import java.util.Objects;

/**
 * One end use of a material: its share of the material's use and the NACE Rev. 2 two-digit sector
 * it is allocated to ({@code C26}, {@code B06}...; empty when the source leaves it unallocated).
 */
public record EndUse(String material, String application, double share, String nace, Location location) {
    public EndUse {
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(nace, "nace");
        Objects.requireNonNull(location, "location");
    }

    public static EndUse of(String material, String application, double share, String nace) {
        return new EndUse(material, application, share, nace, Location.none());
    }
}
