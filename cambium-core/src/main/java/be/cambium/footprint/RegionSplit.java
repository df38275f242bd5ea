package be.cambium.footprint;

import be.cambium.footprint.RegionFootprint.Indicators;
import be.cambium.footprint.RegionFootprint.LayerValue;
import be.cambium.footprint.RegionFootprint.StructuralPath;
import be.cambium.linalg.DenseMatrix;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.IntStream;

/**
 * CAMBIUM's footprint of one economy b, from the multipliers M (all stressors):
 * <pre>
 * DE      = Σ_{j∈b} F_j
 * IMP_int = Σ_{i∉b, j∈b} M_i z_ij          IMP_fin = Σ_{i∉b} M_i y_{i,b}
 * EXP_RME = Σ_{j∈b} M_j e_j,  e_j = Σ_{k∉b} z_jk + Σ_{c∉b} y_{j,c}   (gross exports of j)
 * RMI = DE + IMP_int + IMP_fin,  RMC = RMI - EXP_RME  (= M Y_b, checked)
 * </pre>
 * Intermediate imports are split by where b's output goes: with d_j = Σ_{i∉b} M_i a_ij (imported RME
 * entering b's sector j directly per unit output) and m = d (I - A_bb)⁻¹, output x_b = (I - A_bb)⁻¹
 * (e_b + y_bb) gives IMP_int = m e_b (re-exported, embodied in exports) + m y_bb (ending in b's final demand).
 */
final class RegionSplit {

    private static final int MAX_EXPANSIONS = 20_000;
    private static final int MAX_DEPTH = 8;

    private RegionSplit() {
    }

    static RegionFootprint compute(FootprintInput in, FootprintCalculator.Solution sol, ValidationReport.Builder rb) {
        IoSystem sys = in.system();
        Focus b = focus(sys, in.focusRegion(), sol.economy().yAgg());
        Stressors st = stressors(sys);
        double[] m = sol.multipliers().multipliers();
        Imports imports = imports(in, b, m, st.size());
        double[] rmc = consumption(b, m, st.size());
        List<Indicators> indicators = indicators(sys, b, m, imports, rmc, rb);
        MaterialBridge bridge = in.bridge();
        List<Indicators> materials = bridge == null ? List.of() : bridged(bridge, indicators, rb);
        double[][] layerVals = layerValues(in, sol.multipliers().intensities(), b.finalDemand, st.size());
        List<LayerValue> layers = layers(st, layerVals, rmc);
        List<LayerValue> materialLayers = bridge == null ? List.of() : bridgedLayers(bridge, st, layerVals, rmc);
        List<StructuralPath> paths = new ArrayList<>();
        if (in.maxPaths() > 0) {
            for (int q = 0; q < st.size(); q++) {
                paths.addAll(paths(new Search(q, sys.technicalCoefficients(), sol.multipliers(), in.pathThreshold() * Math.abs(rmc[q]),
                        in.maxPaths()), b.finalDemand, rmc[q], sys.sectors(), st, rb));
            }
        }
        return new RegionFootprint(b.region, indicators, materials, layers, materialLayers, paths);
    }

    /**
     * The focus region b: its number, the positions of its sectors, its gross exports e_j and its domestic final
     * demand y_bb for each of its sectors j (in the order of {@code own}), and its final demand y_b (all n products).
     */
    private record Focus(String region, int number, int n, int[] own, double[] exports, double[] domesticDemand,
            double[] finalDemand) {
        int size() {
            return own.length;
        }
    }

    /** The stressors of all extensions stacked, in the order of {@link FootprintCalculator.Multipliers}. */
    private record Stressors(List<String> names, List<String> extensions, List<String> units) {
        int size() {
            return names.size();
        }
    }

    private static Stressors stressors(IoSystem sys) {
        List<String> names = new ArrayList<>();
        List<String> extOf = new ArrayList<>();
        List<String> units = new ArrayList<>();
        for (Extension ext : sys.extensions()) {
            for (int q = 0; q < ext.size(); q++) {
                names.add(ext.stressors().get(q));
                extOf.add(ext.name());
                units.add(ext.units().get(q));
            }
        }
        return new Stressors(names, extOf, units);
    }

