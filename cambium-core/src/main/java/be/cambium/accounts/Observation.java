package be.cambium.accounts;

import be.cambium.unit.Unit;
import be.cambium.validate.Location;
import java.util.Objects;

/**
 * One published figure fed to the accounts.
 *
 * @param geo       reporting country or aggregate (Eurostat code, e.g. {@code BE}, {@code EU27_2020})
 * @param year      reference year
 * @param indicator indicator code, see {@link Indicator}
 * @param material  EW-MFA material code ({@code TOTAL}, {@code MF1}, ...), {@code TOTAL} for non-material series
 * @param value     the value, NaN when missing
 * @param unit      its unit; mass flows in mass (absolute) or mass per person (per capita)
 * @param flags     Eurostat flags ({@code p}, {@code e}, {@code b}, {@code c}...), empty when none
 * @param decimals  decimals the value was published with (rounding half-width 0.5·10^-decimals), -1 when unknown (treated as exact)
 * @param sourceId  id of the {@link be.cambium.provenance.Source} the value comes from
 * @param location  where it was read (file:line:column), {@link Location#none()} when not known
 */
public record Observation(String geo, int year, String indicator, String material, double value, Unit unit, String flags,
                          int decimals, String sourceId, Location location) {

    public Observation {
        Objects.requireNonNull(geo, "geo");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(flags, "flags");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(location, "location");
    }

    /** A figure with no file location, flags or known rounding. */
    public static Observation of(String geo, int year, String indicator, String material, double value, Unit unit, String sourceId) {
        return new Observation(geo, year, indicator, material, value, unit, "", -1, sourceId, Location.none());
    }

    public Observation withDecimals(int d) {
        return new Observation(geo, year, indicator, material, value, unit, flags, d, sourceId, location);
    }

    public Observation withFlags(String f) {
        return new Observation(geo, year, indicator, material, value, unit, f, decimals, sourceId, location);
    }

    public Observation withLocation(Location l) {
        return new Observation(geo, year, indicator, material, value, unit, flags, decimals, sourceId, l);
    }

    /** Half the last published digit: the largest rounding error of the value (0 when decimals are unknown). */
    public double halfWidth() {
        return decimals < 0 ? 0.0 : 0.5 * Math.pow(10, -decimals);
    }

    public boolean isMissing() {
        return Double.isNaN(value);
    }
}
