package be.cambium.criticality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.cambium.validate.Issue;
import be.cambium.validate.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Monte Carlo ranges of pre-aggregated HHIs ({@code hhi_gs_min/max}, {@code hhi_sourcing_min/max}) and IR. */
class CriticalityUncertaintyRangesTest {

    /**
     * Borderline by hand: GS+EU, HHI_GS 2.0, HHI_EU 0.2, EOL-RIR 0, SI_SR 1: SR = 2 x IR/2 + 0.2 x (1 - IR/2) = 0.2 + 0.9 IR.
     * IR 0.85 gives SR 0.965, critical at the published one-decimal precision (1.0); EI published 5.
     */
    static MaterialStage borderline(String material) {
        return MaterialStage.of(material, Stage.P, 0.85, 0, 1, SupplyMode.GS_EU).withHhi(2.0, 0.2)
                .withLocation(Location.line("material_stage.csv", 2));
    }

    static CriticalityInput input(List<MaterialStage> stages) {
        return CriticalityInput.ofStages(stages).withEi(List.of(), List.of(), stages.stream().map(MaterialStage::material).distinct()
                .map(m -> new SubstitutionIndex(m, 1, Double.NaN, Double.NaN, 5.0, Location.none())).toList());
    }

    /**
     * The same for a Belgian run: a published EI is the EU's and never the Belgian EI, so the EI comes from one end use
     * and Belgian value added (10 x 1 x 1 / 1 x SI_EI 1 = 10).
     */
    static CriticalityInput beInput(List<MaterialStage> stages) {
        List<String> materials = stages.stream().map(MaterialStage::material).distinct().toList();
        return CriticalityInput.ofStages(stages).withEi(materials.stream().map(m -> EndUse.of(m, "all", 1, "C25")).toList(),
                List.of(ValueAdded.of(Scope.BE, "C25", 1, "MUSD")), materials.stream().map(m -> SubstitutionIndex.of(m, 1)).toList())
                .withOptions(CriticalityOptions.defaults().withScope(Scope.BE));
    }

    static UncertaintyResult run(List<MaterialStage> stages, int draws, long seed) {
        return CriticalityUncertainty.compute(input(stages), UncertaintyOptions.of(draws, seed));
    }

    @Test
    void widerIrRangeMovesABorderlineVerdictTowardsTheMiddle() {
        assertThat(CriticalityCalculator.compute(input(List.of(borderline("B")))).material("B").orElseThrow().sr())
                .isCloseTo(0.965, within(1e-12));
        double fixed = run(List.of(borderline("B")), 2000, 5).material("B").orElseThrow().pCritical();
        double narrow = run(List.of(borderline("B").withIrRange(0.845, 0.855)), 2000, 5).material("B").orElseThrow().pCritical();
        MaterialUncertainty wide = run(List.of(borderline("B").withIrRange(0.80, 0.90)), 2000, 5).material("B").orElseThrow();
        assertThat(fixed).isEqualTo(1.0);
        assertThat(narrow).isEqualTo(1.0); // SR 0.9605..0.9695 always rounds to 1.0
        // critical when 0.2 + 0.9 IR >= 0.95, i.e. IR >= 0.8333: P = (0.90 - 0.8333) / 0.10 = 2/3 (sd of the estimate 0.011)
        assertThat(wide.pCritical()).isCloseTo(2.0 / 3, within(0.05));
        assertThat(wide.srP05()).isGreaterThanOrEqualTo(0.2 + 0.9 * 0.80 - 1e-12);
        assertThat(wide.srP95()).isLessThanOrEqualTo(0.2 + 0.9 * 0.90 + 1e-12);
    }

    @Test
    void hhiRangesAreDrawnWhereTheModeUsesThem() {
        // mode GS: only HHI_GS counts; SR = HHI_GS x 0.9 x 1 with HHI_GS in [1.0, 1.2]: critical when SR >= 0.95, HHI_GS >= 1.0556
        MaterialStage gs = MaterialStage.of("G", Stage.E, 0.5, 0.1, 1, SupplyMode.GS).withHhi(1.1, 3.0).withHhiRanges(1.0, 1.2, 2.0, 4.0);
        MaterialUncertainty g = run(List.of(gs), 4000, 11).material("G").orElseThrow();
        assertThat(g.pCritical()).isCloseTo((1.2 - 0.95 / 0.9) / 0.2, within(0.04));
        assertThat(g.srP05()).isGreaterThanOrEqualTo(0.9 - 1e-12);
        assertThat(g.srP95()).isLessThanOrEqualTo(1.08 + 1e-12);
        // mode EU: only the sourcing HHI counts
        MaterialStage eu = MaterialStage.of("S", Stage.E, 0.5, 0.1, 1, SupplyMode.EU).withHhi(5.0, 1.1).withHhiRanges(4.0, 6.0, 1.0, 1.2);
        MaterialUncertainty s = run(List.of(eu), 4000, 11).material("S").orElseThrow();
        assertThat(s.srP95()).isLessThanOrEqualTo(1.08 + 1e-12);
        assertThat(s.pCritical()).isCloseTo((1.2 - 0.95 / 0.9) / 0.2, within(0.04));
    }

