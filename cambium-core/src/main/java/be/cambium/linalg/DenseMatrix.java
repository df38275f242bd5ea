package be.cambium.linalg;

import java.util.Arrays;
import java.util.Objects;

/**
 * A dense real matrix stored column-major (the LAPACK layout): element (i, j) sits at {@code i + j * rows}.
 *
 * <p>Instances are immutable from the outside. {@link #wrap} takes ownership of an array the caller
 * has just built (no copy: at n = 9800 one copy costs 768 MB); every other way in copies.
 */
public final class DenseMatrix {

    private final int rows;
    private final int cols;
    private final double[] data;

    private DenseMatrix(int rows, int cols, double[] data) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("negative shape " + rows + " x " + cols);
        }
        if ((long) rows * cols != data.length) {
            throw new IllegalArgumentException("array of length " + data.length + " does not hold a "
                    + rows + " x " + cols + " matrix");
        }
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    /**
     * Wraps a column-major array without copying. The caller hands the array over and must not
     * change it afterwards.
     */
    public static DenseMatrix wrap(int rows, int cols, double[] columnMajor) {
        return new DenseMatrix(rows, cols, Objects.requireNonNull(columnMajor, "columnMajor"));
    }

    /** A copy of {@code rowsOfValues} (row by row, as written on paper). */
    public static DenseMatrix of(double[][] rowsOfValues) {
        int r = rowsOfValues.length;
        int c = r == 0 ? 0 : rowsOfValues[0].length;
        double[] d = new double[r * c];
        for (int i = 0; i < r; i++) {
            if (rowsOfValues[i].length != c) {
                throw new IllegalArgumentException("row " + i + " has " + rowsOfValues[i].length
                        + " values, row 0 has " + c);
            }
            for (int j = 0; j < c; j++) {
                d[i + j * r] = rowsOfValues[i][j];
            }
        }
        return new DenseMatrix(r, c, d);
    }

    public static DenseMatrix zeros(int rows, int cols) {
        return new DenseMatrix(rows, cols, new double[Math.multiplyExact(rows, cols)]);
    }

    public static DenseMatrix identity(int n) {
        double[] d = new double[Math.multiplyExact(n, n)];
        for (int i = 0; i < n; i++) {
            d[i + i * n] = 1.0;
        }
        return new DenseMatrix(n, n, d);
    }

    /** A column vector (n x 1), copied. */
    public static DenseMatrix column(double[] values) {
        return new DenseMatrix(values.length, 1, values.clone());
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public double get(int i, int j) {
        Objects.checkIndex(i, rows);
        Objects.checkIndex(j, cols);
        return data[i + j * rows];
    }

    /** A copy of column j. */
    public double[] column(int j) {
        Objects.checkIndex(j, cols);
        return Arrays.copyOfRange(data, j * rows, (j + 1) * rows);
    }

    /** A copy of row i. */
    public double[] row(int i) {
        Objects.checkIndex(i, rows);
        double[] r = new double[cols];
        for (int j = 0; j < cols; j++) {
            r[j] = data[i + j * rows];
        }
        return r;
    }

    /** A copy of the column-major values. */
    public double[] toColumnMajor() {
        return data.clone();
    }

    /** A copy as rows of values. */
    public double[][] toRows() {
        double[][] r = new double[rows][];
        for (int i = 0; i < rows; i++) {
            r[i] = row(i);
        }
        return r;
    }

    public DenseMatrix transpose() {
        double[] t = new double[data.length];
        for (int j = 0; j < cols; j++) {
            for (int i = 0; i < rows; i++) {
                t[j + i * cols] = data[i + j * rows];
            }
        }
        return new DenseMatrix(cols, rows, t);
    }

    /** {@code this * other}, a plain triple loop ordered for column-major access. */
    public DenseMatrix times(DenseMatrix other) {
        if (cols != other.rows) {
            throw new IllegalArgumentException("cannot multiply " + rows + " x " + cols + " by "
                    + other.rows + " x " + other.cols);
        }
        double[] c = new double[rows * other.cols];
        for (int j = 0; j < other.cols; j++) {
            int cj = j * rows;
            for (int k = 0; k < cols; k++) {
                double b = other.data[k + j * other.rows];
                if (b == 0.0) {
                    continue;
                }
                int ak = k * rows;
                for (int i = 0; i < rows; i++) {
                    c[cj + i] += data[ak + i] * b;
                }
            }
        }
        return new DenseMatrix(rows, other.cols, c);
    }

    /** {@code this * v}. */
    public double[] times(double[] v) {
        if (v.length != cols) {
            throw new IllegalArgumentException("vector of length " + v.length + " for a matrix with " + cols + " columns");
        }
        double[] r = new double[rows];
        for (int j = 0; j < cols; j++) {
            double b = v[j];
            if (b == 0.0) {
                continue;
            }
            int aj = j * rows;
            for (int i = 0; i < rows; i++) {
                r[i] += data[aj + i] * b;
            }
        }
        return r;
    }

    /** {@code I - this}, for a square matrix (the Leontief matrix of a coefficient matrix A). */
    public DenseMatrix identityMinus() {
        requireSquare();
        double[] d = new double[data.length];
        for (int k = 0; k < d.length; k++) {
            d[k] = -data[k];
        }
        for (int i = 0; i < rows; i++) {
            d[i + i * rows] += 1.0;
        }
        return new DenseMatrix(rows, cols, d);
    }

    /** Largest absolute element-wise difference; shapes must match. */
    public double maxAbsDifference(DenseMatrix other) {
        if (rows != other.rows || cols != other.cols) {
            throw new IllegalArgumentException("shapes differ: " + rows + " x " + cols + " vs " + other.rows + " x " + other.cols);
        }
        double m = 0;
        for (int k = 0; k < data.length; k++) {
            m = Math.max(m, Math.abs(data[k] - other.data[k]));
        }
        return m;
    }

    void requireSquare() {
        if (rows != cols) {
            throw new IllegalArgumentException("matrix must be square, is " + rows + " x " + cols);
        }
    }

    /** The backing array, for solvers in this package only. */
    double[] data() {
        return data;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DenseMatrix m && m.rows == rows && m.cols == cols && Arrays.equals(m.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "DenseMatrix[" + rows + " x " + cols + "]";
    }
}
