package be.cambium.stockflow;

import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs a multi-layer stock-flow system: per segment, the technology-weighted survival matrix
 * drives one cohort model (inflow- or stock-driven); each technology's cohorts get their own
 * survival function and share of the inflow; components and materials follow each cohort's
 * composition; outflows pass the end-of-life routes; and the mass balance of every process,
 * year and material is recomputed and checked. Pure.
 */
public final class StockflowCalculator {

    static final double SHARE_TOLERANCE = 1e-6;
    static final String[] EOL_FLOWS = {"collected", "uncollected", "sorted", "sorting_loss", "secondary_material", "recycling_loss"};

    private StockflowCalculator() {
    }

    public static StockflowResult compute(StockflowInput in) {
        int n = in.yearCount();
        int[] years = in.years();
        ValidationReport.Builder rep = ValidationReport.builder();
        List<String> segDims = in.segmentDimensions();
        List<String> prodDims = concat(segDims, "technology");
        List<String> matDims = concat(prodDims, "component", "material");
        List<String> eolDims = concat(matDims, "flow");
        List<String> cohortDims = concat(prodDims, "cohort");

        List<Table.Row> pStock = new ArrayList<>(), pIn = new ArrayList<>(), pOut = new ArrayList<>();
        List<Table.Row> mStock = new ArrayList<>(), mIn = new ArrayList<>(), mOut = new ArrayList<>(), eol = new ArrayList<>();
        List<Table.Row> cohorts = new ArrayList<>();
        List<MassBalance.Entry> balance = new ArrayList<>();

        // material -> aggregated series for the balance check
        Map<String, double[][]> agg = new LinkedHashMap<>(); // [0]=in [1]=out [2]=stock [3]=routed outflow [4..9]=eol flows
        Set<String> missingRoutes = new LinkedHashSet<>();
        double[][] productAgg = new double[3][n];
        double productMax = 0;

        Map<String, List<Composition>> byTechnology = new LinkedHashMap<>();
        for (Composition c : in.compositions()) {
            byTechnology.computeIfAbsent(c.technology(), x -> new ArrayList<>()).add(c);
        }
        boolean computedAll = true;
        for (Segment seg : in.segments()) {
            List<Segment.TechnologyShare> techs = seg.technologies();
            int g = techs.size();
            SurvivalMatrix[] sfs = new SurvivalMatrix[g];
            double[][] shares = new double[g][];
            for (int k = 0; k < g; k++) {
                Segment.TechnologyShare ts = techs.get(k);
                sfs[k] = SurvivalMatrix.of(n, ts.lifetimeByCohort()::get, in.timing());
                shares[k] = ts.share();
            }
            checkShares(seg, shares, techs, years, rep);
            SurvivalMatrix mix = g == 1 && allOne(shares[0]) ? sfs[0] : SurvivalMatrix.mixture(sfs, shares);
            CohortResult cr = CohortModel.compute(seg.driver(), mix, seg.policy(), years, seg.labels());
            rep.addAll(cr.report());
            if (!cr.computed()) {
                computedAll = false;
                continue;
            }
            double[] segInflow = cr.inflow();
            double[] techInflowSum = new double[n];
            for (int k = 0; k < g; k++) {
                Segment.TechnologyShare ts = techs.get(k);
                List<String> plabels = concat(new ArrayList<>(seg.labels().values()), ts.technology());
                // product stock by cohort for this technology
                double[][] sc = new double[n][];
                double[] inflowG = new double[n];
                for (int c = 0; c < n; c++) {
                    inflowG[c] = segInflow[c] * shares[k][c];
                    techInflowSum[c] += inflowG[c];
                }
                for (int t = 0; t < n; t++) {
                    sc[t] = new double[t + 1];
                    for (int c = 0; c <= t; c++) {
                        sc[t][c] = inflowG[c] * sfs[k].at(t, c) * cr.retainedAt(t, c);
                    }
                }
                double[][] oc = new double[n][];
                for (int t = 0; t < n; t++) {
                    oc[t] = new double[t + 1];
                    for (int c = 0; c <= t; c++) {
                        oc[t][c] = outflowByCohort(sc, inflowG, t, c);
                    }
                }
                double[] stockG = new double[n];
                double[] outG = new double[n];
                for (int t = 0; t < n; t++) {
                    double s = 0, o = 0;
                    for (int c = 0; c <= t; c++) {
                        s += sc[t][c];
                        o += oc[t][c];
                    }
                    stockG[t] = s;
                    outG[t] = o;
                }
                pStock.add(new Table.Row(plabels, stockG));
                pIn.add(new Table.Row(plabels, inflowG));
                pOut.add(new Table.Row(plabels, outG));
                for (int t = 0; t < n; t++) {
                    productAgg[0][t] += inflowG[t];
                    productAgg[1][t] += outG[t];
                    productAgg[2][t] += stockG[t];
                    productMax = Math.max(productMax, Math.max(Math.abs(inflowG[t]), Math.max(Math.abs(outG[t]), Math.abs(stockG[t]))));
                }
                if (in.keepCohorts()) {
                    for (int c = 0; c < n; c++) {
                        double[] v = new double[n];
                        for (int t = c; t < n; t++) {
                            v[t] = sc[t][c];
                        }
                        cohorts.add(new Table.Row(concat(plabels, Integer.toString(years[c])), v));
                    }
                }
                // materials: stock and outflow of every composition row at once,
                // MS[t][j] = sum_c sc[t][c] * Q[c][j] (inner loop over j, contiguous)
                List<Composition> cl = byTechnology.getOrDefault(ts.technology(), List.of());
                int nj = cl.size();
                double[][] qm = new double[n][nj];
                for (int j = 0; j < nj; j++) {
                    Composition comp = cl.get(j);
                    for (int c = 0; c < n; c++) {
                        double v = comp.intensity(c);
                        if (!Double.isFinite(v) || v < 0) {
                            rep.error("BAD_INTENSITY", "material content must be a finite number >= 0, got " + v,
                                    Location.cell("technology", comp.technology(), "component", comp.component(),
                                            "material", comp.material(), "cohort", Integer.toString(years[c])));
                            v = 0;
                        }
                        qm[c][j] = v;
                    }
                }
                double[][] msAll = new double[n][nj], moAll = new double[n][nj];
                for (int t = 0; t < n && nj > 0; t++) {
                    double[] st = sc[t], ot = oc[t], accS = msAll[t], accO = moAll[t];
                    for (int c = 0; c <= t; c++) {
                        double sv = st[c], ov = ot[c];
                        double[] qc = qm[c];
                        for (int j = 0; j < nj; j++) {
                            accS[j] += sv * qc[j];
                            accO[j] += ov * qc[j];
                        }
                    }
                }
                for (int j = 0; j < nj; j++) {
                    Composition comp = cl.get(j);
                    double[] ms = new double[n], mi = new double[n], mo = new double[n];
                    for (int t = 0; t < n; t++) {
                        ms[t] = msAll[t][j];
                        mo[t] = moAll[t][j];
                        mi[t] = inflowG[t] * qm[t][j];
                    }
                    List<String> mlabels = concat(plabels, comp.component(), comp.material());
                    mStock.add(new Table.Row(mlabels, ms));
                    mIn.add(new Table.Row(mlabels, mi));
                    mOut.add(new Table.Row(mlabels, mo));
                    double[][] a = agg.computeIfAbsent(comp.material(), x -> new double[4 + EOL_FLOWS.length][n]);
                    add(a[0], mi);
                    add(a[1], mo);
                    add(a[2], ms);
                    EolRoute route = route(in.eolRoutes(), comp.component(), comp.material());
                    if (route == null) {
                        missingRoutes.add(comp.component() + "/" + comp.material());
                        continue;
                    }
                    add(a[3], mo);
                    double[][] f = new double[EOL_FLOWS.length][n];
                    for (int t = 0; t < n; t++) {
                        double col = mo[t] * route.collection();
                        double srt = col * route.sorting();
                        double sec = srt * route.recycling();
                        f[0][t] = col;
                        f[1][t] = mo[t] - col;
                        f[2][t] = srt;
                        f[3][t] = col - srt;
                        f[4][t] = sec;
                        f[5][t] = srt - sec;
                    }
                    for (int e = 0; e < EOL_FLOWS.length; e++) {
                        eol.add(new Table.Row(concat(mlabels, EOL_FLOWS[e]), f[e]));
                        add(a[4 + e], f[e]);
                    }
                }
            }
            // product layer: the technologies must carry exactly the segment's inflow
            double[] split = new double[n];
            double segMax = 0;
            for (int t = 0; t < n; t++) {
                split[t] = segInflow[t] - techInflowSum[t];
                segMax = Math.max(segMax, Math.abs(segInflow[t]));
            }
            balance.add(new MassBalance.Entry("technology_split[" + seg.id() + "]", "product", in.productUnit(), split,
                    in.balanceTolerance() * segMax));
        }
        for (String r : missingRoutes) {
            rep.warning("EOL_ROUTE_MISSING", "no end-of-life route for component/material " + r
                    + ": its outflow is reported but not followed through collection, sorting and recycling", Location.none());
        }
        // product use balance
        balance.add(new MassBalance.Entry("use", "product", in.productUnit(), useResidual(productAgg[0], productAgg[1], productAgg[2]),
                in.balanceTolerance() * productMax));
        for (Map.Entry<String, double[][]> e : agg.entrySet()) {
            double[][] a = e.getValue();
            double max = 0;
            for (double[] s : a) {
                for (double v : s) {
                    max = Math.max(max, Math.abs(v));
                }
            }
            double tol = in.balanceTolerance() * max;
            String mat = e.getKey();
            String u = in.materialUnit();
            balance.add(new MassBalance.Entry("use", mat, u, useResidual(a[0], a[1], a[2]), tol));
            double[] coll = new double[n], sort = new double[n], recy = new double[n];
            for (int t = 0; t < n; t++) {
                coll[t] = a[3][t] - a[4][t] - a[5][t];
                sort[t] = a[4][t] - a[6][t] - a[7][t];
                recy[t] = a[6][t] - a[8][t] - a[9][t];
            }
            balance.add(new MassBalance.Entry("collection", mat, u, coll, tol));
            balance.add(new MassBalance.Entry("sorting", mat, u, sort, tol));
            balance.add(new MassBalance.Entry("recycling", mat, u, recy, tol));
        }
        MassBalance mb = new MassBalance(in.balanceTolerance(), balance);
        for (MassBalance.Entry f : mb.failures()) {
            int worst = 0;
            double[] r = f.residual();
            for (int t = 1; t < r.length; t++) {
                if (Math.abs(r[t]) > Math.abs(r[worst])) {
                    worst = t;
                }
            }
            rep.error("MASS_BALANCE", String.format(Locale.ROOT,
                    "process %s does not balance for %s: residual %.6g %s in %d exceeds the tolerance %.3g (%.1g of the largest flow)",
                    f.process(), f.material(), r[worst], f.unit(), years[worst], f.tolerance(), in.balanceTolerance()),
                    Location.cell("process", f.process(), "material", f.material(), "year", Integer.toString(years[worst])));
        }
        if (!computedAll) {
            rep.error("NOT_COMPUTED", "at least one segment could not be computed (see the issues above); its rows are missing",
                    Location.none());
        }
        var prov = in.provenance()
                .withStep("cohort model, survival-function formulation (timing " + in.timing().name().toLowerCase(Locale.ROOT) + ")")
                .withStep("technology split by cohort shares; components and materials by cohort composition")
                .withStep("end-of-life routes: collection x sorting x recycling")
                .withParameter("timing", in.timing().name().toLowerCase(Locale.ROOT))
                .withParameter("balance_tolerance", Double.toString(in.balanceTolerance()));
        return new StockflowResult(years,
                new Table("stock", prodDims, in.productUnit(), pStock),
                new Table("inflow", prodDims, in.productUnit(), pIn),
                new Table("outflow", prodDims, in.productUnit(), pOut),
                new Table("material_stock", matDims, in.materialUnit(), mStock),
                new Table("material_inflow", matDims, in.materialUnit(), mIn),
                new Table("material_outflow", matDims, in.materialUnit(), mOut),
                new Table("end_of_life", eolDims, in.materialUnit(), eol),
                in.keepCohorts() ? Optional.of(new Table("stock_by_cohort", cohortDims, in.productUnit(), cohorts)) : Optional.empty(),
                mb, rep.build(), prov);
    }

