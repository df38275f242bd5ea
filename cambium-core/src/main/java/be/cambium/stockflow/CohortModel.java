package be.cambium.stockflow;

import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The cohort (dynamic stock) model in the survival-function formulation:
 * stock by cohort s_c[t][c] = i[c] * sf[t][c] (times the retained share after early retirements),
 * outflow by cohort o_c[t][c] = s_c[t-1][c] - s_c[t][c] for t > c and o_c[c][c] = i[c] - s_c[c][c].
 * Mass balance holds by construction. Pure: no IO, no state.
 */
public final class CohortModel {

    /** Survival in the inflow year at or below this is treated as zero (no stock can be built). */
    static final double SURVIVAL_EPS = 1e-12;

    private CohortModel() {
    }

    /**
     * Runs the model. {@code years} label issues (year of each position); {@code labels} are the
     * series' own labels (e.g. region, technology) added to every issue location.
     */
    public static CohortResult compute(CohortDriver driver, SurvivalMatrix sf, NegativeInflowPolicy policy,
                                       int[] years, Map<String, String> labels) {
        Objects.requireNonNull(driver, "driver");
        Objects.requireNonNull(sf, "sf");
        Objects.requireNonNull(policy, "policy");
        int n = sf.years();
        if (years.length != n) {
            throw new IllegalArgumentException("years has " + years.length + " entries, survival matrix " + n);
        }
        ValidationReport.Builder rep = ValidationReport.builder();
        double[] inflow = new double[n];
        double[][] s = new double[n][n];
        double[][] k = new double[n][n];
        for (int t = 0; t < n; t++) {
            for (int c = 0; c <= t; c++) {
                k[t][c] = 1.0;
            }
        }
        int stockFrom;
        double[] stock;
        if (driver instanceof CohortDriver.Inflow d) {
            {
                double[] in = d.inflow();
                requireLength("inflow", in, n);
                if (!finite("inflow", in, 0, n, years, labels, rep)) {
                    return CohortResult.failed(rep.build());
                }
                System.arraycopy(in, 0, inflow, 0, n);
                checkNonNegativeInflow(in, 0, n, years, labels, rep);
                stockFrom = n;
                stock = new double[n];
            }
        } else if (driver instanceof CohortDriver.Stock d) {
            {
                stock = d.stock();
                requireLength("stock", stock, n);
                if (!finite("stock", stock, 0, n, years, labels, rep)) {
                    return CohortResult.failed(rep.build());
                }
                stockFrom = 0;
            }
        } else if (driver instanceof CohortDriver.InflowThenStock d) {
            {
                int sw = d.switchIndex();
                requireSwitch(sw, n);
                double[] in = d.inflow();
                stock = d.stock();
                requireLength("inflow", in, n);
                requireLength("stock", stock, n);
                if (!finite("inflow", in, 0, sw, years, labels, rep) | !finite("stock", stock, sw, n, years, labels, rep)) {
                    return CohortResult.failed(rep.build());
                }
                System.arraycopy(in, 0, inflow, 0, sw);
                checkNonNegativeInflow(in, 0, sw, years, labels, rep);
                stockFrom = sw;
            }
        } else {
            CohortDriver.InitialStockThenStock d = (CohortDriver.InitialStockThenStock) driver;
            {
                int sw = d.switchIndex();
                requireSwitch(sw, n);
                if (sw < 1) {
                    throw new IllegalArgumentException("an initial stock needs switchIndex >= 1, got " + sw);
                }
                double[] init = d.stockByCohort();
                stock = d.stock();
                requireLength("stock", stock, n);
                if (init.length != sw) {
                    throw new IllegalArgumentException("initial stock by cohort has " + init.length
                            + " entries, expected one per year before the switch year (" + sw + ")");
                }
                if (!finite("initial stock", init, 0, sw, years, labels, rep) | !finite("stock", stock, sw, n, years, labels, rep)) {
                    return CohortResult.failed(rep.build());
                }
                int at = sw - 1;
                for (int c = 0; c < sw; c++) {
                    if (init[c] < 0) {
                        rep.error("NEGATIVE_STOCK", "initial stock of cohort " + years[c] + " is negative (" + init[c] + ")",
                                loc(years, c, labels));
                    }
                    double f = sf.at(at, c);
                    if (f > SURVIVAL_EPS) {
                        inflow[c] = init[c] / f;
                    } else if (init[c] != 0) {
                        rep.error("INITIAL_STOCK_UNREACHABLE", "cohort " + years[c] + " cannot still be in stock in "
                                + years[at] + " under its lifetime (survival 0), but the initial stock gives " + init[c]
                                + "; its inflow is set to 0", loc(years, c, labels));
                    }
                }
                stockFrom = sw;
            }
        }
        // cohorts before the stock-driven part
        for (int c = 0; c < stockFrom; c++) {
            for (int t = c; t < n; t++) {
                s[t][c] = inflow[c] * sf.at(t, c);
            }
        }
        double scale = 0;
        for (int t = stockFrom; t < n; t++) {
            scale = Math.max(scale, Math.abs(stock[t]));
            if (stock[t] < 0) {
                rep.error("NEGATIVE_STOCK", "stock target is negative (" + stock[t] + ")", loc(years, t, labels));
            }
        }
        double tol = 1e-12 * Math.max(1.0, scale);
        for (int m = stockFrom; m < n; m++) {
            double survivors = 0;
            for (int c = 0; c < m; c++) {
                survivors += s[m][c];
            }
            double rem = stock[m] - survivors;
            if (rem < -tol && policy == NegativeInflowPolicy.RETIRE_EARLY) {
                inflow[m] = 0;
                double d = survivors > 0 ? -rem / survivors : 0;
                if (d > 1) {
                    d = 1; // a negative stock target: everything retires; reported above
                }
                for (int c = 0; c < m; c++) {
                    for (int t = m; t < n; t++) {
                        s[t][c] *= 1 - d;
                        k[t][c] *= 1 - d;
                    }
                }
                rep.info("EARLY_RETIREMENT", String.format(java.util.Locale.ROOT,
                        "stock falls faster than retirements: inflow set to 0 and %.6g (%.4g%% of the stock of older cohorts) retired early",
                        -rem, 100 * d), loc(years, m, labels));
            } else {
                double f = sf.at(m, m);
                if (f > SURVIVAL_EPS) {
                    inflow[m] = rem / f;
                } else {
                    inflow[m] = 0;
                    if (rem > tol) {
                        rep.error("STOCK_TARGET_UNREACHABLE", "the lifetime gives no survival in the inflow year (S(0) = 0),"
                                + " so no inflow can build the stock target " + stock[m] + "; inflow set to 0",
                                loc(years, m, labels));
                    }
                }
                if (inflow[m] < -tol) {
                    rep.warning("NEGATIVE_INFLOW_REQUIRED", String.format(java.util.Locale.ROOT,
                            "stock falls faster than retirements: the stock path needs an inflow of %.6g (kept, policy 'report';"
                                    + " use negative_inflow 'retire_early' to retire older cohorts early instead)", inflow[m]),
                            loc(years, m, labels));
                }
                for (int t = m; t < n; t++) {
                    s[t][m] = inflow[m] * sf.at(t, m);
                }
            }
        }
        double[][] o = new double[n][n];
        for (int c = 0; c < n; c++) {
            o[c][c] = inflow[c] - s[c][c];
            for (int t = c + 1; t < n; t++) {
                o[t][c] = s[t - 1][c] - s[t][c];
            }
        }
        return new CohortResult(inflow, s, o, k, rep.build());
    }

