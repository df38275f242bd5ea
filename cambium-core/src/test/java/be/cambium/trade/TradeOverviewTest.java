package be.cambium.trade;

import be.cambium.provenance.Provenance;
import be.cambium.validate.ValidationReport;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TradeOverviewTest {

    static final YearMonth M1 = YearMonth.of(2024, 1);

    static Indicator ind(String reporter, String basket, Flow flow, YearMonth m, String code, double v) {
        return new Indicator(reporter, basket, flow, m, code, v, IndicatorCodes.unit(code), List.of());
    }

    static Alert alert(String basket, YearMonth m, String indicator, double score, AlertSeverity sev) {
        return new Alert("BE", basket, Flow.IMPORT, m, indicator, "robust_z", score, sev, basket + " moved in " + m);
    }

    /** 14 months; magnets EUR 100 a month, graphite EUR 300 in one month, cobalt never, NL's lithium EUR 9,999. */
    static TradeIndicatorResult indicators() {
        List<Indicator> l = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            YearMonth m = M1.plusMonths(i);
            l.add(ind("BE", "magnets", Flow.IMPORT, m, "value_eur", 100));
            l.add(ind("BE", "graphite", Flow.IMPORT, m, "value_eur", i == 3 ? 300 : 0));
            l.add(ind("BE", "cobalt", Flow.IMPORT, m, "value_eur", Double.NaN));
            l.add(ind("BE", "magnets", Flow.EXPORT, m, "value_eur", 1e6));
            l.add(ind("NL", "lithium", Flow.IMPORT, m, "value_eur", 9999));
        }
        YearMonth last = M1.plusMonths(13);
        l.add(ind("BE", "magnets", Flow.IMPORT, last, "value_eur_12m", 1200));
        l.add(ind("BE", "magnets", Flow.IMPORT, last, "hhi_12m", 0.5));
        l.add(ind("BE", "magnets", Flow.IMPORT, last, "top1_share_12m", 0.6));
        l.add(ind("BE", "magnets", Flow.IMPORT, last, "extra_eu_reliance_12m", 0.7));
        l.add(ind("BE", "magnets", Flow.EXPORT, last, "hhi_12m", 0.99));
        return new TradeIndicatorResult(l, Map.of(), ValidationReport.empty(), Provenance.empty());
    }

    @Test
    void tradedBasketsLargestFirstWithTheirRollingFiguresAndRecentAlerts() {
        YearMonth last = M1.plusMonths(13);
        List<Alert> alerts = List.of(
                alert("magnets", M1, "value_eur", 9, AlertSeverity.HIGH),                   // before the window
                alert("magnets", last.minusMonths(2), "value_eur", 5, AlertSeverity.MEDIUM),
                alert("magnets", last, "unit_value", -4.5, AlertSeverity.MEDIUM),
                alert("magnets", last, "value_eur", 4.2, AlertSeverity.MEDIUM),
                alert("graphite", last, "js_divergence", 3, AlertSeverity.HIGH),
                new Alert("NL", "lithium", Flow.IMPORT, last, "value_eur", "cusum", 8, AlertSeverity.HIGH, "NL"));
        TradeOverview o = TradeOverview.of(indicators(), new AlertResult(alerts, ValidationReport.empty(), Provenance.empty()),
                "BE", 3);
        // magnets 14 x 100 = 1400 > graphite 300; cobalt has no value, NL's lithium is another reporter
        assertThat(o.tradedBaskets()).containsExactly("magnets", "graphite");
        assertThat(o.months()).hasSize(14);
        assertThat(o.lastMonth()).isEqualTo(last);
        assertThat(o.firstAlertMonth()).isEqualTo(last.minusMonths(2));
        assertThat(o.alertsTotal()).isEqualTo(5);
        // newest first; within a month high first, then |score| descending
        assertThat(o.latestAlerts()).extracting(a -> a.basket() + "/" + a.indicator() + "/" + a.period())
                .containsExactly("graphite/js_divergence/" + last, "magnets/unit_value/" + last, "magnets/value_eur/" + last,
                        "magnets/value_eur/" + last.minusMonths(2));
        assertThat(o.baskets()).hasSize(2);
        TradeOverview.BasketSummary m = o.baskets().get(0);
        assertThat(m).isEqualTo(new TradeOverview.BasketSummary("magnets", last, 1200, 0.5, 0.6, 0.7, 3, 0));
        TradeOverview.BasketSummary g = o.baskets().get(1);
        assertThat(g.basket()).isEqualTo("graphite");
        assertThat(g.importsEur12m()).as("not computed: missing, never zero").isNaN();
        assertThat(g.alerts()).isEqualTo(1);
        assertThat(g.highAlerts()).isEqualTo(1);
    }

    @Test
    void noIndicatorsGiveAnEmptyOverview() {
        TradeOverview o = TradeOverview.of(new TradeIndicatorResult(List.of(), Map.of(), ValidationReport.empty(), Provenance.empty()),
                new AlertResult(List.of(), ValidationReport.empty(), Provenance.empty()), "BE", 12);
        assertThat(o.tradedBaskets()).isEmpty();
        assertThat(o.lastMonth()).isNull();
        assertThat(o.firstAlertMonth()).isNull();
        assertThat(o.latestAlerts()).isEmpty();
        assertThat(o.baskets()).isEmpty();
    }
}
