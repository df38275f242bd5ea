package be.cambium.linalg;

/**
 * Solves square linear systems {@code M x = b} and {@code M^T x = b}: factorise once, then solve for as
 * many right-hand sides as needed. Implementations never form {@code M^-1}.
 *
 * <p>Pick one with {@link Solvers#automatic()}, which prefers native LAPACK and falls back to pure Java.
 */
public interface LinearSolver {

    /** A short name: {@code native-lapack}, {@code java-lu}, {@code gauss-seidel}. */
    String name();

    /** One line for people: what runs and where it comes from. */
    String description();

    /**
     * Factorises {@code m} (square). The matrix is not changed.
     *
     * @throws SingularMatrixException when {@code m} is singular to working precision
     * @throws IllegalArgumentException when {@code m} is not square
     */
    Factorisation factorise(DenseMatrix m);

    /**
     * Factorises the Leontief matrix {@code I - A} of a square A, without keeping a second copy of it
     * (the LU solvers build I - A straight into their work array).
     */
    default Factorisation factoriseLeontief(DenseMatrix a) {
        return factorise(a.identityMinus());
    }
}
