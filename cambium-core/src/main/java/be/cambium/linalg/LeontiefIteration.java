package be.cambium.linalg;

/**
 * Iterative solutions of a Leontief system {@code (I - A) x = y} on a sparse, non-negative A with
 * spectral radius below 1: Gauss-Seidel sweeps for one demand vector, and the power series
 * {@code y, A y, A^2 y, ...} for production layers. Each step costs O(nnz(A)); no matrix is factorised.
 */
public final class LeontiefIteration {

    private LeontiefIteration() {
    }

    /**
     * x with {@code (I - A) x = y} (or {@code (I - A)^T x = y}) by Gauss-Seidel, to a relative change
     * below {@code tolerance} of max |x|.
     *
     * @throws NotConvergedException when {@code maxSweeps} sweeps do not reach the tolerance (A not productive)
     */
    public static double[] solve(SparseMatrix a, double[] y, double tolerance, int maxSweeps) {
        if (a.rows() != a.cols() || y.length != a.rows()) {
            throw new IllegalArgumentException("need a square A and a matching y: " + a.rows() + " x " + a.cols() + ", y " + y.length);
        }
        int n = y.length;
        double[] x = new double[n];
        for (int it = 0; it < maxSweeps; it++) {
            double maxChange = 0;
            double maxX = 0;
            for (int i = 0; i < n; i++) {
                double sum = y[i];
                double diag = 1.0;
                for (int p = a.rowStart(i); p < a.rowStart(i + 1); p++) {
                    int j = a.colIndex(p);
                    if (j == i) {
                        diag -= a.value(p);
                    } else {
                        sum += a.value(p) * x[j];
                    }
                }
                double xi = sum / diag;
                maxChange = Math.max(maxChange, Math.abs(xi - x[i]));
                maxX = Math.max(maxX, Math.abs(xi));
                x[i] = xi;
            }
            if (!Double.isFinite(maxX)) {
                throw new NotConvergedException("Leontief iteration diverged after " + (it + 1) + " sweeps: the system is not productive");
            }
            if (maxChange <= tolerance * maxX) {
                return x;
            }
        }
        throw new NotConvergedException("Leontief iteration did not converge in " + maxSweeps + " sweeps: is the system productive?");
    }

    /** {@code layers[k] = A^k y} for k = 0 .. count-1 (the production layers of demand y). */
    public static double[][] powerSeries(SparseMatrix a, double[] y, int count) {
        double[][] layers = new double[count][];
        double[] v = y.clone();
        for (int k = 0; k < count; k++) {
            layers[k] = v;
            if (k + 1 < count) {
                v = a.times(v);
            }
        }
        return layers;
    }

    /**
     * Collatz-Wielandt bounds {lower, upper} on the spectral radius of a non-negative matrix A, from
     * power iteration on A + I (which keeps the iterate positive even when A has zero rows): for v &gt; 0,
     * min_i ((A+I)v)_i / v_i - 1 &le; ρ(A) &le; max_i ((A+I)v)_i / v_i - 1. Stops as soon as the bounds
     * settle on one side of 1, or after {@code maxIterations}.
     */
    public static double[] spectralRadiusBounds(SparseMatrix a, int maxIterations) {
        if (a.rows() != a.cols()) {
            throw new IllegalArgumentException("need a square matrix");
        }
        int n = a.rows();
        double[] v = new double[n];
        java.util.Arrays.fill(v, 1.0);
        double lo = 0;
        double hi = Double.POSITIVE_INFINITY;
        for (int it = 0; it < maxIterations && n > 0; it++) {
            double[] w = a.times(v);
            double mn = Double.POSITIVE_INFINITY;
            double mx = 0;
            double norm = 0;
            for (int i = 0; i < n; i++) {
                if (w[i] < 0) {
                    throw new IllegalArgumentException("matrix has negative entries");
                }
                w[i] += v[i];
                double ratio = w[i] / v[i];
                mn = Math.min(mn, ratio);
                mx = Math.max(mx, ratio);
                norm = Math.max(norm, w[i]);
            }
            lo = Math.max(lo, mn - 1);
            hi = Math.min(hi, mx - 1);
            if (hi < 1 || lo >= 1 || hi - lo < 1e-12) {
                break;
            }
            for (int i = 0; i < n; i++) {
                v[i] = w[i] / norm;
            }
        }
        return new double[] {lo, hi};
    }

    /** A copy of {@code a} with absolute values (for bounds on matrices with negative entries). */
    public static SparseMatrix absolute(SparseMatrix a) {
        return a.map(Math::abs);
    }
}
