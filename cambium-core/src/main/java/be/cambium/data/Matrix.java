package be.cambium.data;

/**
 * An immutable real matrix. {@link DenseMatrix} is the implementation for now; a sparse or an
 * EJML-backed one can implement the same interface later.
 */
public interface Matrix {

    int rows();

    int cols();

    /** The element at row {@code r} and column {@code c} (0-based). */
    double get(int r, int c);

    /** The product {@code this · other}. */
    Matrix multiply(Matrix other);

    Matrix transpose();

    /** Sum of each row. */
    double[] rowSums();

    /** Sum of each column. */
    double[] colSums();

    /** A copy of the elements in row-major order. */
    double[] toRowMajor();

    /** A copy of the elements as {@code [row][col]}. */
    default double[][] toArray() {
        double[][] a = new double[rows()][cols()];
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < cols(); c++) {
                a[r][c] = get(r, c);
            }
        }
        return a;
    }
}
