package be.cambium.linalg;

import java.util.Arrays;

/** An immutable sparse matrix in compressed sparse row (CSR) form, for products with vectors. */
public final class SparseMatrix {

    private final int rows;
    private final int cols;
    private final int[] rowStart;
    private final int[] colIndex;
    private final double[] values;

    private SparseMatrix(int rows, int cols, int[] rowStart, int[] colIndex, double[] values) {
        this.rows = rows;
        this.cols = cols;
        this.rowStart = rowStart;
        this.colIndex = colIndex;
        this.values = values;
    }

    /** The non-zero elements of {@code m}. */
    public static SparseMatrix of(DenseMatrix m) {
        int r = m.rows();
        int c = m.cols();
        double[] d = m.data();
        int[] counts = new int[r + 1];
        for (int j = 0; j < c; j++) {
            int o = j * r;
            for (int i = 0; i < r; i++) {
                if (d[o + i] != 0.0) {
                    counts[i + 1]++;
                }
            }
        }
        for (int i = 0; i < r; i++) {
            counts[i + 1] += counts[i];
        }
        int nnz = counts[r];
        int[] next = Arrays.copyOf(counts, r);
        int[] ci = new int[nnz];
        double[] v = new double[nnz];
        for (int j = 0; j < c; j++) {
            int o = j * r;
            for (int i = 0; i < r; i++) {
                double x = d[o + i];
                if (x != 0.0) {
                    int p = next[i]++;
                    ci[p] = j;
                    v[p] = x;
                }
            }
        }
        return new SparseMatrix(r, c, counts, ci, v);
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public int nonZeros() {
        return values.length;
    }

    /** {@code this * x}. */
    public double[] times(double[] x) {
        if (x.length != cols) {
            throw new IllegalArgumentException("vector of length " + x.length + " for " + cols + " columns");
        }
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            double s = 0;
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                s += values[p] * x[colIndex[p]];
            }
            y[i] = s;
        }
        return y;
    }

    /** {@code this^T * x}. */
    public double[] transposeTimes(double[] x) {
        if (x.length != rows) {
            throw new IllegalArgumentException("vector of length " + x.length + " for " + rows + " rows");
        }
        double[] y = new double[cols];
        for (int i = 0; i < rows; i++) {
            double xi = x[i];
            if (xi == 0.0) {
                continue;
            }
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                y[colIndex[p]] += values[p] * xi;
            }
        }
        return y;
    }

    /** The transpose, again in CSR form. */
    public SparseMatrix transpose() {
        int[] counts = new int[cols + 1];
        for (int ci : colIndex) {
            counts[ci + 1]++;
        }
        for (int j = 0; j < cols; j++) {
            counts[j + 1] += counts[j];
        }
        int[] next = Arrays.copyOf(counts, cols);
        int[] ri = new int[values.length];
        double[] v = new double[values.length];
        for (int i = 0; i < rows; i++) {
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                int q = next[colIndex[p]]++;
                ri[q] = i;
                v[q] = values[p];
            }
        }
        return new SparseMatrix(cols, rows, counts, ri, v);
    }

    /** The same pattern with f applied to every stored value. */
    public SparseMatrix map(java.util.function.DoubleUnaryOperator f) {
        double[] v = new double[values.length];
        for (int p = 0; p < v.length; p++) {
            v[p] = f.applyAsDouble(values[p]);
        }
        return new SparseMatrix(rows, cols, rowStart, colIndex, v);
    }

    int rowStart(int i) {
        return rowStart[i];
    }

    int colIndex(int p) {
        return colIndex[p];
    }

    double value(int p) {
        return values[p];
    }
}
