package be.cambium.report.footprint;

import static be.cambium.report.footprint.FootprintFixtures.CO2;
import static be.cambium.report.footprint.FootprintFixtures.MF2;
import static be.cambium.report.footprint.FootprintFixtures.MF4;
import static be.cambium.report.footprint.FootprintFixtures.ORE;
import static be.cambium.report.footprint.FootprintFixtures.SAND;
import static be.cambium.report.footprint.FootprintFixtures.ind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.cambium.footprint.FootprintResult;
import be.cambium.footprint.RegionFootprint;
import be.cambium.footprint.RegionFootprint.Indicators;
import be.cambium.report.model.BarChart;
import be.cambium.report.model.Block;
import be.cambium.report.model.Chart;
import be.cambium.report.model.LineChart;
import be.cambium.report.model.ReportTable;
import be.cambium.report.model.Section;
import be.cambium.report.render.CsvTableWriter;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The footprint section from hand-made records: no bundled data, no MRIO file. */
class FootprintSectionTest {

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

    /** item/indicator -> value of a table with those columns. */
    static Map<String, Double> byItem(ReportTable t) {
        Map<String, Double> out = new HashMap<>();
        for (List<Object> r : t.rows()) {
            out.put(r.get(t.columnIndex("item")) + "/" + r.get(t.columnIndex("indicator")), ((Number) r.get(t.columnIndex("value")))
                    .doubleValue());
        }
        return out;
    }

    static String csv(ReportTable t) {
        return new CsvTableWriter().toCsv(t);
    }

    static FootprintSection.Mrio mrio(RegionFootprint f, @Nullable String concordance, ValidationReport report) {
        return new FootprintSection.Mrio("exio.zip", f.region(), null, concordance, FootprintFixtures.result(f), report);
    }

    @Test
    void withoutMrioShowsThePublishedFiguresTheirRatioAndANotice() {
        Section s = FootprintSection.of(FootprintFixtures.published(), null);
        assertThat(s.id()).isEqualTo("footprint");
        assertThat(s.tables()).extracting(ReportTable::id).containsExactly("material_footprint_summary", "rmc_dmc_per_capita");
        assertThat(s.tables()).noneMatch(x -> x.id().startsWith("footprint_"));
        assertThat(s.charts()).noneMatch(x -> x.id().startsWith("footprint_"));

        ReportTable t = table(s, "rmc_dmc_per_capita");
        assertThat(t.rows()).containsExactly(
                List.of("BE", 2010, "DMC", 14.5, "t/cap", "published", "2023-11-20", "env_ac_mfa"),
                List.of("BE", 2011, "DMC", 14.0, "t/cap", "published", "2023-11-20", "env_ac_mfa"),
                List.of("BE", 2012, "DMC", 13.0, "t/cap", "published", "2023-11-20", "env_ac_mfa"),
                List.of("BE", 2010, "RMC", 13.7, "t/cap", "published", "2023-10-03", "env_ac_rme"),
                List.of("BE", 2011, "RMC", 14.0, "t/cap", "published", "2023-10-03", "env_ac_rme"),
                List.of("BE", 2010, "RMC_DMC_RATIO", 0.945, "t/t", "computed", "RMC 2023-10-03; DMC 2023-11-20", "env_ac_rme env_ac_mfa"),
                List.of("BE", 2011, "RMC_DMC_RATIO", 1.0, "t/t", "computed", "RMC 2023-10-03; DMC 2023-11-20", "env_ac_rme env_ac_mfa"),
                List.of("EU27_2020", 2011, "DMC", 13.9, "t/cap", "published", "2023-11-20", "env_ac_mfa"),
                List.of("EU27_2020", 2011, "RMC", 14.9, "t/cap", "published", "2023-10-03", "env_ac_rme"),
                List.of("EU27_2020", 2011, "RMC_DMC_RATIO", 1.072, "t/t", "computed", "RMC 2023-10-03; DMC 2023-11-20",
                        "env_ac_rme env_ac_mfa"));
        assertThat(t.sources()).containsExactly(FootprintFixtures.MFA.citation(), FootprintFixtures.RME.citation());

        LineChart c = (LineChart) chart(s, "rmc_vs_dmc_per_capita");
        assertThat(c.unit()).isEqualTo("t/cap");
        assertThat(c.series()).extracting(Chart.Series::name).containsExactly("Belgium DMC", "Belgium RMC", "EU-27 DMC", "EU-27 RMC");
        assertThat(c.series().get(1).y()).containsExactly(13.7, 14.0);
        assertThat(((LineChart) chart(s, "rmc_dmc_ratio")).series()).extracting(Chart.Series::name).containsExactly("Belgium", "EU-27");

        assertThat(paragraphs(s)).contains("In 2011, Belgium's RMC was 14.0 t per person against a DMC of 14.0 t, a ratio of 1.00 "
                + "(EU-27: 14.9 against 13.9 t, ratio 1.07). The two are equal within the published rounding",
                "(2010, 2011), the ratio ranged from 0.94 to 1.00; it was 0.94 in 2010.",
                "different releases (RMC 2023-10-03; DMC 2023-11-20)");

        ReportTable summary = s.tables().get(0);
        assertThat(summary.columns()).containsExactly("region", "item", "indicator", "year", "value", "unit", "basis");
        assertThat(summary.rows()).containsExactly(
                List.of("BE", "TOTAL", "RMC", 2011, 14.0, "t/cap", "published, 2023-10-03"),
                List.of("BE", "TOTAL", "DMC", 2011, 14.0, "t/cap", "published, 2023-11-20"),
                List.of("BE", "TOTAL", "RMC_DMC_RATIO", 2011, 1.0, "t/t", "computed from the published values"),
                List.of("EU27_2020", "TOTAL", "RMC", 2011, 14.9, "t/cap", "published, 2023-10-03"),
                List.of("EU27_2020", "TOTAL", "DMC", 2011, 13.9, "t/cap", "published, 2023-11-20"),
                List.of("EU27_2020", "TOTAL", "RMC_DMC_RATIO", 2011, 1.072, "t/t", "computed from the published values"));

        assertThat(notices(s)).singleElement().satisfies(n -> assertThat(n).contains("cambium report --mrio PATH",
                "cambium footprint --mrio PATH", "EXIOBASE 3", "No MRIO figures"));
    }

