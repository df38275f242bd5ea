package be.cambium.accounts;

import be.cambium.provenance.Provenance;
import be.cambium.validate.ValidationReport;
import java.util.List;
import java.util.Optional;

/** Published and computed indicator values, the issues found, and how they were made. */
public record AccountsResult(List<IndicatorValue> values, ValidationReport report, Provenance provenance) {

    public AccountsResult {
        values = List.copyOf(values);
    }

    /** The value with these labels, origin and unit kind (per capita or not), if any. */
    public Optional<IndicatorValue> find(String geo, int year, String indicator, String material, Origin origin, boolean perCapita) {
        return values.stream().filter(v -> v.geo().equals(geo) && v.year() == year && v.indicator().equals(indicator)
                && v.material().equals(material) && v.origin() == origin && v.isPerCapita() == perCapita).findFirst();
    }
}
