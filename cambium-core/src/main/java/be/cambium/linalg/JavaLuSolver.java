package be.cambium.linalg;

import java.util.stream.IntStream;

/**
 * Pure-Java dense LU with partial pivoting (right-looking, blocked), the fallback when no native LAPACK
 * is available. The trailing-matrix update, where almost all the flops are, runs on all cores.
 *
 * <p>Algorithm: Golub and Van Loan, Matrix Computations (4th ed.), algorithm 3.4.1 (gaxpy LU with
 * partial pivoting) in its blocked right-looking form (section 3.2.11); written for this project.
 */
public final class JavaLuSolver extends DenseLuSolver {

    private static final int BLOCK = 64;
    private static final int ROW_TILE = 512;

    @Override
    public String name() {
        return "java-lu";
    }

    @Override
    public String description() {
        return "pure-Java blocked LU (" + Runtime.getRuntime().availableProcessors() + " threads)";
    }

    @Override
    Factorisation factoriseOwned(int n, double[] a) {
        int[] piv = new int[n];
        for (int kb = 0; kb < n; kb += BLOCK) {
            final int k0 = kb;
            int nb = Math.min(BLOCK, n - k0);
            factorPanel(a, n, k0, nb, piv);
            int k1 = k0 + nb;
            if (k1 < n) {
                // U12 = L11^-1 A12 (unit lower triangular solve, column by column)
                int restCols = n - k1;
                IntStream.range(0, restCols).parallel().forEach(jj -> {
                    int cj = (k1 + jj) * n;
                    for (int k = k0; k < k1; k++) {
                        double u = a[cj + k];
                        if (u != 0.0) {
                            int ck = k * n;
                            for (int i = k + 1; i < k1; i++) {
                                a[cj + i] -= a[ck + i] * u;
                            }
                        }
                    }
                });
                // A22 -= L21 U12, tiled over rows so the L21 tile stays in cache
                int tiles = (n - k1 + ROW_TILE - 1) / ROW_TILE;
                int colChunks = Math.max(1, Runtime.getRuntime().availableProcessors() * 2);
                int chunk = (restCols + colChunks - 1) / colChunks;
                IntStream.range(0, colChunks).parallel().forEach(c -> {
                    int j0 = k1 + c * chunk;
                    int j1 = Math.min(n, j0 + chunk);
                    for (int t = 0; t < tiles; t++) {
                        int i0 = k1 + t * ROW_TILE;
                        int i1 = Math.min(n, i0 + ROW_TILE);
                        for (int j = j0; j < j1; j++) {
                            int cj = j * n;
                            update4(a, n, cj, k0, k1, i0, i1);
                        }
                    }
                });
            }
        }
        return new LuFactors(n, a, piv);
    }

    /** c[i0..i1, j] -= sum_k a[i0..i1, k] * a[k, j] for k in [k0, k1), four k at a time. */
    private static void update4(double[] a, int n, int cj, int k0, int k1, int i0, int i1) {
        int k = k0;
        for (; k + 3 < k1; k += 4) {
            double u0 = a[cj + k], u1 = a[cj + k + 1], u2 = a[cj + k + 2], u3 = a[cj + k + 3];
            if (u0 == 0.0 && u1 == 0.0 && u2 == 0.0 && u3 == 0.0) {
                continue;
            }
            int c0 = k * n, c1 = c0 + n, c2 = c1 + n, c3 = c2 + n;
            for (int i = i0; i < i1; i++) {
                a[cj + i] -= a[c0 + i] * u0 + a[c1 + i] * u1 + a[c2 + i] * u2 + a[c3 + i] * u3;
            }
        }
        for (; k < k1; k++) {
            double u = a[cj + k];
            if (u == 0.0) {
                continue;
            }
            int ck = k * n;
            for (int i = i0; i < i1; i++) {
                a[cj + i] -= a[ck + i] * u;
            }
        }
    }

