package be.cambium.report.trade;

import static org.assertj.core.api.Assertions.assertThat;

import be.cambium.provenance.Provenance;
import be.cambium.report.model.Block;
import be.cambium.report.model.Chart;
import be.cambium.report.model.LineChart;
import be.cambium.report.model.ReportTable;
import be.cambium.report.model.Section;
import be.cambium.report.render.CsvTableWriter;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TradeSectionTest {

    static final List<String> SIX = List.of("permanent_magnets", "cobalt", "lithium", "graphite", "gallium", "germanium");

    static List<String> notices(Section s) {
        return s.blocks().stream().filter(b -> b instanceof Block.Notice).map(b -> ((Block.Notice) b).text()).toList();
    }

    static List<String> paragraphs(Section s) {
        return s.blocks().stream().filter(b -> b instanceof Block.Paragraph).map(b -> ((Block.Paragraph) b).text()).toList();
    }

    static ReportTable table(Section s, String id) {
        return s.tables().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + id + " in " + s.tables().stream().map(ReportTable::id).toList()));
    }

    @Test
    void withoutVintagesANoticeThatNamesNoFolderTheMethodAndTheBaskets() {
        for (TradeRun run : new TradeRun[] {null, TradeFixtures.run(SIX)}) {
            Section s = TradeSection.of(TradeFixtures.baskets(), List.of(), run);
            assertThat(s.id()).isEqualTo("monitoring");
            assertThat(s.title()).isEqualTo("Trade monitoring");
            assertThat(notices(s)).singleElement().asString()
                    .contains("No trade data are bundled", "the workspace holds no imported Comext files",
                            "cambium data import comext FILE...", "cambium report --workspace DIR", "Comext monthly bulk files")
                    .doesNotContain("/tmp", "/root", "/home");
            assertThat(s.charts()).isEmpty();
            assertThat(s.tables()).extracting(ReportTable::id).containsExactly("trade_baskets");
            ReportTable b = s.tables().get(0);
            assertThat(b.columns()).containsExactly("basket", "cn8", "label", "valid_from", "valid_to", "source");
            assertThat(b.rows()).containsExactly(
                    java.util.Arrays.asList("permanent_magnets", "85051100", "Permanent magnets of metal", null, 2022, "CN2022"),
                    java.util.Arrays.asList("permanent_magnets", "85051110", "Permanent magnets, rare-earth", 2023, null, "CN2023"),
                    java.util.Arrays.asList("cobalt", "81052000", "Cobalt mattes", null, null, "CN2024"));
            assertThat(b.sources()).containsExactly(TradeFixtures.BASKET_SOURCE.citation());
            assertThat(paragraphs(s)).anySatisfy(p -> assertThat(p).contains("Herfindahl-Hirschman"))
                    .anySatisfy(p -> assertThat(p).contains("Alerts:", "EUR 100,000"));
        }
    }

    @Test
    void aFailedRunShowsItsErrorsAndNoFigures() {
        TradeRun failed = TradeRun.failed(ValidationReport.builder().error("COMEXT_HEADER", "not a Comext header",
                Location.line("full_v2_2024.dat", 1)).build(), Provenance.empty());
        Section s = TradeSection.of(TradeFixtures.baskets(), TradeFixtures.vintages(), failed);
        assertThat(notices(s)).singleElement().asString().contains("could not be used", "COMEXT_HEADER", "full_v2_2024.dat:1",
                "cambium monitor --workspace DIR --out OUT");
        assertThat(s.charts()).isEmpty();
        assertThat(s.tables()).extracting(ReportTable::id).containsExactly("trade_vintages", "trade_baskets");
    }

    @Test
    void noBelgianImportsSaySo() {
        TradeRun run = TradeFixtures.run(List.of("cobalt"));
        TradeRun noImports = new TradeRun(new be.cambium.trade.TradeIndicatorResult(run.indicators().indicators().stream()
                .filter(i -> !i.indicator().equals("value_eur")).toList(), Map.of(), ValidationReport.empty(), Provenance.empty()),
                run.alerts(), ValidationReport.empty(), run.provenance());
        Section s = TradeSection.of(TradeFixtures.baskets(), TradeFixtures.vintages(), noImports);
        assertThat(notices(s)).singleElement().asString().contains("1 imported Comext file(s)", "none has Belgian");
        assertThat(s.tables()).extracting(ReportTable::id).containsExactly("trade_vintages", "trade_baskets");
    }

    @Test
    void aRunStartsWithTheSummaryThenAlertsTrendsAndTheCommandsTables() {
        TradeRun run = TradeFixtures.run(SIX);
        Section s = TradeSection.of(TradeFixtures.baskets(), TradeFixtures.vintages(), run);
        assertThat(notices(s)).isEmpty();
        assertThat(s.tables()).extracting(ReportTable::id).containsExactly("trade_summary", "trade_alerts", "trade_trends",
                "trade_indicators", "trade_alerts_all", "trade_provenance", "trade_issues", "trade_vintages", "trade_baskets");
        assertThat(paragraphs(s).get(0)).contains("reporter BE", "2024-01 to 2025-02",
                "1 Comext file(s)");

        // the summary: one row per basket, largest first, rolling figures of the last month, recent alerts
        ReportTable sum = table(s, "trade_summary");
        assertThat(sum.columns()).containsExactly("basket", "period", "imports_12m_eur", "hhi_12m", "top1_share_12m",
                "extra_eu_reliance_12m", "alerts", "high_alerts");
        assertThat(sum.rows()).extracting(r -> r.get(0)).containsExactlyElementsOf(SIX);
        assertThat(sum.rows().get(0)).containsExactly("permanent_magnets", "2025-02", 12000.0, 0.457, null, null, 1, 1);
        assertThat(sum.rows().get(1)).containsExactly("cobalt", "2025-02", 10800.0, 0.457, null, null, 0, 0);
        assertThat(sum.sources()).containsExactly(TradeFixtures.BASKET_SOURCE.citation(), TradeFixtures.VINTAGE_SOURCE.citation());

        // recent alerts only (the 2024-02 alert is outside the last 12 months), score to 3 decimals, no reporter column
        ReportTable alerts = table(s, "trade_alerts");
        assertThat(alerts.columns()).containsExactly("basket", "flow", "period", "indicator", "method", "score", "severity", "message");
        assertThat(alerts.rows()).singleElement().satisfies(r -> assertThat(r.subList(0, 7))
                .containsExactly("permanent_magnets", "import", "2025-02", "value_eur", "cusum", 7.778, "high"));
        assertThat(alerts.note()).contains("1 of 2 alerts");

        // the command's tables, unchanged: the report's CSV is the command's CSV
        CsvTableWriter csv = new CsvTableWriter();
        Map<String, String> ids = Map.of("indicators", "trade_indicators", "alerts", "trade_alerts_all", "provenance",
                "trade_provenance", "issues", "trade_issues");
        for (ReportTable t : TradeTables.of(run)) {
            if (ids.containsKey(t.id())) {
                ReportTable r = table(s, ids.get(t.id()));
                assertThat(r.columns()).isEqualTo(t.columns());
                assertThat(r.rows()).isEqualTo(t.rows());
                assertThat(csv.toCsv(r)).isEqualTo(csv.toCsv(t));
            }
        }
        assertThat(table(s, "trade_issues").rows()).singleElement().satisfies(r -> assertThat(r.get(1)).isEqualTo("MONITOR_MONTH_TWICE"));

        // 6 baskets: two charts per trend indicator (5 + 1 baskets), imports in million EUR
        assertThat(s.charts()).extracting(Chart::id).containsExactly("trade_trend_value_eur_1", "trade_trend_value_eur_2",
                "trade_trend_hhi_1", "trade_trend_hhi_2", "trade_trend_top1_share_1", "trade_trend_top1_share_2",
                "trade_trend_extra_eu_reliance_1", "trade_trend_extra_eu_reliance_2");
        LineChart first = (LineChart) s.charts().get(0);
        assertThat(first.series()).hasSize(5).first().satisfies(ser -> {
            assertThat(ser.name()).isEqualTo("permanent magnets");
            assertThat(ser.x()).hasSize(TradeFixtures.MONTHS).startsWith(2024.0, 2024 + 1 / 12.0);
            assertThat(ser.y()).allSatisfy(y -> assertThat(y).isEqualTo(1000 / 1e6));
        });
        assertThat(first.title()).contains("baskets 1-5 of 6");
        assertThat(((LineChart) s.charts().get(1)).series()).extracting(Chart.Series::name).containsExactly("germanium");
        assertThat(String.join(" ", first.sources())).contains("full_v2_2024.dat (sha256 0123456789ab...)", "trade_vintages");
        ReportTable trends = table(s, "trade_trends");
        assertThat(trends.rows()).hasSize(6 * TradeFixtures.MONTHS * 4);
    }

    @Test
    void aCleanRunHasNoIssuesTable() {
        Section s = TradeSection.of(TradeFixtures.baskets(), TradeFixtures.vintages(), TradeFixtures.run(List.of("cobalt"),
                ValidationReport.empty()));
        assertThat(s.tables()).extracting(ReportTable::id).doesNotContain("trade_issues").contains("trade_indicators");
        assertThat(s.charts()).extracting(Chart::id).containsExactly("trade_trend_value_eur", "trade_trend_hhi",
                "trade_trend_top1_share", "trade_trend_extra_eu_reliance");
    }
}
