package be.cambium.trade;

import be.cambium.provenance.Provenance;
import be.cambium.validate.ValidationReport;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static be.cambium.trade.IndicatorCodes.*;

/**
 * Change detection on monthly trade indicators: robust z-scores against a trailing window, CUSUM and
 * EWMA on the standardised changes, gated by a materiality floor, and a rule for new partners.
 * Each series (reporter x basket x flow) is watched on three statistics: the year-on-year log change
 * of the value, the year-on-year log change of the unit value, and the partner-mix shift
 * ({@code js_divergence} against the previous 12 months). Method: {@code docs/methods/trade.md}.
 */
public final class TradeAlertDetector {

    private TradeAlertDetector() {
    }

    public static AlertResult compute(AlertInput in) {
        DetectionSettings s = in.settings();
        TradeIndicatorResult r = in.indicators();
        Map<SeriesKey, Map<String, SortedMap<YearMonth, Double>>> series = new TreeMap<>();
        for (Indicator i : r.indicators()) {
            String code = i.indicator();
            if (code.equals(VALUE_EUR) || code.equals(UNIT_VALUE) || code.equals(JS_DIVERGENCE)) {
                series.computeIfAbsent(new SeriesKey(i.reporter(), i.basket(), i.flow()), k -> new HashMap<>())
                        .computeIfAbsent(code, k -> new TreeMap<>()).put(i.period(), i.value());
            }
        }
        List<Alert> alerts = new ArrayList<>();
        ValidationReport.Builder report = ValidationReport.builder();
        for (Map.Entry<SeriesKey, Map<String, SortedMap<YearMonth, Double>>> e : series.entrySet()) {
            SeriesKey key = e.getKey();
            SortedMap<YearMonth, Double> valueMap = e.getValue().get(VALUE_EUR);
            if (valueMap == null || valueMap.isEmpty()) {
                continue;
            }
            YearMonth first = valueMap.firstKey();
            int n = (int) (first.until(valueMap.lastKey(), java.time.temporal.ChronoUnit.MONTHS) + 1);
            double[] value = dense(valueMap, first, n);
            double[] uv = dense(e.getValue().getOrDefault(UNIT_VALUE, new TreeMap<>()), first, n);
            double[] js = dense(e.getValue().getOrDefault(JS_DIVERGENCE, new TreeMap<>()), first, n);
            String label = in.basketLabels().getOrDefault(key.basket(), key.basket());
            SortedMap<YearMonth, Map<String, Double>> partners = r.partnerValues().getOrDefault(key, new TreeMap<>());

            // 1. value: year-on-year log change, offset by a tenth of the materiality floor
            double c = Math.max(1.0, s.materialityEur() / 10);
            double[] dv = yoyLog(value, c);
            watch(alerts, key, first, VALUE_EUR, dv, s, t -> {
                double now = value[t];
                double before = value[t - 12];
                boolean material = Math.max(now, before) >= s.materialityEur()
                        && Math.abs(now - before) >= s.minRelativeChange() * Math.max(before, 1e-9);
                return material ? String.format(Locale.ROOT, "%s of %s %s to %s in %s, %s %s on %s",
                        flowWord(key.flow()), label, now >= before ? "rose" : "fell", eur(now), first.plusMonths(t),
                        now >= before ? "up" : "down", pct(Math.abs(now / before - 1)), first.plusMonths(t - 12)) : null;
            });
            // 2. unit value: year-on-year log change
            double[] du = yoyLog(uv, 0);
            watch(alerts, key, first, UNIT_VALUE, du, s, t -> {
                double now = uv[t];
                double before = uv[t - 12];
                boolean material = value[t] >= s.materialityEur()
                        && Math.abs(now / before - 1) >= s.minRelativeChange();
                return material ? String.format(Locale.ROOT, "Unit value of %s of %s %s to %.2f EUR/kg in %s, %s %s on %s",
                        key.flow().code() + "s", label, now >= before ? "rose" : "fell", now, first.plusMonths(t),
                        now >= before ? "up" : "down", pct(Math.abs(now / before - 1)), first.plusMonths(t - 12)) : null;
            });
            // 3. partner mix: JS divergence against the previous 12 months, standardised
            watch(alerts, key, first, JS_DIVERGENCE, js, s, t -> {
                if (!(value[t] >= s.materialityEur())) {
                    return null;
                }
                Shift shift = largestShift(partners, first.plusMonths(t));
                if (shift == null || Math.abs(shift.now - shift.before) < s.minShareChange()) {
                    return null;
                }
                return String.format(Locale.ROOT, "%s of %s %s %s %s to %s of the total in %s, %s from %s in the previous 12 months; partner-mix shift (Jensen-Shannon %.3f)",
                        flowWord(key.flow()), label, key.flow() == Flow.IMPORT ? "from" : "to", shift.partner,
                        shift.now >= shift.before ? "rose" : "fell", pct(shift.now), first.plusMonths(t),
                        shift.now >= shift.before ? "up" : "down", pct(shift.before), js[t]);
            });
            // 4. new partners with a material share
            newPartners(alerts, key, label, partners, value, first, s);
            // 5. TRAMO outliers and the end-of-series check on the basket total
            if (s.tramo()) {
                tramo(alerts, report, key, label, value, first, s);
            }
        }
        alerts.sort(Comparator.comparing(Alert::reporter).thenComparing(Alert::basket).thenComparing(Alert::flow)
                .thenComparing(Alert::period).thenComparing(Alert::indicator));
        Provenance prov = Provenance.empty()
                .withStep("change detection: robust z (trailing window), CUSUM and EWMA on standardised changes, materiality floor, new-partner rule (docs/methods/trade.md)")
                .withParameter("window", Integer.toString(s.window()))
                .withParameter("z_threshold", Double.toString(s.zThreshold()))
                .withParameter("cusum_k", Double.toString(s.cusumK()))
                .withParameter("cusum_h", Double.toString(s.cusumH()))
                .withParameter("ewma_lambda", Double.toString(s.ewmaLambda()))
                .withParameter("ewma_limit", Double.toString(s.ewmaLimit()))
                .withParameter("materiality_eur", Double.toString(s.materialityEur()))
                .withParameter("min_relative_change", Double.toString(s.minRelativeChange()))
                .withParameter("min_share_change", Double.toString(s.minShareChange()))
                .withParameter("new_partner_min_share", Double.toString(s.newPartnerMinShare()))
                .withParameter("cooldown_months", Integer.toString(s.cooldownMonths()));
        if (s.tramo()) {
            prov = prov.withStep("TRAMO (JDemetra+ v3 jdplus-tramoseats 3.5.0, TRfull) on basket value totals with >= 36 complete months: "
                            + "level shifts in the last months and the end-of-series check (CheckLast, last month)")
                    .withParameter("tramo_last_months", Integer.toString(s.tramoLastMonths()))
                    .withParameter("tramo_min_t", Double.toString(s.tramoMinT()))
                    .withParameter("terror_threshold", Double.toString(s.terrorThreshold()));
        }
        return new AlertResult(alerts, report.build(), prov);
    }

