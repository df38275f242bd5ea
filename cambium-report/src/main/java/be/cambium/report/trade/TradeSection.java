package be.cambium.report.trade;

import be.cambium.provenance.Source;
import be.cambium.report.model.Chart;
import be.cambium.report.model.LineChart;
import be.cambium.report.model.ReportTable;
import be.cambium.report.model.Section;
import be.cambium.trade.Alert;
import be.cambium.trade.Flow;
import be.cambium.trade.Indicator;
import be.cambium.trade.TradeIndicatorResult;
import be.cambium.trade.TradeOverview;
import be.cambium.validate.Issue;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The report's trade-monitoring section: Belgium's basket indicators and alerts from the Comext files imported into
 * the workspace. No trade data are bundled, so without imported files the section says so, shows how to get them,
 * and shows only what is real: the basket definitions and what the indicators and alerts mean. It never names a
 * folder of the machine it runs on (the dashboard's server is not the reader's).
 *
 * <p>With figures it starts with a per-basket summary ({@code trade_summary}), then the recent alerts, the trend
 * charts and their values, and the full tables of the run, which are {@link TradeTables}' under {@code trade_} ids.
 */
public final class TradeSection {

    public static final String ID = "monitoring";
    public static final String TITLE = "Trade monitoring";
    public static final String REPORTER = "BE";
    /** The indicators drawn as trends (imports), in order, with their chart titles. */
    public static final Map<String, String> TRENDS = trends();
    private static final Map<String, String> AXIS = Map.of("value_eur", "import value", "hhi", "HHI",
            "top1_share", "largest partner's share", "extra_eu_reliance", "extra-EU share");
    /** Baskets per chart, so that lines stay distinguishable. */
    public static final int BASKETS_PER_CHART = 5;
    /** Alerts of this many most recent months of the data are listed. */
    public static final int ALERT_MONTHS = 12;
    public static final String BULK_PAGE = "https://ec.europa.eu/eurostat/databrowser/bulk?lang=en&selectedTab=fileComext";

    /**
     * The command's tables ({@link TradeTables#of}) the section shows in full: the command's id to the report's id and
     * title. {@code issues} only when there are any; {@code sources} are the report's own list.
     */
    public static final Map<String, List<String>> FULL_TABLES = fullTables();

    private TradeSection() {
    }

