package be.cambium.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.cambium.footprint.RegionFootprint;
import be.cambium.io.pkg.DataPackageReader;
import be.cambium.io.pkg.Table;
import be.cambium.report.footprint.FootprintSection;
import be.cambium.report.model.BarChart;
import be.cambium.report.model.Block;
import be.cambium.report.model.Chart;
import be.cambium.report.model.LineChart;
import be.cambium.report.model.ReportTable;
import be.cambium.report.model.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The footprint section as the report builds it: the bundled be-mfa package's published RMC and DMC, and the MRIO part on
 * the EXIOBASE 3 mock. The same section from hand-made records: cambium-report's {@code FootprintSectionTest}.
 */
class FootprintSectionProviderTest {

    /** The mock has no Belgium; France stands in for it (its numbers are fictional either way). */
    static final String STAND_IN = "FRA";

    @TempDir
    Path tmp;

    static ReportContext ctx() {
        return ReportContext.of(LocalDate.of(2026, 11, 29));
    }

    static Path exio3Mock() {
        Path p = Path.of(System.getProperty("cambium.sharedData", "../shared/data"), "pymrio-exio3-mock");
        Assumptions.assumeTrue(Files.isDirectory(p), "shared fixture " + p + " is absent; skipping");
        return p;
    }

    static List<String> notices(Section s) {
        return s.blocks().stream().filter(b -> b instanceof Block.Notice).map(b -> ((Block.Notice) b).text()).toList();
    }

    static String paragraphs(Section s) {
        return String.join("\n", s.blocks().stream().filter(b -> b instanceof Block.Paragraph).map(b -> ((Block.Paragraph) b).text())
                .toList());
    }

    static Chart chart(Section s, String id) {
        return s.charts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no chart " + id));
    }

    static ReportTable table(Section s, String id) {
        return s.tables().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no table " + id));
    }

    /** The newest-vintage per-capita RMC and DMC rows of the bundled be-mfa package, read here independently. */
    static Map<String, Double> bundledRows() {
        var rr = new DataPackageReader().readClasspath(FootprintSectionProviderTest.class.getClassLoader(), "data/be-mfa");
        Table t = rr.dataPackage().table("observations").orElseThrow();
        Map<String, String> newest = new HashMap<>();
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < t.rowCount(); i++) {
            String ind = t.string(i, "indicator");
            String geo = t.string(i, "geo");
            if ((ind.equals("DMC") || ind.equals("RMC")) && (geo.equals("BE") || geo.equals("EU27_2020"))
                    && t.string(i, "material").equals("TOTAL") && t.string(i, "unit").equals("t/cap") && t.number(i, "value") != null) {
                newest.merge(geo + "/" + ind, t.string(i, "vintage"), (a, b) -> a.compareTo(b) >= 0 ? a : b);
                keep.add(i);
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i : keep) {
            String k = t.string(i, "geo") + "/" + t.string(i, "indicator");
            if (t.string(i, "vintage").equals(newest.get(k))) {
                out.put(k + "/" + t.value(i, "year"), t.number(i, "value").doubleValue());
            }
        }
        return out;
    }

