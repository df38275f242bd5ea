package be.cambium.criticality;

import be.cambium.validate.Location;
import java.util.Objects;

/**
 * One country's share of a material's supply at one stage.
 *
 * @param share    fraction in [0, 1]; NaN when missing
 * @param t        trade variable; NaN when not given (then the engine's stated default applies)
 * @param censored true when the source printed a bound such as {@code <0.1%} (share then holds the value used)
 * @param source   source id or citation of the figure, empty when none
 */
public record SupplyShare(String material, Stage stage, ShareScope scope, String country, double share, double t,
                          boolean censored, String source, Location location) {

    public SupplyShare {
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(location, "location");
    }

    public static SupplyShare of(String material, Stage stage, ShareScope scope, String country, double share, double t) {
        return new SupplyShare(material, stage, scope, country, share, t, false, "", Location.none());
    }

    public SupplyShare withShare(double s) {
        return new SupplyShare(material, stage, scope, country, s, t, censored, source, location);
    }

    public SupplyShare withCensored(boolean c) {
        return new SupplyShare(material, stage, scope, country, share, t, c, source, location);
    }

    public SupplyShare withLocation(Location l) {
        return new SupplyShare(material, stage, scope, country, share, t, censored, source, l);
    }
}
