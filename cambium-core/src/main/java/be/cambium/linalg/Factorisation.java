package be.cambium.linalg;

import java.util.Objects;

/** A factorised square matrix M ready to solve {@code M X = B} or {@code M^T X = B} for any number of columns of B. */
public interface Factorisation {

    /** The order n of M. */
    int size();

    /**
     * Overwrites the n x nrhs column-major block {@code b} with the solution X.
     *
     * @param transposed solve with {@code M^T} instead of M
     */
    void solveInPlace(double[] b, int nrhs, boolean transposed);

    /** X with {@code M X = B}. */
    /**
     * Checks that {@code b} holds {@code nrhs} column-major right-hand sides of this size; every
     * implementation calls it first in {@link #solveInPlace}.
     *
     * @throws IllegalArgumentException naming the lengths when they do not match
     */
    default void requireBlock(double[] b, int nrhs) {
        if (b.length != (long) size() * nrhs) {
            throw new IllegalArgumentException("block of length " + b.length + " is not " + size() + " x " + nrhs);
        }
    }

    default DenseMatrix solve(DenseMatrix b) {
        return solve(b, false);
    }

    /** X with {@code M^T X = B}. */
    default DenseMatrix solveTransposed(DenseMatrix b) {
        return solve(b, true);
    }

    /** x with {@code M x = b} (or {@code M^T x = b}). */
    default double[] solve(double[] b, boolean transposed) {
        Objects.requireNonNull(b, "b");
        if (b.length != size()) {
            throw new IllegalArgumentException("right-hand side of length " + b.length + " for a system of order " + size());
        }
        double[] x = b.clone();
        solveInPlace(x, 1, transposed);
        return x;
    }

    private DenseMatrix solve(DenseMatrix b, boolean transposed) {
        Objects.requireNonNull(b, "b");
        if (b.rows() != size()) {
            throw new IllegalArgumentException("right-hand side has " + b.rows() + " rows for a system of order " + size());
        }
        double[] x = b.toColumnMajor();
        solveInPlace(x, b.cols(), transposed);
        return DenseMatrix.wrap(b.rows(), b.cols(), x);
    }
}