    private static void requireSwitch(int sw, int n) {
        if (sw < 0 || sw > n) {
            throw new IllegalArgumentException("switch index " + sw + " outside 0.." + n);
        }
    }

    private static void requireLength(String what, double[] a, int n) {
        if (a.length != n) {
            throw new IllegalArgumentException(what + " has " + a.length + " values, expected one per year (" + n + ")");
        }
    }

    private static boolean finite(String what, double[] a, int from, int to, int[] years, Map<String, String> labels,
                                  ValidationReport.Builder rep) {
        boolean ok = true;
        for (int t = from; t < to; t++) {
            if (!Double.isFinite(a[t])) {
                rep.error("MISSING_VALUE", what + " is missing or not a finite number (" + a[t] + "); the model is not computed",
                        loc(years, t, labels));
                ok = false;
            }
        }
        return ok;
    }

    private static void checkNonNegativeInflow(double[] in, int from, int to, int[] years, Map<String, String> labels,
                                               ValidationReport.Builder rep) {
        for (int t = from; t < to; t++) {
            if (in[t] < 0) {
                rep.error("NEGATIVE_INFLOW", "inflow is negative (" + in[t] + "); computed as given, but a negative"
                        + " inflow has no physical meaning", loc(years, t, labels));
            }
        }
    }

    static Location loc(int[] years, int t, Map<String, String> labels) {
        Map<String, String> m = new LinkedHashMap<>(labels);
        m.put("year", Integer.toString(years[t]));
        return Location.cell(m);
    }
}