    private static double outflowByCohort(double[][] sc, double[] inflow, int t, int c) {
        return t == c ? inflow[c] - sc[c][c] : sc[t - 1][c] - sc[t][c];
    }

    private static double[] useResidual(double[] in, double[] out, double[] stock) {
        double[] r = new double[in.length];
        for (int t = 0; t < r.length; t++) {
            r[t] = in[t] - out[t] - (stock[t] - (t == 0 ? 0 : stock[t - 1]));
        }
        return r;
    }

    private static void checkShares(Segment seg, double[][] shares, List<Segment.TechnologyShare> techs, int[] years,
                                    ValidationReport.Builder rep) {
        int n = years.length;
        for (int c = 0; c < n; c++) {
            double sum = 0;
            for (int k = 0; k < shares.length; k++) {
                double v = shares[k][c];
                if (!Double.isFinite(v) || v < 0) {
                    Map<String, String> l = new LinkedHashMap<>(seg.labels());
                    l.put("technology", techs.get(k).technology());
                    l.put("cohort", Integer.toString(years[c]));
                    rep.error("BAD_SHARE", "technology share must be a finite number >= 0, got " + v, Location.cell(l));
                }
                sum += v;
            }
            if (!(Math.abs(sum - 1) <= SHARE_TOLERANCE)) {
                Map<String, String> l = new LinkedHashMap<>(seg.labels());
                l.put("cohort", Integer.toString(years[c]));
                rep.error("SHARES_NOT_ONE", String.format(Locale.ROOT,
                        "technology shares of segment %s sum to %.9g, not 1 (tolerance %.0e); the split is computed as given"
                                + " and the technology_split balance shows the gap", seg.id(), sum, SHARE_TOLERANCE),
                        Location.cell(l));
            }
        }
    }

    private static boolean allOne(double[] a) {
        for (double v : a) {
            if (v != 1.0) {
                return false;
            }
        }
        return true;
    }

    private static EolRoute route(List<EolRoute> routes, String comp, String mat) {
        EolRoute wildcard = null;
        for (EolRoute r : routes) {
            if (r.matches(comp, mat)) {
                if (r.component().equals(comp)) {
                    return r;
                }
                wildcard = r;
            }
        }
        return wildcard;
    }

    private static void add(double[] acc, double[] v) {
        for (int t = 0; t < acc.length; t++) {
            acc[t] += v[t];
        }
    }

    private static List<String> concat(List<String> base, String... more) {
        List<String> l = new ArrayList<>(base);
        l.addAll(List.of(more));
        return l;
    }
}
