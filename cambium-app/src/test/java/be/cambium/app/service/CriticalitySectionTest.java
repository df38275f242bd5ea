package be.cambium.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import be.cambium.report.model.ReportTable;
import be.cambium.report.model.ScatterChart;
import be.cambium.report.model.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CriticalitySectionTest {

    @Test
    void matrixAndEuBelgiumTableFromTheBundledPackage() {
        Section s = new CriticalitySection().build(ReportContext.of(LocalDate.of(2026, 11, 29)));
        ScatterChart chart = (ScatterChart) s.charts().get(0);
        assertThat(chart.xThreshold()).isEqualTo(2.8);
        assertThat(chart.yThreshold()).isEqualTo(1.0);
        assertThat(chart.points()).filteredOn(p -> p.group().startsWith("critical")).hasSize(32);
        ReportTable t = s.tables().get(0);
        List<Object> ga = t.rows().stream().filter(r -> "Gallium".equals(r.get(0))).findFirst().map(r -> (List<Object>) (List<?>) r).orElseThrow();
        assertThat(ga.get(t.columnIndex("ei_unsubstituted_eu"))).isEqualTo(3.923);
        assertThat(ga.get(t.columnIndex("sr_eu_published"))).isEqualTo(3.9);
        // recomputed from the 2023 IR/EOL-RIR/SI_SR of the CritMAT transcription (Crm2023SrReferenceTest)
        assertThat((Double) ga.get(t.columnIndex("sr_eu"))).isCloseTo(3.9, org.assertj.core.api.Assertions.within(0.15));
        assertThat(ga.get(t.columnIndex("sr_be"))).isNull(); // Belgian sourcing and IR_BE not bundled: missing, not zero
        assertThat(t.note()).contains("within 0.15 of the published SR for");
        assertThat((Double) ga.get(t.columnIndex("ei_unsubstituted_be"))).isNotNull();
        assertThat(t.sources()).isNotEmpty();
    }

    @Test
    void belgianMatrixPlotsFlaggedUpperBoundsWithVerdictChangesAndRoles() {
        Section s = new CriticalitySection().build(ReportContext.of(LocalDate.of(2026, 11, 29)));
        assertThat(s.charts()).hasSize(4); // EU 2023, BE, EU 2023 and EU 2017 uncertain verdicts
        ScatterChart eu = (ScatterChart) s.charts().get(0);
        // only critical points are labelled
        assertThat(eu.points()).filteredOn(p -> !p.label().isEmpty()).allMatch(p -> p.group().startsWith("critical"));
        ScatterChart be = (ScatterChart) s.charts().get(1);
        assertThat(be.xThreshold()).isEqualTo(2.8);
        assertThat(be.yThreshold()).isEqualTo(1.0);
        assertThat(be.points()).isNotEmpty();
        // no Belgian sourcing shares are bundled: every point carries the fallback flag
        assertThat(be.points()).allMatch(p -> p.group().startsWith("BE (SR from fallback: global supply)"));
        // Cobalt: EI bound 4.3 (C20, C25, C27 all in the Belgian IOT), HHI_GS of processing 3.6: possibly critical
        ScatterChart.Point co = be.points().stream().filter(p -> p.label().equals("Cobalt")).findFirst().orElseThrow();
        assertThat(co.x()).isGreaterThan(2.8);
        assertThat(co.y()).isGreaterThan(1.0);
        ReportTable changes = s.tables().stream().filter(t -> t.id().equals("criticality_verdict_changes_eu_be")).findFirst()
                .orElseThrow();
        assertThat(changes.rows()).isNotEmpty();
        assertThat(changes.rows()).allMatch(r -> r.get(changes.columnIndex("sr_basis_be")).toString().contains("fallback"));
        ReportTable roles = s.tables().stream().filter(t -> t.id().equals("criticality_belgian_roles")).findFirst().orElseThrow();
        assertThat(roles.rows()).anyMatch(r -> "Cobalt".equals(r.get(0)) && "EU sourcing".equals(r.get(2))
                && Math.abs((Double) r.get(3) - 0.29) < 1e-9);
    }

    @Test
    void eu2017RecomputedTableSortedByProbabilityWithPlainLanguageCounts() {
        Section s = new CriticalitySection().build(ReportContext.of(LocalDate.of(2026, 11, 29)));
        ReportTable t = s.tables().stream().filter(x -> x.id().equals("criticality_eu_2017_recomputed")).findFirst().orElseThrow();
        assertThat(t.rows()).hasSize(78);
        int pc = t.columnIndex("p_critical");
        List<Double> probs = t.rows().stream().map(r -> (Double) r.get(pc)).toList();
        assertThat(probs).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        java.util.function.Function<String, List<Object>> row = m -> t.rows().stream().filter(r -> m.equals(r.get(0))).findFirst()
                .map(r -> (List<Object>) (List<?>) r).orElseThrow();
        // antimony: Table 3 SR 4.3, EI 4.3; recomputed 4.15; critical in every draw
        List<Object> sb = row.apply("Antimony");
        assertThat(sb.get(t.columnIndex("sr_published"))).isEqualTo(4.3);
        assertThat(sb.get(t.columnIndex("sr_recomputed"))).isEqualTo(4.15);
        assertThat(sb.get(t.columnIndex("ei_published"))).isEqualTo(4.3);
        assertThat(sb.get(t.columnIndex("critical_recomputed"))).isEqualTo("yes");
        assertThat(sb.get(pc)).isEqualTo(1.0);
        // tantalum: published SR 1.0 (critical), recomputed 0.89: the verdict changes, and the paragraph names it
        List<Object> ta = row.apply("Tantalum");
        assertThat(ta.get(t.columnIndex("critical_published"))).isEqualTo("yes");
        assertThat(ta.get(t.columnIndex("critical_recomputed"))).isEqualTo("no");
        long critical = t.rows().stream().filter(r -> "yes".equals(r.get(t.columnIndex("critical_recomputed")))).count();
        long uncertain = probs.stream().filter(p -> p > 0.05 && p < 0.95).count();
        String para = s.blocks().stream().filter(b -> b.toString().contains("EU 2017 assessment recomputed.")).findFirst()
                .map(Object::toString).orElseThrow();
        assertThat(para).contains(critical + " materials are critical (41 with the published SR)", "Tantalum (published SR 1.0",
                uncertain + (uncertain == 1 ? " is" : " are") + " uncertain", "Letting the HHIs, IR, EOL-RIR and SI_SR vary");
        assertThat(t.note()).contains("(HHIWGI-t)GS and (HHIWGI-t)EU28 (+/- 0.05)").doesNotContain("understates");
        // the bar chart shows exactly the uncertain materials (natural rubber: SR 0.98, on the threshold)
        be.cambium.report.model.BarChart bars = (be.cambium.report.model.BarChart) s.charts().stream()
                .filter(c -> c.id().equals("crm_2017_uncertain")).findFirst().orElseThrow();
        assertThat(bars.categories()).hasSize((int) uncertain).contains("Natural Rubber");
        assertThat(bars.series().get(0).y()).allMatch(p -> p > 0.05 && p < 0.95);
        assertThat(t.sources()).anyMatch(c -> c.contains("Table 18"));
    }

    @Test
    void eu2023HowSureTableSortedByProbabilityWithCountsFromTheRunAndSeeded() {
        long t0 = System.nanoTime();
        Section s = new CriticalitySection().build(ReportContext.of(LocalDate.of(2026, 11, 29)));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("CriticalitySection.build (be-crm, eu-crm-2023 and eu-crm-2017 Monte Carlo, 1000 draws each): " + ms + " ms");
        ReportTable t = s.tables().stream().filter(x -> x.id().equals("criticality_eu_2023_uncertainty")).findFirst().orElseThrow();
        assertThat(t.columns()).containsSubsequence("material", "sr_published", "ei_published", "sr_recomputed", "ei_recomputed",
                "critical_published", "critical_recomputed", "p_critical", "sr_p05", "sr_p50", "sr_p95", "ei_p05", "ei_p50", "ei_p95");
        int pc = t.columnIndex("p_critical");
        // every material and group of the run, sorted by p_critical (missing last)
        assertThat(t.rows()).hasSize(92);
        List<Double> probs = t.rows().stream().map(r -> (Double) r.get(pc)).toList();
        List<Double> given = probs.stream().filter(java.util.Objects::nonNull).toList();
        assertThat(given).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(probs.subList(given.size(), probs.size())).containsOnlyNulls();
        java.util.function.Function<String, List<Object>> row = m -> t.rows().stream().filter(r -> m.equals(r.get(0))).findFirst()
                .map(r -> (List<Object>) (List<?>) r).orElseThrow();
        // gallium: published SR 3.9 / EI 3.7, critical in every draw, quantiles around the recomputed SR
        List<Object> ga = row.apply("Gallium");
        assertThat(ga.get(t.columnIndex("sr_published"))).isEqualTo(3.9);
        assertThat(ga.get(t.columnIndex("critical_published"))).isEqualTo("yes");
        assertThat(ga.get(pc)).isEqualTo(1.0);
        assertThat((Double) ga.get(t.columnIndex("sr_p05"))).isLessThan((Double) ga.get(t.columnIndex("sr_p50")));
        assertThat((Double) ga.get(t.columnIndex("sr_p95"))).isGreaterThan((Double) ga.get(t.columnIndex("sr_p50")));
        // germanium: no end uses in the transcription, so no EI and no probability; the note says why
        List<Object> ge = row.apply("Germanium");
        assertThat(ge.get(pc)).isNull();
        assertThat(ge.get(t.columnIndex("note")).toString()).contains("no usable end uses");
        // the paragraph's counts are those of the table
        long sure = given.stream().filter(p -> p >= 0.95).count();
        long not = given.stream().filter(p -> p <= 0.05).count();
        List<String> unsure = t.rows().stream().filter(r -> r.get(pc) != null && (Double) r.get(pc) > 0.05 && (Double) r.get(pc) < 0.95)
                .map(r -> (String) r.get(0)).toList();
        String para = paragraphs(s).stream().filter(p -> p.startsWith("EU 2023 assessment: how sure is each verdict.")).findFirst()
                .orElseThrow();
        assertThat(para).contains(given.size() + " have both", sure + " are critical in at least 95 % of the draws",
                not + " in at most 5 %", unsure.size() + (unsure.size() == 1 ? " is" : " are") + " uncertain",
                "No verdict for " + (probs.size() - given.size()), "and the group HREE", "Dirichlet, concentration 100", "standard errors",
                "printing precision", "Not varied: t, end-use shares");
        unsure.forEach(m -> assertThat(para).contains(m + " (p = "));
        be.cambium.report.model.BarChart bars = (be.cambium.report.model.BarChart) s.charts().stream()
                .filter(c -> c.id().equals("crm_2023_uncertain")).findFirst().orElseThrow();
        assertThat(bars.categories()).containsExactlyElementsOf(unsure);
        assertThat(bars.series().get(0).y()).allMatch(p -> p > 0.05 && p < 0.95);
        // seeded: a second build gives the same table
        Section again = new CriticalitySection().build(ReportContext.of(LocalDate.of(2026, 11, 29)));
        ReportTable t2 = again.tables().stream().filter(x -> x.id().equals("criticality_eu_2023_uncertainty")).findFirst().orElseThrow();
        assertThat(t2.rows()).isEqualTo(t.rows());
    }

    @Test
    void screeningFromBoundsProvesOnlyNotCritical() {
        var o = be.cambium.criticality.CriticalityOptions.defaults();
        assertThat(CriticalitySection.screen(5.0, 0.9, true, o)).isEqualTo(CriticalitySection.Screening.NOT_CRITICAL);
        assertThat(CriticalitySection.screen(2.7, 3.0, true, o)).isEqualTo(CriticalitySection.Screening.NOT_CRITICAL);
        // EI bound incomplete (value added missing): an EI below 2.8 proves nothing
        assertThat(CriticalitySection.screen(2.7, 3.0, false, o)).isEqualTo(CriticalitySection.Screening.POSSIBLY_CRITICAL);
        // rounded like published scores: 0.96 rounds to 1.0, so it cannot prove "not critical"
        assertThat(CriticalitySection.screen(5.0, 0.96, true, o)).isEqualTo(CriticalitySection.Screening.POSSIBLY_CRITICAL);
        assertThat(CriticalitySection.screen(3.0, 1.2, true, o)).isEqualTo(CriticalitySection.Screening.POSSIBLY_CRITICAL);
    }

    @Test
    void declutterBlanksOverlappingLabelsButKeepsEveryPoint() {
        List<ScatterChart.Point> in = List.of(new ScatterChart.Point("A", "g", 3.0, 2.00), new ScatterChart.Point("B", "g", 3.1, 1.98),
                new ScatterChart.Point("C", "g", 8.0, 1.0), new ScatterChart.Point("", "g", 0.0, 0.0),
                new ScatterChart.Point("D", "g", 3.0, 5.0));
        List<ScatterChart.Point> out = CriticalitySection.declutter(in);
        assertThat(out).hasSize(5);
        assertThat(out).extracting(ScatterChart.Point::label).containsExactly("A", "", "C", "", "D");
        assertThat(out.get(1).x()).isEqualTo(3.1);
    }

    static List<String> paragraphs(Section s) {
        return s.blocks().stream().filter(b -> b instanceof be.cambium.report.model.Block.Paragraph)
                .map(b -> ((be.cambium.report.model.Block.Paragraph) b).text()).toList();
    }

    /** A workspace with every month of 2023 for BE: cobalt P imports CN 600 kg, US 300, QZ 100 (confidential). */
    static Path tradeWorkspace(Path dir) throws Exception {
        StringBuilder sb = new StringBuilder(MonitoringSectionTest.V2);
        for (int m = 1; m <= 12; m++) {
            sb.append(MonitoringSectionTest.row("BE", "CN", "85076000", 1, YearMonth.of(2023, m), 10, 1));
        }
        sb.append(MonitoringSectionTest.row("BE", "CN", "81052000", 1, YearMonth.of(2023, 4), 6000, 600))
                .append(MonitoringSectionTest.row("BE", "US", "81052000", 1, YearMonth.of(2023, 5), 3000, 300))
                .append(MonitoringSectionTest.row("BE", "QZ", "28220000", 1, YearMonth.of(2023, 5), 1000, 100));
        Path f = dir.resolve("full_v2_2023.dat");
        Files.writeString(f, sb.toString());
        Path ws = dir.resolve("ws");
        new MonitorService().importComext(ws, List.of(f), Set.of());
        return ws;
    }

    @Test
    void belgianSourcingFromTheWorkspaceFeedsTheBelgianMatrix(@TempDir Path dir) throws Exception {
        Path ws = tradeWorkspace(dir);
        Section s = new CriticalitySection().build(ReportContext.of(LocalDate.of(2026, 11, 29)).withWorkspace(ws));
        ScatterChart be = (ScatterChart) s.charts().get(1);
        assertThat(be.title()).contains("Belgian sourcing from Comext 2021-2023");
        assertThat(be.points()).anyMatch(p -> p.group().startsWith("BE (Belgian sourcing from Comext)"));
        assertThat(be.points()).anyMatch(p -> p.group().startsWith("BE (SR from fallback: global supply)"));
        assertThat(be.sources()).anyMatch(x -> x.contains("full_v2_2023.dat"));
        ReportTable t = s.tables().stream().filter(x -> x.id().equals("criticality_be_sourcing")).findFirst().orElseThrow();
        List<?> co = t.rows().stream().filter(r -> "Cobalt".equals(r.get(0)) && "processing".equals(r.get(1))).findFirst().orElseThrow();
        assertThat(co.get(t.columnIndex("imports_t"))).isEqualTo(1.0);
        assertThat(co.get(t.columnIndex("largest_partners"))).isEqualTo("CN 66.7 %, US 33.3 %");
        assertThat(co.get(t.columnIndex("not_observed_share"))).isEqualTo(0.1);
        assertThat(co.get(t.columnIndex("ir_be"))).isNull(); // 2021-2022 absent and production unknown: missing, not zero
        assertThat(paragraphs(s)).anyMatch(p -> p.contains("Belgian sourcing shares were derived from the Comext data")
                && p.contains("2021-2023") && p.contains("full_v2_2023.dat"));
    }

    @Test
    void withoutTradeDataTheFallbackTextSaysSoAndNothingIsCreated(@TempDir Path dir) {
        Path ws = dir.resolve("empty-ws");
        Section s = new CriticalitySection().build(ReportContext.of(LocalDate.of(2026, 11, 29)).withWorkspace(ws));
        assertThat(s.tables()).noneMatch(t -> t.id().equals("criticality_be_sourcing"));
        assertThat(paragraphs(s)).anyMatch(p -> p.contains("no Comext data with Belgian months are in the workspace"));
        assertThat(ws).doesNotExist();
    }
}
