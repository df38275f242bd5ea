package be.cambium.criticality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sensitivity "Belgian structure, EU scale" (MaterialResult.eiBeEuScale, CAMBIUM's own, not an official method):
 * 10 x Sum A_s x (Q_s,BE / Sum Q_BE) x (Sum Q_EU / max Q_EU) x SI_EI over the divisions in both scopes.
 */
class EiBeEuScaleTest {

    private static final List<ValueAdded> EU = List.of(ValueAdded.of(Scope.EU, "C10", 150, "MEUR"),
            ValueAdded.of(Scope.EU, "C26", 100, "MEUR"), ValueAdded.of(Scope.EU, "C27", 50, "MEUR"),
            ValueAdded.of(Scope.EU, "C28", 200, "MEUR"));
    private static final List<ValueAdded> BE = List.of(ValueAdded.of(Scope.BE, "C26", 30, "MUSD"),
            ValueAdded.of(Scope.BE, "C27", 10, "MUSD"), ValueAdded.of(Scope.BE, "C28", 20, "MUSD"));
    private static final List<EndUse> USES = List.of(EndUse.of("X", "chips", 0.5, "C26"), EndUse.of("X", "motors", 0.5, "C27"),
            EndUse.of("Y", "machines", 0.6, "C28"), EndUse.of("Y", "food", 0.4, "C10"));

    private static CriticalityInput input(List<ValueAdded> va, Scope scope, UnallocatedRule rule) {
        List<MaterialStage> stages = List.of(MaterialStage.of("X", Stage.P, 0.0, 0.0, 1.0, SupplyMode.GS).withHhi(2, Double.NaN),
                MaterialStage.of("Y", Stage.P, 0.0, 0.0, 1.0, SupplyMode.GS).withHhi(2, Double.NaN));
        return CriticalityInput.ofStages(stages)
                .withEi(USES, va, List.of(SubstitutionIndex.of("X", 1.0), SubstitutionIndex.of("Y", 0.5)))
                .withGroups(List.of(GroupMember.of("XY", "X"), GroupMember.of("XY", "Y")))
                .withOptions(CriticalityOptions.defaults().withScope(scope).withUnallocatedRule(rule));
    }

    private static List<ValueAdded> concat(List<ValueAdded> a, List<ValueAdded> b) {
        List<ValueAdded> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    @Test
    void handComputedTwoMaterials() {
        CriticalityResult r = CriticalityCalculator.compute(input(concat(EU, BE), Scope.BE, UnallocatedRule.LEAVE_OUT));
        // common divisions C26, C27, C28 (C10 has no Belgian value): Sum Q_EU 350, max Q_EU 200, Sum Q_BE 60
        MaterialResult x = r.material("X").orElseThrow();
        assertThat(x.eiBeEuScale()).isCloseTo(10 * (0.5 * 30 + 0.5 * 10) / 60.0 * 350 / 200.0, offset(1e-12)); // 5.8333
        assertThat(x.ei()).isCloseTo(10 * (0.5 * 30 + 0.5 * 10) / 30.0, offset(1e-12)); // the design's Belgian EI is unchanged
        MaterialResult y = r.material("Y").orElseThrow();
        assertThat(y.eiBeEuScale()).isCloseTo(10 * 0.6 * 20 / 60.0 * 350 / 200.0 * 0.5, offset(1e-12)); // 1.75, C10 unallocated
        assertThat(r.material("XY").orElseThrow().eiBeEuScale()).isCloseTo((x.eiBeEuScale() + y.eiBeEuScale()) / 2, offset(1e-12));
        assertThat(r.provenance().parameters()).containsEntry("ei_be_eu_scale_divisions", "C26 C27 C28")
                .containsEntry("ei_be_eu_scale_eu_coverage", "0.7000");
        assertThat(r.report().withCode("EI_BE_EU_SCALE")).hasSize(1);

        MaterialResult yr = CriticalityCalculator.compute(input(concat(EU, BE), Scope.BE, UnallocatedRule.RENORMALISE))
                .material("Y").orElseThrow();
        assertThat(yr.eiBeEuScale()).isCloseTo(10 * 20 / 60.0 * 350 / 200.0 * 0.5, offset(1e-12));
    }

    @Test
    void emptyForEuRunsAndWithoutEuValueAdded() {
        CriticalityResult eu = CriticalityCalculator.compute(input(concat(EU, BE), Scope.EU, UnallocatedRule.LEAVE_OUT));
        assertThat(eu.materials()).allSatisfy(m -> assertThat(m.eiBeEuScale()).isNaN());
        assertThat(eu.provenance().parameters()).doesNotContainKey("ei_be_eu_scale_divisions");
        CriticalityResult beOnly = CriticalityCalculator.compute(input(BE, Scope.BE, UnallocatedRule.LEAVE_OUT));
        assertThat(beOnly.materials()).allSatisfy(m -> assertThat(m.eiBeEuScale()).isNaN());
        assertThat(beOnly.material("X").orElseThrow().ei()).isFinite();
        assertThat(beOnly.report().withCode("EI_BE_EU_SCALE_NOT_COMPUTED")).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"LEAVE_OUT", "RENORMALISE"})
    void identicalValueAddedGivesTheEuEi(String rule) {
        UnallocatedRule u = UnallocatedRule.valueOf(rule);
        List<ValueAdded> asBe = EU.stream().map(v -> ValueAdded.of(Scope.BE, v.nace(), v.value(), v.unit())).toList();
        CriticalityResult eu = CriticalityCalculator.compute(input(concat(EU, asBe), Scope.EU, u));
        CriticalityResult be = CriticalityCalculator.compute(input(concat(EU, asBe), Scope.BE, u));
        for (String m : List.of("X", "Y", "XY")) {
            assertThat(be.material(m).orElseThrow().eiBeEuScale()).as(m).isCloseTo(eu.material(m).orElseThrow().ei(), offset(1e-12));
        }
    }

    @ParameterizedTest(name = "Belgian values x {0}")
    @ValueSource(doubles = {1e-3, 0.917, 1.0, 3.5, 1e4})
    void scalingBelgianValuesLeavesItUnchanged(double k) {
        List<ValueAdded> scaled = BE.stream().map(v -> ValueAdded.of(Scope.BE, v.nace(), v.value() * k, "OTHER")).toList();
        CriticalityResult a = CriticalityCalculator.compute(input(concat(EU, BE), Scope.BE, UnallocatedRule.LEAVE_OUT));
        CriticalityResult b = CriticalityCalculator.compute(input(concat(EU, scaled), Scope.BE, UnallocatedRule.LEAVE_OUT));
        for (String m : List.of("X", "Y", "XY")) {
            double want = a.material(m).orElseThrow().eiBeEuScale();
            assertThat(b.material(m).orElseThrow().eiBeEuScale()).as(m).isCloseTo(want, offset(1e-12 * want));
        }
    }
}
