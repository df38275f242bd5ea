package be.cambium.criticality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.within;

import be.cambium.validate.Location;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Belgian scope rules (reference page section 4.8: Belgium changes only value added, sourcing and IR): EOL-RIR, SI_SR,
 * the supply mode (and a pre-aggregated HHI_GS) come from the EU row; IR_BE when known, the transit fallback when
 * IR_BE <= 0, else the switchable rule (EU IR as a proxy, or SR missing). Hand-made inputs, values computed by hand.
 */
class BelgianScopeRulesTest {

    /** Shares of {@link Fixtures#cobalt()}: HHI_GS and the Belgian sourcing HHI, by hand. */
    static final double H_GS = 0.36 * 6.0 + 0.0121 * 1.0 * 0.8 + 0.0025 * 2.0 * 0.8 + 0.0576 * 1.5;
    static final double H_BE = 0.25 * 8.5 + 0.09 * 1.0 * 0.8 + 0.04 * 6.0; // FI is an EU member: t = 0.8

    /** The be-crm layout: an EU row with the 2023 inputs and a row for any scope that gives nothing (global supply only). */
    static CriticalityInput cobalt(MaterialStage beOrAny, BeIrRule rule) {
        MaterialStage eu = MaterialStage.of("Co", Stage.P, 0.8, 0.2, 0.9, SupplyMode.GS_EU).withScope(Scope.EU)
                .withLocation(Location.line("material_stage.csv", 3));
        return Fixtures.cobalt().withStages(List.of(beOrAny, eu))
                .withOptions(CriticalityOptions.defaults().withScope(Scope.BE).withBeIrRule(rule));
    }

    static MaterialStage anyScopeRow() {
        return MaterialStage.of("Co", Stage.P, Double.NaN, Double.NaN, Double.NaN, null).withLocation(Location.line("material_stage.csv", 2));
    }

