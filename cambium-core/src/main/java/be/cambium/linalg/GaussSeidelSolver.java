package be.cambium.linalg;

/**
 * Iterative solver for a few right-hand sides on a sparse matrix: Gauss-Seidel sweeps on M (and on
 * M^T for transposed solves), until the largest change in a sweep is below {@code tolerance} times the
 * largest |x|. For a Leontief matrix {@code M = I - A} with A &ge; 0 and spectral radius below 1
 * (a productive economy), M is a non-singular M-matrix and Gauss-Seidel converges (Varga, Matrix
 * Iterative Analysis, theorem 3.15); it converges at least as fast as the power series
 * {@code sum A^k} (Stein-Rosenberg theorem).
 *
 * <p>"Factorising" only stores M in sparse form; each solve costs O(nnz) per sweep. It is the fast path
 * for a handful of demand vectors; for tens of right-hand sides on a dense matrix, use LU.
 */
public final class GaussSeidelSolver implements LinearSolver {

    private final double tolerance;
    private final int maxSweeps;

    public GaussSeidelSolver(double tolerance, int maxSweeps) {
        if (!(tolerance > 0) || maxSweeps < 1) {
            throw new IllegalArgumentException("tolerance must be > 0 and maxSweeps >= 1");
        }
        this.tolerance = tolerance;
        this.maxSweeps = maxSweeps;
    }

    /** Tolerance 1e-15 relative, at most 10 000 sweeps. */
    public GaussSeidelSolver() {
        this(1e-15, 10_000);
    }

    @Override
    public String name() {
        return "gauss-seidel";
    }

    @Override
    public String description() {
        return "iterative Gauss-Seidel on the sparse matrix (tolerance " + tolerance + ")";
    }

    @Override
    public Factorisation factorise(DenseMatrix m) {
        m.requireSquare();
        int n = m.rows();
        for (int i = 0; i < n; i++) {
            if (m.get(i, i) == 0.0) {
                throw new SingularMatrixException(i, "Gauss-Seidel needs a non-zero diagonal; element (" + i + "," + i + ") is 0");
            }
        }
        SparseMatrix s = SparseMatrix.of(m);
        return new Sweeps(n, s, s.transpose());
    }

    private final class Sweeps implements Factorisation {
        private final int n;
        private final SparseMatrix m;
        private final SparseMatrix mt;

        Sweeps(int n, SparseMatrix m, SparseMatrix mt) {
            this.n = n;
            this.m = m;
            this.mt = mt;
        }

        @Override
        public int size() {
            return n;
        }

        @Override
        public void solveInPlace(double[] b, int nrhs, boolean transposed) {
            requireBlock(b, nrhs);
            SparseMatrix s = transposed ? mt : m;
            double[] rhs = new double[n];
            for (int c = 0; c < nrhs; c++) {
                System.arraycopy(b, c * n, rhs, 0, n);
                double[] x = sweep(s, rhs);
                System.arraycopy(x, 0, b, c * n, n);
            }
        }

        private double[] sweep(SparseMatrix s, double[] rhs) {
            double[] x = new double[n];
            for (int it = 0; it < maxSweeps; it++) {
                double maxChange = 0;
                double maxX = 0;
                for (int i = 0; i < n; i++) {
                    double sum = rhs[i];
                    double diag = 0;
                    for (int p = s.rowStart(i); p < s.rowStart(i + 1); p++) {
                        int j = s.colIndex(p);
                        if (j == i) {
                            diag = s.value(p);
                        } else {
                            sum -= s.value(p) * x[j];
                        }
                    }
                    double xi = sum / diag;
                    maxChange = Math.max(maxChange, Math.abs(xi - x[i]));
                    maxX = Math.max(maxX, Math.abs(xi));
                    x[i] = xi;
                }
                if (!Double.isFinite(maxX)) {
                    throw new NotConvergedException("Gauss-Seidel diverged after " + (it + 1) + " sweeps; the matrix is not an M-matrix (is the economy productive?)");
                }
                if (maxChange <= tolerance * maxX) {
                    return x;
                }
            }
            throw new NotConvergedException("Gauss-Seidel did not converge in " + maxSweeps + " sweeps");
        }
    }
}
