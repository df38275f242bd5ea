package be.cambium.criticality;

import static be.cambium.criticality.Fixtures.share;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import be.cambium.validate.Issue;
import be.cambium.validate.Location;
import be.cambium.validate.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CriticalityCalculatorTest {

    @Test
    void hhiAndSrFromSharesByHand() {
        CriticalityResult r = CriticalityCalculator.compute(Fixtures.cobalt());
        StageResult p = r.stages().get(0);
        double gs = 0.36 * 6 + 0.0121 * 1 * 0.8 + 0.0025 * 2 * 0.8 + 0.0576 * 1.5;
        double eu = 0.3844 * 0.8 + 0.0841 * 2 * 0.8 + 0.0081 * 6;
        assertThat(p.hhiGs()).isCloseTo(gs, offset(1e-12));
        assertThat(p.hhiSourcing()).isCloseTo(eu, offset(1e-12));
        assertThat(p.sr()).isCloseTo((gs * 0.4 + eu * 0.6) * 0.8 * 0.9, offset(1e-12));
        MaterialResult m = r.material("Co").orElseThrow();
        assertThat(m.bottleneck()).isEqualTo(Stage.P);
        assertThat(m.ei()).isCloseTo(10 * (0.6 * 90 + 0.4 * 160) / 200 * 0.95, offset(1e-12));
        assertThat(r.contributions()).hasSize(7);
        assertThat(r.benchmarks()).singleElement().satisfies(b -> {
            assertThat(b.largestThirdCountry()).isEqualTo("CN");
            assertThat(b.largestThirdCountryShare()).isEqualTo(0.09);
            assertThat(b.euShare()).isCloseTo(0.91, offset(1e-12));
            assertThat(b.meetsEuShare()).isTrue();
        });
    }

    @Test
    void belgianScopeUsesBelgianSourcingIntraEuTAndBelgianValueAdded() {
        CriticalityInput in = Fixtures.cobalt();
        CriticalityResult be = CriticalityCalculator.compute(in.withOptions(in.options().withScope(Scope.BE)));
        StageResult p = be.stages().get(0);
        double hBe = 0.25 * 8.5 * 1.0 + 0.09 * 1.0 * 0.8 + 0.04 * 6.0 * 1.0; // FI is an EU member: t = 0.8
        assertThat(p.hhiSourcing()).isCloseTo(hBe, offset(1e-12));
        assertThat(p.ir()).isEqualTo(0.6);
        assertThat(be.report().withCode("T_DEFAULT")).hasSize(1);
        MaterialResult m = be.material("Co").orElseThrow();
        assertThat(m.ei()).isCloseTo(10 * (0.6 * 3 + 0.4 * 4) / 12.0 * 0.95, offset(1e-12));

        CriticalityResult eu = CriticalityCalculator.compute(in);
        List<ScopeDifference> d = ScopeComparison.compare(eu, be);
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.srDrivers()).startsWith("sourcing HHI P: CD +2.13").contains("IR 0.80 -> 0.60");
            assertThat(x.eiDrivers()).contains("C25").contains("C27");
        });
    }

    @Test
    void belgianTransitFallbackWhenIrIsNotPositive() {
        CriticalityInput in = Fixtures.cobalt();
        List<MaterialStage> stages = new ArrayList<>(in.stages());
        stages.set(1, stages.get(1).withIr(Double.NaN).withTrade(50, 100, 130, Double.NaN)
                .withLocation(Location.line("material_stage.csv", 3)));
        CriticalityResult be = CriticalityCalculator.compute(in.withStages(stages).withOptions(in.options().withScope(Scope.BE)));
        StageResult p = be.stages().get(0);
        assertThat(p.irInput()).isEqualTo(-1.5); // (100 - 130) / (50 + 100 - 130): a net exporter
        assertThat(p.ir()).isZero();
        assertThat(p.modeUsed()).isEqualTo(SupplyMode.EU);
        assertThat(p.note()).contains("transit fallback");
        assertThat(be.report().withCode("BE_TRANSIT_FALLBACK")).singleElement()
                .satisfies(i -> assertThat(i.location().toString()).isEqualTo("material_stage.csv:3"));
        assertThat(be.report().withCode("IR_CLAMPED")).hasSize(1);
        assertThat(be.material("Co").orElseThrow().flags()).anyMatch(f -> f.contains("transit fallback"));
    }

    @Test
    void groupsAreMeansOfMembers() {
        List<MaterialStage> st = List.of(
                MaterialStage.of("Nd", Stage.E, 1, 0, 1, SupplyMode.GS).withHhi(4, Double.NaN),
                MaterialStage.of("Pr", Stage.E, 1, 0, 1, SupplyMode.GS).withHhi(2, Double.NaN));
        CriticalityInput in = CriticalityInput.ofStages(st).withGroups(List.of(GroupMember.of("LREE", "Nd"), GroupMember.of("LREE", "Pr")))
                .withEi(List.of(EndUse.of("Nd", "magnets", 1, "C27"), EndUse.of("Pr", "magnets", 0.5, "C27"), EndUse.of("Pr", "glass", 0.5, "C23")),
                        List.of(ValueAdded.of(Scope.EU, "C27", 100, "MEUR"), ValueAdded.of(Scope.EU, "C23", 50, "MEUR")),
                        List.of(SubstitutionIndex.of("Nd", 1), SubstitutionIndex.of("Pr", 1)));
        MaterialResult g = CriticalityCalculator.compute(in).material("LREE").orElseThrow();
        assertThat(g.group()).isTrue();
        assertThat(g.sr()).isEqualTo(3.0);
        assertThat(g.ei()).isCloseTo((10 + 7.5) / 2, offset(1e-12));
        assertThat(g.verdict()).isEqualTo(Verdict.CRITICAL);
    }

    @Test
    void computedSubstitutionIndex() {
        SubstitutionParameters p = SubstitutionParameters.guidelines2017();
        List<Substitute> subs = List.of(
                new Substitute("X", "a", 0.6, "Y", 0.5, Substitute.Performance.SIMILAR, Substitute.Cost.SIMILAR_OR_LOWER, false, true, false, Location.none()),
                new Substitute("X", "b", 0.3, "Z", 1.0, Substitute.Performance.REDUCED, Substitute.Cost.VERY_HIGH, true, false, true, Location.none()));
        // a: 0.6 x (0.7 x 0.5 + 0.5) ; b: 0.3 x (1.0 x 1.0) ; rest 0.1 x 1
        assertThat(Substitution.siEi(subs, p)).isCloseTo(0.6 * 0.85 + 0.3 + 0.1, offset(1e-12));
        double sprY = Math.cbrt(0.8 * 0.8 * 0.8);
        assertThat(Substitution.siSr(subs, p)).isCloseTo(0.6 * (sprY * 0.5 + 0.5) + 0.3 * 1.0 + 0.1, offset(1e-12));
    }

    @Test
    void thresholdsAtPublishedPrecision() {
        CriticalityOptions o = CriticalityOptions.defaults();
        assertThat(o.classify(0.96, 2.8)).isEqualTo(Verdict.CRITICAL);
        assertThat(o.classify(0.94, 5)).isEqualTo(Verdict.NOT_CRITICAL);
        assertThat(o.withThresholdDecimals(-1).classify(0.96, 2.8)).isEqualTo(Verdict.NOT_CRITICAL);
        assertThat(o.classify(Double.NaN, 3)).isEqualTo(Verdict.UNDETERMINED);
    }

    static List<Issue> errors(CriticalityResult r) {
        return r.report().errors();
    }

    @Test
    void publishedEiIsCarriedOnlyWhenEndUsesCannotRecomputeIt() {
        // Antimony 2017 (Table 3 and 18): HHI 7.1 / 5.7, IR 1, EOL-RIR 0.28, SI_SR 0.9, published EI 4.3
        MaterialStage sb = MaterialStage.of("Sb", Stage.P, 1, 0.28, 0.9, SupplyMode.GS_EU).withHhi(7.1, 5.7);
        MaterialStage al = MaterialStage.of("Al", Stage.P, 0.64, 0.12, 0.9, SupplyMode.GS_EU).withHhi(1.4, 0.3);
        CriticalityInput in = CriticalityInput.ofStages(List.of(sb, al)).withEi(List.of(EndUse.of("Al", "cans", 1, "C25")),
                List.of(ValueAdded.of(Scope.EU, "C25", 100, "MEUR")),
                List.of(new SubstitutionIndex("Sb", 0.9, Double.NaN, Double.NaN, 4.3, be.cambium.validate.Location.none()),
                        new SubstitutionIndex("Al", 0.8, Double.NaN, Double.NaN, 6.5, be.cambium.validate.Location.none())));
        CriticalityResult r = CriticalityCalculator.compute(in);
        MaterialResult antimony = r.materials().stream().filter(m -> m.material().equals("Sb")).findFirst().orElseThrow();
        assertThat(antimony.sr()).isCloseTo(4.1472, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(antimony.ei()).isEqualTo(4.3);
        assertThat(antimony.verdict()).isEqualTo(Verdict.CRITICAL);
        assertThat(antimony.flags()).contains("EI published (not recomputed)");
        assertThat(r.report().withCode("EI_PUBLISHED")).hasSize(1);
        // aluminium has end uses: EI recomputed (10 x 1 x 100 / 100 x 0.8 = 8), the published 6.5 ignored
        MaterialResult aluminium = r.materials().stream().filter(m -> m.material().equals("Al")).findFirst().orElseThrow();
        assertThat(aluminium.ei()).isCloseTo(8.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(aluminium.flags()).doesNotContain("EI published (not recomputed)");
        // the Monte Carlo keeps the published EI fixed
        UncertaintyResult u = CriticalityUncertainty.compute(in, UncertaintyOptions.of(200, 3));
        MaterialUncertainty mu = u.materials().stream().filter(m -> m.material().equals("Sb")).findFirst().orElseThrow();
        assertThat(mu.eiP05()).isEqualTo(4.3);
        assertThat(mu.eiP95()).isEqualTo(4.3);
    }

    @Test
    void publishedEiIsTheEusAndNeverCarriedAsTheBelgianEi() {
        // the same antimony / aluminium rows as above (stage rows for any scope), with Belgian value added for C25
        MaterialStage sb = MaterialStage.of("Sb", Stage.P, 1, 0.28, 0.9, SupplyMode.GS_EU).withHhi(7.1, 5.7);
        MaterialStage al = MaterialStage.of("Al", Stage.P, 0.64, 0.12, 0.9, SupplyMode.GS_EU).withHhi(1.4, 0.3);
        CriticalityInput in = CriticalityInput.ofStages(List.of(sb, al)).withEi(List.of(EndUse.of("Al", "cans", 1, "C25")),
                List.of(ValueAdded.of(Scope.EU, "C25", 100, "MEUR"), ValueAdded.of(Scope.BE, "C25", 4, "MUSD"),
                        ValueAdded.of(Scope.BE, "C21", 8, "MUSD")),
                List.of(new SubstitutionIndex("Sb", 0.9, 0.85, 0.95, 4.3, Location.none()),
                        new SubstitutionIndex("Al", 0.8, Double.NaN, Double.NaN, 6.5, Location.none())));
        CriticalityInput beIn = in.withOptions(in.options().withScope(Scope.BE));
        CriticalityResult be = CriticalityCalculator.compute(beIn);
        MaterialResult antimony = be.material("Sb").orElseThrow();
        assertThat(antimony.sr()).isCloseTo(4.1472, offset(1e-12));
        assertThat(antimony.ei()).isNaN();
        assertThat(antimony.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(antimony.flags()).contains("EI missing: the published EI is the EU's")
                .doesNotContain("EI published (not recomputed)");
        assertThat(be.report().withCode("EI_PUBLISHED")).isEmpty();
        assertThat(be.report().withCode("EI_NOT_COMPUTED")).isEmpty(); // one issue per material, the one that says why
        assertThat(be.report().withCode("EI_PUBLISHED_EU_ONLY")).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.WARNING);
            assertThat(i.message()).contains("Sb").contains("4.300").contains("EU's");
        });
        assertThat(be.provenance().parameters()).containsKey("ei_published_rule");
        // aluminium has end uses: Belgian EI from Belgian value added (10 x 1 x 4 / 8 x 0.8 = 4), the published 6.5 ignored
        assertThat(be.material("Al").orElseThrow().ei()).isCloseTo(4.0, offset(1e-12));
        // the Belgian Monte Carlo has no EI for antimony either, so no p_critical
        MaterialUncertainty mu = CriticalityUncertainty.compute(beIn, UncertaintyOptions.of(200, 3)).materials().stream()
                .filter(m -> m.material().equals("Sb")).findFirst().orElseThrow();
        assertThat(mu.pCritical()).isNaN();
        assertThat(mu.eiP50()).isNaN();
        // the EU run of the same input carries it (EU behaviour unchanged)
        CriticalityResult eu = CriticalityCalculator.compute(in);
        assertThat(eu.material("Sb").orElseThrow().ei()).isEqualTo(4.3);
        assertThat(eu.report().withCode("EI_PUBLISHED")).hasSize(1);
        assertThat(eu.report().withCode("EI_PUBLISHED_EU_ONLY")).isEmpty();
    }
}
