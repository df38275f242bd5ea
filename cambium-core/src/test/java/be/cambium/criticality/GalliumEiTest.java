package be.cambium.criticality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * EI arithmetic on the gallium 2023 figures of the reference page section 4.2 (end uses from CRM study 2023
 * Appendix 6; value added C26 77,000, C27 89,422, max C28 204,200 MEUR). The reference test reading the
 * published table itself is {@code be.cambium.io.criticality.EuCrm2023ReferenceTest}.
 */
class GalliumEiTest {

    static CriticalityInput gallium(List<EndUse> uses) {
        List<ValueAdded> va = List.of(ValueAdded.of(Scope.EU, "C26", 77000, "MEUR"), ValueAdded.of(Scope.EU, "C27", 89422, "MEUR"),
                ValueAdded.of(Scope.EU, "C28", 204200, "MEUR"));
        return CriticalityInput.ofStages(List.of(MaterialStage.of("Gallium", Stage.P, 1.0, 0.0, 1.0, SupplyMode.GS).withHhi(5, Double.NaN)))
                .withEi(uses, va, List.of(SubstitutionIndex.of("Gallium", 1.0)));
    }

    @Test
    void unsubstitutedEiIs392() {
        CriticalityResult r = CriticalityCalculator.compute(gallium(List.of(EndUse.of("Gallium", "CIGS", 0.05, "C26"),
                EndUse.of("Gallium", "Integrated circuits", 0.70, "C26"), EndUse.of("Gallium", "Lighting", 0.25, "C27"))));
        MaterialResult g = r.material("Gallium").orElseThrow();
        assertThat(g.eiUnsubstituted()).isCloseTo(3.9229, offset(1e-4));
        assertThat(Math.round(g.ei() * 100) / 100.0).isEqualTo(3.92);
        assertThat(g.unallocatedShare()).isCloseTo(0, offset(1e-12));
        assertThat(r.eiContributions()).hasSize(3);
    }

    @Test
    void unallocatedRuleIsSwitchable() {
        List<EndUse> uses = List.of(EndUse.of("Gallium", "Integrated circuits", 0.75, "C26"), EndUse.of("Gallium", "Other", 0.25, ""));
        CriticalityInput in = gallium(uses);
        MaterialResult leave = CriticalityCalculator.compute(in).material("Gallium").orElseThrow();
        MaterialResult renorm = CriticalityCalculator.compute(in.withOptions(in.options().withUnallocatedRule(UnallocatedRule.RENORMALISE)))
                .material("Gallium").orElseThrow();
        assertThat(leave.unallocatedShare()).isCloseTo(0.25, offset(1e-12));
        assertThat(leave.ei()).isCloseTo(10 * 0.75 * 77000 / 204200, offset(1e-9));
        assertThat(renorm.ei()).isCloseTo(10 * 77000 / 204200.0, offset(1e-9));
        assertThat(CriticalityCalculator.compute(in).report().withCode("UNALLOCATED_END_USE")).hasSize(1);
    }
}
