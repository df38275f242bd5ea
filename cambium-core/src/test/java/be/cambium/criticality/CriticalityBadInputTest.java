package be.cambium.criticality;

import static be.cambium.criticality.Fixtures.share;
import static org.assertj.core.api.Assertions.assertThat;

import be.cambium.validate.Issue;
import be.cambium.validate.Location;
import be.cambium.validate.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad inputs become located issues and missing results, never a silent zero. */
class CriticalityBadInputTest {

    @Test
    void shareOverOneIsAnErrorAndTheHhiIsNotComputed() {
        CriticalityInput in = Fixtures.cobalt();
        List<SupplyShare> s = new ArrayList<>(in.shares());
        s.set(0, share("Co", Stage.P, ShareScope.GS, "CN", 1.6, 1.0, 2));
        CriticalityResult r = CriticalityCalculator.compute(in.withShares(s));
        Issue i = r.report().withCode("SHARE_OUT_OF_RANGE").get(0);
        assertThat(i.severity()).isEqualTo(Severity.ERROR);
        assertThat(i.location().toString()).isEqualTo("supply_shares.csv:2");
        assertThat(r.stages().get(0).hhiGs()).isNaN();
        assertThat(r.material("Co").orElseThrow().sr()).isNaN();
        assertThat(r.material("Co").orElseThrow().verdict()).isEqualTo(Verdict.UNDETERMINED);
    }

    @Test
    void sharesSummingOverOneAreAnError() {
        CriticalityInput in = Fixtures.cobalt();
        List<SupplyShare> s = new ArrayList<>(in.shares());
        s.set(0, share("Co", Stage.P, ShareScope.GS, "CN", 0.70, 1.0, 2));
        CriticalityResult r = CriticalityCalculator.compute(in.withShares(s));
        assertThat(r.report().withCode("SHARE_SUM_HIGH")).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("1.100"));
        assertThat(r.material("Co").orElseThrow().sr()).isNaN();
    }

    @Test
    void missingWgiUsesTheStatedDefaultAndSaysSo() {
        CriticalityInput in = Fixtures.cobalt();
        List<WgiRecord> w = in.wgi().stream().filter(x -> !x.country().equals("CA")).toList();
        CriticalityResult r = CriticalityCalculator.compute(in.withWgi(w));
        assertThat(r.report().withCode("WGI_MISSING_DEFAULT")).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.WARNING);
            assertThat(i.location().toString()).isEqualTo("supply_shares.csv:5");
            assertThat(i.message()).contains("CA").contains("5.0");
        });
        assertThat(r.contributions()).filteredOn(c -> c.country().equals("CA")).singleElement()
                .satisfies(c -> {
                    assertThat(c.wgiDefaulted()).isTrue();
                    assertThat(c.wgi()).isEqualTo(5.0);
                });
        assertThat(r.provenance().parameters()).containsEntry("wgi_missing_default", "5.0");
    }

    @Test
    void materialWithNoStageDataIsReported() {
        CriticalityInput in = Fixtures.cobalt();
        List<SupplyShare> s = new ArrayList<>(in.shares());
        s.add(share("Ga", Stage.P, ShareScope.GS, "CN", 0.94, 1.0, 40));
        CriticalityResult r = CriticalityCalculator.compute(in.withShares(s));
        assertThat(r.report().withCode("NO_STAGE_DATA")).singleElement()
                .satisfies(i -> assertThat(i.location().toString()).isEqualTo("supply_shares.csv:40"));
        MaterialResult ga = r.material("Ga").orElseThrow();
        assertThat(ga.sr()).isNaN();
        assertThat(ga.verdict()).isEqualTo(Verdict.UNDETERMINED);
    }

    @Test
    void negativeIrInputsAreAnError() {
        CriticalityInput in = Fixtures.cobalt();
        List<MaterialStage> st = new ArrayList<>(in.stages());
        st.set(0, st.get(0).withIr(Double.NaN).withTrade(100, -5, 10, Double.NaN).withLocation(Location.line("material_stage.csv", 2)));
        CriticalityResult r = CriticalityCalculator.compute(in.withStages(st));
        assertThat(r.report().withCode("IR_INPUT_NEGATIVE")).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.ERROR);
            assertThat(i.location().toString()).isEqualTo("material_stage.csv:2");
        });
        assertThat(r.material("Co").orElseThrow().sr()).isNaN();
    }

    @Test
    void negativeIrIsClampedToZeroWithAnIssue() {
        CriticalityInput in = Fixtures.cobalt();
        List<MaterialStage> st = new ArrayList<>(in.stages());
        st.set(0, st.get(0).withIr(-0.3).withLocation(Location.line("material_stage.csv", 2)));
        CriticalityResult r = CriticalityCalculator.compute(in.withStages(st));
        assertThat(r.report().withCode("IR_CLAMPED")).singleElement()
                .satisfies(i -> assertThat(i.location().toString()).isEqualTo("material_stage.csv:2"));
        StageResult p = r.stages().get(0);
        assertThat(p.irInput()).isEqualTo(-0.3);
        assertThat(p.ir()).isZero();
        assertThat(p.sr()).isEqualTo(p.hhiSourcing() * 0.8 * 0.9);
    }

    @Test
    void missingEolRirLeavesSrMissing() {
        MaterialStage s = MaterialStage.of("X", Stage.E, 0.5, Double.NaN, 1.0, SupplyMode.GS_EU).withHhi(2, 1);
        CriticalityResult r = CriticalityCalculator.compute(CriticalityInput.ofStages(List.of(s)));
        assertThat(r.material("X").orElseThrow().sr()).isNaN();
        assertThat(r.report().withCode("SR_INPUT_MISSING")).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("EOL_RIR"));
    }

    @Test
    void magnesiumDoubleCountedEndUseIsAnError() {
        // the 2023 transcription repeats "Construction 13 %" for magnesium (sum 113 %)
        List<EndUse> uses = List.of(EndUse.of("Mg", "desulphurisation", 0.12, "C24"), EndUse.of("Mg", "construction", 0.13, "C25"),
                EndUse.of("Mg", "construction", 0.13, "C25"), EndUse.of("Mg", "packaging", 0.23, "C25"),
                EndUse.of("Mg", "automotive", 0.48, "C29"), EndUse.of("Mg", "other transport", 0.04, "C30"));
        CriticalityInput in = CriticalityInput.ofStages(List.of(MaterialStage.of("Mg", Stage.P, 1, 0, 1, SupplyMode.GS).withHhi(5, Double.NaN)))
                .withEi(uses, List.of(ValueAdded.of(Scope.EU, "C24", 64561, "MEUR"), ValueAdded.of(Scope.EU, "C25", 163568, "MEUR"),
                        ValueAdded.of(Scope.EU, "C29", 194448, "MEUR"), ValueAdded.of(Scope.EU, "C30", 55777, "MEUR")), List.of());
        CriticalityResult r = CriticalityCalculator.compute(in);
        assertThat(r.report().withCode("SHARE_SUM_HIGH")).hasSize(1);
        assertThat(r.material("Mg").orElseThrow().ei()).isNaN();
    }
}