    @Test
    void aRatioAboveOneBeyondTheRoundingIsReadAsMoreRawMaterials() {
        var p = new FootprintSection.Published(List.of(FootprintFixtures.pub("BE", 2020, "DMC", 12.0),
                FootprintFixtures.pub("BE", 2020, "RMC", 15.0)), List.of(), "be-mfa");
        String text = paragraphs(FootprintSection.of(p, null));
        assertThat(text).contains("In 2020, Belgium's RMC was 15.0 t per person against a DMC of 12.0 t, a ratio of 1.25. ",
                "rests on more raw materials than the border weights show").doesNotContain("Over the years");
    }

    @Test
    void withoutPublishedFiguresItSaysSo() {
        Section s = FootprintSection.of(new FootprintSection.Published(List.of(), List.of(), "be-mfa"), null);
        assertThat(paragraphs(s)).contains("no year with both RMC and DMC for Belgium");
        assertThat(notices(s)).hasSize(2).first().asString().contains("be-mfa holds no published RMC or DMC");
        assertThat(table(s, "material_footprint_summary").rows()).isEmpty();
        assertThat(s.charts()).isEmpty();
    }

    @Test
    void exiobaseMaterialRowsAreShownWithTheirTotalAndTheTablesAreTheCommandsTables() {
        RegionFootprint f = FootprintFixtures.stressors("BE");
        FootprintSection.Mrio m = mrio(f, null, ValidationReport.empty());
        Section s = FootprintSection.of(FootprintFixtures.published(), m);
        assertThat(notices(s)).isEmpty();

        // the tables are the command's footprint.csv and layers.csv, every stressor included
        ReportTable t = table(s, "footprint_mrio");
        assertThat(csv(t)).isEqualTo(csv(FootprintTables.footprint(f, List.of())));
        FootprintResult r = m.result();
        List<ReportTable> files = FootprintTables.of(r, "EUR", false, m.report());
        assertThat(csv(t)).isEqualTo(csv(files.stream().filter(x -> x.id().equals("footprint")).findFirst().orElseThrow()));
        assertThat(csv(table(s, "footprint_layers"))).isEqualTo(csv(files.stream().filter(x -> x.id().equals("layers")).findFirst()
                .orElseThrow()));
        assertThat(t.title()).isEqualTo("Material footprint of BE from the MRIO");
        assertThat(t.sources()).containsExactly(FootprintFixtures.MRIO.citation());
        assertThat(byItem(t)).hasSize(3 * 8);

        // the charts and the summary show the two 'Domestic Extraction Used' rows and their total
        BarChart byUse = (BarChart) chart(s, "footprint_imports_by_use");
        assertThat(byUse.categories()).containsExactly(ORE.name(), SAND.name()); // by imports, largest first
        assertThat(byUse.unit()).isEqualTo("kt");
        assertThat(byUse.stacked()).isTrue();
        for (int i = 0; i < 2; i++) {
            double sum = 0;
            for (Chart.Series se : byUse.series()) {
                sum += se.y().get(i);
            }
            assertThat(sum).isEqualTo(i == 0 ? ORE.imports() : SAND.imports());
        }
        assertThat(byUse.sources()).containsExactly(FootprintFixtures.MRIO.citation());
        Map<String, Double> summary = byItem(table(s, "material_footprint_summary"));
        assertThat(summary.get("all materials/RMC")).isEqualTo(ORE.rawMaterialConsumption() + SAND.rawMaterialConsumption());
        assertThat(summary.get("all materials/IMP_RME_REEXPORT")).isEqualTo(11.0);
        assertThat(summary).doesNotContainKey(CO2.name() + "/RMC");

        BarChart layers = (BarChart) chart(s, "footprint_layers");
        assertThat(layers.categories()).containsExactly("layer 0", "layer 1", "beyond 1");
        assertThat(layers.series()).extracting(Chart.Series::name).containsExactly("all materials", SAND.name(), ORE.name());
        for (Chart.Series se : layers.series()) {
            assertThat(se.y()).containsExactly(50.0, 25.0, 25.0);
        }
        assertThat(paragraphs(s)).contains("region BE", "Hand-made MRIO", "Shown: the 2 'Domestic Extraction Used' stressors",
                "For all materials, BE's raw material consumption is 70.00 kt and its raw material input 105 kt, of which 45.00 kt",
                "50 % of the footprint is extracted by the sectors that sell to final demand");
    }

