package be.cambium.accounts;

import be.cambium.unit.Unit;
import java.util.List;
import java.util.Objects;

/**
 * One output row: a published or computed indicator value with its unit, flags and sources.
 *
 * @param flags   Eurostat flags of the value (for computed values, the union of the inputs' flags)
 * @param sources ids of the sources the value rests on
 */
public record IndicatorValue(String geo, int year, String indicator, String material, double value, Unit unit, String flags,
                             Origin origin, List<String> sources) {

    public IndicatorValue {
        Objects.requireNonNull(geo, "geo");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(flags, "flags");
        Objects.requireNonNull(origin, "origin");
        sources = List.copyOf(sources);
    }

    public boolean isPerCapita() {
        return Indicator.isPerCapitaMass(unit);
    }
}
