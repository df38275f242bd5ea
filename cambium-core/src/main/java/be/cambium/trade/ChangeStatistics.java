package be.cambium.trade;

import java.util.Arrays;

/**
 * Change-detection statistics on monthly series (NaN = missing, skipped): robust z-scores against a
 * trailing window, two-sided CUSUM and EWMA on standardised changes.
 */
public final class ChangeStatistics {

    /** 1 / Phi^-1(0.75): makes the MAD a consistent estimator of sigma under normality. */
    public static final double MAD_SCALE = 1.4826;

    private ChangeStatistics() {
    }

    /** Median of the finite values, NaN when there are none. */
    public static double median(double[] xs) {
        double[] f = Arrays.stream(xs).filter(Double::isFinite).sorted().toArray();
        if (f.length == 0) {
            return Double.NaN;
        }
        int n = f.length;
        return n % 2 == 1 ? f[n / 2] : 0.5 * (f[n / 2 - 1] + f[n / 2]);
    }

    /** Median absolute deviation from the median (unscaled). */
    public static double mad(double[] xs) {
        double med = median(xs);
        double[] dev = Arrays.stream(xs).filter(Double::isFinite).map(x -> Math.abs(x - med)).toArray();
        return median(dev);
    }

    /**
     * Robust z-score of each x_t against the trailing window x_{t-window} .. x_{t-1}:
     * {@code (x_t - median) / (1.4826 MAD)}. NaN where fewer than {@code minPoints} finite values are
     * in the window, where x_t is NaN, or where the scale is below {@code minScale} (a flat history).
     */
    public static double[] robustZ(double[] x, int window, int minPoints, double minScale) {
        double[] z = new double[x.length];
        Arrays.fill(z, Double.NaN);
        for (int t = 0; t < x.length; t++) {
            if (!Double.isFinite(x[t])) {
                continue;
            }
            double[] w = Arrays.copyOfRange(x, Math.max(0, t - window), t);
            long finite = Arrays.stream(w).filter(Double::isFinite).count();
            if (finite < minPoints) {
                continue;
            }
            double scale = Math.max(MAD_SCALE * mad(w), minScale);
            if (!(scale > 0)) {
                continue;
            }
            z[t] = (x[t] - median(w)) / scale;
        }
        return z;
    }

    /**
     * Two-sided CUSUM (Page 1954) on standardised values z: {@code S+ = max(0, S+ + z - k)},
     * {@code S- = max(0, S- - z - k)}. Returns the signed statistic (S+ if S+ >= S-, else -S-); when
     * either exceeds h an alarm is raised and both restart at 0 in the next month. NaN inputs leave the
     * state unchanged and give NaN.
     */
    public static double[] cusum(double[] z, double k, double h) {
        double[] out = new double[z.length];
        double sp = 0;
        double sm = 0;
        for (int t = 0; t < z.length; t++) {
            if (!Double.isFinite(z[t])) {
                out[t] = Double.NaN;
                continue;
            }
            sp = Math.max(0, sp + z[t] - k);
            sm = Math.max(0, sm - z[t] - k);
            out[t] = sp >= sm ? sp : -sm;
            if (sp > h || sm > h) {
                sp = 0;
                sm = 0;
            }
        }
        return out;
    }

    /**
     * EWMA of standardised values: {@code E_t = lambda z_t + (1 - lambda) E_{t-1}}, E_0 = 0, returned in
     * units of its asymptotic standard deviation {@code sqrt(lambda / (2 - lambda))}. After a value
     * beyond {@code limit} the statistic restarts at 0. NaN inputs give NaN and keep the state.
     */
    public static double[] ewma(double[] z, double lambda, double limit) {
        if (!(lambda > 0 && lambda <= 1)) {
            throw new IllegalArgumentException("lambda must lie in (0, 1]: " + lambda);
        }
        double sd = Math.sqrt(lambda / (2 - lambda));
        double[] out = new double[z.length];
        double e = 0;
        for (int t = 0; t < z.length; t++) {
            if (!Double.isFinite(z[t])) {
                out[t] = Double.NaN;
                continue;
            }
            e = lambda * z[t] + (1 - lambda) * e;
            out[t] = e / sd;
            if (Math.abs(out[t]) > limit) {
                e = 0;
            }
        }
        return out;
    }
}
