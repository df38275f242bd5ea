package be.cambium.trade;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class TradeAlertDetectorTest {

    private static final YearMonth START = YearMonth.of(2018, 1);
    private static final Map<String, String> BASKETS = Map.of("magnets", "permanent magnets");

    /** 72 months of CN 70 % / JP 30 % with 5 % noise; from month 60 either a level shift or a switch. */
    private static List<Alert> run(boolean shift, boolean partnerSwitch) {
        return run(shift, partnerSwitch, 60);
    }

    private static List<Alert> run(boolean shift, boolean partnerSwitch, int at) {
        SplittableRandom rnd = new SplittableRandom(7);
        List<TradeCell> cells = new ArrayList<>();
        TreeSet<YearMonth> months = new TreeSet<>();
        for (int i = 0; i < 72; i++) {
            YearMonth t = START.plusMonths(i);
            months.add(t);
            double total = 10e6 * (1 + 0.05 * rnd.nextGaussian()) * (shift && i >= at ? 1.8 : 1.0);
            double cn = partnerSwitch && i >= at ? 0.40 : 0.70;
            cells.add(new TradeCell("BE", "magnets", Flow.IMPORT, t, "CN", total * cn, total * cn / 50));
            cells.add(new TradeCell("BE", "magnets", Flow.IMPORT, t, "JP", total * (1 - cn), total * (1 - cn) / 50));
        }
        TradeIndicatorResult ind = TradeIndicatorCalculator.compute(TradeInput.of(cells, months, BASKETS, Map.of()));
        return TradeAlertDetector.compute(AlertInput.of(ind, BASKETS)).alerts();
    }

    @Test
    void quietSeriesGivesNoAlert() {
        assertThat(run(false, false)).isEmpty();
    }

    @Test
    void levelShiftIsFlaggedInItsMonth() {
        List<Alert> alerts = run(true, false);
        assertThat(alerts).isNotEmpty();
        Alert a = alerts.get(0);
        assertThat(a.period()).isEqualTo(START.plusMonths(60));
        assertThat(a.indicator()).isEqualTo("value_eur");
        assertThat(a.severity()).isEqualTo(AlertSeverity.HIGH);
        assertThat(a.message()).startsWith("Imports of permanent magnets rose to EUR ").contains("2023-01");
    }

    @Test
    void partnerSwitchNamesThePartner() {
        List<Alert> alerts = run(false, true);
        assertThat(alerts).extracting(Alert::indicator).contains("js_divergence");
        Alert a = alerts.stream().filter(x -> x.indicator().equals("js_divergence")).findFirst().orElseThrow();
        assertThat(a.period()).isEqualTo(START.plusMonths(60));
        assertThat(a.message()).contains("from JP rose to 60 % of the total in 2023-01, up from 30 %");
    }

    @Test
    void tramoFlagsAShiftInTheLastMonth() {
        List<Alert> alerts = run(true, false, 71);
        assertThat(alerts).filteredOn(a -> a.method().startsWith("tramo_"))
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.period()).isEqualTo(START.plusMonths(71)));
        assertThat(alerts).filteredOn(a -> a.method().startsWith("tramo_")).first()
                .satisfies(a -> assertThat(a.message()).contains("TRAMO"));
    }
}
