package be.cambium.data;

import be.cambium.unit.Unit;
import be.cambium.unit.UnitMismatchException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A matrix whose rows and columns are labelled by an {@link Index} each (e.g. region × sector), with
 * one {@link Unit}: the shape of input-output tables (Z, A, L), extensions and final demand.
 *
 * <p>Immutable. Like {@link LabelledArray}, operations are strict: a product needs the left
 * operand's column index to equal the right operand's row index, and re-ordering is an explicit
 * {@link #alignTo(Index, Index, AlignPolicy)}.
 *
 * @param rows the row index; its size is the number of rows
 * @param cols the column index; its size is the number of columns
 * @param matrix the values
 * @param unit the unit of every element
 */
public record LabelledMatrix(Index rows, Index cols, Matrix matrix, Unit unit) {

    /** Name and key of the single column of {@link #rowSums()} and the single row of {@link #colSums()}. */
    public static final String TOTAL = "total";

    public LabelledMatrix {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(cols, "cols");
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(unit, "unit");
        if (matrix.rows() != rows.size() || matrix.cols() != cols.size()) {
            throw new IllegalArgumentException("a " + matrix.rows() + "×" + matrix.cols() + " matrix does not fit a row index of "
                    + rows.size() + " and a column index of " + cols.size() + " keys");
        }
    }

    public static LabelledMatrix of(Index rows, Index cols, Matrix matrix, Unit unit) {
        return new LabelledMatrix(rows, cols, matrix, unit);
    }

    /** A matrix from row-major values. */
    public static LabelledMatrix ofRowMajor(Index rows, Index cols, Unit unit, double... values) {
        return new LabelledMatrix(rows, cols, DenseMatrix.ofRowMajor(rows.size(), cols.size(), values), unit);
    }

    /** The index with the single key {@code [total]}. */
    public static Index totalIndex() {
        return Index.of(List.of(TOTAL), List.of(List.of(TOTAL)));
    }

    /**
     * The labelled array as a matrix: {@code rowDims} (in that order) label the rows, the other
     * dimensions (in array order) the columns. With no column dimension the matrix has one column keyed
     * {@code [total]}.
     */
    public static LabelledMatrix fromArray(LabelledArray array, String... rowDims) {
        Axes ax = array.axes();
        Axes rowAxes = ax.select(rowDims);
        Axes colAxes = ax.without(rowDims);
        List<String> order = new ArrayList<>(rowAxes.names());
        order.addAll(colAxes.names());
        double[] v = array.transpose(order.toArray(String[]::new)).values();
        Index ri = rowAxes.rank() == 0 ? totalIndex() : Index.product(rowAxes.dimensions());
        Index ci = colAxes.rank() == 0 ? totalIndex() : Index.product(colAxes.dimensions());
        return ofRowMajor(ri, ci, array.unit(), v);
    }

    /**
     * This matrix as a labelled array with the row index's parts, then the column index's parts as
     * dimensions; both indexes must be full products (see {@link Index#toAxes()}), and a {@code [total]}
     * index is dropped.
     */
    public LabelledArray toLabelledArray() {
        List<Dim> dims = new ArrayList<>();
        if (!rows.equals(totalIndex())) {
            dims.addAll(rows.toAxes().dimensions());
        }
        if (!cols.equals(totalIndex())) {
            dims.addAll(cols.toAxes().dimensions());
        }
        return LabelledArray.of(Axes.of(dims), unit, matrix.toRowMajor());
    }

    /** The element at positions. */
    public double get(int row, int col) {
        return matrix.get(row, col);
    }

    /** The element at keys, e.g. {@code get(List.of("BE","C10"), List.of("FR","C10"))}. */
    public double get(List<String> rowKey, List<String> colKey) {
        return matrix.get(rows.position(rowKey), cols.position(colKey));
    }

    /**
     * The product {@code this · other}; the units multiply.
     *
     * @throws IllegalArgumentException when this column index differs from other's row index, naming the
     *         differing keys
     */
    public LabelledMatrix multiply(LabelledMatrix other) {
        if (!cols.equals(other.rows)) {
            throw new IllegalArgumentException("cannot multiply: " + cols.describeDifference(other.rows, "left columns", "right rows"));
        }
        return new LabelledMatrix(rows, other.cols, matrix.multiply(other.matrix), unit.times(other.unit));
    }

    public LabelledMatrix transpose() {
        return new LabelledMatrix(cols, rows, matrix.transpose(), unit);
    }

    /** Row sums as a one-column matrix (column key {@code [total]}). */
    public LabelledMatrix rowSums() {
        return ofRowMajor(rows, totalIndex(), unit, matrix.rowSums());
    }

    /** Column sums as a one-row matrix (row key {@code [total]}). */
    public LabelledMatrix colSums() {
        return ofRowMajor(totalIndex(), cols, unit, matrix.colSums());
    }

    /**
     * Element-wise sum; other is converted to this unit.
     *
     * @throws UnitMismatchException naming both units when they are not compatible
     * @throws IllegalArgumentException when the indexes differ, naming the differing keys
     */
    public LabelledMatrix plus(LabelledMatrix other) {
        return combine(other, 1);
    }

    /** Element-wise difference; as {@link #plus(LabelledMatrix)}. */
    public LabelledMatrix minus(LabelledMatrix other) {
        return combine(other, -1);
    }

    private LabelledMatrix combine(LabelledMatrix other, double sign) {
        if (!rows.equals(other.rows)) {
            throw new IllegalArgumentException("cannot combine: " + rows.describeDifference(other.rows, "left rows", "right rows"));
        }
        if (!cols.equals(other.cols)) {
            throw new IllegalArgumentException("cannot combine: " + cols.describeDifference(other.cols, "left columns", "right columns"));
        }
        unit.requireCompatible(other.unit);
        double f = sign * other.unit.conversionFactorTo(unit);
        double[] a = matrix.toRowMajor();
        double[] b = other.matrix.toRowMajor();
        for (int i = 0; i < a.length; i++) {
            a[i] += f * b[i];
        }
        return ofRowMajor(rows, cols, unit, a);
    }

    /** Every element times a pure number. */
    public LabelledMatrix times(double factor) {
        return new LabelledMatrix(rows, cols, DenseMatrix.copyOf(matrix).map(v -> v * factor), unit);
    }

    /** The same values in another unit. */
    public LabelledMatrix to(Unit target) {
        if (target.equals(unit)) {
            return this;
        }
        double f = unit.conversionFactorTo(target);
        return new LabelledMatrix(rows, cols, DenseMatrix.copyOf(matrix).map(v -> v * f), target);
    }

    /** {@link #alignTo(Index, Index, AlignPolicy)} with {@link AlignPolicy#STRICT}. */
    public LabelledMatrix alignTo(Index targetRows, Index targetCols) {
        return alignTo(targetRows, targetCols, AlignPolicy.STRICT);
    }

    /**
     * Re-orders and sub-sets rows and columns to the target indexes (same key names). Keys the target
     * lacks are dropped; keys this matrix lacks throw under {@link AlignPolicy#STRICT} and are NaN under
     * {@link AlignPolicy#FILL_NAN}.
     */
    public LabelledMatrix alignTo(Index targetRows, Index targetCols, AlignPolicy policy) {
        int[] rmap = map(rows, targetRows, "row", policy);
        int[] cmap = map(cols, targetCols, "column", policy);
        double[] out = new double[rmap.length * cmap.length];
        for (int r = 0; r < rmap.length; r++) {
            for (int c = 0; c < cmap.length; c++) {
                out[r * cmap.length + c] = rmap[r] < 0 || cmap[c] < 0 ? Double.NaN : matrix.get(rmap[r], cmap[c]);
            }
        }
        return ofRowMajor(targetRows, targetCols, unit, out);
    }

    private static int[] map(Index source, Index target, String what, AlignPolicy policy) {
        if (!source.names().equals(target.names())) {
            throw new IllegalArgumentException("cannot align: " + what + " index is keyed by " + source.names() + ", target by "
                    + target.names());
        }
        int[] m = new int[target.size()];
        List<String> absent = new ArrayList<>();
        for (int i = 0; i < m.length; i++) {
            m[i] = source.indexOf(target.key(i));
            if (m[i] < 0) {
                absent.add(String.join("/", target.key(i)));
            }
        }
        if (!absent.isEmpty() && policy == AlignPolicy.STRICT) {
            throw new IllegalArgumentException("cannot align: target " + what + " keys " + Dims.show(absent) + " are not in this matrix"
                    + " (AlignPolicy.FILL_NAN marks them missing)");
        }
        return m;
    }

    @Override
    public String toString() {
        return "LabelledMatrix " + rows.size() + "×" + cols.size() + " in " + unit + ", rows " + rows + ", columns " + cols;
    }
}