    @Test
    void aConcordanceGivesMaterialsTheirLayersAndATotal() {
        RegionFootprint f = FootprintFixtures.bridged("BE");
        Section s = FootprintSection.of(FootprintFixtures.published(), mrio(f, "bridge.csv", ValidationReport.empty()));
        Map<String, Double> shown = byItem(table(s, "footprint_mrio"));
        assertThat(shown).hasSize(2 * 8).containsEntry("MF2/RMC", MF2.rawMaterialConsumption());
        assertThat(byItem(table(s, "material_footprint_summary")).get("all materials/RMC"))
                .isEqualTo(MF2.rawMaterialConsumption() + MF4.rawMaterialConsumption());
        ReportTable lt = table(s, "footprint_layers");
        double mf2 = lt.rows().stream().filter(r -> r.get(lt.columnIndex("item")).equals("MF2"))
                .mapToDouble(r -> ((Number) r.get(lt.columnIndex("value"))).doubleValue()).sum();
        assertThat(mf2).isCloseTo(MF2.rawMaterialConsumption(), within(1e-9));
        assertThat(((BarChart) chart(s, "footprint_imports_by_use")).unit()).isEqualTo("t");
        assertThat(paragraphs(s)).contains("bridged to 2 materials through bridge.csv");
    }

    @Test
    void stressorsThatAreNotMaterialsAreShownAsTheyAreWithoutATotal() {
        Indicators nox = ind("air", "NOx", "kg", 10, 1, 1, 1, 2);
        Indicators water = ind("water", "Blue water", "Mm3", 5, 1, 1, 1, 1);
        RegionFootprint f = new RegionFootprint("FRA", List.of(CO2, nox, water), List.of(),
                FootprintFixtures.layers(List.of(CO2, nox, water)), List.of(), List.of());
        ValidationReport warn = ValidationReport.builder().warning("SPLIT_IDENTITY", "x is not Z 1 + Y 1", Location.none()).build();
        Section s = FootprintSection.of(FootprintFixtures.published(), mrio(f, null, warn));
        assertThat(paragraphs(s)).contains("stressors are shown as they are", "consumption-based footprint (RMC)",
                "Checks on the MRIO: 1 warnings or notes, e.g. ", "SPLIT_IDENTITY");
        BarChart rmi = (BarChart) chart(s, "footprint_rmi_rmc");
        assertThat(rmi.unit()).isEqualTo("kg");
        assertThat(rmi.categories()).containsExactly(CO2.name(), "NOx");
        assertThat(rmi.title()).contains("per stressor", "1 items in other units are in the table");
        // no total of unlike stressors: the headline is the largest footprint
        assertThat(table(s, "material_footprint_summary").rows()).extracting(r -> r.get(1)).contains(CO2.name())
                .doesNotContain("all stressors");
        assertThat(byItem(table(s, "footprint_mrio"))).hasSize(3 * 8);
    }

    @Test
    void aFailedOrEmptyRunGivesANoticeAndNoMrioFigures() {
        ValidationReport.Builder b = ValidationReport.builder();
        for (int i = 0; i < 7; i++) {
            b.error("MRIO_FORMAT", "problem " + i, Location.file("exio.zip"));
        }
        Section s = FootprintSection.of(FootprintFixtures.published(),
                new FootprintSection.Mrio("exio.zip", "BE", null, null, null, b.build()));
        assertThat(notices(s)).singleElement().satisfies(n -> assertThat(n).contains("(exio.zip) could not be used", "MRIO_FORMAT",
                "problem 4", "and 2 more (run `cambium footprint --mrio exio.zip`").doesNotContain("problem 5"));
        assertThat(s.tables()).extracting(ReportTable::id).containsExactly("material_footprint_summary", "rmc_dmc_per_capita");
        assertThat(s.charts()).noneMatch(x -> x.id().startsWith("footprint_"));

        RegionFootprint none = new RegionFootprint("BE", List.of(), List.of(), List.of(), List.of(), List.of());
        Section e = FootprintSection.of(FootprintFixtures.published(), new FootprintSection.Mrio("exio.zip", "BE", "material", null,
                FootprintFixtures.result(none), ValidationReport.empty()));
        assertThat(notices(e)).singleElement().asString().contains("has no stressors in extension material");
        assertThat(e.tables()).noneMatch(x -> x.id().startsWith("footprint_"));
    }
}
