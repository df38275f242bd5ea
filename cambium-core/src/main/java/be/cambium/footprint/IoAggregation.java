package be.cambium.footprint;

import be.cambium.linalg.DenseMatrix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Many-to-one aggregation of an {@link IoSystem}'s regions, sectors and final-demand categories. Z, Y, x, F,
 * F_Y and population are summed; the result is a new system built from the summed flows (so A = Z x̂⁻¹ of the
 * aggregate). An empty map leaves that axis as it is; a non-empty map must cover every code of its axis
 * (checking that, with file locations, is the job of the reader of the concordance file; here a missing code
 * is a programmer error). Aggregated labels are ordered region-major, in order of first appearance of each
 * group in the original order.
 *
 * <p>Summing flows preserves the totals of x, Z, Y, F and F_Y exactly (up to rounding); footprints of the
 * aggregate equal the sums of the disaggregated footprints only when the merged sectors have the same input
 * structure and the same intensities (the classical aggregation bias otherwise).
 */
public final class IoAggregation {

    private IoAggregation() {
    }

    /** Aggregates; {@code regions}, {@code sectors}, {@code categories} map each old code to its group. */
    public static IoSystem aggregate(IoSystem s, Map<String, String> regions, Map<String, String> sectors,
            Map<String, String> categories) {
        Objects.requireNonNull(s, "system");
        LabelIndex oldS = s.sectors();
        LabelIndex oldC = s.finalDemandCategories();
        int[] sMap = new int[oldS.size()];
        LabelIndex newS = group(oldS, regions, sectors, sMap);
        int[] cMap = new int[oldC.size()];
        LabelIndex newC = group(oldC, regions, categories, cMap);
        int n = newS.size();
        int m = newC.size();
        double[] z = new double[n * n];
        double[] y = new double[n * m];
        double[] x = new double[n];
        DenseMatrix oz = s.flows();
        DenseMatrix oy = s.finalDemand();
        double[] ox = s.output();
        for (int j = 0; j < oldS.size(); j++) {
            int nj = sMap[j];
            x[nj] += ox[j];
            for (int i = 0; i < oldS.size(); i++) {
                z[sMap[i] + nj * n] += oz.get(i, j);
            }
        }
        for (int c = 0; c < oldC.size(); c++) {
            int nc = cMap[c];
            for (int i = 0; i < oldS.size(); i++) {
                y[sMap[i] + nc * n] += oy.get(i, c);
            }
        }
        IoSystem out = IoSystem.fromFlows(newS, newC, DenseMatrix.wrap(n, n, z), DenseMatrix.wrap(n, m, y), x, s.monetaryUnit());
        for (Extension e : s.extensions()) {
            int k = e.size();
            double[] f = new double[k * n];
            double[] fy = new double[k * m];
            for (int j = 0; j < oldS.size(); j++) {
                for (int r = 0; r < k; r++) {
                    f[r + sMap[j] * k] += e.stressorsOfProduction().get(r, j);
                }
            }
            for (int c = 0; c < oldC.size(); c++) {
                for (int r = 0; r < k; r++) {
                    fy[r + cMap[c] * k] += e.stressorsOfFinalDemand().get(r, c);
                }
            }
            out = out.withExtension(Extension.of(e.name(), e.stressors(), e.units(), DenseMatrix.wrap(k, n, f), DenseMatrix.wrap(k, m, fy)));
        }
        if (!s.population().isEmpty()) {
            Map<String, Double> pop = new LinkedHashMap<>();
            for (Map.Entry<String, Double> p : s.population().entrySet()) {
                pop.merge(map(regions, p.getKey(), "region"), p.getValue(), Double::sum);
            }
            out = out.withPopulation(pop);
        }
        return out.withProvenance(s.provenance().withStep("aggregated " + oldS.regions().size() + " regions x "
                + oldS.items().size() + " sectors to " + newS.regions().size() + " x " + newS.items().size()
                + ", " + oldC.items().size() + " final-demand categories to " + newC.items().size()));
    }

    private static String map(Map<String, String> m, String code, String axis) {
        if (m.isEmpty()) {
            return code;
        }
        String g = m.get(code);
        if (g == null) {
            throw new IllegalArgumentException("the " + axis + " concordance has no group for '" + code + "'");
        }
        return g;
    }

    private static LabelIndex group(LabelIndex old, Map<String, String> regions, Map<String, String> items, int[] pos) {
        Map<String, Map<String, Integer>> byRegion = new LinkedHashMap<>();
        Map<String, Integer> itemOrder = new LinkedHashMap<>();
        Label[] target = new Label[old.size()];
        for (int p = 0; p < old.size(); p++) {
            Label l = old.label(p);
            Label t = Label.of(map(regions, l.region(), "region"), map(items, l.item(), old.itemName()));
            target[p] = t;
            itemOrder.putIfAbsent(t.item(), itemOrder.size());
            byRegion.computeIfAbsent(t.region(), k -> new LinkedHashMap<>()).put(t.item(), 0);
        }
        List<Label> labels = new ArrayList<>();
        Map<Label, Integer> index = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Integer>> r : byRegion.entrySet()) {
            List<String> its = new ArrayList<>(r.getValue().keySet());
            its.sort(java.util.Comparator.comparingInt(itemOrder::get));
            for (String it : its) {
                Label l = Label.of(r.getKey(), it);
                index.put(l, labels.size());
                labels.add(l);
            }
        }
        for (int p = 0; p < old.size(); p++) {
            pos[p] = index.get(target[p]);
        }
        return LabelIndex.of(old.itemName(), labels);
    }
}