    @Test
    void belgiumTakesEolRirSiSrAndModeFromTheEuRowAndTheEuIrOnlyAsAFlaggedProxy() {
        CriticalityResult be = CriticalityCalculator.compute(cobalt(anyScopeRow(), BeIrRule.EU_IR));
        StageResult p = be.stages().get(0);
        assertThat(p.eolRir()).isEqualTo(0.2);
        assertThat(p.siSr()).isEqualTo(0.9);
        assertThat(p.modeUsed()).isEqualTo(SupplyMode.GS_EU);
        assertThat(p.euInputs()).isEqualTo("eol_rir; si_sr; supply_mode");
        assertThat(p.irInput()).isNaN(); // no IR_BE
        assertThat(p.ir()).isEqualTo(0.8);
        assertThat(p.irBasis()).isEqualTo(IrBasis.EU_PROXY);
        assertThat(p.sourcingBasis()).isEqualTo(SourcingBasis.OWN);
        assertThat(p.hhiGs()).isCloseTo(H_GS, offset(1e-12));
        assertThat(p.hhiSourcing()).isCloseTo(H_BE, offset(1e-12));
        assertThat(p.sr()).isCloseTo((H_GS * 0.4 + H_BE * 0.6) * 0.8 * 0.9, offset(1e-12));
        assertThat(be.report().withCode("BE_EU_INPUTS")).singleElement()
                .satisfies(i -> assertThat(i.location().toString()).isEqualTo("material_stage.csv:3"));
        assertThat(be.report().withCode("BE_IR_EU_PROXY")).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("EU IR 0.8000 used as a proxy"));
        MaterialResult m = be.material("Co").orElseThrow();
        assertThat(m.irBasis()).isEqualTo(IrBasis.EU_PROXY);
        assertThat(m.euInputs()).isEqualTo("eol_rir; si_sr; supply_mode");
        assertThat(m.flags()).anyMatch(f -> f.contains("IR_BE missing: EU IR"));
        assertThat(be.provenance().parameters()).containsKeys("be_ir_rule", "be_eu_inputs");
    }

    @Test
    void ruleMissingLeavesTheSrMissingWithAnIssue() {
        CriticalityResult be = CriticalityCalculator.compute(cobalt(anyScopeRow(), BeIrRule.MISSING));
        StageResult p = be.stages().get(0);
        assertThat(p.sr()).isNaN();
        assertThat(p.ir()).isNaN(); // the EU IR is never taken unless the rule says so
        assertThat(p.irBasis()).isEqualTo(IrBasis.MISSING);
        assertThat(p.eolRir()).isEqualTo(0.2); // EOL-RIR and SI_SR are still the EU's
        assertThat(be.report().withCode("BE_IR_MISSING")).hasSize(1);
        assertThat(be.report().withCode("BE_IR_EU_PROXY")).isEmpty();
        assertThat(be.report().withCode("SR_INPUT_MISSING")).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("IR (IR_BE)"));
        assertThat(be.material("Co").orElseThrow().verdict()).isEqualTo(Verdict.UNDETERMINED);
    }

    @Test
    void irBeIsUsedWhenKnownAndTheTransitFallbackWinsWhenItIsNotPositive() {
        MaterialStage known = anyScopeRow().withScope(Scope.BE).withTrade(0, 100, 40, Double.NaN);
        StageResult p = CriticalityCalculator.compute(cobalt(known, BeIrRule.EU_IR)).stages().get(0);
        assertThat(p.ir()).isEqualTo(1.0); // (100 - 40) / (0 + 100 - 40)
        assertThat(p.irBasis()).isEqualTo(IrBasis.OWN);
        assertThat(p.sr()).isCloseTo((H_GS * 0.5 + H_BE * 0.5) * 0.8 * 0.9, offset(1e-12));

        MaterialStage hub = anyScopeRow().withScope(Scope.BE).withTrade(0, 100, 130, Double.NaN);
        for (BeIrRule rule : BeIrRule.values()) {
            CriticalityResult be = CriticalityCalculator.compute(cobalt(hub, rule));
            StageResult h = be.stages().get(0);
            assertThat(h.modeUsed()).as(rule.name()).isEqualTo(SupplyMode.EU);
            assertThat(h.irBasis()).isEqualTo(IrBasis.TRANSIT_SOURCING_ONLY);
            assertThat(h.sr()).isCloseTo(H_BE * 0.8 * 0.9, offset(1e-12));
            assertThat(be.report().withCode("BE_TRANSIT_FALLBACK")).hasSize(1);
            assertThat(be.report().withCode("BE_IR_EU_PROXY")).isEmpty();
        }
    }

    @Test
    void aBelgianRowOverridesTheEuRow() {
        MaterialStage be = MaterialStage.of("Co", Stage.P, 0.5, 0.4, 1.0, SupplyMode.GS_EU).withScope(Scope.BE);
        CriticalityResult r = CriticalityCalculator.compute(cobalt(be, BeIrRule.EU_IR));
        StageResult p = r.stages().get(0);
        assertThat(p.eolRir()).isEqualTo(0.4);
        assertThat(p.siSr()).isEqualTo(1.0);
        assertThat(p.ir()).isEqualTo(0.5);
        assertThat(p.irBasis()).isEqualTo(IrBasis.OWN);
        assertThat(p.euInputs()).isEmpty();
        assertThat(r.report().withCode("BE_EU_INPUTS")).isEmpty();
        // only what the Belgian row leaves empty is the EU's
        MaterialStage partial = MaterialStage.of("Co", Stage.P, Double.NaN, 0.4, Double.NaN, null).withScope(Scope.BE);
        StageResult q = CriticalityCalculator.compute(cobalt(partial, BeIrRule.EU_IR)).stages().get(0);
        assertThat(q.eolRir()).isEqualTo(0.4);
        assertThat(q.siSr()).isEqualTo(0.9);
        assertThat(q.euInputs()).isEqualTo("si_sr; supply_mode");
    }

    @Test
    void withoutBelgianSourcingTheGsOnlyFallbackNeedsNoIr() {
        CriticalityInput in = cobalt(anyScopeRow(), BeIrRule.EU_IR);
        List<SupplyShare> noBe = in.shares().stream().filter(s -> s.scope() != ShareScope.BE).toList();
        CriticalityResult be = CriticalityCalculator.compute(in.withShares(noBe));
        StageResult p = be.stages().get(0);
        assertThat(p.modeUsed()).isEqualTo(SupplyMode.GS);
        assertThat(p.sourcingBasis()).isEqualTo(SourcingBasis.GS_FALLBACK);
        assertThat(p.irBasis()).isEqualTo(IrBasis.NOT_USED);
        assertThat(p.sr()).isCloseTo(H_GS * 0.8 * 0.9, offset(1e-12));
        assertThat(be.report().withCode("SOURCING_MISSING")).hasSize(1);
        assertThat(be.report().withCode("BE_IR_EU_PROXY")).isEmpty();
        assertThat(be.report().withCode("BE_IR_MISSING")).isEmpty();
    }

    @Test
    void anEuOnlyModeTakenFromTheEuRowFallsBackToGlobalSupplyWithoutBelgianSourcing() {
        MaterialStage eu = MaterialStage.of("Co", Stage.P, 0, 0.2, 0.9, SupplyMode.EU).withScope(Scope.EU);
        CriticalityInput in = Fixtures.cobalt().withStages(List.of(anyScopeRow(), eu))
                .withOptions(CriticalityOptions.defaults().withScope(Scope.BE));
        StageResult withBe = CriticalityCalculator.compute(in).stages().get(0);
        assertThat(withBe.modeUsed()).isEqualTo(SupplyMode.EU); // the EU's mode, on Belgian sourcing
        assertThat(withBe.sr()).isCloseTo(H_BE * 0.8 * 0.9, offset(1e-12));
        assertThat(withBe.irBasis()).isEqualTo(IrBasis.NOT_USED);
        List<SupplyShare> noBe = in.shares().stream().filter(s -> s.scope() != ShareScope.BE).toList();
        StageResult gs = CriticalityCalculator.compute(in.withShares(noBe)).stages().get(0);
        assertThat(gs.modeUsed()).isEqualTo(SupplyMode.GS);
        assertThat(gs.sourcingBasis()).isEqualTo(SourcingBasis.GS_FALLBACK);
        assertThat(gs.note()).contains("EU supply mode 'EU only'");
        // a Belgian row that says "EU only" itself keeps its SR missing without Belgian sourcing (no fallback)
        MaterialStage own = MaterialStage.of("Co", Stage.P, Double.NaN, 0.2, 0.9, SupplyMode.EU).withScope(Scope.BE);
        StageResult none = CriticalityCalculator.compute(in.withShares(noBe).withStages(List.of(own, eu))).stages().get(0);
        assertThat(none.sr()).isNaN();
        assertThat(none.sourcingBasis()).isEqualTo(SourcingBasis.MISSING);
    }

    @Test
    void aStageWithOnlyAnEuRowIsAssessedForBelgiumFromIt() {
        MaterialStage eu = MaterialStage.of("Co", Stage.P, 0.8, 0.2, 0.9, SupplyMode.GS_EU).withScope(Scope.EU)
                .withLocation(Location.line("material_stage.csv", 7));
        CriticalityInput in = Fixtures.cobalt().withStages(List.of(eu)).withOptions(CriticalityOptions.defaults().withScope(Scope.BE));
        CriticalityResult be = CriticalityCalculator.compute(in);
        StageResult p = be.stages().get(0);
        assertThat(p.scope()).isEqualTo(Scope.BE);
        assertThat(p.irBasis()).isEqualTo(IrBasis.EU_PROXY);
        assertThat(p.sr()).isCloseTo((H_GS * 0.4 + H_BE * 0.6) * 0.8 * 0.9, offset(1e-12));
        assertThat(be.report().withCode("BE_EU_INPUTS")).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("no Belgian or any-scope row"));
        assertThat(be.report().withCode("NO_STAGE_DATA")).isEmpty();
    }

    @Test
    void anAnyScopeIrIsThePackagesAndLabelledSo() {
        MaterialStage any = MaterialStage.of("Co", Stage.P, 0.3, Double.NaN, Double.NaN, null);
        StageResult p = CriticalityCalculator.compute(cobalt(any, BeIrRule.EU_IR)).stages().get(0);
        assertThat(p.ir()).isEqualTo(0.3);
        assertThat(p.irBasis()).isEqualTo(IrBasis.ANY_SCOPE);
        assertThat(p.irBasis().label(Scope.BE)).isEqualTo("package (any scope)");
    }

    @Test
    void theEuRunIsUnchanged() {
        CriticalityInput in = cobalt(anyScopeRow(), BeIrRule.EU_IR);
        CriticalityResult eu = CriticalityCalculator.compute(in.withOptions(in.options().withScope(Scope.EU)));
        StageResult p = eu.stages().get(0);
        assertThat(p.ir()).isEqualTo(0.8);
        assertThat(p.irBasis()).isEqualTo(IrBasis.OWN);
        assertThat(p.irBasis().label(Scope.EU)).isEqualTo("EU");
        assertThat(p.euInputs()).isEmpty();
        assertThat(eu.report().withCode("BE_EU_INPUTS")).isEmpty();
    }

    /** The EU IR range travels with the proxy (as with the transit fallback EU_IR); the Belgian sourcing HHI is the Belgian one. */
    @Test
    void monteCarloDrawsTheEuIrRangeOfTheProxy() {
        MaterialStage eu = CriticalityUncertaintyRangesTest.borderline("B").withScope(Scope.EU).withIrRange(0.80, 0.90);
        MaterialStage be = MaterialStage.of("B", Stage.P, Double.NaN, Double.NaN, Double.NaN, null).withScope(Scope.BE)
                .withHhi(Double.NaN, 0.2);
        CriticalityInput in = CriticalityUncertaintyRangesTest.beInput(new ArrayList<>(List.of(eu, be)));
        CriticalityResult r = CriticalityCalculator.compute(in);
        StageResult st = r.stages().get(0);
        assertThat(st.euInputs()).isEqualTo("eol_rir; si_sr; supply_mode; hhi_gs");
        assertThat(st.ir()).isEqualTo(0.85);
        assertThat(st.sr()).isCloseTo(0.2 + 0.9 * 0.85, offset(1e-12));
        MaterialUncertainty m = CriticalityUncertainty.compute(in, UncertaintyOptions.of(2000, 5)).material("B").orElseThrow();
        assertThat(m.pCritical()).isCloseTo(2.0 / 3, within(0.05)); // SR = 0.2 + 0.9 IR >= 0.95 for IR in [0.833, 0.90]
        assertThat(m.srP05()).isGreaterThanOrEqualTo(0.2 + 0.9 * 0.80 - 1e-12);
        assertThat(m.srP95()).isLessThanOrEqualTo(0.2 + 0.9 * 0.90 + 1e-12);
        // under MISSING the stage has no SR, so every draw is undetermined
        MaterialUncertainty none = CriticalityUncertainty.compute(in.withOptions(in.options().withBeIrRule(BeIrRule.MISSING)),
                UncertaintyOptions.of(200, 5)).material("B").orElseThrow();
        assertThat(none.pCritical()).isNaN();
    }

    @Test
    void ruleParsesTheCliSpelling() {
        assertThat(BeIrRule.parse("eu-ir")).isEqualTo(BeIrRule.EU_IR);
        assertThat(BeIrRule.parse("MISSING")).isEqualTo(BeIrRule.MISSING);
        assertThat(CriticalityOptions.defaults().beIrRule()).isEqualTo(BeIrRule.EU_IR);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BeIrRule.parse("zero")).isInstanceOf(IllegalArgumentException.class);
    }
}