    /** Belgian transit fallback EU_IR: the EU row's IR is used, and its range with it (the Belgian row's range is not). */
    @Test
    void euIrFallbackCarriesTheEuIrRange() {
        MaterialStage eu = borderline("B").withScope(Scope.EU).withIrRange(0.80, 0.90);
        MaterialStage be = borderline("B").withScope(Scope.BE).withIr(0.3).withIrRange(0.25, 0.35)
                .withTrade(Double.NaN, Double.NaN, Double.NaN, 0.6);
        CriticalityInput in = beInput(List.of(eu, be))
                .withOptions(CriticalityOptions.defaults().withScope(Scope.BE).withTransitFallback(TransitFallback.EU_IR));
        StageResult st = CriticalityCalculator.compute(in).stages().get(0);
        assertThat(st.ir()).isEqualTo(0.85);
        assertThat(st.note()).contains("EU IR");
        MaterialUncertainty m = CriticalityUncertainty.compute(in, UncertaintyOptions.of(2000, 5)).material("B").orElseThrow();
        assertThat(m.pCritical()).isCloseTo(2.0 / 3, within(0.05)); // as in the EU run: SR = 0.2 + 0.9 IR, IR in [0.80, 0.90]
        assertThat(m.srP05()).isGreaterThanOrEqualTo(0.2 + 0.9 * 0.80 - 1e-12);
    }

    /** A range of zero width is a fixed input: the same numbers, draw for draw, as no range at all. */
    @Test
    void zeroWidthRangesGiveTheFixedResult() {
        MaterialStage a = MaterialStage.of("A", Stage.E, 0.6, 0.05, 0.9, SupplyMode.GS_EU).withHhi(2.5, 0.9).withRanges(0, 0.1, 0.85, 0.95);
        MaterialStage b = borderline("B");
        UncertaintyResult fixed = run(List.of(a, b), 1000, 9);
        UncertaintyResult zero = run(List.of(a.withHhiRanges(2.5, 2.5, 0.9, 0.9).withIrRange(0.6, 0.6),
                b.withHhiRanges(2.0, 2.0, 0.2, 0.2).withIrRange(0.85, 0.85)), 1000, 9);
        assertThat(zero.materials()).isEqualTo(fixed.materials());
        assertThat(zero.report().hasErrors()).isFalse();
    }

    @Test
    void sameSeedSameDrawsOtherSeedOtherDraws() {
        List<MaterialStage> st = List.of(borderline("B").withIrRange(0.8, 0.9).withHhiRanges(1.95, 2.05, 0.15, 0.25),
                MaterialStage.of("C", Stage.E, 0.3, 0, 1, SupplyMode.GS_EU).withHhi(1.5, 0.8).withHhiRanges(1.45, 1.55, 0.75, 0.85));
        UncertaintyResult a = run(st, 1500, 21);
        assertThat(run(st, 1500, 21).materials()).isEqualTo(a.materials());
        assertThat(run(st, 1500, 21).sensitivity()).isEqualTo(a.sensitivity());
        assertThat(run(st, 1500, 22).materials()).isNotEqualTo(a.materials());
    }

    /** Group scores are the means of the members' draws, iteration by iteration (not the means of their quantiles). */
    @Test
    void groupsAreMemberMeansPerDraw() {
        MaterialStage varied = borderline("A").withIrRange(0.80, 0.90).withHhiRanges(1.9, 2.1, 0.1, 0.3);
        MaterialStage fixed = MaterialStage.of("F", Stage.E, 0.5, 0, 1, SupplyMode.GS).withHhi(0.6, Double.NaN);
        CriticalityInput in = input(List.of(varied, fixed)).withGroups(List.of(GroupMember.of("G", "A"), GroupMember.of("G", "F")));
        UncertaintyResult u = CriticalityUncertainty.compute(in, UncertaintyOptions.of(2000, 3));
        MaterialUncertainty a = u.material("A").orElseThrow();
        MaterialUncertainty g = u.material("G").orElseThrow();
        // one member fixed at SR 0.6: each group draw is (SR_A + 0.6) / 2, and so is each quantile
        assertThat(g.srP05()).isCloseTo((a.srP05() + 0.6) / 2, within(1e-12));
        assertThat(g.srP50()).isCloseTo((a.srP50() + 0.6) / 2, within(1e-12));
        assertThat(g.srP95()).isCloseTo((a.srP95() + 0.6) / 2, within(1e-12));
        // two members with the same inputs but their own draws: their mean is narrower than either (mean of quantiles is not)
        MaterialStage twin = borderline("A2").withIrRange(0.80, 0.90).withHhiRanges(1.9, 2.1, 0.1, 0.3);
        CriticalityInput in2 = input(List.of(varied, twin)).withGroups(List.of(GroupMember.of("H", "A"), GroupMember.of("H", "A2")));
        UncertaintyResult u2 = CriticalityUncertainty.compute(in2, UncertaintyOptions.of(2000, 3));
        MaterialUncertainty h = u2.material("H").orElseThrow();
        MaterialUncertainty a1 = u2.material("A").orElseThrow();
        MaterialUncertainty a2 = u2.material("A2").orElseThrow();
        assertThat(h.srP95() - h.srP05()).isLessThan(0.9 * Math.min(a1.srP95() - a1.srP05(), a2.srP95() - a2.srP05()));
    }