    private interface Describer {
        /** The sentence for month index t when the change is material, else null. */
        @org.jspecify.annotations.Nullable String describe(int t);
    }

    /**
     * Smallest robust scale of a standardised statistic, so a flat history does not turn a small move
     * into a huge score: 0.05 for year-on-year log changes (5 %), 0.01 for the Jensen-Shannon divergence.
     */
    static double minScale(String indicator) {
        return indicator.equals(JS_DIVERGENCE) ? 0.01 : 0.05;
    }

    private static void watch(List<Alert> alerts, SeriesKey key, YearMonth first, String indicator, double[] x,
                              DetectionSettings s, Describer describer) {
        double minScale = minScale(indicator);
        double[] z = ChangeStatistics.robustZ(x, s.window(), s.minPoints(), minScale);
        double[] cu = ChangeStatistics.cusum(z, s.cusumK(), s.cusumH());
        double[] ew = ChangeStatistics.ewma(z, s.ewmaLambda(), s.ewmaLimit());
        int quietUntil = -1;
        for (int t = 0; t < x.length; t++) {
            if (t <= quietUntil) {
                continue;
            }
            double rz = Math.abs(z[t]) / s.zThreshold();
            double rc = Math.abs(cu[t]) / s.cusumH();
            double re = Math.abs(ew[t]) / s.ewmaLimit();
            int agree = (rz > 1 ? 1 : 0) + (rc > 1 ? 1 : 0) + (re > 1 ? 1 : 0);
            if (agree == 0) {
                continue;
            }
            String sentence = describer.describe(t);
            if (sentence == null) {
                continue;
            }
            String method;
            double score;
            double ratio;
            if (rz >= rc && rz >= re) {
                method = "robust_z";
                score = z[t];
                ratio = rz;
            } else if (rc >= re) {
                method = "cusum";
                score = cu[t];
                ratio = rc;
            } else {
                method = "ewma";
                score = ew[t];
                ratio = re;
            }
            List<String> methods = new ArrayList<>();
            if (rz > 1) {
                methods.add(String.format(Locale.ROOT, "robust z %.1f", z[t]));
            }
            if (rc > 1) {
                methods.add(String.format(Locale.ROOT, "CUSUM %.1f", cu[t]));
            }
            if (re > 1) {
                methods.add(String.format(Locale.ROOT, "EWMA %.1f", ew[t]));
            }
            AlertSeverity sev = agree >= 2 || ratio >= 1.5 ? AlertSeverity.HIGH : AlertSeverity.MEDIUM;
            alerts.add(new Alert(key.reporter(), key.basket(), key.flow(), first.plusMonths(t), indicator, method,
                    round1(score), sev, sentence + "; " + String.join(", ", methods)));
            quietUntil = t + s.cooldownMonths();
        }
    }

