package be.cambium.trade;

import be.cambium.provenance.Provenance;
import be.cambium.validate.ValidationReport;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * Output of {@link TradeIndicatorCalculator}.
 *
 * @param indicators    long-format rows, ordered by reporter, basket, flow, period, indicator
 * @param partnerValues per series and covered month, value in EUR by identified (country) partner
 *                      (partners with a positive value only); used by {@link TradeAlertDetector}
 *                      to name the partners behind a shift
 */
public record TradeIndicatorResult(List<Indicator> indicators,
                                   Map<SeriesKey, SortedMap<YearMonth, Map<String, Double>>> partnerValues,
                                   ValidationReport report, Provenance provenance) {
    public TradeIndicatorResult {
        indicators = List.copyOf(indicators);
        partnerValues = Map.copyOf(partnerValues);
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** The value of one indicator, or NaN when the row is absent. */
    public double value(String reporter, String basket, Flow flow, YearMonth period, String indicator) {
        for (Indicator i : indicators) {
            if (i.period().equals(period) && i.indicator().equals(indicator) && i.flow() == flow
                    && i.basket().equals(basket) && i.reporter().equals(reporter)) {
                return i.value();
            }
        }
        return Double.NaN;
    }

    /** The row of one indicator, or null when absent. */
    public @org.jspecify.annotations.Nullable Indicator find(String reporter, String basket, Flow flow,
                                                            YearMonth period, String indicator) {
        for (Indicator i : indicators) {
            if (i.period().equals(period) && i.indicator().equals(indicator) && i.flow() == flow
                    && i.basket().equals(basket) && i.reporter().equals(reporter)) {
                return i;
            }
        }
        return null;
    }
}