    private static Focus focus(IoSystem sys, String region, double[] yAgg) {
        LabelIndex ix = sys.sectors();
        LabelIndex fd = sys.finalDemandCategories();
        int n = ix.size();
        int b = ix.regionNumber(region);
        DenseMatrix a = sys.technicalCoefficients();
        DenseMatrix y = sys.finalDemand();
        double[] x = sys.output();
        int[] own = IntStream.range(0, n).filter(i -> ix.regionNumber(i) == b).toArray();
        int nb = own.length;
        double[] e = new double[nb];
        double[] ybb = new double[nb];
        for (int p = 0; p < nb; p++) {
            int j = own[p];
            double sum = 0;
            for (int k = 0; k < n; k++) {
                if (ix.regionNumber(k) != b) {
                    sum += a.get(j, k) * x[k];
                }
            }
            for (int c = 0; c < fd.size(); c++) {
                if (ix.regionNumber(fd.label(c).region()) != b) {
                    sum += y.get(j, c);
                } else {
                    ybb[p] += y.get(j, c);
                }
            }
            e[p] = sum;
        }
        double[] yb = new double[n];
        System.arraycopy(yAgg, b * n, yb, 0, n);
        return new Focus(region, b, n, own, e, ybb, yb);
    }

    /**
     * Intermediate imports of b: IMP_int = Σ_j d_j x_j per stressor, with d_j = Σ_{i∉b} M_i a_ij, and the import
     * multipliers m = d (I - A_bb)⁻¹ (nb x kTot, column q at q*nb).
     */
    private record Imports(double[] intermediate, double[] multipliers) {
    }

    private static Imports imports(FootprintInput in, Focus b, double[] m, int kTot) {
        double[] impInt = new double[kTot];
        IoSystem sys = in.system();
        LabelIndex ix = sys.sectors();
        DenseMatrix a = sys.technicalCoefficients();
        double[] x = sys.output();
        int n = b.n;
        int nb = b.size();
        double[] d = new double[nb * kTot];
        for (int p = 0; p < nb; p++) {
            int j = b.own[p];
            for (int i = 0; i < n; i++) {
                if (ix.regionNumber(i) == b.number) {
                    continue;
                }
                double aij = a.get(i, j);
                if (aij == 0.0) {
                    continue;
                }
                for (int q = 0; q < kTot; q++) {
                    d[p + q * nb] += m[q * n + i] * aij;
                }
            }
            for (int q = 0; q < kTot; q++) {
                impInt[q] += d[p + q * nb] * x[j];
            }
        }
        double[] abb = new double[nb * nb];
        for (int c = 0; c < nb; c++) {
            for (int r = 0; r < nb; r++) {
                abb[r + c * nb] = a.get(b.own[r], b.own[c]);
            }
        }
        double[] mImp = d.clone();
        in.solver().factoriseLeontief(DenseMatrix.wrap(nb, nb, abb)).solveInPlace(mImp, kTot, true);
        return new Imports(impInt, mImp);
    }

    /** M Y_b per stressor (pymrio's D_cba_reg of b without F_Y), the total the split and the layers are checked against. */
    private static double[] consumption(Focus b, double[] m, int kTot) {
        double[] yb = b.finalDemand;
        double[] rmc = new double[kTot];
        for (int q = 0; q < kTot; q++) {
            double sum = 0;
            for (int i = 0; i < b.n; i++) {
                sum += m[q * b.n + i] * yb[i];
            }
            rmc[q] = sum;
        }
        return rmc;
    }

