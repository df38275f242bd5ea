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
        // no Belgian sourcing bundled: the Belgian SR of gallium is the GS-only fallback (global supply, EU EOL-RIR and SI_SR)
        assertThat((Double) ga.get(t.columnIndex("sr_be"))).isGreaterThan(1.0);
        assertThat(t.note()).contains("within 0.15 of the published SR for");
        assertThat((Double) ga.get(t.columnIndex("ei_unsubstituted_be"))).isNotNull();
        assertThat(t.sources()).isNotEmpty();
    }

    static ReportTable table(Section s, String id) {
        return s.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    static List<Object> row(ReportTable t, String material) {
        return t.rows().stream().filter(r -> material.equals(r.get(0))).findFirst().map(r -> (List<Object>) (List<?>) r).orElseThrow();
    }

    @Test
    void belgianMatrixPlotsTheComputedScoresByBasisWithRealVerdictChanges() {
        Section s = new CriticalitySection().build(ReportContext.of(LocalDate.of(2026, 11, 29)));
        assertThat(s.charts()).hasSize(4); // EU 2023, BE, EU 2023 and EU 2017 uncertain verdicts
        ScatterChart eu = (ScatterChart) s.charts().get(0);
        // only critical points are labelled
        assertThat(eu.points()).filteredOn(p -> !p.label().isEmpty()).allMatch(p -> p.group().startsWith("critical"));
        ScatterChart be = (ScatterChart) s.charts().get(1);
        assertThat(be.xThreshold()).isEqualTo(2.8);
        assertThat(be.yThreshold()).isEqualTo(1.0);
        assertThat(be.title()).doesNotContain("bound");
        // no Belgian sourcing bundled: every SR is global supply only (the fallback, or the EU's supply mode GS); no IR proxy
        assertThat(be.points()).isNotEmpty().allMatch(p -> p.group().equals("GS fallback (no Belgian sourcing)")
                || p.group().equals("global supply only (EU supply mode GS)"));
        ReportTable bt = table(s, "criticality_be_2023");
        for (ScatterChart.Point p : be.points()) { // every point is a computed Belgian score of the table
            List<Object> r = bt.rows().stream().filter(x -> x.get(bt.columnIndex("ei_be")) != null && x.get(bt.columnIndex("sr_be")) != null
                    && Math.abs((Double) x.get(bt.columnIndex("ei_be")) - p.x()) < 6e-4
                    && Math.abs((Double) x.get(bt.columnIndex("sr_be")) - p.y()) < 6e-4).findFirst().map(x -> (List<Object>) (List<?>) x)
                    .orElseThrow(() -> new AssertionError("no table row for " + p));
            assertThat(r.get(bt.columnIndex("critical_be"))).isIn("yes", "no");
        }
        // chromium: EU SR 0.60 (EU sourcing), Belgian SR from global supply 1.28 with the EU EOL-RIR and SI_SR; Belgian EI 2.92
        List<Object> cr = row(bt, "Chromium");
        assertThat((Double) cr.get(bt.columnIndex("sr_be"))).isCloseTo(1.284, org.assertj.core.api.Assertions.within(0.001));
        assertThat(cr.get(bt.columnIndex("critical_be"))).isEqualTo("yes");
        assertThat(cr.get(bt.columnIndex("sourcing_basis"))).isEqualTo("GS fallback");
        assertThat(cr.get(bt.columnIndex("ir_basis"))).isEqualTo("not used");
        assertThat(cr.get(bt.columnIndex("eu_inputs"))).isEqualTo("eol_rir; si_sr; supply_mode");
        assertThat((Double) cr.get(bt.columnIndex("p_critical_be"))).isBetween(0.0, 1.0);
        assertThat(row(bt, "Platinum").get(bt.columnIndex("sourcing_basis"))).isEqualTo("not used (supply mode GS)");
        ReportTable changes = table(s, "criticality_verdict_changes_eu_be");
        assertThat(changes.rows()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get(changes.columnIndex("critical_be"))).isIn("yes", "no"); // real verdicts, no "possibly"
            assertThat(r.get(changes.columnIndex("critical_eu"))).isIn("yes", "no").isNotEqualTo(r.get(changes.columnIndex("critical_be")));
        });
        List<Object> crc = row(changes, "Chromium");
        assertThat(crc.get(changes.columnIndex("critical_eu"))).isEqualTo("no");
        assertThat(crc.get(changes.columnIndex("critical_be"))).isEqualTo("yes");
        assertThat(crc.get(changes.columnIndex("sr_drivers_be_minus_eu")).toString()).contains("GS only");
        long yesBe = bt.rows().stream().filter(r -> "yes".equals(r.get(bt.columnIndex("critical_be")))).count();
        assertThat(paragraphs(s)).anyMatch(p -> p.startsWith("Belgium.") && p.contains(yesBe + " materials are critical for Belgium")
                && p.contains(changes.rows().size() + " verdicts differ") && p.contains("through SR: ") && p.contains("Chromium (GS fallback)") && p.contains("EOL-RIR, SI_SR, SI_EI and the supply mode")
                && !p.contains("upper bound"));
        // EU-critical materials without a Belgian verdict (the EU EI is the published one where no end uses are transcribed)
        ReportTable side = table(s, "criticality_eu_be");
        long euOnly = side.rows().stream().filter(r -> "yes".equals(r.get(side.columnIndex("critical_eu")))
                && r.get(side.columnIndex("critical_be")) == null).count();
        assertThat(euOnly).isPositive();
        assertThat(paragraphs(s)).anyMatch(p -> p.startsWith("Belgium.") && p.contains("(" + euOnly + " of them without a Belgian verdict"));
        ReportTable roles = table(s, "criticality_belgian_roles");
        assertThat(roles.rows()).anyMatch(r -> "Cobalt".equals(r.get(0)) && "EU sourcing".equals(r.get(2))
                && Math.abs((Double) r.get(3) - 0.29) < 1e-9);
    }

    /** The sensitivity "Belgian structure, EU scale": its column and verdict, and counts in the paragraph from the run. */
    @Test
    void belgianStructureOnTheEuScaleSeparatesStructureFromNormalisation() {
        Section s = new CriticalitySection().build(ReportContext.of(LocalDate.of(2026, 11, 29)));
        ReportTable bt = table(s, "criticality_be_2023");
        ReportTable changes = table(s, "criticality_verdict_changes_eu_be");
        long critical = bt.rows().stream().filter(r -> "yes".equals(r.get(bt.columnIndex("critical_be_eu_scale")))).count();
        int ei = 0;
        int remaining = 0;
        for (List<?> r : changes.rows()) {
            double srEu = (Double) r.get(changes.columnIndex("sr_eu"));
            double srBe = (Double) r.get(changes.columnIndex("sr_be"));
            if ((Math.round(srEu * 10) >= 10) == (Math.round(srBe * 10) >= 10)) { // same SR side: the change comes through EI
                ei++;
                remaining += r.get(changes.columnIndex("critical_be_eu_scale")).equals(r.get(changes.columnIndex("critical_eu"))) ? 0 : 1;
            }
        }
        String para = paragraphs(s).stream().filter(p -> p.startsWith("Belgium.")).findFirst().orElseThrow();
        assertThat(ei).isPositive();
        assertThat(para).contains("not an official method", "over the 13 NACE divisions both sources give",
                critical + " materials are critical for Belgium, and " + remaining + " of the " + ei + " verdict changes through EI remain "
                + "(Belgium's industrial structure",
                (ei - remaining) + " vanish");
        // the sensitivity never replaces the design's Belgian EI: gallium's EI on the EU scale differs from its Belgian EI
        List<Object> ga = row(bt, "Gallium");
        assertThat((Double) ga.get(bt.columnIndex("ei_be_eu_scale"))).isNotNull().isNotEqualTo(ga.get(bt.columnIndex("ei_be")));
        assertThat(bt.note()).contains("ei_be_eu_scale", "not an official method");
    }

    @Test
    void eachChartCitesWhatItUses() {
        Section s = new CriticalitySection().build(ReportContext.of(LocalDate.of(2026, 11, 29)));
        ScatterChart eu = (ScatterChart) s.charts().stream().filter(c -> c.id().equals("crm_matrix_eu_2023")).findFirst().orElseThrow();
        // the published matrix draws Annex 4 only
        assertThat(eu.sources()).singleElement().satisfies(x -> assertThat(x).contains("Annex 4"));
        // without a Comext workspace no chart or table cites the CN8 mapping or the Belgian production sources
        ScatterChart be = (ScatterChart) s.charts().stream().filter(c -> c.id().equals("crm_matrix_be")).findFirst().orElseThrow();
        assertThat(be.sources()).isNotEmpty().noneMatch(x -> x.contains("CN8") || x.contains("BELSPO"));
        assertThat(s.tables()).allSatisfy(t -> assertThat(t.sources()).noneMatch(x -> x.contains("CN8 year-to-year") || x.contains("BELSPO")));
    }

    @Test
    void verdictForAnyIrBracketsTheProxy() {
        var o = be.cambium.criticality.CriticalityOptions.defaults();
        java.util.function.BiFunction<Double, Double, be.cambium.criticality.CriticalityResult> result = (hGs, hBe) -> {
            var st = new be.cambium.criticality.StageResult("X", be.cambium.criticality.Stage.P, be.cambium.criticality.Scope.BE, hGs, hBe,
                    Double.NaN, 0.5, 0, 1, be.cambium.criticality.SupplyMode.GS_EU, hGs * 0.25 + hBe * 0.75, "",
                    be.cambium.criticality.IrBasis.EU_PROXY, be.cambium.criticality.SourcingBasis.OWN, "");
            var m = new be.cambium.criticality.MaterialResult("X", be.cambium.criticality.Scope.BE, false, st.sr(), 3.0, 3.0, 0,
                    o.classify(st.sr(), 3.0), st.stage(), Double.NaN, st.sr(), hGs, hBe, 0.5, 0, 1, 1, st.modeUsed(), List.of(),
                    st.irBasis(), st.sourcingBasis(), "", Double.NaN);
            return new be.cambium.criticality.CriticalityResult(be.cambium.criticality.Scope.BE, List.of(m), List.of(st), List.of(),
                    List.of(), List.of(), be.cambium.validate.ValidationReport.builder().build(), be.cambium.provenance.Provenance.empty());
        };
        // SR from 0.5 (IR 0: sourcing only) to 1.25 (IR 1): the verdict depends on IR_BE
        var r1 = result.apply(2.0, 0.5);
        assertThat(CriticalitySection.verdictForAnyIr(r1, r1.materials().get(0), o)).isEqualTo("depends on IR_BE");
        // SR from 1.2 to 1.6: critical for any IR_BE
        var r2 = result.apply(2.0, 1.2);
        assertThat(CriticalitySection.verdictForAnyIr(r2, r2.materials().get(0), o)).isEqualTo("same");
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
        // germanium: no end uses in the transcription, so the published EI 3.6 (Annex 4) is carried as given; recomputed SR
        // 3.65 (published 1.8, "Reference tests"): critical in every draw, EI fixed; the note says the EI is the published one
        List<Object> ge = row.apply("Germanium");
        assertThat(ge.get(t.columnIndex("ei_recomputed"))).isEqualTo(3.6);
        assertThat(ge.get(t.columnIndex("ei_published"))).isEqualTo(3.6);
        assertThat(ge.get(pc)).isEqualTo(1.0);
        assertThat(ge.get(t.columnIndex("ei_p05"))).isEqualTo(3.6);
        assertThat(ge.get(t.columnIndex("ei_p95"))).isEqualTo(3.6);
        assertThat(ge.get(t.columnIndex("note")).toString()).contains("EI published (Annex 4)").contains("no usable end uses");
        // dysprosium: no end uses and no 2023 EI of its own in Annex 4 (HREE is assessed as a group), so no EI, no probability
        List<Object> dy = row.apply("Dysprosium");
        assertThat(dy.get(pc)).isNull();
        assertThat(dy.get(t.columnIndex("ei_recomputed"))).isNull();
        assertThat(dy.get(t.columnIndex("note")).toString()).contains("EI not computed: no usable end uses");
        long carried = t.rows().stream().filter(r -> r.get(t.columnIndex("note")).toString().startsWith("EI published")).count();
        assertThat(carried).isEqualTo(26);
        // the paragraph's counts are those of the table
        long sure = given.stream().filter(p -> p >= 0.95).count();
        long not = given.stream().filter(p -> p <= 0.05).count();
        List<String> unsure = t.rows().stream().filter(r -> r.get(pc) != null && (Double) r.get(pc) > 0.05 && (Double) r.get(pc) < 0.95)
                .map(r -> (String) r.get(0)).toList();
        String para = paragraphs(s).stream().filter(p -> p.startsWith("EU 2023 assessment: how sure is each verdict.")).findFirst()
                .orElseThrow();
        assertThat(para).contains(given.size() + " have both", sure + " are critical in at least 95 % of the draws",
                not + " in at most 5 %", unsure.size() + (unsure.size() == 1 ? " is" : " are") + " uncertain",
                "No verdict for " + (probs.size() - given.size()), "and the group HREE",
                "For " + carried + " materials without usable end uses the EI is the published one (Annex 4)", "Dirichlet, concentration 100", "standard errors",
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

    /**
     * A workspace with every month of 2023 for BE: cobalt P imports CN 600 kg, US 300, QZ 100 (confidential); magnesium P
     * (unwrought) CN 800 kg, NL 200 kg.
     */
    static Path tradeWorkspace(Path dir) throws Exception {
        StringBuilder sb = new StringBuilder(MonitoringSectionTest.V2);
        for (int m = 1; m <= 12; m++) {
            sb.append(MonitoringSectionTest.row("BE", "CN", "85076000", 1, YearMonth.of(2023, m), 10, 1));
        }
        sb.append(MonitoringSectionTest.row("BE", "CN", "81052000", 1, YearMonth.of(2023, 4), 6000, 600))
                .append(MonitoringSectionTest.row("BE", "US", "81052000", 1, YearMonth.of(2023, 5), 3000, 300))
                .append(MonitoringSectionTest.row("BE", "QZ", "28220000", 1, YearMonth.of(2023, 5), 1000, 100))
                .append(MonitoringSectionTest.row("BE", "CN", "81041100", 1, YearMonth.of(2023, 6), 2400, 800))
                .append(MonitoringSectionTest.row("BE", "NL", "81041100", 1, YearMonth.of(2023, 7), 700, 200));
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
        assertThat(be.points()).anyMatch(p -> p.group().equals("GS fallback (no Belgian sourcing)"));
        assertThat(be.sources()).anyMatch(x -> x.contains("full_v2_2023.dat"));
        // magnesium P: Belgian sourcing CN 80 %, NL 20 % (consignment), Belgian production unknown: the EU IR (1.0) as proxy
        assertThat(be.points()).anyMatch(p -> p.group().equals("BE sourcing from Comext, IR: EU proxy"));
        ReportTable bt = table(s, "criticality_be_2023");
        List<Object> mg = row(bt, "Magnesium");
        assertThat(mg.get(bt.columnIndex("sourcing_basis"))).isEqualTo("BE trade");
        assertThat(mg.get(bt.columnIndex("ir_basis"))).isEqualTo("EU proxy");
        assertThat(mg.get(bt.columnIndex("critical_be"))).isEqualTo("no"); // Belgian EI 2.1 < 2.8 whatever IR_BE is
        assertThat(mg.get(bt.columnIndex("verdict_for_any_ir_be"))).isEqualTo("same");
        // cobalt: the bottleneck is extraction, global supply only by the EU's supply mode; processing uses the proxy
        List<Object> co2 = row(bt, "Cobalt");
        assertThat(co2.get(bt.columnIndex("sourcing_basis"))).isEqualTo("not used (supply mode GS)");
        assertThat(co2.get(bt.columnIndex("verdict_for_any_ir_be"))).isEqualTo("same");
        assertThat(paragraphs(s)).anyMatch(p -> p.startsWith("Belgium.") && p.contains("the EU IR of the stage stands in")
                && p.contains("BE sourcing from Comext, IR: EU proxy 1") && p.contains("for the 1 material whose SR"));
        assertThat(bt.sources()).anyMatch(x -> x.contains("full_v2_2023.dat"));
        ReportTable t = s.tables().stream().filter(x -> x.id().equals("criticality_be_sourcing")).findFirst().orElseThrow();
        assertThat(t.sources()).anyMatch(x -> x.contains("CN8 year-to-year")).anyMatch(x -> x.contains("BELSPO"));
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