    /** Unblocked LU of columns k0..k0+nb over rows k0..n, swapping whole rows. */
    private static void factorPanel(double[] a, int n, int k0, int nb, int[] piv) {
        for (int k = k0; k < k0 + nb; k++) {
            int ck = k * n;
            int p = k;
            double max = Math.abs(a[ck + k]);
            for (int i = k + 1; i < n; i++) {
                double v = Math.abs(a[ck + i]);
                if (v > max) {
                    max = v;
                    p = i;
                }
            }
            if (max == 0.0 || !Double.isFinite(max)) {
                throw new SingularMatrixException(k, "matrix is singular: no usable pivot in column " + k + " (0-based)");
            }
            piv[k] = p;
            if (p != k) {
                for (int j = 0; j < n; j++) {
                    int cj = j * n;
                    double t = a[cj + k];
                    a[cj + k] = a[cj + p];
                    a[cj + p] = t;
                }
            }
            double inv = 1.0 / a[ck + k];
            for (int i = k + 1; i < n; i++) {
                a[ck + i] *= inv;
            }
            for (int j = k + 1; j < k0 + nb; j++) {
                int cj = j * n;
                double u = a[cj + k];
                if (u != 0.0) {
                    for (int i = k + 1; i < n; i++) {
                        a[cj + i] -= a[ck + i] * u;
                    }
                }
            }
        }
    }

    /** P A = L U stored in one array (unit L below the diagonal), with LAPACK-style 0-based pivots. */
    private static final class LuFactors implements Factorisation {
        private final int n;
        private final double[] lu;
        private final int[] piv;

        LuFactors(int n, double[] lu, int[] piv) {
            this.n = n;
            this.lu = lu;
            this.piv = piv;
        }

        @Override
        public int size() {
            return n;
        }

        @Override
        public void solveInPlace(double[] b, int nrhs, boolean transposed) {
            requireBlock(b, nrhs);
            IntStream.range(0, nrhs).parallel().forEach(c -> {
                if (transposed) {
                    solveTransposed(b, c * n);
                } else {
                    solvePlain(b, c * n);
                }
            });
        }

        private void solvePlain(double[] b, int o) {
            for (int k = 0; k < n; k++) {
                int p = piv[k];
                if (p != k) {
                    double t = b[o + k];
                    b[o + k] = b[o + p];
                    b[o + p] = t;
                }
            }
            // L y = P b (column-oriented: contiguous access to L's columns)
            for (int k = 0; k < n; k++) {
                double v = b[o + k];
                if (v != 0.0) {
                    int ck = k * n;
                    for (int i = k + 1; i < n; i++) {
                        b[o + i] -= lu[ck + i] * v;
                    }
                }
            }
            // U x = y
            for (int k = n - 1; k >= 0; k--) {
                int ck = k * n;
                double v = b[o + k] / lu[ck + k];
                b[o + k] = v;
                if (v != 0.0) {
                    for (int i = 0; i < k; i++) {
                        b[o + i] -= lu[ck + i] * v;
                    }
                }
            }
        }

        private void solveTransposed(double[] b, int o) {
            // U^T z = b (row-oriented on U^T = dot products with U's columns)
            for (int k = 0; k < n; k++) {
                int ck = k * n;
                double s = b[o + k];
                for (int i = 0; i < k; i++) {
                    s -= lu[ck + i] * b[o + i];
                }
                b[o + k] = s / lu[ck + k];
            }
            // L^T w = z
            for (int k = n - 1; k >= 0; k--) {
                int ck = k * n;
                double s = b[o + k];
                for (int i = k + 1; i < n; i++) {
                    s -= lu[ck + i] * b[o + i];
                }
                b[o + k] = s;
            }
            // x = P^T w
            for (int k = n - 1; k >= 0; k--) {
                int p = piv[k];
                if (p != k) {
                    double t = b[o + k];
                    b[o + k] = b[o + p];
                    b[o + p] = t;
                }
            }
        }
    }
}
