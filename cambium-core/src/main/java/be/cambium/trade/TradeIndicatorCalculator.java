package be.cambium.trade;

import be.cambium.provenance.Provenance;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import static be.cambium.trade.IndicatorCodes.*;

/**
 * Trade micro-indicators per reporter x basket x flow x month and over rolling 12 months.
 * Formulas and conventions: {@code docs/methods/trade.md}.
 */
public final class TradeIndicatorCalculator {

    private TradeIndicatorCalculator() {
    }

    /** Partner values of one series in one month (or pooled window), before any indicator. */
    static final class Agg {
        /** Country partner -> {value, mass}. */
        final Map<String, double[]> countries = new TreeMap<>();
        /** Confidential or unknown partner code -> {value, mass}. */
        final Map<String, double[]> specials = new TreeMap<>();

        void add(String partner, PartnerKind kind, double v, double m) {
            Map<String, double[]> target = kind == PartnerKind.COUNTRY ? countries : specials;
            double[] a = target.computeIfAbsent(partner, k -> new double[2]);
            a[0] += v;
            a[1] += m;
        }

        void addAll(Agg other) {
            other.countries.forEach((p, a) -> add(p, PartnerKind.COUNTRY, a[0], a[1]));
            other.specials.forEach((p, a) -> add(p, PartnerKind.UNKNOWN, a[0], a[1]));
        }

        double totalValue() {
            return sum(countries, 0) + sum(specials, 0);
        }

        double totalMass() {
            return sum(countries, 1) + sum(specials, 1);
        }

        double identifiedValue() {
            return sum(countries, 0);
        }

        double specialValue(PartnerKind kind) {
            double s = 0;
            for (Map.Entry<String, double[]> e : specials.entrySet()) {
                if (Partners.kind(e.getKey()) == kind) {
                    s += e.getValue()[0];
                }
            }
            return s;
        }

        private static double sum(Map<String, double[]> m, int i) {
            double s = 0;
            for (double[] a : m.values()) {
                s += a[i];
            }
            return s;
        }
    }

