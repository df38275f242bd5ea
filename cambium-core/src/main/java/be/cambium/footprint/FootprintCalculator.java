package be.cambium.footprint;

import be.cambium.linalg.DenseMatrix;
import be.cambium.linalg.Factorisation;
import be.cambium.provenance.Provenance;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * EEIO accounts as pymrio defines them (IndEcol/pymrio {@code iomath.calc_accounts} and
 * {@code Extension.calc_system}), computed from one LU factorisation of I - A and solves:
 * <ul>
 * <li>x^(r) = L Y_r for every region r (one block solve with one column per region);</li>
 * <li>M = S L by a transposed solve (I - A)ᵀ Mᵀ = Sᵀ, all stressors of all extensions in one block;</li>
 * <li>D_cba[:, (r,s)] = Σ_rr M[:, (rr,s)] Y_r[(rr,s)] (pymrio builds the n x n diagonalised Y instead);</li>
 * <li>D_pba = S x̂_tot, D_exp[:, i] = S[:, i] Σ_{r ≠ region(i)} x^(r)_i,
 * D_imp_reg[:, r] = Σ_{i ∉ r} S[:, i] x^(r)_i;</li>
 * <li>D_imp[:, (r,s)] = D_cba[:, (r,s)] - Σ_rr M^(r)[:, (rr,s)] Y_r[(rr,s)] with M^(r) = S_r L (S restricted to
 * r's sectors): one more transposed solve per region.</li>
 * </ul>
 * The global identity Σ D_cba = Σ D_pba + Σ D_imp - Σ D_exp is checked on every run.
 */
public final class FootprintCalculator {

    private static final double IDENTITY_TOLERANCE = 1e-9;

    private FootprintCalculator() {
    }

    public static FootprintResult compute(FootprintInput in) {
        IoSystem sys = in.system();
        ValidationReport.Builder rb = ValidationReport.builder().addAll(sys.report());
        Provenance prov = sys.provenance().withStep("solver: " + in.solver().description())
                .withParameter("solver", in.solver().name());
        Economy eco = economy(sys);
        Factorisation lu = in.solver().factoriseLeontief(sys.technicalCoefficients());
        Outputs out = outputs(eco, lu);
        Multipliers mul = multipliers(sys, lu);
        double[] cba = consumption(eco, mul);
        Solution sol = new Solution(eco, out, mul, cba, in.sectorResolvedImports() ? imports(eco, mul, lu, cba) : null);

        List<ExtensionAccounts> accounts = new ArrayList<>();
        int q0 = 0;
        for (Extension e : sys.extensions()) {
            accounts.add(accountsOf(e, q0, sol, sys.population(), rb));
            q0 += e.size();
        }
        prov = prov.withStep("accounts D_cba, D_pba, D_imp, D_exp (pymrio definitions; F_Y added to D_cba_reg and D_pba_reg)");

        RegionFootprint rf = null;
        if (in.focusRegion() != null) {
            rf = RegionSplit.compute(in, sol, rb);
            prov = prov.withParameter("region", in.focusRegion())
                    .withStep("footprint of " + in.focusRegion() + ": DE, IMP_RME (final / intermediate / re-export), EXP_RME, RMI, RMC; "
                            + in.layers() + " production layers; structural paths above " + in.pathThreshold());
        }
        return new FootprintResult(accounts, rf, in.solver().description(), rb.build(), prov);
    }

    /**
     * The labels and the final demand of a system: {@code fdRegion[c]} the region number of final-demand column c,
     * {@code yAgg} final demand summed over categories per region (n x regions, column r at r*n), {@code position}
     * as {@link #positions}.
     */
    record Economy(LabelIndex sectors, List<String> regions, int[] fdRegion, double[] yAgg, int[][] position) {
        int n() {
            return sectors.size();
        }

        int regionCount() {
            return regions.size();
        }

        /** Position of (region r, the sector of position i). */
        int at(int r, int i) {
            return position[0][r * position[2][0] + position[1][i]];
        }
    }

    /** x^(r) = L Y_r (n x regions, column r at r*n), x_tot = Σ_r x^(r) and Σ_{r ≠ region(i)} x^(r)_i. */
    record Outputs(double[] byRegion, double[] total, double[] foreign) {
    }

    /** S, M = S L and M_down of all extensions stacked: K x n, row-major (row q at q*n). */
    record Multipliers(int stressors, double[] intensities, double[] multipliers, double[] downstream) {
    }

    /** Everything the accounts and the region split read: D_cba by (consuming region, product) and D_imp or null. */
    record Solution(Economy economy, Outputs outputs, Multipliers multipliers, double[] consumption, double @Nullable [] imports) {
    }

    private static Economy economy(IoSystem sys) {
        LabelIndex ix = sys.sectors();
        LabelIndex fd = sys.finalDemandCategories();
        DenseMatrix y = sys.finalDemand();
        int n = ix.size();
        List<String> regions = ix.regions();
        int[] fdRegion = new int[fd.size()];
        for (int c = 0; c < fd.size(); c++) {
            fdRegion[c] = ix.regionNumber(fd.label(c).region());
        }
        double[] yAgg = new double[n * regions.size()];
        for (int c = 0; c < fd.size(); c++) {
            int o = fdRegion[c] * n;
            for (int i = 0; i < n; i++) {
                yAgg[o + i] += y.get(i, c);
            }
        }
        return new Economy(ix, regions, fdRegion, yAgg, positions(ix, regions));
    }

    private static Outputs outputs(Economy eco, Factorisation lu) {
        int n = eco.n();
        int nreg = eco.regionCount();
        double[] xr = eco.yAgg().clone();
        lu.solveInPlace(xr, nreg, false); // x^(r) = L Y_r, column r
        double[] xTot = new double[n];
        double[] xForeign = new double[n];
        for (int r = 0; r < nreg; r++) {
            for (int i = 0; i < n; i++) {
                double v = xr[i + r * n];
                xTot[i] += v;
                if (eco.sectors().regionNumber(i) != r) {
                    xForeign[i] += v;
                }
            }
        }
        return new Outputs(xr, xTot, xForeign);
    }

    private static Multipliers multipliers(IoSystem sys, Factorisation lu) {
        int n = sys.sectors().size();
        double[] x = sys.output();
        int kTot = sys.extensions().stream().mapToInt(Extension::size).sum();
        double[] s = new double[kTot * n];
        int q0 = 0;
        for (Extension e : sys.extensions()) {
            DenseMatrix f = e.stressorsOfProduction();
            for (int q = 0; q < e.size(); q++) {
                for (int j = 0; j < n; j++) {
                    s[(q0 + q) * n + j] = x[j] == 0.0 ? 0.0 : f.get(q, j) / x[j];
                }
            }
            q0 += e.size();
        }
        // M^T = (I - A)^-T S^T: S row-major is S^T column-major
        double[] m = s.clone();
        lu.solveInPlace(m, kTot, true);
        // M_down = S (G^T - I) with G = x^-1 L x^ (Ghosh inverse): S G^T = ((L (S x^)^T) / x)^T
        double[] mDown = new double[kTot * n];
        for (int q = 0; q < kTot; q++) {
            for (int j = 0; j < n; j++) {
                mDown[q * n + j] = s[q * n + j] * x[j];
            }
        }
        lu.solveInPlace(mDown, kTot, false);
        for (int q = 0; q < kTot; q++) {
            for (int j = 0; j < n; j++) {
                double v = x[j] == 0.0 ? 0.0 : mDown[q * n + j] / x[j];
                mDown[q * n + j] = v - s[q * n + j];
            }
        }
        return new Multipliers(kTot, s, m, mDown);
    }

    /** D_cba[:, (r,s)] = Σ_rr M[:, (rr,s)] Y_r[(rr,s)]. */
    private static double[] consumption(Economy eco, Multipliers mul) {
        int n = eco.n();
        int kTot = mul.stressors();
        double[] m = mul.multipliers();
        double[] yAgg = eco.yAgg();
        double[] cba = new double[kTot * n];
        for (int q = 0; q < kTot; q++) {
            for (int i = 0; i < n; i++) {
                double mi = m[q * n + i];
                for (int r = 0; r < eco.regionCount(); r++) {
                    double v = yAgg[i + r * n];
                    if (v != 0.0) {
                        cba[q * n + eco.at(r, i)] += mi * v;
                    }
                }
            }
        }
        return cba;
    }

    /** D_imp = D_cba - Σ_rr M^(r)[:, (rr,s)] Y_r[(rr,s)] with M^(r) = S_r L: one transposed solve per region. */
    private static double[] imports(Economy eco, Multipliers mul, Factorisation lu, double[] cba) {
        int n = eco.n();
        int kTot = mul.stressors();
        double[] s = mul.intensities();
        double[] yAgg = eco.yAgg();
        double[] imp = cba.clone();
        double[] sr = new double[kTot * n];
        for (int r = 0; r < eco.regionCount(); r++) {
            Arrays.fill(sr, 0.0);
            for (int q = 0; q < kTot; q++) {
                for (int i = 0; i < n; i++) {
                    if (eco.sectors().regionNumber(i) == r) {
                        sr[q * n + i] = s[q * n + i];
                    }
                }
            }
            lu.solveInPlace(sr, kTot, true); // M^(r) = S_r L
            for (int q = 0; q < kTot; q++) {
                for (int i = 0; i < n; i++) {
                    double v = yAgg[i + r * n];
                    if (v != 0.0) {
                        imp[q * n + eco.at(r, i)] -= sr[q * n + i] * v;
                    }
                }
            }
        }
        return imp;
    }

    /**
     * position[0][r * nsec + s] = index of (region r, sector s); position[1][i] = sector number of i;
     * position[2][0] = number of sectors. Requires every region to have the same sectors, as pymrio does.
     */
    static int[][] positions(LabelIndex ix, List<String> regions) {
        List<String> items = ix.items();
        int nsec = items.size();
        if ((long) nsec * regions.size() != ix.size()) {
            throw new IllegalArgumentException("every region must have the same sectors: " + regions.size() + " regions x "
                    + nsec + " sectors != " + ix.size() + " rows");
        }
        Map<String, Integer> secNo = new HashMap<>();
        for (int k = 0; k < nsec; k++) {
            secNo.put(items.get(k), k);
        }
        int[] pos = new int[ix.size()];
        int[] sec = new int[ix.size()];
        Arrays.fill(pos, -1);
        for (int i = 0; i < ix.size(); i++) {
            Label l = ix.label(i);
            sec[i] = secNo.get(l.item());
            pos[ix.regionNumber(i) * nsec + sec[i]] = i;
        }
        for (int p : pos) {
            if (p < 0) {
                throw new IllegalArgumentException("every region must have the same sectors");
            }
        }
        return new int[][] {pos, sec, {nsec}};
    }

    /** One extension's rows of the stacked arrays (column-major k x n and k x regions, as {@link DenseMatrix#wrap} wants). */
    private static final class Rows {
        final int k;
        final int n;
        final int nreg;
        final double[] s;
        final double[] m;
        final double[] mDown;
        final double[] cba;
        final double @Nullable [] imp;
        final double[] pba;
        final double[] exp;
        final double[] cbaR;
        final double[] pbaR;
        final double[] impR;
        final double[] expR;

        Rows(int k, int n, int nreg, boolean imports) {
            this.k = k;
            this.n = n;
            this.nreg = nreg;
            s = new double[k * n];
            m = new double[k * n];
            mDown = new double[k * n];
            cba = new double[k * n];
            imp = imports ? new double[k * n] : null;
            pba = new double[k * n];
            exp = new double[k * n];
            cbaR = new double[k * nreg];
            pbaR = new double[k * nreg];
            impR = new double[k * nreg];
            expR = new double[k * nreg];
        }

        DenseMatrix sectors(double[] a) {
            return DenseMatrix.wrap(k, n, a);
        }

        DenseMatrix regions(double[] a) {
            return DenseMatrix.wrap(k, nreg, a);
        }
    }

    private static ExtensionAccounts accountsOf(Extension e, int q0, Solution sol, Map<String, Double> population,
            ValidationReport.Builder rb) {
        Economy eco = sol.economy();
        Rows a = new Rows(e.size(), eco.n(), eco.regionCount(), sol.imports() != null);
        DenseMatrix fy = e.stressorsOfFinalDemand();
        for (int q = 0; q < a.k; q++) {
            double[] bySector = sectorRows(q, q0, sol, a); // {Σ D_pba, Σ D_exp, scale}
            double[] byRegion = regionRows(q, q0, sol, a); // {Σ D_cba, Σ D_imp}
            double residual = byRegion[0] - (bySector[0] + byRegion[1] - bySector[1]);
            if (Math.abs(residual) > IDENTITY_TOLERANCE * Math.max(bySector[2], Double.MIN_NORMAL)) {
                rb.error("GLOBAL_IDENTITY", "sum D_cba - (sum D_pba + sum D_imp - sum D_exp) = " + residual,
                        Location.cell("extension", e.name(), "stressor", e.stressors().get(q)));
            }
            for (int c = 0; c < fy.cols(); c++) {
                double v = fy.get(q, c);
                a.cbaR[q + eco.fdRegion()[c] * a.k] += v;
                a.pbaR[q + eco.fdRegion()[c] * a.k] += v;
            }
        }
        return new ExtensionAccounts(e.name(), e.stressors(), e.units(), eco.sectors(), eco.regions(), a.sectors(a.s),
                a.sectors(a.m), a.sectors(a.mDown), a.sectors(a.cba), a.sectors(a.pba), a.imp == null ? null : a.sectors(a.imp),
                a.sectors(a.exp), a.regions(a.cbaR), a.regions(a.pbaR), a.regions(a.impR), a.regions(a.expR),
                perCapita(a, eco.regions(), population));
    }

    /** Copies stressor q's sector rows and fills D_pba, D_exp (by sector and region); returns their sums and the scale. */
    private static double[] sectorRows(int q, int q0, Solution sol, Rows a) {
        int row = (q0 + q) * a.n;
        Multipliers mul = sol.multipliers();
        double sumPba = 0;
        double sumExp = 0;
        double scale = 0;
        for (int j = 0; j < a.n; j++) {
            int at = q + j * a.k;
            double sj = mul.intensities()[row + j];
            a.s[at] = sj;
            a.m[at] = mul.multipliers()[row + j];
            a.mDown[at] = mul.downstream()[row + j];
            a.cba[at] = sol.consumption()[row + j];
            if (a.imp != null) {
                a.imp[at] = sol.imports()[row + j];
            }
            double pba = sj * sol.outputs().total()[j];
            double exp = sj * sol.outputs().foreign()[j];
            a.pba[at] = pba;
            a.exp[at] = exp;
            int r = sol.economy().sectors().regionNumber(j);
            a.pbaR[q + r * a.k] += pba;
            a.expR[q + r * a.k] += exp;
            sumPba += pba;
            sumExp += exp;
            scale += Math.abs(pba) + Math.abs(exp);
        }
        return new double[] {sumPba, sumExp, scale};
    }

    /** D_cba_reg without F_Y = M Y_r and D_imp_reg = Σ_{i ∉ r} S_i x^(r)_i for stressor q; returns their sums. */
    private static double[] regionRows(int q, int q0, Solution sol, Rows a) {
        int row = (q0 + q) * a.n;
        double[] s = sol.multipliers().intensities();
        double[] xr = sol.outputs().byRegion();
        double sumCba = 0;
        double sumImp = 0;
        for (int r = 0; r < a.nreg; r++) {
            double c = 0;
            double im = 0;
            for (int i = 0; i < a.n; i++) {
                double v = xr[i + r * a.n] * s[row + i];
                c += v;
                if (sol.economy().sectors().regionNumber(i) != r) {
                    im += v;
                }
            }
            a.cbaR[q + r * a.k] = c;
            a.impR[q + r * a.k] = im;
            sumCba += c;
            sumImp += im;
        }
        return new double[] {sumCba, sumImp};
    }

    /** The four regional accounts divided by population, or null without population. */
    private static @Nullable List<DenseMatrix> perCapita(Rows a, List<String> regions, Map<String, Double> population) {
        if (population.isEmpty()) {
            return null;
        }
        List<DenseMatrix> perCap = new ArrayList<>();
        for (double[] reg : List.of(a.cbaR, a.pbaR, a.impR, a.expR)) {
            double[] pc = new double[a.k * a.nreg];
            for (int r = 0; r < a.nreg; r++) {
                double p = population.get(regions.get(r));
                for (int q = 0; q < a.k; q++) {
                    pc[q + r * a.k] = reg[q + r * a.k] / p;
                }
            }
            perCap.add(a.regions(pc));
        }
        return perCap;
    }

    /** Units of a multiplier: stressor unit per monetary unit. */
    public static String multiplierUnit(String stressorUnit, String monetaryUnit) {
        return stressorUnit + "/" + monetaryUnit;
    }
}
