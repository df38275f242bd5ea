package be.cambium.criticality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CriticalityUncertaintyTest {

    @Test
    void sameSeedSameResultAndIntervalsContainTheBase() {
        CriticalityInput in = Fixtures.cobalt();
        UncertaintyResult a = CriticalityUncertainty.compute(in, UncertaintyOptions.of(2000, 42));
        UncertaintyResult b = CriticalityUncertainty.compute(in, UncertaintyOptions.of(2000, 42));
        UncertaintyResult c = CriticalityUncertainty.compute(in, UncertaintyOptions.of(2000, 43));
        assertThat(a.materials()).isEqualTo(b.materials());
        assertThat(a.materials()).isNotEqualTo(c.materials());
        MaterialUncertainty m = a.material("Co").orElseThrow();
        double base = CriticalityCalculator.compute(in).material("Co").orElseThrow().sr();
        assertThat(m.srP05()).isLessThan(base);
        assertThat(m.srP95()).isGreaterThan(base);
        assertThat(m.pCritical()).isBetween(0.0, 1.0);
        // by hand: EOL-RIR +/- 0.05 moves SR by core x 0.9 x 0.1; WGI_CN +/- 0.3 by (0.4 x 0.36 + 0.6 x 0.0081) x 0.6 x 0.72
        StageResult p = CriticalityCalculator.compute(in).stages().get(0);
        double core = p.hhiGs() * 0.4 + p.hhiSourcing() * 0.6;
        assertThat(a.sensitivity()).filteredOn(s -> s.material().equals("Co") && s.rank() == 1).singleElement()
                .satisfies(s -> {
                    assertThat(s.input()).isEqualTo("eol_rir");
                    assertThat(s.swing()).isCloseTo(core * 0.9 * 0.1, org.assertj.core.data.Offset.offset(1e-12));
                });
        assertThat(a.sensitivity()).filteredOn(s -> s.input().equals("wgi:CN")).singleElement()
                .satisfies(s -> assertThat(s.swing()).isCloseTo((0.4 * 0.36 + 0.6 * 0.0081) * 0.6 * 0.72,
                        org.assertj.core.data.Offset.offset(1e-12)));
    }

    @Test
    void clearCasesAreCertain() {
        List<MaterialStage> st = List.of(
                MaterialStage.of("High", Stage.E, 1, 0, 1, SupplyMode.GS).withHhi(6, Double.NaN).withRanges(0, 0.1, 0.9, 1),
                MaterialStage.of("Low", Stage.E, 1, 0, 1, SupplyMode.GS).withHhi(0.2, Double.NaN).withRanges(0, 0.1, 0.9, 1));
        CriticalityInput in = CriticalityInput.ofStages(st)
                .withEi(List.of(EndUse.of("High", "a", 1, "C28"), EndUse.of("Low", "a", 1, "C28")),
                        List.of(ValueAdded.of(Scope.EU, "C28", 1, "MEUR")),
                        List.of(new SubstitutionIndex("High", 0.9, 0.8, 1.0, be.cambium.validate.Location.none()), SubstitutionIndex.of("Low", 1)));
        UncertaintyResult u = CriticalityUncertainty.compute(in, UncertaintyOptions.of(500, 1));
        assertThat(u.material("High").orElseThrow().pCritical()).isEqualTo(1.0);
        assertThat(u.material("Low").orElseThrow().pCritical()).isEqualTo(0.0);
        MaterialUncertainty h = u.material("High").orElseThrow();
        assertThat(h.srP05()).isGreaterThanOrEqualTo(6 * 0.9 * 0.9 - 1e-9);
        assertThat(h.srP95()).isLessThanOrEqualTo(6.0);
        assertThat(h.eiP05()).isGreaterThanOrEqualTo(8.0 - 1e-9);
    }

    @Test
    void gammaHasTheRightMean() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        for (double a : new double[] {0.05, 0.7, 3.0}) {
            double s = 0;
            int n = 20000;
            for (int i = 0; i < n; i++) {
                s += CriticalityUncertainty.gamma(a, r);
            }
            assertThat(s / n).isCloseTo(a, org.assertj.core.data.Offset.offset(4 * Math.sqrt(a / n) + 1e-3));
        }
    }
}