    @Test
    void sensitivityUsesTheGivenIrAndHhiRanges() {
        List<MaterialStage> st = List.of(borderline("B").withIrRange(0.80, 0.90).withHhiRanges(1.95, 2.05, 0.15, 0.25));
        UncertaintyResult u = run(st, 10, 1);
        assertThat(u.sensitivity()).filteredOn(s -> s.input().equals("ir")).singleElement().satisfies(s -> {
            assertThat(s.low()).isEqualTo(0.80);
            assertThat(s.high()).isEqualTo(0.90);
            assertThat(s.swing()).isCloseTo(0.9 * 0.1, within(1e-12)); // dSR/dIR = (HHI_GS - HHI_EU) / 2
        });
        assertThat(u.sensitivity()).filteredOn(s -> s.input().equals("hhi_gs")).singleElement()
                .satisfies(s -> assertThat(s.swing()).isCloseTo(0.1 * 0.85 / 2, within(1e-12)));
        assertThat(u.sensitivity()).filteredOn(s -> s.input().equals("hhi_sourcing")).singleElement()
                .satisfies(s -> assertThat(s.swing()).isCloseTo(0.1 * (1 - 0.85 / 2), within(1e-12)));
        assertThat(u.sensitivity()).extracting(Sensitivity::rank).containsExactly(1, 2, 3, 4, 5);
        // without a range: IR +/- the step (0.05), and no HHI rows
        UncertaintyResult plain = run(List.of(borderline("B")), 10, 1);
        assertThat(plain.sensitivity()).filteredOn(s -> s.input().equals("ir")).singleElement()
                .satisfies(s -> assertThat(s.high() - s.low()).isCloseTo(0.1, within(1e-12)));
        assertThat(plain.sensitivity()).noneMatch(s -> s.input().startsWith("hhi"));
    }

    // ------------------------------------------------------------------ bad ranges

    static List<Issue> issues(MaterialStage st) {
        return CriticalityCalculator.compute(input(List.of(st))).report().issues();
    }

    @Test
    void badRangesAreLocatedErrorsAndHeldFixed() {
        MaterialStage b = borderline("B");
        List<MaterialStage> bad = List.of(
                b.withIrRange(0.9, 0.8),                          // min > max
                b.withIrRange(0.9, 0.95),                         // value 0.85 outside
                b.withIrRange(0.8, 1.05),                         // beyond 1
                b.withIrRange(0.8, Double.NaN),                   // one end only
                b.withHhiRanges(1.9, 2.1, 0.1, 0.3).withIrRange(0.8, 0.9), // valid
                b.withHhiRanges(2.1, 2.2, Double.NaN, Double.NaN),  // value 2.0 outside
                b.withHhiRanges(-0.1, 2.1, Double.NaN, Double.NaN)); // below 0
        int[] expectedErrors = {1, 1, 1, 1, 0, 1, 1};
        for (int i = 0; i < bad.size(); i++) {
            List<Issue> is = issues(bad.get(i));
            assertThat(is).as("case " + i).filteredOn(x -> x.code().equals("RANGE_INVALID")).hasSize(expectedErrors[i])
                    .allSatisfy(x -> assertThat(x.location()).isEqualTo(Location.line("material_stage.csv", 2)));
            if (expectedErrors[i] == 1) {
                // an invalid range is not used: the Monte Carlo equals the fixed one
                assertThat(run(List.of(bad.get(i)), 300, 4).materials()).as("case " + i)
                        .isEqualTo(run(List.of(b), 300, 4).materials());
            }
        }
        assertThat(issues(b.withHhiRanges(0, 16, Double.NaN, Double.NaN)))
                .anySatisfy(x -> assertThat(x.message()).contains("hhi_gs range").contains("[0, 15]"));
    }

    @Test
    void hhiRangeWithoutAGivenHhiIsReportedAndUnused() {
        MaterialStage st = MaterialStage.of("X", Stage.E, 0.5, 0, 1, SupplyMode.GS).withHhi(1.0, Double.NaN)
                .withHhiRanges(Double.NaN, Double.NaN, 0.5, 0.7).withLocation(Location.line("material_stage.csv", 7));
        assertThat(issues(st)).filteredOn(x -> x.code().equals("RANGE_UNUSED")).singleElement()
                .satisfies(x -> assertThat(x.location()).isEqualTo(Location.line("material_stage.csv", 7)));
    }
}