    @Test
    void withoutMrioShowsPublishedRmcAgainstDmcAndSaysTheSplitNeedsAnMrio() {
        Section s = new FootprintSectionProvider().build(ctx());
        assertThat(s.id()).isEqualTo("footprint");

        ReportTable t = table(s, "rmc_dmc_per_capita");
        int geo = t.columnIndex("geo");
        int year = t.columnIndex("year");
        int ind = t.columnIndex("indicator");
        int val = t.columnIndex("value");
        int vint = t.columnIndex("vintage");
        Map<String, Double> published = new LinkedHashMap<>();
        Map<String, Double> ratios = new LinkedHashMap<>();
        for (List<Object> r : t.rows()) {
            String k = r.get(geo) + "/" + r.get(ind) + "/" + r.get(year);
            assertThat((String) r.get(vint)).isNotBlank();
            if (r.get(ind).equals("RMC_DMC_RATIO")) {
                ratios.put(r.get(geo) + "/" + r.get(year), ((Number) r.get(val)).doubleValue());
            } else {
                published.put(k, ((Number) r.get(val)).doubleValue());
            }
        }
        Map<String, Double> bundled = bundledRows();
        assertThat(bundled).isNotEmpty();
        assertThat(published).isEqualTo(bundled);
        // the ratio exactly where both are published, from the published values
        int expectedRatios = 0;
        for (Map.Entry<String, Double> e : bundled.entrySet()) {
            String[] k = e.getKey().split("/");
            if (k[1].equals("RMC") && bundled.containsKey(k[0] + "/DMC/" + k[2])) {
                expectedRatios++;
                assertThat(ratios.get(k[0] + "/" + k[2])).as(e.getKey())
                        .isCloseTo(e.getValue() / bundled.get(k[0] + "/DMC/" + k[2]), within(5e-4));
            }
        }
        assertThat(ratios).hasSize(expectedRatios).containsEntry("BE/2010", 0.945); // 13.7 / 14.5
        assertThat(t.sources()).anySatisfy(c -> assertThat(c).contains("indicators.be", "2023-10-03"));

        LineChart c = (LineChart) chart(s, "rmc_vs_dmc_per_capita");
        assertThat(c.unit()).isEqualTo("t/cap");
        assertThat(c.series()).extracting(Chart.Series::name).containsExactly("Belgium DMC", "Belgium RMC", "EU-27 DMC", "EU-27 RMC");
        Chart.Series beRmc = c.series().get(1);
        for (int i = 0; i < beRmc.x().size(); i++) {
            assertThat(beRmc.y().get(i)).isEqualTo(bundled.get("BE/RMC/" + beRmc.x().get(i).intValue()));
        }
        assertThat(c.sources()).isNotEmpty();
        assertThat(((LineChart) chart(s, "rmc_dmc_ratio")).series()).extracting(Chart.Series::name).containsExactly("Belgium", "EU-27");

        // the reading is built from the data: the latest Belgian year with both figures
        int latest = ratios.keySet().stream().filter(k -> k.startsWith("BE/")).mapToInt(k -> Integer.parseInt(k.substring(3)))
                .max().orElseThrow();
        assertThat(paragraphs(s)).contains("In " + latest + ", Belgium's RMC was "
                + String.format(java.util.Locale.ROOT, "%.1f", bundled.get("BE/RMC/" + latest)) + " t per person");

        // the summary comes first and gives the latest year with both figures
        assertThat(s.tables().get(0).id()).isEqualTo("material_footprint_summary");
        ReportTable summary = s.tables().get(0);
        assertThat(summary.rows()).anySatisfy(r -> {
            assertThat(r.subList(0, 4)).containsExactly("BE", "TOTAL", "RMC", latest);
            assertThat(r.get(summary.columnIndex("value"))).isEqualTo(bundled.get("BE/RMC/" + latest));
        });
        assertThat(summary.rows()).noneMatch(r -> r.get(summary.columnIndex("basis")).toString().contains("MRIO"));

        assertThat(notices(s)).singleElement().satisfies(n -> assertThat(n).contains("cambium report --mrio PATH",
                "cambium footprint --mrio PATH", "EXIOBASE 3", "No MRIO figures"));
        assertThat(s.charts()).noneMatch(x -> x.id().startsWith("footprint_"));
        assertThat(s.tables()).noneMatch(x -> x.id().startsWith("footprint_"));
    }

    @Test
    void withMrioShowsTheServiceResultSplitByUseAndLayers() {
        Path mock = exio3Mock();
        Section s = new FootprintSectionProvider(STAND_IN).build(ctx().withMrio(mock));
        assertThat(notices(s)).isEmpty();

        FootprintService.Run run = new FootprintService().run(new FootprintService.Request(mock, null, STAND_IN, null, "auto",
                FootprintSection.LAYERS, 0.001, 0), x -> { });
        assertThat(run.ok()).isTrue();
        RegionFootprint f = run.result().region();
        assertThat(f.stressors()).isNotEmpty();

        ReportTable t = table(s, "footprint_mrio");
        Map<String, Double> shown = new HashMap<>();
        for (List<Object> r : t.rows()) {
            assertThat(r.get(t.columnIndex("region"))).isEqualTo(STAND_IN);
            shown.put(r.get(t.columnIndex("item")) + "/" + r.get(t.columnIndex("indicator")), ((Number) r.get(t.columnIndex("value")))
                    .doubleValue());
        }
        assertThat(shown).hasSize(8 * f.stressors().size());
        for (RegionFootprint.Indicators ind : f.stressors()) {
            for (Object[] kv : ind.rows()) {
                assertThat(shown.get(ind.name() + "/" + kv[0])).as(ind.name() + " " + kv[0]).isEqualTo((Double) kv[1]);
            }
            double imp = shown.get(ind.name() + "/IMP_RME");
            assertThat(imp).isPositive();
            assertThat(shown.get(ind.name() + "/IMP_RME_FINAL") + shown.get(ind.name() + "/IMP_RME_INTERMEDIATE")
                    + shown.get(ind.name() + "/IMP_RME_REEXPORT")).isCloseTo(imp, within(1e-9 * imp));
            assertThat(shown.get(ind.name() + "/RMC")).isCloseTo(shown.get(ind.name() + "/RMI") - shown.get(ind.name() + "/EXP_RME"),
                    within(1e-9 * imp));
        }

        BarChart byUse = (BarChart) chart(s, "footprint_imports_by_use");
        assertThat(byUse.stacked()).isTrue();
        assertThat(byUse.unit()).isEqualTo("kg");
        assertThat(byUse.series()).extracting(Chart.Series::name).containsExactly("final use",
                "intermediate use (domestic final demand)", "re-export (processed or not)");
        for (int i = 0; i < byUse.categories().size(); i++) {
            String item = byUse.categories().get(i);
            double sum = 0;
            for (Chart.Series se : byUse.series()) {
                sum += se.y().get(i);
            }
            assertThat(sum).isCloseTo(shown.get(item + "/IMP_RME"), within(1e-9 * shown.get(item + "/IMP_RME")));
        }
        assertThat(byUse.sources()).anySatisfy(c -> assertThat(c).contains("Mock EXIOBASE 3", "v3.4_mock"));
        assertThat(chart(s, "footprint_rmi_rmc")).isInstanceOf(BarChart.class);

        // the layers add up to the footprint, in the table and in the chart
        ReportTable lt = table(s, "footprint_layers");
        Map<String, Double> layerSum = new HashMap<>();
        Map<String, Double> shareSum = new HashMap<>();
        for (List<Object> r : lt.rows()) {
            String item = (String) r.get(lt.columnIndex("item"));
            layerSum.merge(item, ((Number) r.get(lt.columnIndex("value"))).doubleValue(), Double::sum);
            shareSum.merge(item, ((Number) r.get(lt.columnIndex("share"))).doubleValue(), Double::sum);
        }
        for (RegionFootprint.Indicators ind : f.stressors()) {
            double rmc = ind.rawMaterialConsumption();
            assertThat(layerSum.get(ind.name())).isCloseTo(rmc, within(1e-9 * Math.abs(rmc)));
            assertThat(shareSum.get(ind.name())).isCloseTo(1.0, within(1e-9));
        }
        assertThat(lt.rows()).hasSize(f.stressors().size() * (FootprintSection.LAYERS + 1));
        BarChart layers = (BarChart) chart(s, "footprint_layers");
        assertThat(layers.unit()).isEqualTo("%");
        assertThat(layers.categories()).hasSize(FootprintSection.LAYERS + 1).startsWith("layer 0", "layer 1");
        for (Chart.Series se : layers.series()) {
            assertThat(se.y().stream().mapToDouble(Double::doubleValue).sum()).as(se.name()).isCloseTo(100.0, within(1e-7));
        }
        assertThat(paragraphs(s)).contains("region " + STAND_IN, "Mock EXIOBASE 3", "stressors are shown as they are");
        // published part still there
        assertThat(s.tables()).extracting(ReportTable::id).contains("rmc_dmc_per_capita");
    }