    public static TradeIndicatorResult compute(TradeInput in) {
        ValidationReport.Builder report = ValidationReport.builder();
        TradeSettings settings = in.settings();
        Map<SeriesKey, Map<YearMonth, Agg>> series = new TreeMap<>();
        TreeSet<String> reporters = new TreeSet<>();
        int aggregates = 0;
        int outside = 0;
        for (TradeCell c : in.cells()) {
            PartnerKind kind = Partners.kind(c.partner());
            if (kind == PartnerKind.AGGREGATE) {
                aggregates++;
                continue;
            }
            if (!in.periods().contains(c.period())) {
                if (outside++ == 0) {
                    report.warning("TRADE_PERIOD_NOT_COVERED", "a trade cell lies in a month not listed as covered; "
                            + "such cells are ignored", Location.cell("reporter", c.reporter(), "basket", c.basket(),
                            "flow", c.flow().code(), "period", c.period().toString(), "partner", c.partner()));
                }
                continue;
            }
            reporters.add(c.reporter());
            series.computeIfAbsent(new SeriesKey(c.reporter(), c.basket(), c.flow()), k -> new HashMap<>())
                    .computeIfAbsent(c.period(), k -> new Agg())
                    .add(c.partner(), kind, c.valueEur(), c.massKg());
        }
        if (aggregates > 0) {
            report.info("TRADE_AGGREGATE_PARTNER_EXCLUDED", aggregates
                    + " cell(s) with an aggregate partner code (e.g. WORLD, EU27_2020_EXTRA) were excluded", Location.none());
        }
        if (outside > 1) {
            report.warning("TRADE_PERIOD_NOT_COVERED", outside + " cells in total lay outside the covered months",
                    Location.none());
        }
        for (String r : reporters) {
            for (String b : new TreeSet<>(in.baskets().keySet())) {
                for (Flow f : Flow.values()) {
                    series.computeIfAbsent(new SeriesKey(r, b, f), k -> new HashMap<>());
                }
            }
        }

        List<Indicator> out = new ArrayList<>();
        Map<SeriesKey, SortedMap<YearMonth, Map<String, Double>>> partnerValues = new LinkedHashMap<>();
        List<YearMonth> months = new ArrayList<>(in.periods());
        // pooled 12-month windows by series and last month, computed once: L12(t), P12(t) = L12(t-12),
        // previous 12 months of t = L12(t-1)
        Map<SeriesKey, Map<YearMonth, java.util.Optional<Agg>>> windows = new HashMap<>();
        for (Map.Entry<SeriesKey, Map<YearMonth, Agg>> e : series.entrySet()) {
            SeriesKey key = e.getKey();
            SeriesKey otherKey = key.withFlow(key.flow() == Flow.IMPORT ? Flow.EXPORT : Flow.IMPORT);
            Map<YearMonth, Agg> other = series.get(otherKey);
            SortedMap<YearMonth, Map<String, Double>> pv = new TreeMap<>();
            for (YearMonth t : months) {
                Agg cur = e.getValue().getOrDefault(t, new Agg());
                Map<String, Double> values = new TreeMap<>();
                cur.countries.forEach((p, a) -> {
                    if (a[0] > 0 || Double.isNaN(a[0])) {
                        values.put(p, a[0]);
                    }
                });
                pv.put(t, Collections.unmodifiableMap(values));
                Agg prev12 = window(windows, series, key, in.periods(), t.minusMonths(1));
                Agg otherCur = other == null ? new Agg() : other.getOrDefault(t, new Agg());
                emit(out, key, t, "", cur, prev12, otherCur, settings, in.wgiScaled());
                Agg l12 = window(windows, series, key, in.periods(), t);
                if (l12 != null) {
                    Agg p12 = window(windows, series, key, in.periods(), t.minusMonths(12));
                    Agg otherL12 = other == null ? null : window(windows, series, otherKey, in.periods(), t);
                    emit(out, key, t, ROLLING, l12, p12, otherL12 == null ? new Agg() : otherL12, settings,
                            in.wgiScaled());
                }
            }
            partnerValues.put(key, Collections.unmodifiableSortedMap(pv));
        }
        Provenance prov = Provenance.empty()
                .withStep("trade indicators per reporter x basket x flow x month and rolling 12 months (docs/methods/trade.md)")
                .withParameter("high_risk_threshold_wgi_scaled", Double.toString(settings.highRiskThreshold()))
                .withParameter("eu_trade_factor", Double.toString(settings.euTradeFactor()))
                .withParameter("wgi_missing_tolerance", Double.toString(settings.wgiMissingTolerance()))
                .withParameter("shares_basis", "value in EUR, country partners only (confidential, unknown and aggregate partners excluded)");
        return new TradeIndicatorResult(out, partnerValues, report.build(), prov);
    }

    private static @org.jspecify.annotations.Nullable Agg window(Map<SeriesKey, Map<YearMonth, java.util.Optional<Agg>>> cache,
                              Map<SeriesKey, Map<YearMonth, Agg>> series, SeriesKey key,
                              java.util.SortedSet<YearMonth> covered, YearMonth end) {
        return cache.computeIfAbsent(key, k -> new HashMap<>())
                .computeIfAbsent(end, t -> java.util.Optional.ofNullable(pooled(series.get(key), covered, t, 12)))
                .orElse(null);
    }

    /** Months {@code end-n+1 .. end} pooled, or null when any of them is not covered. */
    static @org.jspecify.annotations.Nullable Agg pooled(Map<YearMonth, Agg> byMonth, java.util.SortedSet<YearMonth> covered, YearMonth end, int n) {
        Agg a = new Agg();
        for (int i = 0; i < n; i++) {
            YearMonth m = end.minusMonths(i);
            if (!covered.contains(m)) {
                return null;
            }
            Agg x = byMonth.get(m);
            if (x != null) {
                a.addAll(x);
            }
        }
        return a;
    }

    private static String share(double x) {
        return String.format(Locale.ROOT, "%.4f", x);
    }

