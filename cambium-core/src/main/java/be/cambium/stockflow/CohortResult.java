package be.cambium.stockflow;

import be.cambium.validate.ValidationReport;

/**
 * The result of one cohort model: inflow, stock and outflow by cohort (rows = year t, columns =
 * cohort c), their totals, stock change and the balance residual i - o - ds per year, plus the
 * issues found. When {@link #computed()} is false the inputs could not be used (the report says
 * why) and every array is empty: no number is better than a wrong one.
 */
public final class CohortResult {

    private final double[] inflow;
    private final double[][] stockByCohort;
    private final double[][] outflowByCohort;
    private final double[][] retained;
    private final ValidationReport report;

    CohortResult(double[] inflow, double[][] stockByCohort, double[][] outflowByCohort, double[][] retained,
                 ValidationReport report) {
        this.inflow = inflow;
        this.stockByCohort = stockByCohort;
        this.outflowByCohort = outflowByCohort;
        this.retained = retained;
        this.report = report;
    }

    static CohortResult failed(ValidationReport report) {
        return new CohortResult(new double[0], new double[0][], new double[0][], new double[0][], report);
    }

    public boolean computed() {
        return inflow.length > 0;
    }

    public int years() {
        return inflow.length;
    }

    public ValidationReport report() {
        return report;
    }

    public double[] inflow() {
        return inflow.clone();
    }

    public double inflowAt(int t) {
        return inflow[t];
    }

    public double stockByCohortAt(int t, int c) {
        return stockByCohort[t][c];
    }

    public double outflowByCohortAt(int t, int c) {
        return outflowByCohort[t][c];
    }

    /**
     * The share of cohort c's survivors kept at year t after early retirements (1 unless the
     * {@link NegativeInflowPolicy#RETIRE_EARLY} policy acted); multiplies the survival function.
     */
    public double retainedAt(int t, int c) {
        return retained[t][c];
    }

    public double[][] stockByCohort() {
        return copy(stockByCohort);
    }

    public double[][] outflowByCohort() {
        return copy(outflowByCohort);
    }

    public double[] stock() {
        double[] s = new double[inflow.length];
        for (int t = 0; t < s.length; t++) {
            double sum = 0;
            for (int c = 0; c <= t; c++) {
                sum += stockByCohort[t][c];
            }
            s[t] = sum;
        }
        return s;
    }

    public double[] outflow() {
        double[] o = new double[inflow.length];
        for (int t = 0; t < o.length; t++) {
            double sum = 0;
            for (int c = 0; c <= t; c++) {
                sum += outflowByCohort[t][c];
            }
            o[t] = sum;
        }
        return o;
    }

    /** s[t] - s[t-1], with s[-1] = 0. */
    public double[] stockChange() {
        double[] s = stock();
        double[] ds = new double[s.length];
        for (int t = 0; t < s.length; t++) {
            ds[t] = s[t] - (t == 0 ? 0 : s[t - 1]);
        }
        return ds;
    }

    /** i[t] - o[t] - (s[t] - s[t-1]) per year; zero up to rounding. */
    public double[] balance() {
        double[] o = outflow();
        double[] ds = stockChange();
        double[] b = new double[o.length];
        for (int t = 0; t < b.length; t++) {
            b[t] = inflow[t] - o[t] - ds[t];
        }
        return b;
    }

    private static double[][] copy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }
}
