package be.cambium.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.cambium.io.comext.BasketCode;
import be.cambium.io.comext.ComextStore;
import be.cambium.io.comext.TradeBaskets;
import be.cambium.io.store.Workspace;
import be.cambium.report.model.Block;
import be.cambium.report.model.Chart;
import be.cambium.report.model.LineChart;
import be.cambium.report.model.ReportTable;
import be.cambium.report.model.Section;
import be.cambium.report.trade.TradeRun;
import be.cambium.trade.Alert;
import be.cambium.trade.Flow;
import be.cambium.trade.TradeIndicatorResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitoringSectionTest {

    static final String V2 = "REPORTER,PARTNER,TRADE_TYPE,PRODUCT_NC,PRODUCT_SITC,PRODUCT_CPA21,PRODUCT_CPA22,PRODUCT_BEC,"
            + "PRODUCT_BEC5,PRODUCT_SECTION,FLOW,STAT_PROCEDURE,SUPPL_UNIT,PERIOD,VALUE_EUR,VALUE_NAC,QUANTITY_KG,QUANTITY_SUPPL_UNIT\n";
    static final YearMonth FIRST = YearMonth.of(2023, 1);
    static final YearMonth LAST = YearMonth.of(2025, 6);
    /** From this month imports of magnets from CN are 2.5 times their usual level (a level shift and a partner-mix shift). */
    static final YearMonth SHIFT = YearMonth.of(2025, 4);

    static String row(String rep, String partner, String cn, int flow, YearMonth m, long value, long kg) {
        int period = m.getYear() * 100 + m.getMonthValue();
        return rep + "," + partner + ",E," + cn + ",x,x,x,x,x,x," + flow + ",1,NO_SU," + period + "," + value + "," + value
                + "," + kg + ",0\n";
    }

    /**
     * Comext {@code full_v2} layout, one file per year 2023-2025 (to 2025-06; 30 months, fewer than the 36 TRAMO needs,
     * which keeps the test short): Belgian imports of permanent magnets (85051110, 85051190) from CN, DE and US with
     * seasonality and seeded noise, a confidential partner slice (QY), small exports to FR, rows of another reporter (NL,
     * dropped at import); CN imports jump 2.5 times in {@link #SHIFT}.
     */
    static List<Path> fixture(Path dir) throws Exception {
        SplittableRandom rnd = new SplittableRandom(20261129L);
        List<Path> files = new ArrayList<>();
        for (int year = FIRST.getYear(); year <= LAST.getYear(); year++) {
            StringBuilder sb = new StringBuilder(V2);
            for (YearMonth m = YearMonth.of(year, 1); !m.isAfter(LAST) && m.getYear() == year; m = m.plusMonths(1)) {
                double season = 1 + 0.1 * Math.sin(2 * Math.PI * m.getMonthValue() / 12.0);
                String code = "85051110";
                double cn = 600_000 * season * (1 + 0.03 * (rnd.nextDouble() - 0.5)) * (m.isBefore(SHIFT) ? 1 : 2.5);
                double de = 300_000 * season * (1 + 0.03 * (rnd.nextDouble() - 0.5));
                double us = 100_000 * season * (1 + 0.03 * (rnd.nextDouble() - 0.5));
                sb.append(row("BE", "CN", code, 1, m, Math.round(cn), Math.round(cn / 40)));
                sb.append(row("BE", "DE", "85051190", 1, m, Math.round(de), Math.round(de / 45)));
                sb.append(row("BE", "US", code, 1, m, Math.round(us), Math.round(us / 50)));
                sb.append(row("BE", "QY", code, 1, m, 5_000, 100));
                sb.append(row("BE", "FR", code, 2, m, Math.round(50_000 * season), 1_000));
                sb.append(row("NL", "CN", code, 1, m, 999_999, 9_999));
            }
            Path f = dir.resolve("full_v2_" + year + ".dat");
            Files.writeString(f, sb.toString());
            files.add(f);
        }
        return files;
    }

    static ReportContext context(Path ws) {
        return ReportContext.of(LocalDate.of(2026, 11, 29)).withWorkspace(ws);
    }

    @Test
    void withoutTradeDataShowsNoticeBasketsAndNoFigures(@TempDir Path ws) throws Exception {
        for (ReportContext ctx : List.of(context(ws), ReportContext.of(LocalDate.of(2026, 11, 29)))) {
            Section s = new TradeSectionProvider().build(ctx);
            assertThat(s.id()).isEqualTo("monitoring");
            assertThat(s.title()).isEqualTo("Trade monitoring");
            List<String> notices = s.blocks().stream().filter(b -> b instanceof Block.Notice).map(b -> ((Block.Notice) b).text()).toList();
            assertThat(notices).singleElement().asString()
                    .contains("No trade data are bundled", "cambium data import comext FILE...", "cambium report --workspace DIR",
                            "Comext monthly bulk files")
                    // issue 12 item 8: the dashboard serves this notice, so it names no folder of the server
                    .doesNotContain(ws.toString(), Workspace.defaultRoot().toString());
            assertThat(s.charts()).isEmpty();
            assertThat(s.tables()).extracting(ReportTable::id).containsExactly("trade_baskets");
            ReportTable t = s.tables().get(0);
            assertThat(t.columns()).containsExactly("basket", "cn8", "label", "valid_from", "valid_to", "source");
            List<BasketCode> codes = TradeBaskets.bundled().codes();
            assertThat(t.rows()).hasSize(codes.size());
            for (int i = 0; i < codes.size(); i++) {
                BasketCode c = codes.get(i);
                assertThat(t.rows().get(i)).containsExactly(c.basket(), c.cn8(), c.label(), c.validFrom(), c.validTo(), c.source());
            }
            assertThat(s.blocks()).filteredOn(b -> b instanceof Block.Paragraph)
                    .anySatisfy(b -> assertThat(((Block.Paragraph) b).text()).contains("Herfindahl-Hirschman"))
                    .anySatisfy(b -> assertThat(((Block.Paragraph) b).text()).contains("Alerts:", "EUR 100,000"));
        }
        assertThat(be.cambium.io.store.Workspace.at(ws).duckdb()).as("no store is created by the report").doesNotExist();
    }

    @Test
    void withImportedComextDataShowsAlertsTrendsAndVintages(@TempDir Path dir) throws Exception {
        List<Path> files = fixture(dir);
        Path ws = dir.resolve("ws");
        MonitorService service = new MonitorService();
        List<ComextStore.ImportResult> imported = service.importComext(ws, files, Set.of("BE"));
        assertThat(imported).allSatisfy(r -> assertThat(r.report().hasErrors()).as(r.report().toString()).isFalse());

        List<String> progress = new ArrayList<>();
        Section s = new TradeSectionProvider().build(context(ws).withProgress(progress::add));
        assertThat(s.blocks()).noneMatch(b -> b instanceof Block.Notice);
        assertThat(progress).singleElement().asString().contains("3 Comext file(s)").doesNotContain(ws.toString());
        assertThat(s.tables().get(0).id()).as("the section starts with its summary").isEqualTo("trade_summary");
        assertThat(s.tables()).extracting(ReportTable::id).contains("trade_indicators", "trade_alerts_all", "trade_provenance");

        TradeRun expected = service.run(MonitorService.Request.ofWorkspace(Workspace.at(ws), "BE"));
        TradeIndicatorResult ind = expected.indicators();
        assertThat(ind).isNotNull();

        // alerts: those of the last 12 months, newest first; the injected shift is among them
        List<Alert> recent = expected.alerts().alerts().stream().filter(a -> !a.period().isBefore(LAST.minusMonths(11))).toList();
        assertThat(recent).isNotEmpty();
        ReportTable alerts = table(s, "trade_alerts");
        assertThat(alerts.columns()).containsExactly("basket", "flow", "period", "indicator", "method", "score", "severity", "message");
        assertThat(alerts.rows()).hasSize(recent.size());
        assertThat(alerts.rows()).anySatisfy(r -> {
            assertThat(r.get(0)).isEqualTo("permanent_magnets");
            assertThat(r.get(1)).isEqualTo("import");
            assertThat(YearMonth.parse((String) r.get(2))).isBetween(SHIFT, SHIFT.plusMonths(1));
        });
        for (List<Object> r : alerts.rows()) {
            Alert a = recent.stream().filter(x -> x.basket().equals(r.get(0)) && x.flow().code().equals(r.get(1))
                    && x.period().toString().equals(r.get(2)) && x.indicator().equals(r.get(3)) && x.method().equals(r.get(4)))
                    .findFirst().orElseThrow();
            assertThat(r.subList(4, 8)).containsExactly(a.method(), Math.round(a.score() * 1000) / 1000.0, a.severity().code(),
                    a.message());
        }
        List<String> periods = alerts.rows().stream().map(r -> (String) r.get(2)).toList();
        assertThat(periods).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        // trends: one chart per key indicator, one series (the only traded basket), values equal to the indicators
        assertThat(s.charts()).extracting(Chart::id).containsExactly("trade_trend_value_eur", "trade_trend_hhi",
                "trade_trend_top1_share", "trade_trend_extra_eu_reliance");
        List<String> shas = imported.stream().map(r -> r.vintage().sha256()).toList();
        for (Chart c : s.charts()) {
            LineChart lc = (LineChart) c;
            String code = c.id().substring("trade_trend_".length());
            assertThat(lc.series()).singleElement().extracting(Chart.Series::name).isEqualTo("permanent magnets");
            Chart.Series ser = lc.series().get(0);
            assertThat(ser.x()).hasSize(30);
            for (int i = 0; i < ser.x().size(); i++) {
                YearMonth m = FIRST.plusMonths(i);
                assertThat(ser.x().get(i)).isEqualTo(m.getYear() + (m.getMonthValue() - 1) / 12.0);
                double v = ind.value("BE", "permanent_magnets", Flow.IMPORT, m, code);
                assertThat(v).as(code + " " + m).isFinite();
                assertThat(ser.y().get(i)).as(code + " " + m).isCloseTo(code.equals("value_eur") ? v / 1e6 : v, within(1e-12));
            }
            assertThat(String.join(" ", c.sources())).contains("full_v2_2023.dat", "full_v2_2025.dat", "trade_vintages",
                    "CN8 correspondence table").contains(shas.stream().map(h -> h.substring(0, 12)).toList());
        }
        // hand check of one month: 2025-06, CN at 2.5 times, so the largest share is CN's
        double top1 = ind.value("BE", "permanent_magnets", Flow.IMPORT, LAST, "top1_share");
        assertThat(top1).isGreaterThan(0.75);
        ReportTable trends = table(s, "trade_trends");
        assertThat(trends.rows()).hasSize(30 * 4)
                .contains(List.of("permanent_magnets", "import", "2025-06", "top1_share", top1, "1",
                        ind.find("BE", "permanent_magnets", Flow.IMPORT, LAST, "top1_share").flagsText()));

        ReportTable vintages = table(s, "trade_vintages");
        assertThat(vintages.rows()).extracting(r -> r.get(1)).containsExactly("full_v2_2023.dat",
                "full_v2_2024.dat", "full_v2_2025.dat");
        assertThat(vintages.rows()).extracting(r -> r.get(2)).containsExactlyElementsOf(shas);
        assertThat(String.join(" ", alerts.sources()) + String.join(" ", trends.sources())).contains(shas);
        assertThat(table(s, "trade_baskets").rows()).hasSize(TradeBaskets.bundled().codes().size());

        // the summary: one traded basket, its rolling 12-month figures of the last month and its recent alerts
        ReportTable summary = table(s, "trade_summary");
        assertThat(summary.rows()).singleElement().satisfies(r -> {
            assertThat(r.subList(0, 2)).containsExactly("permanent_magnets", "2025-06");
            assertThat((Double) r.get(2)).isEqualTo(Math.round(ind.value("BE", "permanent_magnets", Flow.IMPORT, LAST, "value_eur_12m"))
                    * 1.0);
            assertThat((Double) r.get(3)).isCloseTo(ind.value("BE", "permanent_magnets", Flow.IMPORT, LAST, "hhi_12m"), within(5e-4));
            assertThat(r.get(6)).isEqualTo(recent.size());
        });
        // no block names the workspace folder
        for (Block b : s.blocks()) {
            String text = b instanceof Block.Paragraph p ? p.text() : b instanceof Block.TableBlock t ? t.table().title() + t.table().note()
                    + t.table().sources() : "";
            assertThat(text).doesNotContain(ws.toString());
        }
    }

    private static ReportTable table(Section s, String id) {
        return s.tables().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + id + " in " + s.tables().stream().map(ReportTable::id).toList()));
    }
}
