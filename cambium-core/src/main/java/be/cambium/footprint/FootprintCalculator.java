package be.cambium.footprint;

import be.cambium.linalg.DenseMatrix;
import be.cambium.linalg.Factorisation;
import be.cambium.provenance.Provenance;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
        LabelIndex ix = sys.sectors();
        LabelIndex fd = sys.finalDemandCategories();
        int n = ix.size();
        List<String> regions = ix.regions();
        int nreg = regions.size();
        DenseMatrix a = sys.technicalCoefficients();
        DenseMatrix y = sys.finalDemand();
        double[] x = sys.output();
        ValidationReport.Builder rb = ValidationReport.builder().addAll(sys.report());
        Provenance prov = sys.provenance().withStep("solver: " + in.solver().description())
                .withParameter("solver", in.solver().name());

        int[] fdRegion = new int[fd.size()];
        for (int c = 0; c < fd.size(); c++) {
            fdRegion[c] = ix.regionNumber(fd.label(c).region());
        }
        // Y_agg: final demand summed over categories per region (n x nreg)
        double[] yAgg = new double[n * nreg];
        for (int c = 0; c < fd.size(); c++) {
            int o = fdRegion[c] * n;
            for (int i = 0; i < n; i++) {
                yAgg[o + i] += y.get(i, c);
            }
        }
        int[][] position = positions(ix, regions);

        Factorisation lu = in.solver().factoriseLeontief(a);
        double[] xr = yAgg.clone();
        lu.solveInPlace(xr, nreg, false); // x^(r) = L Y_r, column r
        double[] xTot = new double[n];
        double[] xForeign = new double[n]; // Σ_{r ≠ region(i)} x^(r)_i
        for (int r = 0; r < nreg; r++) {
            for (int i = 0; i < n; i++) {
                double v = xr[i + r * n];
                xTot[i] += v;
                if (ix.regionNumber(i) != r) {
                    xForeign[i] += v;
                }
            }
        }

        // S of all extensions stacked: K x n, row-major in a plain array (row q at q*n)
        List<Extension> exts = sys.extensions();
        int kTot = exts.stream().mapToInt(Extension::size).sum();
        double[] s = new double[kTot * n];
        int q0 = 0;
        for (Extension e : exts) {
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

        double[] cba = new double[kTot * n];
        for (int q = 0; q < kTot; q++) {
            for (int i = 0; i < n; i++) {
                double mi = m[q * n + i];
                int sec = position[1][i];
                for (int r = 0; r < nreg; r++) {
                    double v = yAgg[i + r * n];
                    if (v != 0.0) {
                        cba[q * n + position[0][r * position[2][0] + sec]] += mi * v;
                    }
                }
            }
        }
        double[] imp = null;
        if (in.sectorResolvedImports()) {
            imp = cba.clone();
            double[] sr = new double[kTot * n];
            for (int r = 0; r < nreg; r++) {
                Arrays.fill(sr, 0.0);
                for (int q = 0; q < kTot; q++) {
                    for (int i = 0; i < n; i++) {
                        if (ix.regionNumber(i) == r) {
                            sr[q * n + i] = s[q * n + i];
                        }
                    }
                }
                lu.solveInPlace(sr, kTot, true); // M^(r) = S_r L
                for (int q = 0; q < kTot; q++) {
                    for (int i = 0; i < n; i++) {
                        double v = yAgg[i + r * n];
                        if (v != 0.0) {
                            imp[q * n + position[0][r * position[2][0] + position[1][i]]] -= sr[q * n + i] * v;
                        }
                    }
                }
            }
        }

        List<ExtensionAccounts> accounts = new ArrayList<>();
        q0 = 0;
        for (Extension e : exts) {
            accounts.add(accountsOf(e, q0, n, nreg, ix, regions, fdRegion, s, m, mDown, cba, imp, xr, xTot, xForeign,
                    sys.population(), rb));
            q0 += e.size();
        }
        prov = prov.withStep("accounts D_cba, D_pba, D_imp, D_exp (pymrio definitions; F_Y added to D_cba_reg and D_pba_reg)");

        RegionFootprint rf = null;
        if (in.focusRegion() != null) {
            rf = RegionSplit.compute(in, lu, s, m, yAgg, kTot, rb);
            prov = prov.withParameter("region", in.focusRegion())
                    .withStep("footprint of " + in.focusRegion() + ": DE, IMP_RME (final / intermediate / re-export), EXP_RME, RMI, RMC; "
                            + in.layers() + " production layers; structural paths above " + in.pathThreshold());
        }
        return new FootprintResult(accounts, rf, in.solver().description(), rb.build(), prov);
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
        java.util.Map<String, Integer> secNo = new java.util.HashMap<>();
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

    private static ExtensionAccounts accountsOf(Extension e, int q0, int n, int nreg, LabelIndex ix, List<String> regions,
            int[] fdRegion, double[] s, double[] m, double[] mDown, double[] cba, double[] imp, double[] xr, double[] xTot,
            double[] xForeign, Map<String, Double> population, ValidationReport.Builder rb) {
        int k = e.size();
        double[] sK = new double[k * n];
        double[] mK = new double[k * n];
        double[] mdK = new double[k * n];
        double[] cbaK = new double[k * n];
        double[] impK = imp == null ? null : new double[k * n];
        double[] pbaK = new double[k * n];
        double[] expK = new double[k * n];
        double[] cbaR = new double[k * nreg];
        double[] pbaR = new double[k * nreg];
        double[] impR = new double[k * nreg];
        double[] expR = new double[k * nreg];
        DenseMatrix fy = e.stressorsOfFinalDemand();
        for (int q = 0; q < k; q++) {
            int row = (q0 + q) * n;
            double sumCba = 0;
            double sumPba = 0;
            double sumImp = 0;
            double sumExp = 0;
            double scale = 0;
            for (int j = 0; j < n; j++) {
                double sj = s[row + j];
                sK[q + j * k] = sj;
                mK[q + j * k] = m[row + j];
                mdK[q + j * k] = mDown[row + j];
                cbaK[q + j * k] = cba[row + j];
                if (impK != null) {
                    impK[q + j * k] = imp[row + j];
                }
                double pba = sj * xTot[j];
                double exp = sj * xForeign[j];
                pbaK[q + j * k] = pba;
                expK[q + j * k] = exp;
                int r = ix.regionNumber(j);
                pbaR[q + r * k] += pba;
                expR[q + r * k] += exp;
                sumPba += pba;
                sumExp += exp;
                scale += Math.abs(pba) + Math.abs(exp);
            }
            for (int r = 0; r < nreg; r++) {
                // D_cba_reg without F_Y = M Y_r; D_imp_reg = Σ_{i ∉ r} S_i x^(r)_i
                double c = 0;
                double im = 0;
                for (int i = 0; i < n; i++) {
                    double v = xr[i + r * n] * s[row + i];
                    c += v;
                    if (ix.regionNumber(i) != r) {
                        im += v;
                    }
                }
                cbaR[q + r * k] = c;
                impR[q + r * k] = im;
                sumCba += c;
                sumImp += im;
            }
            double residual = sumCba - (sumPba + sumImp - sumExp);
            if (Math.abs(residual) > IDENTITY_TOLERANCE * Math.max(scale, Double.MIN_NORMAL)) {
                rb.error("GLOBAL_IDENTITY", "sum D_cba - (sum D_pba + sum D_imp - sum D_exp) = " + residual,
                        Location.cell("extension", e.name(), "stressor", e.stressors().get(q)));
            }
            for (int c = 0; c < fy.cols(); c++) {
                double v = fy.get(q, c);
                cbaR[q + fdRegion[c] * k] += v;
                pbaR[q + fdRegion[c] * k] += v;
            }
        }
        List<DenseMatrix> perCap = null;
        if (!population.isEmpty()) {
            perCap = new ArrayList<>();
            for (double[] reg : List.of(cbaR, pbaR, impR, expR)) {
                double[] pc = new double[k * nreg];
                for (int r = 0; r < nreg; r++) {
                    double p = population.get(regions.get(r));
                    for (int q = 0; q < k; q++) {
                        pc[q + r * k] = reg[q + r * k] / p;
                    }
                }
                perCap.add(DenseMatrix.wrap(k, nreg, pc));
            }
        }
        return new ExtensionAccounts(e.name(), e.stressors(), e.units(), ix, regions, DenseMatrix.wrap(k, n, sK),
                DenseMatrix.wrap(k, n, mK), DenseMatrix.wrap(k, n, mdK), DenseMatrix.wrap(k, n, cbaK), DenseMatrix.wrap(k, n, pbaK),
                impK == null ? null : DenseMatrix.wrap(k, n, impK), DenseMatrix.wrap(k, n, expK),
                DenseMatrix.wrap(k, nreg, cbaR), DenseMatrix.wrap(k, nreg, pbaR), DenseMatrix.wrap(k, nreg, impR),
                DenseMatrix.wrap(k, nreg, expR), perCap);
    }

    /** Units of a multiplier: stressor unit per monetary unit. */
    public static String multiplierUnit(String stressorUnit, String monetaryUnit) {
        return stressorUnit + "/" + monetaryUnit;
    }



}
