package be.cambium.unit;

import java.util.Objects;

/** A single value with its unit. */
public record Quantity(double value, Unit unit) {

    public Quantity {
        Objects.requireNonNull(unit, "unit");
    }

    public static Quantity of(double value, String unit) {
        return new Quantity(value, Unit.parse(unit));
    }

    public Quantity to(Unit target) {
        return new Quantity(unit.convert(value, target), target);
    }

    /** Sum in this quantity's unit; throws {@link UnitMismatchException} if the units are not compatible. */
    public Quantity plus(Quantity other) {
        return new Quantity(value + other.unit.convert(other.value, unit), unit);
    }

    public Quantity times(Quantity other) {
        return new Quantity(value * other.value, unit.times(other.unit));
    }

    public Quantity dividedBy(Quantity other) {
        return new Quantity(value / other.value, unit.dividedBy(other.unit));
    }

    @Override
    public String toString() {
        return value + " " + unit;
    }
}
