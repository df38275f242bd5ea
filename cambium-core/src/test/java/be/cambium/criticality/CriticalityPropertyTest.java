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

    /**
     * SR of a stage is multilinear in (HHI_GS, HHI_sourcing, IR, EOL-RIR, SI_SR), and the material's SR is the larger
     * stage SR, so over the box of the given ranges SR lies between its values at the box's corners: the Monte Carlo
     * quantiles must too, and a verdict that holds at every corner holds in every draw.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("fewSeeds")
    void monteCarloQuantilesWithinTheSrAtTheCornersOfTheRanges(long seed) {
        SplittableRandom r = new SplittableRandom(seed ^ 0x5EEDL);
        int nStages = r.nextInt(1, 3);
        List<double[]> values = new ArrayList<>(); // per stage: hhiGs, hhiSrc, ir, eol, si
        List<double[][]> ranges = new ArrayList<>(); // per stage and input: {min, max} or null
        List<SupplyMode> modes = new ArrayList<>();
        double[] max = {9, 9, 1, 1, 1};
        double[] half = {0.5, 0.5, 0.1, 0.05, 0.1};
        for (int k = 0; k < nStages; k++) {
            double[] v = {r.nextDouble(0, 9), r.nextDouble(0, 9), r.nextDouble(), r.nextDouble(0, 0.5), r.nextDouble(0.7, 1)};
            double[][] rg = new double[5][];
            for (int i = 0; i < 5; i++) {
                if (r.nextDouble() < 0.7) {
                    rg[i] = new double[] {Math.max(0, v[i] - r.nextDouble(half[i])), Math.min(max[i], v[i] + r.nextDouble(half[i]))};
                }
            }
            values.add(v);
            ranges.add(rg);
            modes.add(SupplyMode.values()[r.nextInt(SupplyMode.values().length)]);
        }
        UncertaintyResult u = CriticalityUncertainty.compute(rangesInput(values, ranges, modes, null), UncertaintyOptions.of(400, seed));
        assertThat(u.report().hasErrors()).as(u.report().toString()).isFalse();
        // the corners: every combination of the ends of the given ranges
        List<int[]> ranged = new ArrayList<>();
        for (int k = 0; k < nStages; k++) {
            for (int i = 0; i < 5; i++) {
                if (ranges.get(k)[i] != null) {
                    ranged.add(new int[] {k, i});
                }
            }
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int corner = 0; corner < 1 << ranged.size(); corner++) {
            List<double[]> at = new ArrayList<>();
            for (double[] v : values) {
                at.add(v.clone());
            }
            for (int j = 0; j < ranged.size(); j++) {
                int[] ki = ranged.get(j);
                at.get(ki[0])[ki[1]] = ranges.get(ki[0])[ki[1]][(corner >> j) & 1];
            }
            double sr = CriticalityCalculator.compute(rangesInput(at, ranges, modes, at)).material("M").orElseThrow().sr();
            lo = Math.min(lo, sr);
            hi = Math.max(hi, sr);
        }
        MaterialUncertainty m = u.material("M").orElseThrow();
        assertThat(m.srP05()).isGreaterThanOrEqualTo(lo - 1e-12);
        assertThat(m.srP05()).isLessThanOrEqualTo(m.srP50());
        assertThat(m.srP50()).isLessThanOrEqualTo(m.srP95());
        assertThat(m.srP95()).isLessThanOrEqualTo(hi + 1e-12);
        CriticalityOptions o = CriticalityOptions.defaults();
        if (o.classify(lo, 5) == Verdict.CRITICAL) {
            assertThat(m.pCritical()).isEqualTo(1.0);
        }
        if (o.classify(hi, 5) == Verdict.NOT_CRITICAL) {
            assertThat(m.pCritical()).isEqualTo(0.0);
        }
    }

    /** Material M with pre-aggregated inputs (EI published 5); {@code fixed} non-null: no ranges, those values. */
    private static CriticalityInput rangesInput(List<double[]> values, List<double[][]> ranges, List<SupplyMode> modes,
                                                @org.jspecify.annotations.Nullable List<double[]> fixed) {
        List<MaterialStage> stages = new ArrayList<>();
        for (int k = 0; k < values.size(); k++) {
            double[] v = values.get(k);
            MaterialStage st = MaterialStage.of("M", Stage.values()[k], v[2], v[3], v[4], modes.get(k)).withHhi(v[0], v[1]);
            if (fixed == null) {
                double[][] g = ranges.get(k);
                double n = Double.NaN;
                st = st.withHhiRanges(g[0] == null ? n : g[0][0], g[0] == null ? n : g[0][1], g[1] == null ? n : g[1][0],
                                g[1] == null ? n : g[1][1])
                        .withIrRange(g[2] == null ? n : g[2][0], g[2] == null ? n : g[2][1])
                        .withRanges(g[3] == null ? n : g[3][0], g[3] == null ? n : g[3][1], g[4] == null ? n : g[4][0],
                                g[4] == null ? n : g[4][1]);
            }
            stages.add(st);
        }
        return CriticalityInput.ofStages(stages).withEi(List.of(), List.of(),
                List.of(new SubstitutionIndex("M", 1, Double.NaN, Double.NaN, 5.0, Location.none())));
    }
}