    private static Map<String, List<String>> fullTables() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("indicators", List.of("trade_indicators", "Every trade indicator for Belgium by basket, flow and month"));
        m.put("alerts", List.of("trade_alerts_all", "Every trade alert for Belgium over the whole period"));
        m.put("provenance", List.of("trade_provenance", "How the trade figures were made: steps and parameters"));
        m.put("issues", List.of("trade_issues", "Data checks of the trade data: every issue with its location"));
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, String> trends() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("value_eur", "Import value");
        m.put("hhi", "Concentration of supplying countries (HHI)");
        m.put("top1_share", "Share of the largest supplying country");
        m.put("extra_eu_reliance", "Share of imports from outside the EU");
        return Collections.unmodifiableMap(m);
    }

    /**
     * The section.
     *
     * @param baskets  the monitored baskets
     * @param vintages the Comext files imported into the workspace (empty: none, or no workspace)
     * @param run      the monitoring run of reporter {@value #REPORTER} on those vintages; null when there are none
     */
    public static Section of(BasketDefinitions baskets, List<ComextVintage> vintages, @Nullable TradeRun run) {
        Section.Builder s = Section.builder(ID, TITLE);
        if (vintages.isEmpty() || run == null) {
            s.notice("No trade data are bundled with CAMBIUM, and the workspace holds no imported Comext files, so this "
                    + "section shows no trade figures. To fill it: fetch Eurostat's Comext monthly bulk files (full_v2_YYYYMM.7z, "
                    + BULK_PAGE + ") and import them once with `cambium data fetch comext 202401-202412 --import --reporter BE`, "
                    + "or import files you downloaded with `cambium data import comext FILE... --reporter BE` (into the workspace, "
                    + "default ~/.cambium, or `--workspace DIR`), then run `cambium report --workspace DIR`. `cambium monitor` "
                    + "writes the full indicator and alert tables.");
            explain(s);
            return s.table(basketTable(baskets)).build();
        }
        if (!run.complete()) {
            String problems = run.report().issues().stream().filter(Issue::isError).limit(5).map(Issue::toString)
                    .collect(Collectors.joining("; "));
            s.notice("The trade data in the workspace could not be used, so this section shows no trade figures: " + problems
                    + ". Check them with `cambium monitor --workspace DIR --out OUT`.");
            explain(s);
            return s.table(vintageTable(vintages)).table(basketTable(baskets)).build();
        }
        TradeIndicatorResult ind = run.indicators();
        TradeOverview o = TradeOverview.of(ind, run.alerts(), REPORTER, ALERT_MONTHS);
        List<String> traded = o.tradedBaskets();
        List<String> sources = run.provenance().sources().stream().map(Source::citation).toList();
        YearMonth last = o.lastMonth();
        YearMonth firstAlertMonth = o.firstAlertMonth();
        if (traded.isEmpty() || last == null || firstAlertMonth == null) {
            s.notice("The workspace holds " + vintages.size() + " imported Comext file(s), but none has Belgian (reporter BE) "
                    + "imports of the monitored baskets, so this section shows no trade figures. Import files that include "
                    + "reporter BE with `cambium data fetch comext PERIOD... --import --reporter BE` or "
                    + "`cambium data import comext FILE... --reporter BE`.");
            explain(s);
            return s.table(vintageTable(vintages)).table(basketTable(baskets)).build();
        }
        s.paragraph("Belgium's (reporter BE) monthly imports and exports of " + traded.size() + " of the " + baskets.baskets().size()
                + " monitored baskets, " + o.months().first() + " to " + last + ", from " + vintages.size()
                + " Comext file(s) imported into the workspace (listed with their checksums below). Values in EUR at current "
                + "prices, Community concept.");
        s.table(summaryTable(o, sources));
        List<Alert> latest = o.latestAlerts();
        s.paragraph(latest.isEmpty()
                ? "No alert in the last " + ALERT_MONTHS + " months of the data (" + firstAlertMonth + " to " + last + "): no monitored "
                        + "flow moved both unusually and materially."
                : latest.size() + " alert(s) in the last " + ALERT_MONTHS + " months of the data (" + firstAlertMonth + " to " + last
                        + "), newest first.");
        s.table(alertTable(o, sources));
        trends(s, ind, traded, vintages, sources);
        explain(s);
        for (ReportTable t : TradeTables.of(run)) {
            List<String> idTitle = FULL_TABLES.get(t.id());
            if (idTitle != null && !(t.id().equals("issues") && t.isEmpty())) {
                s.table(t.withId(idTitle.get(0), idTitle.get(1)));
            }
        }
        s.table(vintageTable(vintages));
        return s.table(basketTable(baskets)).build();
    }

    /** One row per basket with Belgian imports: the rolling 12-month figures of the last month and the recent alerts. */
    static ReportTable summaryTable(TradeOverview o, List<String> sources) {
        ReportTable.Builder t = ReportTable.builder("trade_summary", "Summary: Belgium's imports of the monitored baskets in the "
                        + "12 months to " + o.lastMonth() + ", and recent alerts",
                "basket", "period", "imports_12m_eur", "hhi_12m", "top1_share_12m", "extra_eu_reliance_12m", "alerts", "high_alerts");
        for (TradeOverview.BasketSummary b : o.baskets()) {
            t.row(b.basket(), b.period().toString(), round(b.importsEur12m(), 0), round(b.hhi12m(), 3), round(b.top1Share12m(), 3),
                    round(b.extraEuReliance12m(), 3), b.alerts(), b.highAlerts());
        }
        sources.forEach(t::source);
        return t.note("Largest basket first. Rolling values over the 12 months to the period (imports in EUR at current prices; "
                + "HHI 0-1; shares 0-1); empty when a month of the window is missing. alerts: alerts of the basket (imports and "
                + "exports) in the last " + o.alertMonths() + " months of the data, high_alerts those of high severity.").build();
    }

    private static ReportTable alertTable(TradeOverview o, List<String> sources) {
        ReportTable.Builder at = ReportTable.builder("trade_alerts", "Trade alerts for Belgium, " + o.firstAlertMonth() + " to "
                + o.lastMonth(), "basket", "flow", "period", "indicator", "method", "score", "severity", "message");
        for (Alert a : o.latestAlerts()) {
            at.row(a.basket(), a.flow().code(), a.period().toString(), a.indicator(), a.method(), round(a.score(), 3),
                    a.severity().code(), a.message());
        }
        sources.forEach(at::source);
        return at.note("Alerts of the last " + o.alertMonths() + " months of the data, newest first (" + o.latestAlerts().size()
                + " of " + o.alertsTotal() + " alerts over the whole period; trade_alerts_all and `cambium monitor` list them "
                + "all). Score: the statistic of the strongest method (robust z, CUSUM or EWMA in sigma units; new partner: "
                + "share / 5 %). Method: docs/methods/trade.md.").build();
    }

    /** Trends of key import indicators, one chart per indicator and set of baskets, and their values. */
    private static void trends(Section.Builder s, TradeIndicatorResult ind, List<String> traded, List<ComextVintage> vintages,
                               List<String> sources) {
        int groups = (traded.size() + BASKETS_PER_CHART - 1) / BASKETS_PER_CHART;
        ReportTable.Builder tt = ReportTable.builder("trade_trends", "Key import indicators by basket and month, Belgium",
                "basket", "flow", "period", "indicator", "value", "unit", "flags");
        Set<String> tradedSet = Set.copyOf(traded);
        Map<String, Map<String, TreeMap<YearMonth, Indicator>>> byIndicator = new LinkedHashMap<>();
        for (Indicator i : ind.indicators()) {
            if (i.reporter().equals(REPORTER) && i.flow() == Flow.IMPORT && TRENDS.containsKey(i.indicator())
                    && tradedSet.contains(i.basket())) {
                byIndicator.computeIfAbsent(i.indicator(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(i.basket(), k -> new TreeMap<>()).put(i.period(), i);
            }
        }
        for (String b : traded) {
            for (String code : TRENDS.keySet()) {
                for (Indicator i : byIndicator.getOrDefault(code, Map.of()).getOrDefault(b, new TreeMap<>()).values()) {
                    tt.row(b, "import", i.period().toString(), code, i.value(), i.unit(), i.flagsText());
                }
            }
        }
        for (Map.Entry<String, String> e : TRENDS.entrySet()) {
            String code = e.getKey();
            boolean money = code.equals("value_eur");
            for (int g = 0; g < groups; g++) {
                List<String> set = traded.subList(g * BASKETS_PER_CHART, Math.min(traded.size(), (g + 1) * BASKETS_PER_CHART));
                List<Chart.Series> series = new ArrayList<>();
                for (String b : set) {
                    List<Double> x = new ArrayList<>();
                    List<Double> y = new ArrayList<>();
                    for (Indicator i : byIndicator.getOrDefault(code, Map.of()).getOrDefault(b, new TreeMap<>()).values()) {
                        x.add(decimalYear(i.period()));
                        y.add(money ? i.value() / 1e6 : i.value());
                    }
                    series.add(new Chart.Series(b.replace('_', ' '), x, y));
                }
                String title = e.getValue() + ", Belgium" + (groups == 1 ? "" : " (baskets " + (g * BASKETS_PER_CHART + 1) + "-"
                        + (g * BASKETS_PER_CHART + set.size()) + " of " + traded.size() + " by import value)");
                String unit = money ? "million EUR (current prices)" : code.equals("hhi") ? "index (0-1)" : "share (0-1)";
                s.chart(new LineChart(chartId(code, g, groups), title, "year (monthly values)", AXIS.get(code), unit, series,
                        false, chartSources(vintages)));
            }
        }
        sources.forEach(tt::source);
        s.table(tt.note("Monthly values behind the charts (value_eur in EUR; the charts show million EUR). An empty value is not "
                + "observed or not computable; flags say why (e.g. no_trade, confidential_share=, quasi_transit).").build());
    }

    static String chartId(String indicator, int group, int groups) {
        return "trade_trend_" + indicator + (groups == 1 ? "" : "_" + (group + 1));
    }

    /** Month as a decimal year (January = .0), the x value of the trend charts. */
    static double decimalYear(YearMonth m) {
        return m.getYear() + (m.getMonthValue() - 1) / 12.0;
    }

    private static @Nullable Double round(double v, int digits) {
        if (Double.isNaN(v)) {
            return null;
        }
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }

    /** Short citations for chart footers (three lines at most); the tables carry the full ones. */
    static List<String> chartSources(List<ComextVintage> vintages) {
        String files;
        if (vintages.size() <= 3) {
            files = vintages.stream().map(v -> v.fileName() + " (sha256 " + v.sha256().substring(0, Math.min(12, v.sha256().length()))
                    + "...)").collect(Collectors.joining(", "));
        } else {
            files = vintages.size() + " files, " + vintages.get(0).fileName() + " to " + vintages.get(vintages.size() - 1).fileName();
        }
        return List.of("Eurostat Comext monthly detailed trade: " + files + ", imported into the workspace (names and SHA-256 "
                        + "in the table trade_vintages)",
                "CAMBIUM trade baskets, CN8 codes chained with Eurostat's CN8 correspondence table 1988-2025");
    }

    static ReportTable vintageTable(List<ComextVintage> vintages) {
        ReportTable.Builder t = ReportTable.builder("trade_vintages", "Comext files imported into the workspace (vintages)",
                "vintage_id", "file_name", "sha256", "imported_at", "rows", "layout");
        for (ComextVintage v : vintages) {
            t.row(v.id(), v.fileName(), v.sha256(), v.importedAt().toString(), v.rows(), v.layout());
        }
        return t.note("For each reporter and month the newest vintage is used; older ones stay in the store.").build();
    }

    static ReportTable basketTable(BasketDefinitions baskets) {
        ReportTable.Builder t = ReportTable.builder("trade_baskets", "Monitored baskets: CN8 codes and the CN years they are valid in",
                "basket", "cn8", "label", "valid_from", "valid_to", "source");
        for (BasketDefinitions.Code c : baskets.codes()) {
            t.row(c.basket(), c.cn8(), c.label(), c.validFrom(), c.validTo(), c.source());
        }
        return t.source(baskets.source().citation())
                .note("Bundled with CAMBIUM (no trade values). Successive codes of one product sit in one basket with adjacent "
                        + "years, so a series does not break when the Combined Nomenclature changes; an empty year (shown as ':') "
                        + "means no limit. "
                        + "Users add baskets with `cambium monitor --baskets FILE` (columns basket, cn8, label, valid_from, valid_to).")
                .build();
    }

    /** What the indicators and alerts mean, in plain words (docs/methods/trade.md). */
    private static void explain(Section.Builder s) {
        s.paragraph("What is monitored: each month, Belgium's imports and exports of baskets of products (CN8 codes) that matter for "
                + "the energy transition and for critical raw materials - Li-ion batteries, photovoltaic cells and modules, permanent "
                + "magnets, wind generating sets, electric motors, and cobalt, lithium, natural graphite, rare earths, gallium, "
                + "germanium, magnesium, tungsten, platinum-group metals and silicon metal - from Eurostat's Comext trade statistics "
                + "by product and partner country.");
        s.paragraph("Indicators: the value (EUR) and mass (kg) of the flow and its unit value (EUR/kg); how concentrated the "
                + "supplying countries are, as the Herfindahl-Hirschman index (HHI, the sum of squared partner shares: 1 when one "
                + "country supplies everything, close to 0 when many supply equal parts; also over non-EU partners only); the "
                + "share of the largest and of the three largest partners; the share from outside the EU (extra-EU reliance); a "
                + "governance-weighted HHI and the share from high-risk countries (only with the World Bank governance indicators); "
                + "how far the partner mix moved against the previous twelve months (Jensen-Shannon divergence, 0 = same mix, 1 = no "
                + "overlap); and partners new in the month. Each is also computed over rolling 12 months. Confidential and unknown "
                + "partners count in the value but not in the shares; missing values stay missing, never zero.");
        s.paragraph("Alerts: each month the year-on-year change of value and of unit value, and the shift of the partner mix, are "
                + "compared with their own previous 36 months (robust z-score, CUSUM and EWMA). An alert needs a move that is both "
                + "unusual (|z| at least 4, or a CUSUM or EWMA crossing) and material (at least EUR 100,000 in the month and a change "
                + "of at least 25 %, or 10 percentage points of partner share). A partner with at least 5 % of a month's value and "
                + "no trade in the previous year is reported as new. With three years of history, JDemetra+ TRAMO also tests the "
                + "last months for a level shift. Severity is high when two methods agree or the score is 1.5 times its threshold.");
        s.paragraph("Caveat: Belgian imports follow the Community concept, so goods cleared in Antwerp for other Member States count as "
                + "Belgian imports (quasi-transit); levels overstate Belgian use, while changes and partner shifts remain signals. "
                + "Formulas, thresholds and the measured detection rates: docs/methods/trade.md.");
    }
}
