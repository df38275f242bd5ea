package be.cambium.criticality;

import be.cambium.validate.Location;
import java.util.Objects;

/** Value added of one NACE two-digit sector in one economy (the Q_s of EI). */
public record ValueAdded(Scope scope, String nace, double value, String unit, Location location) {
    public ValueAdded {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(nace, "nace");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(location, "location");
    }

    public static ValueAdded of(Scope scope, String nace, double value, String unit) {
        return new ValueAdded(scope, nace, value, unit, Location.none());
    }
}
