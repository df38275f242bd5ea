package be.cambium.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import be.cambium.linalg.DenseMatrix;
import be.cambium.linalg.JavaLuSolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Aggregation by concordance on seeded random systems (seed in the display name, to replay a failure):
 * totals of x, Z, Y, F, F_Y and the global footprint are preserved for any many-to-one map; D_cba per
 * aggregated region equals the sum of the disaggregated D_cba when the aggregation is consistent (a region
 * split into proportional copies with the same input structure and intensities, then merged back).
 */
class IoAggregationPropertyTest {

    static Stream<Long> seeds() {
        return LongStream.range(0, 12).map(i -> 0x5EEDL * 31 + i).boxed();
    }

    static IoSystem random(SplittableRandom rnd, int regions, int sectors, int cats) {
        List<String> rs = new ArrayList<>();
        for (int r = 0; r < regions; r++) {
            rs.add("R" + r);
        }
        List<String> ss = new ArrayList<>();
        for (int s = 0; s < sectors; s++) {
            ss.add("s" + s);
        }
        List<String> cs = new ArrayList<>();
        for (int c = 0; c < cats; c++) {
            cs.add("c" + c);
        }
        LabelIndex si = LabelIndex.product("sector", rs, ss);
        LabelIndex ci = LabelIndex.product("category", rs, cs);
        int n = si.size();
        int m = ci.size();
        double[][] z = new double[n][n];
        double[][] y = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                z[i][j] = rnd.nextDouble() < 0.7 ? rnd.nextDouble(0, 10) : 0;
            }
            for (int c = 0; c < m; c++) {
                y[i][c] = rnd.nextDouble(1, 50);
            }
        }
        double[][] f = new double[2][n];
        double[][] fy = new double[2][m];
        for (int k = 0; k < 2; k++) {
            for (int j = 0; j < n; j++) {
                f[k][j] = rnd.nextDouble(0, 100);
            }
            for (int c = 0; c < m; c++) {
                fy[k][c] = rnd.nextDouble(0, 5);
            }
        }
        return IoSystem.fromFlows(si, ci, DenseMatrix.of(z), DenseMatrix.of(y), null, "M.EUR")
                .withExtension(Extension.of("material", List.of("m1", "m2"), List.of("kt", "kt"), DenseMatrix.of(f), DenseMatrix.of(fy)));
    }

    static double sum(DenseMatrix a) {
        double s = 0;
        for (double v : a.toColumnMajor()) {
            s += v;
        }
        return s;
    }

    static double sum(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s;
    }

    static ExtensionAccounts accounts(IoSystem s) {
        return FootprintCalculator.compute(FootprintInput.of(s, new JavaLuSolver())).accounts("material");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void totalsPreservedForAnyManyToOneMap(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        IoSystem s = random(rnd, 4, 3, 2);
        Map<String, String> reg = Map.of("R0", "A", "R1", "B", "R2", "A", "R3", rnd.nextBoolean() ? "A" : "C");
        Map<String, String> sec = Map.of("s0", "x", "s1", "y", "s2", "x");
        Map<String, String> cat = rnd.nextBoolean() ? Map.of("c0", "all", "c1", "all") : Map.of();
        IoSystem a = IoAggregation.aggregate(s, reg, sec, cat);
        assertThat(a.sectors().items()).containsExactly("x", "y");
        assertThat(a.sectors().size()).isEqualTo(a.sectors().regions().size() * 2);
        double tol = 1e-9 * sum(s.output());
        assertThat(sum(a.output())).isCloseTo(sum(s.output()), offset(tol));
        assertThat(sum(a.flows())).isCloseTo(sum(s.flows()), offset(tol));
        assertThat(sum(a.finalDemand())).isCloseTo(sum(s.finalDemand()), offset(tol));
        Extension e = s.extension("material");
        Extension ea = a.extension("material");
        for (int k = 0; k < 2; k++) {
            assertThat(sum(ea.stressorsOfProduction().row(k))).isCloseTo(sum(e.stressorsOfProduction().row(k)), offset(1e-9));
            assertThat(sum(ea.stressorsOfFinalDemand().row(k))).isCloseTo(sum(e.stressorsOfFinalDemand().row(k)), offset(1e-9));
        }
        // x of the aggregate still equals Z 1 + Y 1, and the world footprint equals world F + F_Y
        assertThat(a.report().issues()).noneMatch(i -> i.code().equals("OUTPUT_IDENTITY"));
        assertThat(sum(accounts(a).byRegion("D_cba"))).isCloseTo(sum(accounts(s).byRegion("D_cba")), offset(1e-7));
        // D_pba per aggregated region is exactly the sum of D_pba of its members (no model involved)
        DenseMatrix pba = accounts(s).byRegion("D_pba");
        DenseMatrix pbaA = accounts(a).byRegion("D_pba");
        List<String> ra = accounts(a).regions();
        List<String> ro = accounts(s).regions();
        for (int k = 0; k < 2; k++) {
            for (int g = 0; g < ra.size(); g++) {
                double expect = 0;
                for (int r = 0; r < ro.size(); r++) {
                    if (reg.get(ro.get(r)).equals(ra.get(g))) {
                        expect += pba.get(k, r);
                    }
                }
                assertThat(pbaA.get(k, g)).isCloseTo(expect, offset(1e-9 * Math.max(1, expect)));
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void consistentAggregationKeepsConsumptionFootprints(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        IoSystem base = random(rnd, 3, 2, 2);
        double alpha = rnd.nextDouble(0.1, 0.9);
        // split region R2 into proportional copies R2 (alpha) and R2b (1 - alpha): rows, columns, Y and F scaled
        LabelIndex bs = base.sectors();
        LabelIndex bc = base.finalDemandCategories();
        List<Label> sl = new ArrayList<>(bs.labels());
        List<Label> cl = new ArrayList<>(bc.labels());
        int[] srcS = new int[bs.size() + 2];
        double[] wS = new double[bs.size() + 2];
        for (int i = 0; i < bs.size(); i++) {
            srcS[i] = i;
            wS[i] = bs.label(i).region().equals("R2") ? alpha : 1;
        }
        for (int t = 0; t < 2; t++) {
            int i = bs.indexOf(Label.of("R2", "s" + t));
            sl.add(Label.of("R2b", "s" + t));
            srcS[bs.size() + t] = i;
            wS[bs.size() + t] = 1 - alpha;
        }
        int[] srcC = new int[bc.size() + 2];
        double[] wC = new double[bc.size() + 2];
        for (int c = 0; c < bc.size(); c++) {
            srcC[c] = c;
            wC[c] = bc.label(c).region().equals("R2") ? alpha : 1;
        }
        for (int t = 0; t < 2; t++) {
            int c = bc.indexOf(Label.of("R2", "c" + t));
            cl.add(Label.of("R2b", "c" + t));
            srcC[bc.size() + t] = c;
            wC[bc.size() + t] = 1 - alpha;
        }
        int n = sl.size();
        int m = cl.size();
        double[][] z = new double[n][n];
        double[][] y = new double[n][m];
        DenseMatrix bz = base.flows();
        DenseMatrix by = base.finalDemand();
        DenseMatrix bx = DenseMatrix.column(base.output());
        // supply of a split sector is split by alpha on its row; each user column j is scaled by its own weight
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                z[i][j] = bz.get(srcS[i], srcS[j]) * wS[j] * wS[i];
            }
            for (int c = 0; c < m; c++) {
                y[i][c] = by.get(srcS[i], srcC[c]) * wC[c] * wS[i];
            }
        }
        Extension be = base.extension("material");
        double[][] f = new double[2][n];
        double[][] fy = new double[2][m];
        for (int k = 0; k < 2; k++) {
            for (int j = 0; j < n; j++) {
                f[k][j] = be.stressorsOfProduction().get(k, srcS[j]) * wS[j];
            }
            for (int c = 0; c < m; c++) {
                fy[k][c] = be.stressorsOfFinalDemand().get(k, srcC[c]) * wC[c];
            }
        }
        IoSystem split = IoSystem.fromFlows(LabelIndex.of("sector", sl), LabelIndex.of("category", cl), DenseMatrix.of(z),
                DenseMatrix.of(y), null, "M.EUR").withExtension(Extension.of("material", be.stressors(), be.units(),
                DenseMatrix.of(f), DenseMatrix.of(fy)));
        assertThat(bx.rows()).isEqualTo(bs.size());
        IoSystem merged = IoAggregation.aggregate(split, Map.of("R0", "R0", "R1", "R1", "R2", "R2", "R2b", "R2"), Map.of(), Map.of());
        assertThat(merged.flows().maxAbsDifference(base.flows())).isLessThan(1e-9);
        ExtensionAccounts ds = accounts(split);
        ExtensionAccounts dm = accounts(merged);
        DenseMatrix cs = ds.byRegion("D_cba");
        DenseMatrix cm = dm.byRegion("D_cba");
        for (int k = 0; k < 2; k++) {
            assertThat(cm.get(k, 0)).isCloseTo(cs.get(k, 0), offset(1e-9 * Math.abs(cs.get(k, 0))));
            assertThat(cm.get(k, 1)).isCloseTo(cs.get(k, 1), offset(1e-9 * Math.abs(cs.get(k, 1))));
            double sumSplit = cs.get(k, 2) + cs.get(k, 3);
            assertThat(cm.get(k, 2)).isCloseTo(sumSplit, offset(1e-9 * Math.abs(sumSplit)));
        }
        // and the merged system's D_cba equals the original's: the split was consistent
        DenseMatrix co = accounts(base).byRegion("D_cba");
        assertThat(cm.maxAbsDifference(co)).isLessThan(1e-9 * sum(co));
    }
}
