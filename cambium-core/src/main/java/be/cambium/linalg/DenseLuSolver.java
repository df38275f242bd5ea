package be.cambium.linalg;

/**
 * The part every dense LU solver shares: check the matrix is square, hand the factoriser a
 * column-major copy it may overwrite (for {@code I - A}, the fresh array {@link DenseMatrix#identityMinus()}
 * builds, so no second copy is made).
 */
abstract class DenseLuSolver implements LinearSolver {

    @Override
    public final Factorisation factorise(DenseMatrix m) {
        m.requireSquare();
        return factoriseOwned(m.rows(), m.toColumnMajor());
    }

    @Override
    public final Factorisation factoriseLeontief(DenseMatrix a) {
        a.requireSquare();
        return factoriseOwned(a.rows(), a.identityMinus().data());
    }

    /** Factorises the column-major n x n array {@code a} in place; the array now belongs to the factorisation. */
    abstract Factorisation factoriseOwned(int n, double[] a);
}
