package be.cambium.footprint;

import be.cambium.footprint.RegionFootprint.Indicators;
import be.cambium.footprint.RegionFootprint.LayerValue;
import be.cambium.footprint.RegionFootprint.StructuralPath;
import be.cambium.linalg.DenseMatrix;
import be.cambium.linalg.Factorisation;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

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

    static RegionFootprint compute(FootprintInput in, Factorisation lu, double[] s, double[] m, double[] yAgg, int kTot,
            ValidationReport.Builder rb) {
        IoSystem sys = in.system();
        LabelIndex ix = sys.sectors();
        LabelIndex fd = sys.finalDemandCategories();
        int n = ix.size();
        String region = in.focusRegion();
        int b = ix.regionNumber(region);
        DenseMatrix a = sys.technicalCoefficients();
        DenseMatrix y = sys.finalDemand();
        double[] x = sys.output();
        int[] own = java.util.stream.IntStream.range(0, n).filter(i -> ix.regionNumber(i) == b).toArray();
        int nb = own.length;

        // gross exports e_j and domestic final demand y_bb for j in b
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
        // d (kTot x nb, column-major in the transposed sense: RHS block nb x kTot for (I - A_bb)^T)
        double[] d = new double[nb * kTot];
        double[] impInt = new double[kTot];
        for (int p = 0; p < nb; p++) {
            int j = own[p];
            for (int i = 0; i < n; i++) {
                if (ix.regionNumber(i) == b) {
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
                abb[r + c * nb] = a.get(own[r], own[c]);
            }
        }
        double[] mImp = d.clone();
        in.solver().factoriseLeontief(DenseMatrix.wrap(nb, nb, abb)).solveInPlace(mImp, kTot, true);

        List<Indicators> indicators = new ArrayList<>();
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
        double[] rmcCheck = new double[kTot];
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
                    de += f.get(q, own[p]);
                    exp += m[qq * n + own[p]] * e[p];
                    reexp += mImp[p + qq * nb] * e[p];
                    dom += mImp[p + qq * nb] * ybb[p];
                }
                double impFin = 0;
                double rmc = 0;
                for (int i = 0; i < n; i++) {
                    double v = m[qq * n + i] * yAgg[i + b * n];
                    rmc += v;
                    if (ix.regionNumber(i) != b) {
                        impFin += v;
                    }
                }
                rmcCheck[qq] = rmc;
                double imp = impInt[qq] + impFin;
                double rmi = de + imp;
                double rmcSplit = rmi - exp;
                Location loc = Location.cell("region", region, "extension", ext.name(), "stressor", names.get(qq));
                double scale = Math.abs(de) + Math.abs(imp) + Math.abs(exp);
                if (Math.abs(rmcSplit - rmc) > 1e-9 * Math.max(scale, Double.MIN_NORMAL)) {
                    rb.error("RMC_IDENTITY", "DE + IMP_RME - EXP_RME = " + rmcSplit + " but M Y_r = " + rmc, loc);
                }
                if (Math.abs(reexp + dom - impInt[qq]) > 1e-6 * Math.max(Math.abs(impInt[qq]), Double.MIN_NORMAL)) {
                    rb.warning("SPLIT_IDENTITY", "intermediate imports " + impInt[qq] + " differ from re-exported + domestic use "
                            + (reexp + dom) + " (output x is not Z 1 + Y 1 in region " + region + ")", loc);
                }
                indicators.add(new Indicators(ext.name(), names.get(qq), units.get(qq), de, imp, impFin, dom, reexp, exp, rmi,
                        rmcSplit));
            }
            q0 += ext.size();
        }

        List<Indicators> materials = new ArrayList<>();
        if (in.bridge() != null) {
            MaterialBridge br = in.bridge();
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
                            double[] v = {ind.domesticExtraction(), ind.imports(), ind.importsFinal(), ind.importsIntermediate(),
                                ind.importsReexport(), ind.exports(), ind.rawMaterialInput(), ind.rawMaterialConsumption()};
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
        }

        // production layers: S A^k y_b
        double[] yb = new double[n];
        System.arraycopy(yAgg, b * n, yb, 0, n);
        List<LayerValue> layers = new ArrayList<>();
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
        for (int q = 0; q < kTot; q++) {
            double total = rmcCheck[q];
            double done = 0;
            for (int t = 0; t < in.layers(); t++) {
                done += layerVals[t][q];
                layers.add(new LayerValue(extOf.get(q), names.get(q), units.get(q), t, layerVals[t][q], share(layerVals[t][q], total)));
            }
            layers.add(new LayerValue(extOf.get(q), names.get(q), units.get(q), -1, total - done, share(total - done, total)));
        }

        List<StructuralPath> paths = new ArrayList<>();
        if (in.maxPaths() > 0) {
            for (int q = 0; q < kTot; q++) {
                paths.addAll(paths(q, n, a, s, m, yb, rmcCheck[q], in, ix, extOf.get(q), names.get(q), units.get(q), rb));
            }
        }
        return new RegionFootprint(region, indicators, materials, layers, paths);
    }

    private static double share(double v, double total) {
        return total == 0.0 ? 0.0 : v / total;
    }

    private record Node(int[] chain, double value) {
    }

    /** Depth-first structural path analysis with the bound |M_i v| for the whole subtree below a node. */
    private static List<StructuralPath> paths(int q, int n, DenseMatrix a, double[] s, double[] m, double[] yb, double total,
            FootprintInput in, LabelIndex ix, String ext, String name, String unit, ValidationReport.Builder rb) {
        if (total == 0.0) {
            return List.of();
        }
        double cut = in.pathThreshold() * Math.abs(total);
        PriorityQueue<Node> best = new PriorityQueue<>(Comparator.comparingDouble(nd -> Math.abs(nd.value)));
        int[] expansions = {0};
        for (int j = 0; j < n; j++) {
            if (yb[j] != 0.0 && Math.abs(m[q * n + j] * yb[j]) >= cut) {
                visit(new int[] {j}, yb[j], q, n, a, s, m, cut, in.maxPaths(), best, expansions);
            }
        }
        if (expansions[0] >= MAX_EXPANSIONS) {
            rb.info("PATHS_TRUNCATED", "structural path search stopped after " + MAX_EXPANSIONS + " expansions",
                    Location.cell("stressor", name));
        }
        List<Node> sorted = new ArrayList<>(best);
        sorted.sort(Comparator.comparingDouble((Node nd) -> Math.abs(nd.value)).reversed());
        List<StructuralPath> out = new ArrayList<>();
        for (int r = 0; r < sorted.size(); r++) {
            Node nd = sorted.get(r);
            List<Label> labels = new ArrayList<>();
            for (int c : nd.chain) {
                labels.add(ix.label(c));
            }
            out.add(new StructuralPath(ext, name, unit, r + 1, labels, nd.value, nd.value / total));
        }
        return out;
    }

    private static void visit(int[] chain, double flow, int q, int n, DenseMatrix a, double[] s, double[] m, double cut, int keep,
            PriorityQueue<Node> best, int[] expansions) {
        int i = chain[chain.length - 1];
        double direct = s[q * n + i] * flow;
        if (Math.abs(direct) >= cut && direct != 0.0) {
            best.add(new Node(chain, direct));
            if (best.size() > keep) {
                best.poll();
            }
        }
        double upstream = (m[q * n + i] - s[q * n + i]) * flow;
        if (chain.length > MAX_DEPTH || Math.abs(upstream) < cut || expansions[0]++ >= MAX_EXPANSIONS) {
            return;
        }
        for (int k = 0; k < n; k++) {
            double aki = a.get(k, i);
            if (aki == 0.0) {
                continue;
            }
            double f = aki * flow;
            if (Math.abs(m[q * n + k] * f) >= cut) {
                int[] next = java.util.Arrays.copyOf(chain, chain.length + 1);
                next[chain.length] = k;
                visit(next, f, q, n, a, s, m, cut, keep, best, expansions);
            }
        }
    }
}
