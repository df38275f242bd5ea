package be.cambium.criticality;

import static org.assertj.core.api.Assertions.assertThat;

import be.cambium.validate.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of the criticality engine over seeded random cases (JUnit parameterized tests, as the build
 * has no jqwik; replay a failure with its seed).
 */
class CriticalityPropertyTest {

    static LongStream seeds() {
        return LongStream.range(0, 150).map(i -> 0xC21_0000L + i);
    }

    static LongStream fewSeeds() {
        return LongStream.range(0, 25).map(i -> 0xC22_0000L + i);
    }

    static CriticalityInput fromWeights(double[] weights, double[] wgis, double ir, double eol, double si) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        List<SupplyShare> shares = new ArrayList<>();
        List<WgiRecord> w = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            String c = "C" + i;
            shares.add(new SupplyShare("M", Stage.E, ShareScope.GS, c, weights[i] / total, 1.0, false, "", Location.none()));
            shares.add(new SupplyShare("M", Stage.E, ShareScope.EU, c, weights[i] / total, 1.0, false, "", Location.none()));
            w.add(WgiRecord.scaled(c, 2022, wgis[i], Double.NaN, Location.none()));
        }
        return CriticalityInput.ofStages(List.of(MaterialStage.of("M", Stage.E, ir, eol, si, SupplyMode.GS_EU)))
                .withShares(shares).withWgi(w);
    }

    static double[] randoms(SplittableRandom r, int n, double lo, double hi) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = r.nextDouble(lo, hi);
        }
        return a;
    }

    /** HHI_WGI,t with t = 1 lies in [0, max WGI]; the plain HHI in [1/n, 1]; no issue for valid shares. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void hhiWithinBounds(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = r.nextInt(1, 31);
        double[] weights = randoms(r, n, 0.01, 1);
        double[] wgis = randoms(r, n, 0, 10);
        CriticalityResult res = CriticalityCalculator.compute(fromWeights(weights, wgis, 0.5, 0, 1));
        double h = res.stages().get(0).hhiGs();
        double max = java.util.Arrays.stream(wgis).max().orElseThrow();
        double min = java.util.Arrays.stream(wgis).min().orElseThrow();
        assertThat(h).isBetween(min / n - 1e-9, max + 1e-9);
        double plain = res.contributions().stream().filter(c -> c.shareScope() == ShareScope.GS).mapToDouble(c -> c.share() * c.share()).sum();
        assertThat(plain).isBetween(1.0 / n - 1e-9, 1.0 + 1e-9);
        assertThat(res.report().hasErrors()).isFalse();
    }

    /** SR rises with IR when global supply is the more concentrated, falls otherwise, and stays between the two HHIs. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void srMonotoneInIr(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double hGs = r.nextDouble(0, 10);
        double hEu = r.nextDouble(0, 10);
        double ir1 = r.nextDouble(-0.5, 1.5);
        double ir2 = r.nextDouble(-0.5, 1.5);
        double eol = r.nextDouble(0, 1);
        double a = sr(hGs, hEu, Math.min(ir1, ir2), eol);
        double b = sr(hGs, hEu, Math.max(ir1, ir2), eol);
        if (hGs >= hEu) {
            assertThat(b).isGreaterThanOrEqualTo(a - 1e-12);
        } else {
            assertThat(b).isLessThanOrEqualTo(a + 1e-12);
        }
        assertThat(a).isBetween(Math.min(hGs, hEu) * (1 - eol) - 1e-12, Math.max(hGs, hEu) * (1 - eol) + 1e-12);
    }

    static double sr(double hGs, double hEu, double ir, double eol) {
        MaterialStage s = MaterialStage.of("M", Stage.E, ir, eol, 1.0, SupplyMode.GS_EU).withHhi(hGs, hEu);
        return CriticalityCalculator.compute(CriticalityInput.ofStages(List.of(s))).material("M").orElseThrow().sr();
    }

    /** SR falls with EOL-RIR and rises with SI_SR; EI is proportional to SI_EI. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void srMonotoneInRecyclingAndSubstitution(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double hGs = r.nextDouble(0, 10);
        double hEu = r.nextDouble(0, 10);
        double ir = r.nextDouble(0, 1);
        double e1 = r.nextDouble(0, 1);
        double e2 = r.nextDouble(0, 1);
        assertThat(sr(hGs, hEu, ir, Math.max(e1, e2))).isLessThanOrEqualTo(sr(hGs, hEu, ir, Math.min(e1, e2)) + 1e-12);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void bottleneckIsTheHigherStage(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double e = r.nextDouble(0, 10);
        double p = r.nextDouble(0, 10);
        List<MaterialStage> st = List.of(MaterialStage.of("M", Stage.E, 1, 0, 1, SupplyMode.GS).withHhi(e, Double.NaN),
                MaterialStage.of("M", Stage.P, 1, 0, 1, SupplyMode.GS).withHhi(p, Double.NaN));
        MaterialResult m = CriticalityCalculator.compute(CriticalityInput.ofStages(st)).material("M").orElseThrow();
        assertThat(m.sr()).isEqualTo(Math.max(e, p));
        assertThat(m.bottleneck()).isEqualTo(p > e ? Stage.P : Stage.E);
    }

    /** The Monte Carlo is reproducible for a seed, its quantiles are ordered and bounded. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("fewSeeds")
    void monteCarloReproducibleAndBounded(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = r.nextInt(1, 9);
        double[] wgis = new double[n];
        for (int i = 0; i < n; i++) {
            wgis[i] = i % 2 == 0 ? 3.0 : 6.0;
        }
        CriticalityInput in = fromWeights(randoms(r, n, 0.01, 1), wgis, 0.7, 0.1, 0.9).withEi(
                List.of(EndUse.of("M", "a", 1, "C28")), List.of(ValueAdded.of(Scope.EU, "C28", 1, "MEUR")),
                List.of(SubstitutionIndex.of("M", 0.4)));
        UncertaintyResult a = CriticalityUncertainty.compute(in, UncertaintyOptions.of(200, seed));
        UncertaintyResult b = CriticalityUncertainty.compute(in, UncertaintyOptions.of(200, seed));
        assertThat(a.materials()).isEqualTo(b.materials());
        MaterialUncertainty m = a.material("M").orElseThrow();
        assertThat(m.srP05()).isLessThanOrEqualTo(m.srP50());
        assertThat(m.srP50()).isLessThanOrEqualTo(m.srP95());
        assertThat(m.srP95()).isLessThanOrEqualTo(6.0 * 0.9 * 0.9 + 1e-9);
        assertThat(m.pCritical()).isBetween(0.0, 1.0);
        assertThat(m.eiP05()).isEqualTo(4.0); // SI_EI has no range: EI is fixed at 10 x 0.4
    }
}