    @Test
    void concordanceGroupsStressorsIntoMaterialsWithATotal() throws Exception {
        Path mock = exio3Mock();
        Path bridge = tmp.resolve("bridge.csv");
        Files.writeString(bridge, "stressor,material,unit,factor\nemission_type1,M1,t,0.001\nemission_type2,M2,t,0.001\n");
        Section s = new FootprintSectionProvider(STAND_IN).build(ctx().withMrio(mock, "satellite", bridge));
        assertThat(notices(s)).isEmpty();
        Map<String, Double> shown = new HashMap<>();
        for (String id : List.of("footprint_mrio", "material_footprint_summary")) {
            ReportTable t = table(s, id);
            for (List<Object> r : t.rows()) {
                shown.put(r.get(t.columnIndex("item")) + "/" + r.get(t.columnIndex("indicator")),
                        ((Number) r.get(t.columnIndex("value"))).doubleValue());
            }
        }
        // the total of the materials is the summary's headline item; the materials themselves are in footprint_mrio
        assertThat(shown.get("all materials/RMC")).isCloseTo(shown.get("M1/RMC") + shown.get("M2/RMC"), within(1e-9 * shown.get("M1/RMC")));
        ReportTable lt = table(s, "footprint_layers");
        double m1 = lt.rows().stream().filter(r -> r.get(lt.columnIndex("item")).equals("M1"))
                .mapToDouble(r -> ((Number) r.get(lt.columnIndex("value"))).doubleValue()).sum();
        assertThat(m1).isCloseTo(shown.get("M1/RMC"), within(1e-9 * shown.get("M1/RMC")));
        assertThat(((BarChart) chart(s, "footprint_imports_by_use")).unit()).isEqualTo("t");
    }

    @Test
    void unusableMrioGivesANoticeAndNoMrioFigures() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Section s = new FootprintSectionProvider().build(ctx().withMrio(empty));
        assertThat(notices(s)).singleElement().satisfies(n -> assertThat(n).contains("could not be used", "MRIO_FORMAT"));
        assertThat(s.tables()).extracting(ReportTable::id).containsExactly("material_footprint_summary", "rmc_dmc_per_capita");
        ReportTable summary = table(s, "material_footprint_summary");
        assertThat(summary.rows()).extracting(r -> r.get(summary.columnIndex("region"))).containsOnly("BE", "EU27_2020");
    }

    @Test
    void mrioWithoutBelgiumSaysSoAndListsItsRegions() {
        Path mock = exio3Mock();
        Section s = new FootprintSectionProvider().build(ctx().withMrio(mock));
        assertThat(notices(s)).singleElement().satisfies(n -> assertThat(n).contains("FOOTPRINT_REGION", "'BE'", "FRA"));
        assertThat(s.charts()).noneMatch(x -> x.id().startsWith("footprint_"));
    }
}
