package be.cambium.report.trade;

import be.cambium.provenance.Provenance;
import be.cambium.report.common.IssuesTable;
import be.cambium.report.common.SourcesTable;
import be.cambium.report.model.ReportTable;
import be.cambium.trade.Alert;
import be.cambium.trade.Indicator;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;

/**
 * The files of {@code cambium monitor}: {@code indicators}, {@code alerts}, {@code provenance}, {@code issues} and
 * {@code sources}. The report's trade section shows the first three under {@code trade_} ids (same rows, same
 * columns), so a command's CSV and the report's CSV of the same run are byte-identical.
 */
public final class TradeTables {

    public static final String[] INDICATOR_COLUMNS = {"reporter", "basket", "flow", "period", "indicator", "value", "unit", "flags"};
    public static final String[] ALERT_COLUMNS = {"reporter", "basket", "flow", "period", "indicator", "method", "score", "severity",
            "message"};
    public static final String[] PROVENANCE_COLUMNS = {"kind", "name", "value"};
    /** Significant digits of the computed values written (the inputs carry fewer). */
    public static final int DIGITS = 12;

    private TradeTables() {
    }

    /** The command's tables, in file order; the run must be complete ({@link TradeRun#complete()}). */
    public static List<ReportTable> of(TradeRun run) {
        if (run.indicators() == null || run.alerts() == null) {
            throw new IllegalArgumentException("a run without figures has no tables; report its issues instead");
        }
        return List.of(indicators(run.indicators().indicators()), alerts(run.alerts().alerts()), provenance(run.provenance()),
                IssuesTable.of(run.report()), SourcesTable.of(run.provenance().sources()));
    }

    /** Every indicator value, in the given order (the calculator's: reporter, basket, flow, period, indicator). */
    public static ReportTable indicators(List<Indicator> indicators) {
        ReportTable.Builder t = ReportTable.builder("indicators", "Trade indicators by reporter, basket, flow and month",
                INDICATOR_COLUMNS);
        for (Indicator i : indicators) {
            t.row(i.reporter(), i.basket(), i.flow().code(), i.period().toString(), i.indicator(), rounded(i.value()), i.unit(),
                    i.flagsText());
        }
        return t.note("One row per reporter, basket, flow (import/export), month (YYYY-MM) and indicator; rolling 12-month "
                + "values carry _12m. An empty value is not observed or not computable; flags say why. Values with "
                + DIGITS + " significant digits. Method: docs/methods/trade.md.").build();
    }

    /** Every alert, in the given order (the detector's: reporter, basket, flow, period, indicator). */
    public static ReportTable alerts(List<Alert> alerts) {
        ReportTable.Builder t = ReportTable.builder("alerts", "Trade alerts: unusual and material changes", ALERT_COLUMNS);
        for (Alert a : alerts) {
            t.row(a.reporter(), a.basket(), a.flow().code(), a.period().toString(), a.indicator(), a.method(), rounded(a.score()),
                    a.severity().code(), a.message());
        }
        return t.note("score: the statistic of the strongest method (robust z, CUSUM or EWMA in sigma units; new partner: "
                + "share / minimum share); severity high when two methods agree or the score is 1.5 times its threshold. "
                + "Method: docs/methods/trade.md.").build();
    }

    /** How the run was made: its steps in order (files read, vintages used) and its parameters. */
    public static ReportTable provenance(Provenance p) {
        ReportTable.Builder t = ReportTable.builder("provenance", "How the trade figures were made: steps and parameters",
                PROVENANCE_COLUMNS);
        for (String s : p.steps()) {
            t.row("step", "", s);
        }
        for (Map.Entry<String, String> e : p.parameters().entrySet()) {
            t.row("parameter", e.getKey(), e.getValue());
        }
        return t.note("kind step: what was read or computed, in order (files with their SHA-256, workspace vintages); kind "
                + "parameter: a setting of the indicators or of the change detection. The sources are in the sources table.")
                .build();
    }

    /** {@code v} with {@link #DIGITS} significant digits; NaN (missing) stays NaN. Infinite values are a bug. */
    static double rounded(double v) {
        if (Double.isNaN(v)) {
            return v;
        }
        if (v == 0) {
            return 0;
        }
        if (Double.isInfinite(v)) {
            throw new IllegalArgumentException("infinite trade value " + v);
        }
        return new BigDecimal(v).round(new MathContext(DIGITS)).doubleValue();
    }
}
