package be.cambium.criticality;

import be.cambium.validate.Location;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Domestic production of a material at one stage in one year (a row of {@code be_production.csv}), in tonnes.
 *
 * @param year   the year, or null for a standing fact that holds in every year (e.g. "no metal ore is mined")
 * @param tonnes production in tonnes; NaN when not known
 */
public record DomesticProduction(String material, Stage stage, @Nullable Integer year, double tonnes, String source,
                                 Location location) {

    public DomesticProduction {
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(location, "location");
    }

    public static DomesticProduction of(String material, Stage stage, @Nullable Integer year, double tonnes) {
        return new DomesticProduction(material, stage, year, tonnes, "", Location.none());
    }
}
