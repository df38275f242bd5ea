/**
 * Dense and sparse linear algebra for input-output models: one {@link be.cambium.linalg.LinearSolver}
 * interface (factorise once, solve many right-hand sides, plain and transposed), with a native LAPACK
 * implementation, a pure-Java blocked LU and an iterative Gauss-Seidel solver for sparse systems.
 *
 * <p>Matrices are column-major {@code double[]} arrays, the LAPACK layout. No explicit inverse is ever
 * formed: every product with {@code (I - A)^-1} is a solve.
 */
@NullMarked
package be.cambium.linalg;

import org.jspecify.annotations.NullMarked;