    private static void emit(List<Indicator> out, SeriesKey key, YearMonth t, String suffix, Agg cur,
                             @org.jspecify.annotations.Nullable Agg baseline, Agg otherFlow, TradeSettings s, Map<String, Double> wgi) {
        List<String> cellFlags = new ArrayList<>();
        double v = cur.totalValue();
        double m = cur.totalMass();
        if (Double.isNaN(v)) {
            cellFlags.add("value_missing");
        }
        if (Double.isNaN(m)) {
            cellFlags.add("mass_missing");
        }
        double conf = cur.specialValue(PartnerKind.CONFIDENTIAL);
        double unk = cur.specialValue(PartnerKind.UNKNOWN);
        if (v > 0 && conf > 0) {
            cellFlags.add("confidential_share=" + share(conf / v));
        }
        if (v > 0 && unk > 0) {
            cellFlags.add("unknown_partner_share=" + share(unk / v));
        }
        // sides: countries by EU membership in month t, specials by their code
        double extra = 0;
        double intra = 0;
        for (Map.Entry<String, double[]> e : cur.countries.entrySet()) {
            int side = Partners.side(e.getKey(), t);
            if (side > 0) {
                extra += e.getValue()[0];
            } else if (side < 0) {
                intra += e.getValue()[0];
            }
        }
        for (Map.Entry<String, double[]> e : cur.specials.entrySet()) {
            int side = Partners.side(e.getKey(), t);
            if (side > 0) {
                extra += e.getValue()[0];
            } else if (side < 0) {
                intra += e.getValue()[0];
            }
        }
        if (key.flow() == Flow.IMPORT && s.quasiTransitReporters().contains(key.reporter()) && extra > 0) {
            cellFlags.add("quasi_transit");
        }

        Emitter em = new Emitter(out, key, t, suffix, cellFlags);
        em.put(VALUE_EUR, v);
        em.put(MASS_KG, m);
        em.put(UNIT_VALUE, m > 0 ? v / m : Double.NaN, m > 0 || Double.isNaN(m) ? null : "no_mass");

        double total = cur.identifiedValue();
        String noShares = Double.isNaN(total) ? "value_missing" : total > 0 ? null
                : v > 0 ? "no_identified_partner" : "no_trade";
        double[] shares = shares(cur.countries, total);
        if (noShares != null) {
            for (String code : List.of(HHI, HHI_NORM, TOP1_SHARE, TOP3_SHARE, HHI_WGI, HIGH_RISK_SHARE)) {
                em.put(code, Double.NaN, noShares);
            }
        } else {
            double hhi = 0;
            int n = 0;
            for (double x : shares) {
                hhi += x * x;
                if (x > 0) {
                    n++;
                }
            }
            em.put(HHI, hhi);
            em.put(HHI_NORM, n == 1 ? 1.0 : (hhi - 1.0 / n) / (1.0 - 1.0 / n));
            double[] sorted = shares.clone();
            Arrays.sort(sorted);
            int len = sorted.length;
            em.put(TOP1_SHARE, sorted[len - 1]);
            double top3 = 0;
            for (int i = len - 1; i >= Math.max(0, len - 3); i--) {
                top3 += sorted[i];
            }
            em.put(TOP3_SHARE, top3);
            // governance
            double missing = 0;
            double hhiWgi = 0;
            double highRisk = 0;
            int i = 0;
            for (String p : cur.countries.keySet()) {
                double sh = shares[i++];
                if (sh == 0) {
                    continue;
                }
                Double w = wgi.get(p);
                if (w == null || Double.isNaN(w)) {
                    missing += sh;
                    continue;
                }
                double tf = Partners.isEuMember(p, t) ? s.euTradeFactor() : 1.0;
                hhiWgi += sh * sh * w * tf;
                if (w >= s.highRiskThreshold()) {
                    highRisk += sh;
                }
            }
            if (missing > s.wgiMissingTolerance()) {
                em.put(HHI_WGI, Double.NaN, "wgi_missing_share=" + share(missing));
                em.put(HIGH_RISK_SHARE, Double.NaN, "wgi_missing_share=" + share(missing));
            } else {
                String f = missing > 0 ? "wgi_missing_share=" + share(missing) : null;
                em.put(HHI_WGI, hhiWgi, f);
                em.put(HIGH_RISK_SHARE, highRisk, f);
            }
        }
        // extra-EU concentration
        Map<String, double[]> extraCountries = new TreeMap<>();
        cur.countries.forEach((p, a) -> {
            if (Partners.side(p, t) > 0) {
                extraCountries.put(p, a);
            }
        });
        double extraTotal = 0;
        for (double[] a : extraCountries.values()) {
            extraTotal += a[0];
        }
        if (Double.isNaN(extraTotal)) {
            em.put(HHI_EXTRA_EU, Double.NaN, "value_missing");
        } else if (extraTotal > 0) {
            double h = 0;
            for (double x : shares(extraCountries, extraTotal)) {
                h += x * x;
            }
            em.put(HHI_EXTRA_EU, h);
        } else {
            em.put(HHI_EXTRA_EU, Double.NaN, "no_extra_eu_trade");
        }
        if (key.flow() == Flow.IMPORT) {
            double x = otherFlow.totalValue();
            em.put(IMPORT_EXPORT_RATIO, x > 0 ? v / x : Double.NaN, x > 0 || Double.isNaN(x) ? null : "exports_zero");
        }
        em.put(EXTRA_EU_RELIANCE, extra + intra > 0 ? extra / (extra + intra) : Double.NaN,
                extra + intra > 0 || Double.isNaN(extra + intra) ? null : "no_trade");
        if (baseline != null) {
            double bt = baseline.identifiedValue();
            if (noShares != null || !(bt > 0)) {
                String why = noShares != null ? noShares : Double.isNaN(bt) ? "value_missing" : "no_baseline_trade";
                em.put(JS_DIVERGENCE, Double.NaN, why);
            } else {
                em.put(JS_DIVERGENCE, jensenShannon(cur.countries, total, baseline.countries, bt));
            }
            int fresh = 0;
            for (Map.Entry<String, double[]> e : cur.countries.entrySet()) {
                if (e.getValue()[0] > 0) {
                    double[] b = baseline.countries.get(e.getKey());
                    if (b == null || b[0] == 0) {
                        fresh++;
                    }
                }
            }
            em.put(NEW_PARTNERS, Double.isNaN(total) || Double.isNaN(bt) ? Double.NaN : fresh,
                    Double.isNaN(total) || Double.isNaN(bt) ? "value_missing" : null);
        }
    }

