package be.cambium.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.cambium.io.stockflow.StockflowModelReader;
import be.cambium.report.model.BarChart;
import be.cambium.report.model.Block;
import be.cambium.report.model.Chart;
import be.cambium.report.model.LineChart;
import be.cambium.report.model.ReportTable;
import be.cambium.report.model.Section;
import be.cambium.stockflow.StockflowResult;
import be.cambium.stockflow.Table;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WindSectionTest {

    private static Section section;
    private static StockflowService.Run run;

    @BeforeAll
    static void build() {
        section = new WindSection().build(ReportContext.of(LocalDate.of(2026, 11, 29)));
        StockflowService svc = new StockflowService();
        run = svc.run(svc.loadPreset("wind-be"), StockflowService.Options.defaults());
    }

    private static Chart chart(String id) {
        return section.charts().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no chart " + id + " in " + section.charts().stream().map(Chart::id).toList()));
    }

    private static ReportTable table(String id) {
        return section.tables().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + id));
    }

    private static Chart.Series series(LineChart c, String name) {
        return c.series().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(c.id() + " has no series " + name + ": " + c.series().stream().map(Chart.Series::name).toList()));
    }

    private static double yAt(Chart.Series s, int year) {
        return s.y().get(s.x().indexOf((double) year));
    }

    private static List<Object> row(ReportTable t, Map<String, Object> key) {
        return t.rows().stream().filter(r -> key.entrySet().stream().allMatch(e -> Objects.equals(r.get(t.columnIndex(e.getKey())), e.getValue())))
                .findFirst().map(r -> (List<Object>) (List<?>) r).orElseThrow(() -> new AssertionError(t.id() + " has no row " + key));
    }

    private static double[] values(Table t, Map<String, String> f) {
        return t.sum(t.dimensions().stream().map(f::get).toList());
    }

    @Test
    void everyChartHasFiniteDataAUnitAndSources() {
        assertThat(section.charts()).extracting(Chart::id).contains("wind_capacity", "wind_drive_trains", "wind_material_stock",
                "wind_material_stock_minor", "wind_eol_outflow", "wind_eol_outflow_minor", "wind_recovery", "wind_recovery_minor",
                "wind_scenarios");
        for (Chart c : section.charts()) {
            assertThat(c.unit()).as(c.id()).isNotBlank();
            assertThat(c.sources()).as(c.id()).isNotEmpty();
            assertThat(String.join(" ", c.sources())).as(c.id()).contains("wind-be");
            List<Chart.Series> ss = c instanceof LineChart l ? l.series() : ((BarChart) c).series();
            assertThat(ss).as(c.id()).isNotEmpty();
            for (Chart.Series s : ss) {
                assertThat(s.y()).as(c.id() + "/" + s.name()).isNotEmpty().allMatch(v -> v != null && Double.isFinite(v) && v >= 0);
            }
            assertThat(ss.stream().flatMap(s -> s.y().stream()).mapToDouble(Double::doubleValue).max().orElse(0)).as(c.id()).isPositive();
        }
        assertThat(section.blocks()).noneMatch(b -> b instanceof Block.Notice);
        assertThat(section.blocks()).filteredOn(b -> b instanceof Block.Paragraph).isNotEmpty();
    }

    @Test
    void everyTableHasRowsSnakeCaseColumnsAUnitAndSources() {
        assertThat(section.tables()).extracting(ReportTable::id).containsExactly("wind_capacity", "wind_material_stock", "wind_eol_outflow",
                "wind_eol_summary", "wind_scenarios", "wind_model_checks", "wind_sources");
        for (ReportTable t : section.tables()) {
            assertThat(t.rows()).as(t.id()).isNotEmpty();
            assertThat(t.columns()).as(t.id()).allMatch(c -> c.matches("[a-z][a-z0-9_]*"));
            assertThat(t.sources()).as(t.id()).isNotEmpty();
            for (List<Object> r : t.rows()) {
                r.stream().filter(v -> v instanceof Double).forEach(v -> assertThat((Double) v).as(t.id()).isFinite());
            }
            if (!t.id().equals("wind_model_checks") && !t.id().equals("wind_sources")) {
                int u = t.columnIndex("unit");
                assertThat(t.rows()).as(t.id()).allMatch(r -> r.get(u) instanceof String s && !s.isBlank());
            }
        }
        // short citations name the data files and their sources; full references are in wind_sources
        assertThat(table("wind_capacity").sources()).anyMatch(s -> s.contains("offshore_farms") && s.contains("fps-offshore"));
        assertThat(table("wind_eol_summary").sources()).anyMatch(s -> s.contains(" eol,") && s.contains("table wind_sources"));
        assertThat(table("wind_sources").rows()).hasSize(43);
        assertThat(table("wind_sources").sources()).anyMatch(s -> s.startsWith("FPS Economy"));
    }

    @Test
    void keyValuesMatchTheStockflowServiceOutput() {
        assertThat(run.ok()).isTrue();
        StockflowResult base = run.results().get("base");
        int y0 = base.years()[0];
        // offshore: the eight farms of the first zone, 2261.2 MW from 2021
        LineChart cap = (LineChart) chart("wind_capacity");
        assertThat(yAt(series(cap, "Offshore"), 2021)).isCloseTo(2261.2, within(1e-6));
        assertThat(yAt(series(cap, "Offshore"), 2050)).isCloseTo(2261.2, within(1e-6));
        assertThat(yAt(series(cap, "Onshore, Flanders"), 2022))
                .isCloseTo(values(base.productStock(), Map.of("region", "BE2"))[2022 - y0], within(1e-9));

        // stock in kt = service stock in t / 1000
        double steel2040 = values(base.materialStock(), Map.of("material", "steel"))[2040 - y0];
        assertThat(yAt(series((LineChart) chart("wind_material_stock"), "steel"), 2040)).isCloseTo(steel2040 / 1000, within(1e-9));
        double nd2030out = values(base.materialOutflow(), Map.of("material", "Nd"))[2030 - y0];
        assertThat(yAt(series((LineChart) chart("wind_eol_outflow_minor"), "Nd"), 2030)).isCloseTo(nd2030out, within(1e-9));
        assertThat(((LineChart) chart("wind_material_stock")).unit()).isEqualTo("kt");
        assertThat(((LineChart) chart("wind_eol_outflow")).unit()).isEqualTo("kt/yr");

        ReportTable so = table("wind_material_stock");
        List<Object> r = row(so, Map.of("year", 2050, "material", "steel"));
        assertThat((Double) r.get(so.columnIndex("total"))).isCloseTo(values(base.materialStock(), Map.of("material", "steel"))[2050 - y0], within(0.01));
        assertThat((Double) r.get(so.columnIndex("offshore")))
                .isCloseTo(values(base.materialStock(), Map.of("material", "steel", "location", "offshore"))[2050 - y0], within(0.01));
        assertThat(r.get(so.columnIndex("unit"))).isEqualTo("t");
        List<Object> dy = row(so, Map.of("year", 2030, "material", "Dy"));
        assertThat(dy.get(so.columnIndex("onshore"))).isNull(); // no onshore Dy content in the data: unknown, not zero
        assertThat((Double) dy.get(so.columnIndex("total"))).isEqualTo(dy.get(so.columnIndex("offshore")));
        ReportTable eo = table("wind_eol_outflow");
        List<Object> nd = row(eo, Map.of("year", 2030, "material", "Nd"));
        assertThat(nd.get(eo.columnIndex("unit"))).isEqualTo("t/yr");
        assertThat((Double) nd.get(eo.columnIndex("total"))).isCloseTo(nd2030out, within(0.01));

        // end of life 2025-2050: recovery rates of the eol routes; no route -> empty, not zero
        ReportTable eol = table("wind_eol_summary");
        List<Object> steel = row(eol, Map.of("material", "steel"));
        double out = Arrays.stream(values(base.materialOutflow(), Map.of("material", "steel")), 2025 - y0, base.years().length).sum();
        assertThat((Double) steel.get(eol.columnIndex("end_of_life_outflow"))).isCloseTo(out, within(0.01));
        assertThat((Double) steel.get(eol.columnIndex("recovery_rate_percent"))).isEqualTo(90.0);
        assertThat((Double) row(eol, Map.of("material", "composites")).get(eol.columnIndex("recovery_rate_percent"))).isEqualTo(0.0);
        assertThat(row(eol, Map.of("material", "nickel")).get(eol.columnIndex("recovery_rate_percent"))).isNull();
        BarChart rec = (BarChart) chart("wind_recovery");
        int si = rec.categories().indexOf("steel");
        assertThat((rec.series().get(0).y().get(si) + rec.series().get(1).y().get(si)) * 1000).isCloseTo(out, within(1e-6));
        assertThat(rec.categories()).doesNotContain("nickel", "manganese");

        // scenarios: one series per run, from the runs themselves
        LineChart sc = (LineChart) chart("wind_scenarios");
        assertThat(sc.series()).extracting(Chart.Series::name).containsExactly("base case", "pez", "pez-high", "lifetime-20", "lifetime-29");
        double pez2045 = values(run.results().get("pez").materialOutflow(), Map.of())[2045 - y0];
        assertThat(yAt(series(sc, "pez"), 2045)).isCloseTo(pez2045 / 1000, within(1e-9));
        ReportTable st = table("wind_scenarios");
        assertThat(row(st, Map.of("scenario", "base", "material", "all materials")).get(st.columnIndex("change_vs_base_percent"))).isEqualTo(0.0);
        assertThat((Double) row(st, Map.of("scenario", "lifetime-20", "material", "all materials")).get(st.columnIndex("change_vs_base_percent")))
                .isPositive(); // shorter lifetimes release more before 2050

        // checks: every run's mass balance is listed, and the model's own messages are kept
        ReportTable checks = table("wind_model_checks");
        assertThat(checks.rows().stream().filter(x -> "MASS_BALANCE".equals(x.get(1))).map(x -> x.get(0)).collect(Collectors.toList()))
                .hasSize(5).allMatch("ok"::equals);
        assertThat(checks.rows()).anyMatch(x -> "WIND_DECOMMISSIONING_CHECK".equals(x.get(1)));
        assertThat(checks.rows()).filteredOn(x -> "EOL_ROUTE_MISSING".equals(x.get(1))).hasSize(2)
                .allMatch(x -> ((String) x.get(2)).endsWith("(all runs)"));
    }

    @Test
    void aModelWithErrorsGivesANoticeAndNoFigures() {
        String json = "{\"years\": {\"from\": 2000, \"to\": 2002}, \"inflow\": [1, null, 2], \"lifetime\": {\"type\": \"Fixed\", \"mean\": 5}}";
        Section s = new WindSection(() -> StockflowModelReader.read(json, "broken.json", rel -> {
            throw new NoSuchFileException(rel);
        })).build(ReportContext.of(LocalDate.of(2026, 11, 29)));
        assertThat(s.charts()).isEmpty();
        assertThat(s.tables()).isEmpty();
        assertThat(s.blocks()).hasSize(1).first().isInstanceOfSatisfying(Block.Notice.class,
                n -> assertThat(n.text()).contains("error").contains("no figures"));
    }
}
