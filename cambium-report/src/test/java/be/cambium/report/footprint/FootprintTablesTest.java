package be.cambium.report.footprint;

import static be.cambium.report.footprint.FootprintFixtures.MRIO;
import static be.cambium.report.footprint.FootprintFixtures.ORE;
import static org.assertj.core.api.Assertions.assertThat;

import be.cambium.footprint.Extension;
import be.cambium.footprint.FootprintCalculator;
import be.cambium.footprint.FootprintInput;
import be.cambium.footprint.FootprintResult;
import be.cambium.footprint.IoSystem;
import be.cambium.footprint.LabelIndex;
import be.cambium.linalg.DenseMatrix;
import be.cambium.linalg.JavaLuSolver;
import be.cambium.provenance.Provenance;
import be.cambium.report.common.IssuesTable;
import be.cambium.report.common.SourcesTable;
import be.cambium.report.model.ReportTable;
import be.cambium.report.render.CsvTableWriter;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FootprintTablesTest {

    /**
     * Two regions A and B with one sector each and no intermediate use, so L = I and x = Y 1: A sells 10 to its own
     * households and 5 to B's, B sells 20 to its own. Ore extracted: 30 kt in A, 40 kt in B, so S = M = 2 kt/EUR in
     * both. By hand: D_cba A = 2 x 10 = 20, B = 2 x (5 + 20) = 50; D_pba A = 30, B = 40; D_imp A = 0, B = 2 x 5 = 10;
     * D_exp A = 10, B = 0.
     */
    static IoSystem twoRegions(boolean population) {
        LabelIndex sectors = LabelIndex.product("sector", List.of("A", "B"), List.of("s"));
        LabelIndex fd = LabelIndex.product("category", List.of("A", "B"), List.of("hh"));
        IoSystem sys = IoSystem.fromFlows(sectors, fd, DenseMatrix.zeros(2, 2), DenseMatrix.of(new double[][] {{10, 5}, {0, 20}}),
                null, "EUR").withExtension(Extension.withoutFinalDemand("material", List.of("ore"), List.of("kt"),
                        DenseMatrix.of(new double[][] {{30, 40}}), 2));
        sys = population ? sys.withPopulation(Map.of("A", 10.0, "B", 5.0)) : sys;
        return sys.withProvenance(Provenance.of(MRIO));
    }

    static FootprintResult compute(IoSystem sys, String region) {
        FootprintInput in = FootprintInput.of(sys, new JavaLuSolver()).withSectorResolvedImports(false);
        return FootprintCalculator.compute(region == null ? in : in.withFocusRegion(region).withLayers(2));
    }

    static String csv(ReportTable t) {
        return new CsvTableWriter().toCsv(t);
    }

    static double value(ReportTable t, String... keys) {
        int v = t.columnIndex("value");
        return t.rows().stream().filter(r -> {
            for (String k : keys) {
                if (!r.contains(k)) {
                    return false;
                }
            }
            return true;
        }).map(r -> ((Number) r.get(v)).doubleValue()).findFirst().orElseThrow(() -> new AssertionError("no row " + List.of(keys)));
    }

    @Test
    void everyFileOfTheCommandInOrderWithTheOneIssuesAndSourcesTables() {
        FootprintResult r = compute(twoRegions(true), "A");
        ValidationReport issues = ValidationReport.builder().warning("MRIO_UNIT_ASSUMED", "unit assumed", Location.file("t.csv")).build();
        List<ReportTable> t = FootprintTables.of(r, "EUR", true, issues);
        assertThat(t).extracting(ReportTable::id).containsExactly("accounts", "accounts_per_capita", "footprint", "layers", "paths",
                "multipliers", "issues", "sources");
        assertThat(csv(t.get(6))).isEqualTo(csv(IssuesTable.of(issues)));
        assertThat(csv(t.get(7))).isEqualTo(csv(SourcesTable.of(List.of(MRIO))));

        ReportTable acc = t.get(0);
        assertThat(acc.columns()).containsExactly("extension", "stressor", "region", "account", "value", "unit");
        assertThat(acc.rows()).hasSize(4 * 2);
        assertThat(value(acc, "A", "D_cba")).isEqualTo(20.0);
        assertThat(value(acc, "B", "D_cba")).isEqualTo(50.0);
        assertThat(value(acc, "A", "D_pba")).isEqualTo(30.0);
        assertThat(value(acc, "B", "D_imp")).isEqualTo(10.0);
        assertThat(value(acc, "A", "D_exp")).isEqualTo(10.0);
        assertThat(acc.rows()).allSatisfy(row -> assertThat(row.get(5)).isEqualTo("kt"));
        assertThat(acc.sources()).containsExactly(MRIO.citation());
        ReportTable pc = t.get(1);
        assertThat(value(pc, "B", "D_cba")).isEqualTo(10.0);
        assertThat(pc.rows()).allSatisfy(row -> assertThat(row.get(5)).isEqualTo("kt/cap"));
        ReportTable m = t.get(5);
        assertThat(m.columns()).containsExactly("extension", "stressor", "region", "sector", "value", "unit");
        assertThat(m.rows()).containsExactly(List.of("material", "ore", "A", "s", 2.0, "kt/EUR"), List.of("material", "ore", "B", "s", 2.0,
                "kt/EUR"));
        // A's footprint: RMC = M Y_A = 20, all of it domestic (B sells nothing to A)
        assertThat(value(t.get(2), "RMC")).isEqualTo(20.0);
        assertThat(value(t.get(2), "EXP_RME")).isEqualTo(10.0);
    }

    @Test
    void withoutPopulationMultipliersOrFocusRegionThoseTablesAreLeftOut() {
        assertThat(FootprintTables.of(compute(twoRegions(false), "B"), "EUR", false, ValidationReport.empty()))
                .extracting(ReportTable::id).containsExactly("accounts", "footprint", "layers", "paths", "issues", "sources");
        assertThat(FootprintTables.of(compute(twoRegions(false), null), "EUR", false, ValidationReport.empty()))
                .extracting(ReportTable::id).containsExactly("accounts", "issues", "sources");
    }

    @Test
    void footprintHasEightIndicatorsPerStressorWithoutAConcordance() {
        ReportTable t = FootprintTables.footprint(FootprintFixtures.stressors("BE"), List.of("cited"));
        assertThat(t.columns()).containsExactly("region", "extension", "item", "indicator", "value", "unit");
        assertThat(t.rows()).hasSize(3 * 8);
        assertThat(t.rows().get(0)).containsExactly("BE", "material", ORE.name(), "DE", 10.0, "kt");
        assertThat(t.rows().subList(0, 8)).extracting(r -> r.get(3)).containsExactly("DE", "IMP_RME", "IMP_RME_FINAL",
                "IMP_RME_INTERMEDIATE", "IMP_RME_REEXPORT", "EXP_RME", "RMI", "RMC");
        assertThat(value(t, ORE.name(), "RMC")).isEqualTo(20.0); // 10 + 40 - 30
        assertThat(t.sources()).containsExactly("cited");
        assertThat(csv(t)).startsWith("region,extension,item,indicator,value,unit\r\nBE,material,"
                + "Domestic Extraction Used - Metal Ores - Iron ores,DE,10,kt\r\n");
    }

    @Test
    void withAConcordanceFootprintAndLayersShowTheMaterials() {
        var f = FootprintFixtures.bridged("BE");
        ReportTable t = FootprintTables.footprint(f, List.of());
        assertThat(t.rows()).hasSize(2 * 8).allSatisfy(r -> assertThat(r.get(1)).isEqualTo("*"));
        assertThat(t.rows()).extracting(r -> r.get(2)).containsOnly("MF2", "MF4");
        ReportTable l = FootprintTables.layers(f, List.of());
        assertThat(l.rows()).extracting(r -> r.get(2)).containsExactly("MF2", "MF2", "MF2", "MF4", "MF4", "MF4");
    }

    @Test
    void layersNameTheRemainderAndPathsJoinTheChain() {
        var f = FootprintFixtures.stressors("BE");
        ReportTable l = FootprintTables.layers(f, List.of());
        assertThat(l.columns()).containsExactly("region", "extension", "item", "tier", "value", "share", "unit");
        assertThat(l.rows().subList(0, 3)).containsExactly(List.of("BE", "material", ORE.name(), "0", 10.0, 0.5, "kt"),
                List.of("BE", "material", ORE.name(), "1", 5.0, 0.25, "kt"),
                List.of("BE", "material", ORE.name(), "remainder", 5.0, 0.25, "kt"));
        assertThat(l.note()).contains("tiers 0-1");
        ReportTable p = FootprintTables.paths(f, List.of());
        assertThat(p.columns()).containsExactly("region", "extension", "stressor", "rank", "tier", "path", "value", "share", "unit");
        assertThat(p.rows()).containsExactly(List.of("BE", "material", ORE.name(), 1, 2, "BE/cars <- BE/steel <- SE/mining", 7.5, 0.25,
                "kt"));
    }
}