    private static double[] shares(Map<String, double[]> partners, double total) {
        double[] s = new double[partners.size()];
        int i = 0;
        for (double[] a : partners.values()) {
            s[i++] = total > 0 ? a[0] / total : 0;
        }
        return s;
    }

    /** Jensen-Shannon divergence (log base 2, in [0, 1]) between two partner distributions. */
    static double jensenShannon(Map<String, double[]> p, double pt, Map<String, double[]> q, double qt) {
        TreeSet<String> all = new TreeSet<>(p.keySet());
        all.addAll(q.keySet());
        double js = 0;
        for (String k : all) {
            double a = p.containsKey(k) ? p.get(k)[0] / pt : 0;
            double b = q.containsKey(k) ? q.get(k)[0] / qt : 0;
            double mid = 0.5 * (a + b);
            if (a > 0) {
                js += 0.5 * a * Math.log(a / mid);
            }
            if (b > 0) {
                js += 0.5 * b * Math.log(b / mid);
            }
        }
        return Math.max(0, js / Math.log(2));
    }

    private static final class Emitter {
        private final List<Indicator> out;
        private final SeriesKey key;
        private final YearMonth t;
        private final String suffix;
        private final List<String> cellFlags;

        Emitter(List<Indicator> out, SeriesKey key, YearMonth t, String suffix, List<String> cellFlags) {
            this.out = out;
            this.key = key;
            this.t = t;
            this.suffix = suffix;
            this.cellFlags = cellFlags;
        }

        void put(String code, double value) {
            put(code, value, null);
        }

        void put(String code, double value, @org.jspecify.annotations.Nullable String flag) {
            List<String> flags = cellFlags;
            if (flag != null) {
                flags = new ArrayList<>(cellFlags);
                flags.add(flag);
            }
            out.add(new Indicator(key.reporter(), key.basket(), key.flow(), t, code + suffix, value,
                    IndicatorCodes.unit(code), flags));
        }
    }
}
