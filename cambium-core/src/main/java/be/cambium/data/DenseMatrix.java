package be.cambium.data;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A dense matrix backed by one {@code double[]} in row-major or column-major order. Immutable:
 * arrays are copied in and out; {@link #transpose()} reinterprets the same storage without copying.
 */
public final class DenseMatrix implements Matrix {

    private final int rows;
    private final int cols;
    private final double[] data;
    private final boolean columnMajor;

    private DenseMatrix(int rows, int cols, double[] data, boolean columnMajor) {
        this.rows = rows;
        this.cols = cols;
        this.data = data;
        this.columnMajor = columnMajor;
    }

    private static void checkShape(int rows, int cols, int length) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("negative matrix shape " + rows + "×" + cols);
        }
        if ((long) rows * cols != length) {
            throw new IllegalArgumentException("a " + rows + "×" + cols + " matrix needs " + ((long) rows * cols)
                    + " values, got " + length);
        }
    }

    /** A matrix from values in row-major order (row 0 first). */
    public static DenseMatrix ofRowMajor(int rows, int cols, double... data) {
        checkShape(rows, cols, data.length);
        return new DenseMatrix(rows, cols, data.clone(), false);
    }

    /** A matrix from values in column-major order (column 0 first), as Fortran and LAPACK store them. */
    public static DenseMatrix ofColumnMajor(int rows, int cols, double... data) {
        checkShape(rows, cols, data.length);
        return new DenseMatrix(rows, cols, data.clone(), true);
    }

    /** A matrix from {@code [row][col]} values; all rows must have the same length. */
    public static DenseMatrix of(double[][] values) {
        int rows = values.length;
        int cols = rows == 0 ? 0 : values[0].length;
        double[] d = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            if (values[r].length != cols) {
                throw new IllegalArgumentException("row " + r + " has " + values[r].length + " values, row 0 has " + cols);
            }
            System.arraycopy(values[r], 0, d, r * cols, cols);
        }
        return new DenseMatrix(rows, cols, d, false);
    }

    public static DenseMatrix zeros(int rows, int cols) {
        checkShape(rows, cols, rows * cols);
        return new DenseMatrix(rows, cols, new double[rows * cols], false);
    }

    public static DenseMatrix identity(int n) {
        double[] d = new double[n * n];
        for (int i = 0; i < n; i++) {
            d[i * n + i] = 1;
        }
        return new DenseMatrix(n, n, d, false);
    }

    /** A square matrix with {@code diagonal} on its diagonal and zeros elsewhere. */
    public static DenseMatrix diagonal(double... diagonal) {
        int n = diagonal.length;
        double[] d = new double[n * n];
        for (int i = 0; i < n; i++) {
            d[i * n + i] = diagonal[i];
        }
        return new DenseMatrix(n, n, d, false);
    }

    /** A dense copy of any matrix. */
    public static DenseMatrix copyOf(Matrix m) {
        if (m instanceof DenseMatrix d) {
            return d;
        }
        return new DenseMatrix(m.rows(), m.cols(), m.toRowMajor(), false);
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int cols() {
        return cols;
    }

    /** True when the storage is column-major. */
    public boolean isColumnMajor() {
        return columnMajor;
    }

    @Override
    public double get(int r, int c) {
        Objects.checkIndex(r, rows);
        Objects.checkIndex(c, cols);
        return columnMajor ? data[c * rows + r] : data[r * cols + c];
    }

    @Override
    public DenseMatrix transpose() {
        return new DenseMatrix(cols, rows, data, !columnMajor);
    }

    @Override
    public double[] toRowMajor() {
        if (!columnMajor) {
            return data.clone();
        }
        double[] out = new double[data.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[r * cols + c] = data[c * rows + r];
            }
        }
        return out;
    }

    /** A copy of the elements in column-major order. */
    public double[] toColumnMajor() {
        return columnMajor ? data.clone() : transpose().toRowMajor();
    }

    /**
     * The product {@code this · other}.
     *
     * @throws IllegalArgumentException when the inner dimensions differ
     */
    @Override
    public DenseMatrix multiply(Matrix other) {
        if (cols != other.rows()) {
            throw new IllegalArgumentException("cannot multiply a " + rows + "×" + cols + " matrix by a " + other.rows() + "×"
                    + other.cols() + " matrix: inner sizes " + cols + " and " + other.rows() + " differ");
        }
        int n = other.cols();
        double[] a = toRowMajor();
        double[] b = other.toRowMajor();
        if (hasNonFinite(b)) {
            // the zero-skipping loop below would hide 0 * NaN = NaN and 0 * Inf = NaN
            return multiplyPlain(a, b, n);
        }
        double[] out = new double[rows * n];
        for (int i = 0; i < rows; i++) {
            int ai = i * cols;
            int oi = i * n;
            for (int k = 0; k < cols; k++) {
                double aik = a[ai + k];
                if (aik == 0) {
                    continue;
                }
                int bk = k * n;
                for (int j = 0; j < n; j++) {
                    out[oi + j] += aik * b[bk + j];
                }
            }
        }
        return new DenseMatrix(rows, n, out, false);
    }

    private DenseMatrix multiplyPlain(double[] a, double[] b, int n) {
        double[] out = new double[rows * n];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < cols; k++) {
                double aik = a[i * cols + k];
                for (int j = 0; j < n; j++) {
                    out[i * n + j] += aik * b[k * n + j];
                }
            }
        }
        return new DenseMatrix(rows, n, out, false);
    }

    private static boolean hasNonFinite(double[] a) {
        for (double v : a) {
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public double[] rowSums() {
        double[] s = new double[rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                s[r] += get(r, c);
            }
        }
        return s;
    }

    @Override
    public double[] colSums() {
        double[] s = new double[cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                s[c] += get(r, c);
            }
        }
        return s;
    }

    /** Element-wise function, same layout. */
    public DenseMatrix map(DoubleUnaryOperator op) {
        double[] out = new double[data.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = op.applyAsDouble(data[i]);
        }
        return new DenseMatrix(rows, cols, out, columnMajor);
    }

    /** Equal shape and equal elements (NaN equals NaN), whatever the storage order. */
    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof DenseMatrix m) || m.rows != rows || m.cols != cols) {
            return false;
        }
        return m.columnMajor == columnMajor ? Arrays.equals(data, m.data) : Arrays.equals(toRowMajor(), m.toRowMajor());
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(toRowMajor());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("DenseMatrix ").append(rows).append('×').append(cols);
        for (int r = 0; r < Math.min(rows, 10); r++) {
            sb.append("\n  [");
            for (int c = 0; c < Math.min(cols, 10); c++) {
                sb.append(c == 0 ? "" : ", ").append(get(r, c));
            }
            sb.append(cols > 10 ? ", ...]" : "]");
        }
        if (rows > 10) {
            sb.append("\n  ...");
        }
        return sb.toString();
    }
}