    private static void tramo(List<Alert> alerts, ValidationReport.Builder report, SeriesKey key, String label,
                              double[] value, YearMonth first, DetectionSettings s) {
        // the longest complete stretch ending at the last month
        int end = value.length;
        int begin = end;
        while (begin > 0 && Double.isFinite(value[begin - 1])) {
            begin--;
        }
        int n = end - begin;
        if (n < TramoCheck.MIN_MONTHS || !(value[end - 1] >= s.materialityEur())) {
            return;
        }
        double[] y = Arrays.copyOfRange(value, begin, end);
        YearMonth start = first.plusMonths(begin);
        YearMonth last = first.plusMonths(end - 1);
        TramoCheck.Result r;
        try {
            r = TramoCheck.run(start, y, 1);
        } catch (RuntimeException e) {
            report.warning("TRADE_TRAMO_FAILED", "TRAMO did not converge on this series: " + e.getMessage(),
                    be.cambium.validate.Location.cell("reporter", key.reporter(), "basket", key.basket(), "flow", key.flow().code()));
            return;
        }
        for (TramoCheck.Outlier o : r.outliers()) {
            if (o.type().equals("LS") && !o.period().isBefore(last.minusMonths(s.tramoLastMonths() - 1))
                    && Math.abs(o.tStat()) >= s.tramoMinT()) {
                double effect = r.logTransformed() ? Math.exp(o.coefficient()) - 1 : o.coefficient() / Math.max(1, y[y.length - 1]);
                alerts.add(new Alert(key.reporter(), key.basket(), key.flow(), o.period(), VALUE_EUR, "tramo_ls",
                        round1(o.tStat()), Math.abs(o.tStat()) >= 1.5 * s.tramoMinT() ? AlertSeverity.HIGH : AlertSeverity.MEDIUM,
                        String.format(Locale.ROOT, "%s of %s: level shift %s %s from %s (TRAMO, t = %.1f)", flowWord(key.flow()),
                                label, o.coefficient() >= 0 ? "up" : "down", pct(Math.abs(effect)), o.period(), o.tStat())));
            }
        }
        double score = r.lastScores()[0];
        if (Double.isFinite(score) && Math.abs(score) >= s.terrorThreshold()) {
            alerts.add(new Alert(key.reporter(), key.basket(), key.flow(), last, VALUE_EUR, "tramo_terror", round1(score),
                    Math.abs(score) >= 1.5 * s.terrorThreshold() ? AlertSeverity.HIGH : AlertSeverity.MEDIUM,
                    String.format(Locale.ROOT, "%s of %s in %s were %s at %s, %s the TRAMO forecast from the months before; "
                                    + "end-of-series score %.1f", flowWord(key.flow()), label, last,
                            score > 0 ? "high" : "low", eur(y[y.length - 1]), score > 0 ? "above" : "below", score)));
        }
    }