    private static List<Indicators> indicators(IoSystem sys, Focus b, double[] m, Imports imports, double[] rmc,
            ValidationReport.Builder rb) {
        double[] mImp = imports.multipliers();
        double[] impInt = imports.intermediate();
        List<Indicators> indicators = new ArrayList<>();
        int n = b.n;
        int nb = b.size();
        int q0 = 0;
        for (Extension ext : sys.extensions()) {
            DenseMatrix f = ext.stressorsOfProduction();
            for (int q = 0; q < ext.size(); q++) {
                int qq = q0 + q;
                double de = 0;
                double exp = 0;
                double reexp = 0;
                double dom = 0;
                for (int p = 0; p < nb; p++) {
                    de += f.get(q, b.own[p]);
                    exp += m[qq * n + b.own[p]] * b.exports[p];
                    reexp += mImp[p + qq * nb] * b.exports[p];
                    dom += mImp[p + qq * nb] * b.domesticDemand[p];
                }
                double impFin = 0;
                for (int i = 0; i < n; i++) {
                    if (sys.sectors().regionNumber(i) != b.number) {
                        impFin += m[qq * n + i] * b.finalDemand[i];
                    }
                }
                double imp = impInt[qq] + impFin;
                double rmi = de + imp;
                double rmcSplit = rmi - exp;
                Location loc = Location.cell("region", b.region, "extension", ext.name(), "stressor", ext.stressors().get(q));
                double scale = Math.abs(de) + Math.abs(imp) + Math.abs(exp);
                if (Math.abs(rmcSplit - rmc[qq]) > 1e-9 * Math.max(scale, Double.MIN_NORMAL)) {
                    rb.error("RMC_IDENTITY", "DE + IMP_RME - EXP_RME = " + rmcSplit + " but M Y_r = " + rmc[qq], loc);
                }
                if (Math.abs(reexp + dom - impInt[qq]) > 1e-6 * Math.max(Math.abs(impInt[qq]), Double.MIN_NORMAL)) {
                    rb.warning("SPLIT_IDENTITY", "intermediate imports " + impInt[qq] + " differ from re-exported + domestic use "
                            + (reexp + dom) + " (output x is not Z 1 + Y 1 in region " + b.region + ")", loc);
                }
                indicators.add(new Indicators(ext.name(), ext.stressors().get(q), ext.units().get(q), de, imp, impFin, dom, reexp,
                        exp, rmi, rmcSplit));
            }
            q0 += ext.size();
        }
        return indicators;
    }

    /** Σ factor x indicator over the concordance rows of each material, in the bridge's order of materials. */
    private static List<Indicators> bridged(MaterialBridge br, List<Indicators> indicators, ValidationReport.Builder rb) {
        List<Indicators> materials = new ArrayList<>();
        for (String mat : br.materials()) {
            double[] acc = new double[8];
            for (MaterialBridge.Entry en : br.entries()) {
                if (!en.material().equals(mat)) {
                    continue;
                }
                boolean found = false;
                for (Indicators ind : indicators) {
                    if (en.matches(ind.extension(), ind.name())) {
                        found = true;
                        double[] v = ind.values();
                        for (int t = 0; t < 8; t++) {
                            acc[t] += en.factor() * v[t];
                        }
                    }
                }
                if (!found) {
                    rb.warning("BRIDGE_UNKNOWN_STRESSOR", "concordance names stressor '" + en.stressor()
                            + "' that no extension has", Location.cell("material", mat));
                }
            }
            materials.add(new Indicators("*", mat, br.unitOf(mat), acc[0], acc[1], acc[2], acc[3], acc[4], acc[5], acc[6], acc[7]));
        }
        return materials;
    }

