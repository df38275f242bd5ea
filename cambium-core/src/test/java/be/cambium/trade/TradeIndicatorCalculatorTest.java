package be.cambium.trade;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TradeIndicatorCalculatorTest {

    private static final YearMonth JAN = YearMonth.of(2024, 1);
    private static final Map<String, String> BASKETS = Map.of("magnets", "permanent magnets");
    private static final Map<String, Double> WGI = Map.of("CN", 6.0, "DE", 2.0, "US", 3.0, "VN", 5.5, "GB", 2.5);

    private static TradeCell imp(YearMonth t, String partner, double v, double m) {
        return new TradeCell("BE", "magnets", Flow.IMPORT, t, partner, v, m);
    }

    private static TreeSet<YearMonth> months(YearMonth from, int n) {
        TreeSet<YearMonth> s = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            s.add(from.plusMonths(i));
        }
        return s;
    }

    @Test
    void oneMonthByHand() {
        List<TradeCell> cells = List.of(imp(JAN, "CN", 600, 60), imp(JAN, "DE", 300, 20), imp(JAN, "US", 100, 10),
                imp(JAN, "QZ", 50, 5), imp(JAN, "WORLD", 9999, 999),
                new TradeCell("BE", "magnets", Flow.EXPORT, JAN, "DE", 200, 10));
        TradeIndicatorResult r = TradeIndicatorCalculator.compute(TradeInput.of(cells, months(JAN, 1), BASKETS, WGI));
        double eps = 1e-12;
        assertThat(val(r, "value_eur")).isEqualTo(1050.0);
        assertThat(val(r, "mass_kg")).isEqualTo(95.0);
        assertThat(val(r, "unit_value")).isCloseTo(1050.0 / 95.0, within(eps));
        assertThat(val(r, "hhi")).isCloseTo(0.46, within(eps));
        assertThat(val(r, "hhi_norm")).isCloseTo((0.46 - 1.0 / 3) / (2.0 / 3), within(eps));
        assertThat(val(r, "top1_share")).isCloseTo(0.6, within(eps));
        assertThat(val(r, "top3_share")).isCloseTo(1.0, within(eps));
        assertThat(val(r, "hhi_extra_eu")).isCloseTo(37.0 / 49.0, within(eps));
        assertThat(val(r, "extra_eu_reliance")).isCloseTo(750.0 / 1050.0, within(eps));
        assertThat(val(r, "hhi_wgi")).isCloseTo(0.36 * 6 + 0.09 * 2 * 0.8 + 0.01 * 3, within(eps));
        assertThat(val(r, "high_risk_share")).isCloseTo(0.6, within(eps));
        assertThat(val(r, "import_export_ratio")).isCloseTo(5.25, within(eps));
        Indicator hhi = r.find("BE", "magnets", Flow.IMPORT, JAN, "hhi");
        assertThat(hhi).isNotNull();
        assertThat(hhi.flags()).containsExactly("confidential_share=0.0476", "quasi_transit");
        assertThat(hhi.unit()).isEqualTo("1");
        // no 12 months of history: no js_divergence, no rolling rows
        assertThat(r.find("BE", "magnets", Flow.IMPORT, JAN, "js_divergence")).isNull();
        assertThat(r.find("BE", "magnets", Flow.IMPORT, JAN, "value_eur_12m")).isNull();
        assertThat(r.report().withCode("TRADE_AGGREGATE_PARTNER_EXCLUDED")).hasSize(1);
        // export side: one partner, intra-EU only
        assertThat(r.value("BE", "magnets", Flow.EXPORT, JAN, "hhi")).isEqualTo(1.0);
        assertThat(r.value("BE", "magnets", Flow.EXPORT, JAN, "hhi_norm")).isEqualTo(1.0);
        assertThat(r.value("BE", "magnets", Flow.EXPORT, JAN, "extra_eu_reliance")).isEqualTo(0.0);
        assertThat(r.find("BE", "magnets", Flow.EXPORT, JAN, "hhi_extra_eu").flags()).contains("no_extra_eu_trade");
        assertThat(r.find("BE", "magnets", Flow.EXPORT, JAN, "import_export_ratio")).isNull();
    }

    @Test
    void confidentialOnlyIsNotZeroConcentration() {
        List<TradeCell> cells = List.of(imp(JAN, "QZ", 50, 5));
        TradeIndicatorResult r = TradeIndicatorCalculator.compute(TradeInput.of(cells, months(JAN, 1), BASKETS, WGI));
        assertThat(val(r, "value_eur")).isEqualTo(50.0);
        assertThat(val(r, "hhi")).isNaN();
        assertThat(r.find("BE", "magnets", Flow.IMPORT, JAN, "hhi").flags())
                .contains("confidential_share=1.0000", "no_identified_partner");
        // a covered month without rows is zero trade, not missing
        assertThat(r.value("BE", "magnets", Flow.EXPORT, JAN, "value_eur")).isEqualTo(0.0);
        assertThat(r.find("BE", "magnets", Flow.EXPORT, JAN, "hhi").flags()).contains("no_trade");
        assertThat(r.find("BE", "magnets", Flow.EXPORT, JAN, "unit_value").flags()).contains("no_mass");
    }

    @Test
    void missingValueStaysMissing() {
        List<TradeCell> cells = List.of(imp(JAN, "CN", Double.NaN, 5), imp(JAN, "US", 10, 1));
        TradeIndicatorResult r = TradeIndicatorCalculator.compute(TradeInput.of(cells, months(JAN, 1), BASKETS, WGI));
        assertThat(val(r, "value_eur")).isNaN();
        assertThat(val(r, "hhi")).isNaN();
        assertThat(r.find("BE", "magnets", Flow.IMPORT, JAN, "value_eur").flags()).contains("value_missing");
    }

    @Test
    void rollingWindowsAndPartnerMixShift() {
        // 24 months: months 1-12 only CN 100/month; months 13-24 CN 50 + VN 50
        List<TradeCell> cells = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            YearMonth t = JAN.plusMonths(i);
            if (i < 12) {
                cells.add(imp(t, "CN", 100 + i, 10));
            } else {
                cells.add(imp(t, "CN", 50, 5));
                cells.add(imp(t, "VN", 50, 5));
            }
        }
        TradeIndicatorResult r = TradeIndicatorCalculator.compute(TradeInput.of(cells, months(JAN, 24), BASKETS, WGI));
        YearMonth m12 = JAN.plusMonths(11);
        YearMonth m13 = JAN.plusMonths(12);
        YearMonth m24 = JAN.plusMonths(23);
        assertThat(r.find("BE", "magnets", Flow.IMPORT, JAN.plusMonths(10), "value_eur_12m")).isNull();
        assertThat(r.value("BE", "magnets", Flow.IMPORT, m12, "value_eur_12m")).isEqualTo(1200.0 + 66);
        assertThat(r.value("BE", "magnets", Flow.IMPORT, m12, "hhi_12m")).isEqualTo(1.0);
        // month 13 vs the 12 months before: CN .5 / VN .5 against CN 1
        double js = 0.5 * (0.5 * Math.log(0.5 / 0.75) + 0.5 * Math.log(0.5 / 0.25) + Math.log(1 / 0.75)) / Math.log(2);
        assertThat(r.value("BE", "magnets", Flow.IMPORT, m13, "js_divergence")).isCloseTo(js, within(1e-12));
        assertThat(r.value("BE", "magnets", Flow.IMPORT, m13, "new_partners")).isEqualTo(1.0);
        assertThat(r.value("BE", "magnets", Flow.IMPORT, m13, "hhi")).isCloseTo(0.5, within(1e-12));
        // month 13 rolling: 11 months CN only (sum 100+1..+11 = 1166) + month 13 CN 50, VN 50
        double cn = 1166 + 50; // months 2..12 = 101..111 sum to 1166
        double total = cn + 50;
        assertThat(r.value("BE", "magnets", Flow.IMPORT, m13, "hhi_12m"))
                .isCloseTo((cn / total) * (cn / total) + (50 / total) * (50 / total), within(1e-12));
        // month 24 rolling vs months 1-12: the same JS as above (pooled shares .5/.5 against 1)
        assertThat(r.value("BE", "magnets", Flow.IMPORT, m24, "js_divergence_12m")).isCloseTo(js, within(1e-12));
        assertThat(r.value("BE", "magnets", Flow.IMPORT, m24, "new_partners_12m")).isEqualTo(1.0);
        assertThat(r.value("BE", "magnets", Flow.IMPORT, m24, "unit_value_12m")).isCloseTo(10.0, within(1e-12));
        // month 24 against months 12..23: CN 111 + 11 x 50 = 661, VN 550 (total 1211); now CN .5, VN .5
        double a = 661.0 / 1211, b = 550.0 / 1211, ma = 0.5 * (0.5 + a), mb = 0.5 * (0.5 + b);
        double js24 = 0.5 * (0.5 * Math.log(0.5 / ma) + 0.5 * Math.log(0.5 / mb))
                + 0.5 * (a * Math.log(a / ma) + b * Math.log(b / mb));
        assertThat(r.value("BE", "magnets", Flow.IMPORT, m24, "js_divergence")).isCloseTo(js24 / Math.log(2), within(1e-12));
        assertThat(r.value("BE", "magnets", Flow.IMPORT, m24, "new_partners")).isEqualTo(0.0);
    }

    @Test
    void uncoveredMonthBreaksTheRollingWindow() {
        List<TradeCell> cells = new ArrayList<>();
        TreeSet<YearMonth> covered = months(JAN, 13);
        covered.remove(JAN.plusMonths(5));
        for (YearMonth t : covered) {
            cells.add(imp(t, "CN", 10, 1));
        }
        TradeIndicatorResult r = TradeIndicatorCalculator.compute(TradeInput.of(cells, covered, BASKETS, WGI));
        assertThat(r.find("BE", "magnets", Flow.IMPORT, JAN.plusMonths(12), "value_eur_12m")).isNull();
        assertThat(r.find("BE", "magnets", Flow.IMPORT, JAN.plusMonths(5), "value_eur")).isNull();
    }

    @Test
    void extraEuFollowsMembershipOfTheMonth() {
        YearMonth dec19 = YearMonth.of(2019, 12);
        YearMonth feb20 = YearMonth.of(2020, 2);
        List<TradeCell> cells = List.of(imp(dec19, "GB", 100, 1), imp(dec19, "US", 100, 1),
                imp(feb20, "GB", 100, 1), imp(feb20, "US", 100, 1));
        TreeSet<YearMonth> covered = new TreeSet<>(List.of(dec19, feb20));
        TradeIndicatorResult r = TradeIndicatorCalculator.compute(TradeInput.of(cells, covered, BASKETS, WGI));
        assertThat(r.value("BE", "magnets", Flow.IMPORT, dec19, "hhi_extra_eu")).isEqualTo(1.0);
        assertThat(r.value("BE", "magnets", Flow.IMPORT, dec19, "extra_eu_reliance")).isEqualTo(0.5);
        assertThat(r.value("BE", "magnets", Flow.IMPORT, feb20, "hhi_extra_eu")).isEqualTo(0.5);
        assertThat(r.value("BE", "magnets", Flow.IMPORT, feb20, "extra_eu_reliance")).isEqualTo(1.0);
        // GB as EU member in 2019 takes t = 0.8
        assertThat(r.value("BE", "magnets", Flow.IMPORT, dec19, "hhi_wgi"))
                .isCloseTo(0.25 * 2.5 * 0.8 + 0.25 * 3.0, within(1e-12));
        assertThat(r.value("BE", "magnets", Flow.IMPORT, feb20, "hhi_wgi"))
                .isCloseTo(0.25 * 2.5 + 0.25 * 3.0, within(1e-12));
    }

    @Test
    void wgiGapsAboveToleranceGiveNaN() {
        List<TradeCell> cells = List.of(imp(JAN, "CN", 90, 1), imp(JAN, "ZZ", 10, 1));
        TradeIndicatorResult r = TradeIndicatorCalculator.compute(TradeInput.of(cells, months(JAN, 1), BASKETS, WGI));
        assertThat(val(r, "hhi_wgi")).isNaN();
        assertThat(r.find("BE", "magnets", Flow.IMPORT, JAN, "hhi_wgi").flags()).contains("wgi_missing_share=0.1000");
        assertThat(val(r, "hhi")).isCloseTo(0.82, within(1e-12));
    }

    private static double val(TradeIndicatorResult r, String code) {
        return r.value("BE", "magnets", Flow.IMPORT, JAN, code);
    }
}