    private static void newPartners(List<Alert> alerts, SeriesKey key, String label,
                                    SortedMap<YearMonth, Map<String, Double>> partners, double[] value,
                                    YearMonth first, DetectionSettings s) {
        for (int t = 12; t < value.length; t++) {
            YearMonth month = first.plusMonths(t);
            Map<String, Double> now = partners.get(month);
            if (now == null || !(value[t] >= s.materialityEur())) {
                continue;
            }
            double total = now.values().stream().mapToDouble(Double::doubleValue).sum();
            if (!(total > 0)) {
                continue;
            }
            for (Map.Entry<String, Double> p : now.entrySet()) {
                double share = p.getValue() / total;
                if (!(share >= s.newPartnerMinShare())) {
                    continue;
                }
                boolean seen = false;
                boolean covered = true;
                for (int i = 1; i <= 12 && !seen; i++) {
                    Map<String, Double> before = partners.get(month.minusMonths(i));
                    if (before == null) {
                        covered = false;
                        break;
                    }
                    seen = before.getOrDefault(p.getKey(), 0.0) > 0;
                }
                if (seen || !covered) {
                    continue;
                }
                double score = share / s.newPartnerMinShare();
                alerts.add(new Alert(key.reporter(), key.basket(), key.flow(), month, NEW_PARTNERS, "new_partner",
                        round1(score), score >= 3 ? AlertSeverity.HIGH : AlertSeverity.MEDIUM,
                        String.format(Locale.ROOT, "%s of %s %s %s appeared in %s with %s of the total (%s), none in the previous 12 months",
                                flowWord(key.flow()), label, key.flow() == Flow.IMPORT ? "from" : "to", p.getKey(),
                                month, pct(share), eur(p.getValue()))));
            }
        }
    }

    private record Shift(String partner, double now, double before) {
    }

    /** The partner whose share changed most between month t and the pooled previous 12 months. */
    private static @org.jspecify.annotations.Nullable Shift largestShift(SortedMap<YearMonth, Map<String, Double>> partners, YearMonth t) {
        Map<String, Double> now = partners.get(t);
        if (now == null) {
            return null;
        }
        Map<String, Double> base = new TreeMap<>();
        for (int i = 1; i <= 12; i++) {
            Map<String, Double> m = partners.get(t.minusMonths(i));
            if (m == null) {
                return null;
            }
            m.forEach((p, v) -> base.merge(p, v, Double::sum));
        }
        double tn = now.values().stream().mapToDouble(Double::doubleValue).sum();
        double tb = base.values().stream().mapToDouble(Double::doubleValue).sum();
        if (!(tn > 0 && tb > 0)) {
            return null;
        }
        Shift best = null;
        java.util.Set<String> all = new java.util.TreeSet<>(now.keySet());
        all.addAll(base.keySet());
        for (String p : all) {
            double a = now.getOrDefault(p, 0.0) / tn;
            double b = base.getOrDefault(p, 0.0) / tb;
            if (best == null || Math.abs(a - b) > Math.abs(best.now - best.before)) {
                best = new Shift(p, a, b);
            }
        }
        return best;
    }

    private static double[] dense(SortedMap<YearMonth, Double> m, YearMonth first, int n) {
        double[] x = new double[n];
        Arrays.fill(x, Double.NaN);
        m.forEach((t, v) -> {
            long i = first.until(t, java.time.temporal.ChronoUnit.MONTHS);
            if (i >= 0 && i < n) {
                x[(int) i] = v;
            }
        });
        return x;
    }

    /** ln(x_t + c) - ln(x_{t-12} + c); NaN where either is missing or not positive after the offset. */
    static double[] yoyLog(double[] x, double c) {
        double[] d = new double[x.length];
        Arrays.fill(d, Double.NaN);
        for (int t = 12; t < x.length; t++) {
            double a = x[t] + c;
            double b = x[t - 12] + c;
            if (a > 0 && b > 0) {
                d[t] = Math.log(a / b);
            }
        }
        return d;
    }

    private static String flowWord(Flow f) {
        return f == Flow.IMPORT ? "Imports" : "Exports";
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * share);
    }

    private static String eur(double v) {
        if (v >= 1e9) {
            return String.format(Locale.ROOT, "EUR %.2f bn", v / 1e9);
        }
        if (v >= 1e6) {
            return String.format(Locale.ROOT, "EUR %.1f M", v / 1e6);
        }
        return String.format(Locale.ROOT, "EUR %.0f k", v / 1e3);
    }

    private static double round1(double x) {
        return Math.round(x * 10) / 10.0;
    }
}
