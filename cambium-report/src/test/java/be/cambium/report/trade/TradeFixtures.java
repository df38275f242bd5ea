package be.cambium.report.trade;

import be.cambium.provenance.Provenance;
import be.cambium.provenance.Source;
import be.cambium.trade.Alert;
import be.cambium.trade.AlertResult;
import be.cambium.trade.AlertSeverity;
import be.cambium.trade.Flow;
import be.cambium.trade.Indicator;
import be.cambium.trade.IndicatorCodes;
import be.cambium.trade.TradeIndicatorResult;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hand-made monitoring results for the report tests (no bundled data, no files). */
final class TradeFixtures {

    static final YearMonth FIRST = YearMonth.of(2024, 1);
    static final int MONTHS = 14;
    static final YearMonth LAST = FIRST.plusMonths(MONTHS - 1);
    static final Source BASKET_SOURCE = Source.of("cambium-trade-baskets", "CAMBIUM trade baskets (CN8 correspondence table)",
            "https://example.org/baskets", "2025-01-02");
    static final Source VINTAGE_SOURCE = Source.of("comext-vintage-1", "Eurostat Comext monthly detailed trade, file full_v2_2024.dat "
            + "(sha256 0123456789abcdef0123)", "https://ec.europa.eu/eurostat/databrowser/bulk", "2025-02-01");

    private TradeFixtures() {
    }

    static Indicator ind(String basket, Flow flow, YearMonth m, String code, double v, String... flags) {
        return new Indicator("BE", basket, flow, m, code, v, IndicatorCodes.unit(code), List.of(flags));
    }

    /**
     * Belgian imports of {@code baskets} (the first the largest: EUR 1000, 900, ... a month) with HHI 0.46 as the sum of
     * 0.36 + 0.09 + 0.01 (a value with a floating-point tail), an unobserved unit value, and rolling values in the last
     * month; plus exports of the first basket.
     */
    static TradeIndicatorResult indicators(List<String> baskets) {
        List<Indicator> l = new ArrayList<>();
        for (int b = 0; b < baskets.size(); b++) {
            for (int i = 0; i < MONTHS; i++) {
                YearMonth m = FIRST.plusMonths(i);
                String basket = baskets.get(b);
                l.add(ind(basket, Flow.IMPORT, m, "value_eur", 1000 - 100 * b, "quasi_transit"));
                l.add(ind(basket, Flow.IMPORT, m, "unit_value", Double.NaN, "quasi_transit", "no_mass"));
                l.add(ind(basket, Flow.IMPORT, m, "hhi", 0.6 * 0.6 + 0.3 * 0.3 + 0.1 * 0.1, "quasi_transit"));
                l.add(ind(basket, Flow.IMPORT, m, "top1_share", 0.6));
                l.add(ind(basket, Flow.IMPORT, m, "extra_eu_reliance", 0.7));
            }
            l.add(ind(baskets.get(b), Flow.IMPORT, LAST, "value_eur_12m", 12_000 - 1200 * b));
            l.add(ind(baskets.get(b), Flow.IMPORT, LAST, "hhi_12m", 0.4567));
        }
        l.add(ind(baskets.get(0), Flow.EXPORT, LAST, "value_eur", 5));
        return new TradeIndicatorResult(l, Map.of(), ValidationReport.empty(), Provenance.empty());
    }

    static List<Alert> alerts(String basket) {
        return List.of(
                new Alert("BE", basket, Flow.IMPORT, FIRST.plusMonths(1), "value_eur", "robust_z", 4.123456789, AlertSeverity.MEDIUM,
                        "old alert"),
                new Alert("BE", basket, Flow.IMPORT, LAST, "value_eur", "cusum", 7.77777, AlertSeverity.HIGH,
                        "Imports of " + basket + " rose to EUR 1.0 M in " + LAST + ", up 91 %"));
    }

    static TradeRun run(List<String> baskets, ValidationReport report) {
        Provenance p = Provenance.of(BASKET_SOURCE, VINTAGE_SOURCE).withStep("workspace vintage 1: full_v2_2024.dat")
                .withParameter("window", "36");
        return new TradeRun(indicators(baskets), new AlertResult(alerts(baskets.get(0)), ValidationReport.empty(), Provenance.empty()),
                report, p);
    }

    static TradeRun run(List<String> baskets) {
        return run(baskets, ValidationReport.builder().warning("MONITOR_MONTH_TWICE", "month 202401 is in a.dat and in b.dat",
                Location.file("b.dat")).build());
    }

    static BasketDefinitions baskets() {
        return new BasketDefinitions(List.of(
                new BasketDefinitions.Code("permanent_magnets", "85051100", "Permanent magnets of metal", null, 2022, "CN2022"),
                new BasketDefinitions.Code("permanent_magnets", "85051110", "Permanent magnets, rare-earth", 2023, null, "CN2023"),
                new BasketDefinitions.Code("cobalt", "81052000", "Cobalt mattes", null, null, "CN2024")), BASKET_SOURCE);
    }

    static List<ComextVintage> vintages() {
        return List.of(new ComextVintage(1, "full_v2_2024.dat", "0123456789abcdef0123", Instant.parse("2025-02-01T10:00:00Z"), 72,
                "full_v2"));
    }
}