    /** S A^t y_b for t = 0 .. layers-1: {@code [t][q]}. */
    private static double[][] layerValues(FootprintInput in, double[] s, double[] yb, int kTot) {
        DenseMatrix a = in.system().technicalCoefficients();
        int n = yb.length;
        double[][] layerVals = new double[in.layers()][kTot];
        double[] v = yb;
        for (int t = 0; t < in.layers(); t++) {
            for (int q = 0; q < kTot; q++) {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += s[q * n + i] * v[i];
                }
                layerVals[t][q] = sum;
            }
            if (t + 1 < in.layers()) {
                v = a.times(v);
            }
        }
        return layerVals;
    }

    /** Each stressor's tiers and the remainder (tier -1) = its total M Y_b minus the tiers. */
    private static List<LayerValue> layers(Stressors st, double[][] layerVals, double[] rmc) {
        List<LayerValue> layers = new ArrayList<>();
        for (int q = 0; q < st.size(); q++) {
            double total = rmc[q];
            double done = 0;
            for (int t = 0; t < layerVals.length; t++) {
                done += layerVals[t][q];
                layers.add(new LayerValue(st.extensions().get(q), st.names().get(q), st.units().get(q), t, layerVals[t][q],
                        share(layerVals[t][q], total)));
            }
            layers.add(new LayerValue(st.extensions().get(q), st.names().get(q), st.units().get(q), -1, total - done,
                    share(total - done, total)));
        }
        return layers;
    }

    /**
     * Each material's tiers and remainder: Σ factor x the tiers (and remainders) of the stressors its concordance rows
     * name, with shares of Σ factor x M Y_b; extension {@code *}, as for {@link RegionFootprint#materials()}.
     */
    private static List<LayerValue> bridgedLayers(MaterialBridge br, Stressors st, double[][] layerVals, double[] rmc) {
        int tiers = layerVals.length;
        List<LayerValue> out = new ArrayList<>();
        for (String mat : br.materials()) {
            double[] acc = new double[tiers + 1];
            double total = 0;
            for (MaterialBridge.Entry en : br.entries()) {
                if (!en.material().equals(mat)) {
                    continue;
                }
                for (int q = 0; q < st.size(); q++) {
                    if (!en.matches(st.extensions().get(q), st.names().get(q))) {
                        continue;
                    }
                    double done = 0;
                    for (int t = 0; t < tiers; t++) {
                        acc[t] += en.factor() * layerVals[t][q];
                        done += layerVals[t][q];
                    }
                    acc[tiers] += en.factor() * (rmc[q] - done);
                    total += en.factor() * rmc[q];
                }
            }
            String unit = br.unitOf(mat);
            for (int t = 0; t <= tiers; t++) {
                out.add(new LayerValue("*", mat, unit, t < tiers ? t : -1, acc[t], share(acc[t], total)));
            }
        }
        return out;
    }

    private static double share(double v, double total) {
        return total == 0.0 ? 0.0 : v / total;
    }

    private record Node(int[] chain, double value) {
    }

    /** One stressor's path search: what {@link #visit} reads, the best paths kept so far and the expansions spent. */
    private record Search(int q, DenseMatrix a, FootprintCalculator.Multipliers mul, double cut, int keep,
            PriorityQueue<Node> best, int[] expansions) {
        Search(int q, DenseMatrix a, FootprintCalculator.Multipliers mul, double cut, int keep) {
            this(q, a, mul, cut, keep, new PriorityQueue<>(Comparator.comparingDouble(nd -> Math.abs(nd.value))), new int[] {0});
        }

        int n() {
            return a.rows();
        }

        double s(int i) {
            return mul.intensities()[q * n() + i];
        }

        double m(int i) {
            return mul.multipliers()[q * n() + i];
        }
    }

    /** Depth-first structural path analysis with the bound |M_i v| for the whole subtree below a node. */
    private static List<StructuralPath> paths(Search search, double[] yb, double total, LabelIndex ix, Stressors st,
            ValidationReport.Builder rb) {
        if (total == 0.0) {
            return List.of();
        }
        for (int j = 0; j < search.n(); j++) {
            if (yb[j] != 0.0 && Math.abs(search.m(j) * yb[j]) >= search.cut()) {
                visit(search, new int[] {j}, yb[j]);
            }
        }
        String name = st.names().get(search.q());
        if (search.expansions()[0] >= MAX_EXPANSIONS) {
            rb.info("PATHS_TRUNCATED", "structural path search stopped after " + MAX_EXPANSIONS + " expansions",
                    Location.cell("stressor", name));
        }
        List<Node> sorted = new ArrayList<>(search.best());
        sorted.sort(Comparator.comparingDouble((Node nd) -> Math.abs(nd.value)).reversed());
        List<StructuralPath> out = new ArrayList<>();
        for (int r = 0; r < sorted.size(); r++) {
            Node nd = sorted.get(r);
            List<Label> labels = new ArrayList<>();
            for (int c : nd.chain) {
                labels.add(ix.label(c));
            }
            out.add(new StructuralPath(st.extensions().get(search.q()), name, st.units().get(search.q()), r + 1, labels, nd.value,
                    nd.value / total));
        }
        return out;
    }

    private static void visit(Search search, int[] chain, double flow) {
        int i = chain[chain.length - 1];
        double direct = search.s(i) * flow;
        if (Math.abs(direct) >= search.cut() && direct != 0.0) {
            search.best().add(new Node(chain, direct));
            if (search.best().size() > search.keep()) {
                search.best().poll();
            }
        }
        double upstream = (search.m(i) - search.s(i)) * flow;
        if (chain.length > MAX_DEPTH || Math.abs(upstream) < search.cut() || search.expansions()[0]++ >= MAX_EXPANSIONS) {
            return;
        }
        DenseMatrix a = search.a();
        for (int k = 0; k < search.n(); k++) {
            double aki = a.get(k, i);
            if (aki == 0.0) {
                continue;
            }
            double f = aki * flow;
            if (Math.abs(search.m(k) * f) >= search.cut()) {
                int[] next = Arrays.copyOf(chain, chain.length + 1);
                next[chain.length] = k;
                visit(search, next, f);
            }
        }
    }
}
