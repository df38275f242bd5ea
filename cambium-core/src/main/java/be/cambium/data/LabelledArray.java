package be.cambium.data;

import be.cambium.unit.Quantity;
import be.cambium.unit.Unit;
import be.cambium.unit.UnitMismatchException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.DoubleStream;
import org.jspecify.annotations.Nullable;

/**
 * Numbers with their labels and their unit: {@link Axes} (named dimensions of item codes), one
 * {@link Unit}, and a private array of values in row-major order.
 *
 * <p>Instances are immutable: values are copied in and copied out. Every operation works by
 * dimension name. Binary operations ({@link #plus}, {@link #minus}, {@link #times},
 * {@link #dividedBy}) broadcast by name: the result has the dimensions of the left operand, then the
 * right operand's other dimensions. On a dimension both operands share the items must be identical
 * and in the same order; otherwise an {@link IllegalArgumentException} names the dimension and the
 * differing items. Re-ordering and sub-setting are explicit ({@link #alignTo}, {@link #slice}).
 *
 * <p>Missing values are NaN. They are never turned into zero silently: sums and products over a
 * missing cell are missing. Use {@link #isMissing(String...)}, {@link #missingCells()} to find them
 * and {@link #fillMissing(double)} once a recorded rule has decided what they become.
 */
public final class LabelledArray {

    private static final int TO_STRING_MAX_CELLS = 40;

    private final Axes axes;
    private final Unit unit;
    private final double[] values;

    private LabelledArray(Axes axes, Unit unit, double[] values) {
        this.axes = axes;
        this.unit = unit;
        this.values = values;
    }

    // ------------------------------------------------------------------ factories

    /**
     * An array with the given values in row-major order (the last dimension varies fastest).
     *
     * @throws IllegalArgumentException when the number of values differs from {@code axes.size()}
     */
    public static LabelledArray of(Axes axes, Unit unit, double... values) {
        Objects.requireNonNull(axes, "axes");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(values, "values");
        if (values.length != axes.size()) {
            throw new IllegalArgumentException("axes " + axes + " have " + axes.size() + " cells but " + values.length
                    + " values were given");
        }
        return new LabelledArray(axes, unit, values.clone());
    }

    /** All cells zero. */
    public static LabelledArray zeros(Axes axes, Unit unit) {
        return filled(axes, unit, 0);
    }

    /** All cells {@code value} (NaN: all missing). */
    public static LabelledArray filled(Axes axes, Unit unit, double value) {
        Objects.requireNonNull(axes, "axes");
        Objects.requireNonNull(unit, "unit");
        double[] v = new double[axes.size()];
        Arrays.fill(v, value);
        return new LabelledArray(axes, unit, v);
    }

    /** A single value without dimensions. */
    public static LabelledArray scalar(double value, Unit unit) {
        return filled(Axes.scalar(), unit, value);
    }

    /** A builder whose cells all start missing (NaN); set them by item codes. */
    public static Builder builder(Axes axes, Unit unit) {
        return new Builder(axes, unit);
    }

    /** Sets cells by item codes; cells never set stay missing (NaN) unless {@link #fill(double)} is called first. */
    public static final class Builder {
        private final Axes axes;
        private final Unit unit;
        private final double[] values;

        private Builder(Axes axes, Unit unit) {
            this.axes = Objects.requireNonNull(axes, "axes");
            this.unit = Objects.requireNonNull(unit, "unit");
            this.values = new double[axes.size()];
            Arrays.fill(values, Double.NaN);
        }

        /** Sets every cell to {@code value}. */
        public Builder fill(double value) {
            Arrays.fill(values, value);
            return this;
        }

        /** Sets the cell with the given item codes, one per dimension in axes order. */
        public Builder set(double value, String... items) {
            values[axes.offsetOf(items)] = value;
            return this;
        }

        /** Sets the cell with the given item code per dimension name. */
        public Builder set(double value, Map<String, String> cell) {
            values[offsetOf(axes, cell)] = value;
            return this;
        }

        /** Adds {@code value} to the cell (a missing cell counts as zero here, as the caller asked to accumulate). */
        public Builder add(double value, String... items) {
            int o = axes.offsetOf(items);
            values[o] = Double.isNaN(values[o]) ? value : values[o] + value;
            return this;
        }

        public LabelledArray build() {
            return new LabelledArray(axes, unit, values.clone());
        }
    }

    // ------------------------------------------------------------------ accessors

    public Axes axes() {
        return axes;
    }

    public Unit unit() {
        return unit;
    }

    /** Number of cells. */
    public int size() {
        return values.length;
    }

    /** A copy of the values in row-major order. */
    public double[] values() {
        return values.clone();
    }

    /** The values in row-major order. */
    public DoubleStream stream() {
        return Arrays.stream(values);
    }

    /** The value at a row-major offset. */
    public double valueAt(int offset) {
        return values[offset];
    }

    /** The value of the cell with the given item codes, one per dimension in axes order. */
    public double get(String... items) {
        return values[axes.offsetOf(items)];
    }

    /** The value at the given positions, one per dimension in axes order. */
    public double at(int... positions) {
        return values[axes.offset(positions)];
    }

    /**
     * The value of the cell with the given item code per dimension name, e.g.
     * {@code get(Map.of("material", "MF1", "year", "2020"))}.
     *
     * @throws IllegalArgumentException when a dimension is missing, unknown or an item is unknown
     */
    public double get(Map<String, String> cell) {
        return values[offsetOf(axes, cell)];
    }

    /** The value with its unit. */
    public Quantity quantity(String... items) {
        return new Quantity(get(items), unit);
    }

    private static int offsetOf(Axes axes, Map<String, String> cell) {
        Set<String> unknown = new LinkedHashSet<>(cell.keySet());
        unknown.removeAll(axes.names());
        List<String> absent = new ArrayList<>(axes.names());
        absent.removeAll(cell.keySet());
        if (!unknown.isEmpty() || !absent.isEmpty()) {
            throw new IllegalArgumentException("cell " + cell + " does not match axes " + axes.names()
                    + (absent.isEmpty() ? "" : "; no item for " + absent)
                    + (unknown.isEmpty() ? "" : "; unknown dimension(s) " + unknown));
        }
        List<String> items = new ArrayList<>();
        for (String n : axes.names()) {
            items.add(cell.get(n));
        }
        return axes.offsetOf(items);
    }

    // ------------------------------------------------------------------ missing values

    /** True when the cell's value is missing (NaN). */
    public boolean isMissing(String... items) {
        return Double.isNaN(get(items));
    }

    /** True when any cell is missing. */
    public boolean hasMissing() {
        for (double v : values) {
            if (Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }

    public int missingCount() {
        int n = 0;
        for (double v : values) {
            if (Double.isNaN(v)) {
                n++;
            }
        }
        return n;
    }

    /** The item codes of every missing cell, in row-major order. */
    public List<List<String>> missingCells() {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                out.add(axes.labels(i));
            }
        }
        return List.copyOf(out);
    }

    /** Missing cells replaced by {@code value}; the caller records the rule that justifies it. */
    public LabelledArray fillMissing(double value) {
        return map(v -> Double.isNaN(v) ? value : v);
    }

    // ------------------------------------------------------------------ reductions

    /** The plain sum of all cells (NaN when a cell is missing). */
    public double sumAll() {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    /** {@link #sumAll()} with the unit. */
    public Quantity total() {
        return new Quantity(sumAll(), unit);
    }

    /**
     * Sums over the named dimensions, which disappear; the other dimensions keep their order.
     *
     * @throws IllegalArgumentException naming an unknown dimension
     */
    public LabelledArray sumOver(String... names) {
        return reduceTo(axes.without(names));
    }

    /**
     * Sums over every dimension except the named ones; the result has the named dimensions in the
     * given order, e.g. {@code sumTo("region", "year")}.
     *
     * @throws IllegalArgumentException naming an unknown dimension
     */
    public LabelledArray sumTo(String... names) {
        return reduceTo(axes.select(names));
    }

    private LabelledArray reduceTo(Axes target) {
        int[] targetStrides = targetStridesFor(axes, target);
        int[] offsets = offsets(axes.shape(), targetStrides, null, 0);
        double[] out = new double[target.size()];
        for (int i = 0; i < values.length; i++) {
            out[offsets[i]] += values[i];
        }
        return new LabelledArray(target, unit, out);
    }

    /** For each dimension of {@code source}, the stride of the same-named dimension in {@code target}, or 0. */
    private static int[] targetStridesFor(Axes source, Axes target) {
        int[] ts = target.strides();
        int[] out = new int[source.rank()];
        for (int i = 0; i < out.length; i++) {
            int j = target.indexOf(source.dimension(i).name());
            out[i] = j < 0 ? 0 : ts[j];
        }
        return out;
    }

    /**
     * For every cell of a walk over {@code shape} in row-major order, the offset
     * {@code base + sum_j stride[j] * map_j(position_j)}, where {@code map_j} is {@code itemMaps[j]}
     * (identity when that entry or the array is null); -1 when a mapped position is -1.
     */
    private static int[] offsets(int[] shape, int[] stride, int @Nullable [] @Nullable [] itemMaps,
            int base) {
        int rank = shape.length;
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        int[] out = new int[n];
        int[] pos = new int[rank];
        for (int k = 0; k < n; k++) {
            int off = base;
            for (int j = 0; j < rank; j++) {
                int p = pos[j];
                if (itemMaps != null && itemMaps[j] != null) {
                    p = itemMaps[j][p];
                    if (p < 0) {
                        off = -1;
                        break;
                    }
                }
                off += stride[j] * p;
            }
            out[k] = off;
            for (int j = rank - 1; j >= 0; j--) {
                if (++pos[j] < shape[j]) {
                    break;
                }
                pos[j] = 0;
            }
        }
        return out;
    }

    /** Values of this array gathered for each cell of {@code target}, NaN where the offset is -1. */
    private double[] gather(int[] offsets) {
        double[] out = new double[offsets.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = offsets[i] < 0 ? Double.NaN : values[offsets[i]];
        }
        return out;
    }

    /** For each dimension of {@code target}, the stride of the same-named dimension here, or 0 (broadcast). */
    private int[] sourceStridesFor(Axes target) {
        int[] ss = axes.strides();
        int[] out = new int[target.rank()];
        for (int j = 0; j < out.length; j++) {
            int i = axes.indexOf(target.dimension(j).name());
            out[j] = i < 0 ? 0 : ss[i];
        }
        return out;
    }

    // ------------------------------------------------------------------ selection and alignment

    /**
     * The sub-array at one item of a dimension, which disappears: {@code select("material", "MF2")}.
     *
     * @throws IllegalArgumentException naming an unknown dimension or item
     */
    public LabelledArray select(String dimension, String item) {
        int d = axes.position(dimension);
        int p = axes.dimension(d).position(item);
        Axes target = axes.without(dimension);
        int[] off = offsets(target.shape(), sourceStridesFor(target), null, p * axes.strides()[d]);
        return new LabelledArray(target, unit, gather(off));
    }

    /** {@link #select(String, String)} for several dimensions at once, e.g. {@code Map.of("geo","BE","year","2020")}. */
    public LabelledArray select(Map<String, String> items) {
        LabelledArray a = this;
        for (Map.Entry<String, String> e : items.entrySet()) {
            a = a.select(e.getKey(), e.getValue());
        }
        return a;
    }

    /**
     * The sub-array with only the given items of a dimension, in the given order; the dimension stays.
     *
     * @throws IllegalArgumentException naming an unknown dimension or the unknown items
     */
    public LabelledArray slice(String dimension, String... items) {
        return slice(dimension, Arrays.asList(items));
    }

    /** As {@link #slice(String, String...)}. */
    public LabelledArray slice(String dimension, List<String> items) {
        Dim d = axes.dimension(dimension);
        return alignTo(axes.with(d.subset(items)));
    }

    /** {@link #alignTo(Axes, AlignPolicy)} with {@link AlignPolicy#STRICT}. */
    public LabelledArray alignTo(Axes target) {
        return alignTo(target, AlignPolicy.STRICT);
    }

    /**
     * Re-orders and sub-sets this array to {@code target}: same dimension names (in any order), each
     * target dimension's items taken from this array's same-named dimension. Items this array has and
     * the target lacks are dropped. Items the target has and this array lacks throw under
     * {@link AlignPolicy#STRICT} and become missing (NaN) under {@link AlignPolicy#FILL_NAN}.
     *
     * @throws IllegalArgumentException when the dimension names differ, or (strict) naming the items
     *         of each dimension that are not in this array
     */
    public LabelledArray alignTo(Axes target, AlignPolicy policy) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(policy, "policy");
        if (target.rank() != axes.rank() || !new LinkedHashSet<>(target.names()).equals(new LinkedHashSet<>(axes.names()))) {
            throw new IllegalArgumentException("alignTo needs the same dimensions: this array has " + axes.names()
                    + ", target has " + target.names() + " (use sumOver/select to drop, broadcastTo to add)");
        }
        int[][] maps = new int[target.rank()][];
        List<String> problems = new ArrayList<>();
        for (int j = 0; j < target.rank(); j++) {
            Dim t = target.dimension(j);
            Dim s = axes.dimension(t.name());
            if (t.sameAs(s)) {
                continue;
            }
            int[] m = new int[t.size()];
            List<String> absent = new ArrayList<>();
            for (int p = 0; p < m.length; p++) {
                m[p] = s.indexOf(t.item(p));
                if (m[p] < 0) {
                    absent.add(t.item(p));
                }
            }
            if (!absent.isEmpty()) {
                problems.add("dimension '" + t.name() + "': target items " + Dims.show(absent) + " are not in this array's "
                        + Dims.show(s.items()));
            }
            maps[j] = m;
        }
        if (!problems.isEmpty() && policy == AlignPolicy.STRICT) {
            throw new IllegalArgumentException("cannot align: " + String.join("; ", problems)
                    + " (AlignPolicy.FILL_NAN marks such cells missing)");
        }
        int[] off = offsets(target.shape(), sourceStridesFor(target), maps, 0);
        return new LabelledArray(target, unit, gather(off));
    }

    /** The same values with dimension {@code from} renamed to {@code to}, e.g. {@code rename("year", "cohort")}. */
    public LabelledArray rename(String from, String to) {
        return new LabelledArray(axes.rename(from, to), unit, values);
    }

    /** Re-orders the dimensions, e.g. {@code transpose("year", "material")}; every dimension must be named once. */
    public LabelledArray transpose(String... names) {
        Axes target = axes.select(names);
        if (target.rank() != axes.rank()) {
            throw new IllegalArgumentException("transpose must name every dimension of " + axes.names() + ", got "
                    + Arrays.toString(names));
        }
        return alignTo(target);
    }

    /**
     * Repeats this array along the target's extra dimensions. Every dimension of this array must be in
     * {@code target} with the same items in the same order; the result has the target's dimension order.
     *
     * @throws IllegalArgumentException naming a dimension that is absent from the target or whose items differ
     */
    public LabelledArray broadcastTo(Axes target) {
        for (Dim d : axes.dimensions()) {
            int j = target.indexOf(d.name());
            if (j < 0) {
                throw new IllegalArgumentException("cannot broadcast " + axes + " to " + target + ": dimension '" + d.name()
                        + "' is not in the target (sum it out or select an item first)");
            }
            if (!d.sameAs(target.dimension(j))) {
                throw new IllegalArgumentException("cannot broadcast: " + Dim.describeMismatch(d, target.dimension(j)));
            }
        }
        int[] off = offsets(target.shape(), sourceStridesFor(target), null, 0);
        return new LabelledArray(target, unit, gather(off));
    }

    // ------------------------------------------------------------------ arithmetic

    /**
     * Element-wise sum with broadcasting by dimension name. The right operand is converted to this
     * array's unit.
     *
     * @throws UnitMismatchException naming both units when they are not compatible
     * @throws IllegalArgumentException naming a shared dimension whose items differ
     */
    public LabelledArray plus(LabelledArray other) {
        double f = compatibleFactor(other, "add");
        return combine(other, unit, (a, b) -> a + f * b);
    }

    /** Element-wise difference; as {@link #plus(LabelledArray)}. */
    public LabelledArray minus(LabelledArray other) {
        double f = compatibleFactor(other, "subtract");
        return combine(other, unit, (a, b) -> a - f * b);
    }

    /** Element-wise product with broadcasting by dimension name; the units multiply. */
    public LabelledArray times(LabelledArray other) {
        return combine(other, unit.times(other.unit), (a, b) -> a * b);
    }

    /** Element-wise quotient with broadcasting by dimension name; the units divide. x/0 gives an infinity or NaN. */
    public LabelledArray dividedBy(LabelledArray other) {
        return combine(other, unit.dividedBy(other.unit), (a, b) -> a / b);
    }

    /** Every cell times a pure number; the unit stays. */
    public LabelledArray times(double factor) {
        return map(v -> v * factor);
    }

    /** Every cell divided by a pure number; the unit stays. */
    public LabelledArray dividedBy(double divisor) {
        return map(v -> v / divisor);
    }

    /** Every cell times a quantity; the units multiply. */
    public LabelledArray times(Quantity q) {
        double f = q.value();
        return new LabelledArray(axes, unit.times(q.unit()), Arrays.stream(values).map(v -> v * f).toArray());
    }

    /**
     * The same quantities in another unit.
     *
     * @throws UnitMismatchException naming both units when they are not compatible
     */
    public LabelledArray to(Unit target) {
        if (target.equals(unit)) {
            return this;
        }
        double f = unit.conversionFactorTo(target);
        return new LabelledArray(axes, target, Arrays.stream(values).map(v -> v * f).toArray());
    }

    /** Applies {@code op} to every cell; the unit stays, so {@code op} must not change what the numbers measure. */
    public LabelledArray map(DoubleUnaryOperator op) {
        return map(op, unit);
    }

    /** Applies {@code op} to every cell and labels the result with {@code resultUnit}. */
    public LabelledArray map(DoubleUnaryOperator op, Unit resultUnit) {
        Objects.requireNonNull(resultUnit, "resultUnit");
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = op.applyAsDouble(values[i]);
        }
        return new LabelledArray(axes, resultUnit, out);
    }

    private double compatibleFactor(LabelledArray other, String verb) {
        if (!unit.isCompatibleWith(other.unit)) {
            throw new UnitMismatchException("cannot " + verb + " values in " + unit + " (" + unit.describe() + ") and "
                    + other.unit + " (" + other.unit.describe() + "): units do not match");
        }
        return other.unit.conversionFactorTo(unit);
    }

    private LabelledArray combine(LabelledArray other, Unit resultUnit, DoubleBinaryOperator op) {
        Objects.requireNonNull(other, "other");
        double[] out;
        Axes target;
        if (axes.sameAs(other.axes)) {
            target = axes;
            out = new double[values.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = op.applyAsDouble(values[i], other.values[i]);
            }
        } else {
            target = axes.union(other.axes);
            int[] shape = target.shape();
            int[] lo = offsets(shape, sourceStridesFor(target), null, 0);
            int[] ro = offsets(shape, other.sourceStridesFor(target), null, 0);
            out = new double[lo.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = op.applyAsDouble(values[lo[i]], other.values[ro[i]]);
            }
        }
        return new LabelledArray(target, resultUnit, out);
    }

    // ------------------------------------------------------------------ comparison and printing

    /**
     * True when both have the same axes and unit-compatible values within {@code relTol} relative to the
     * larger magnitude (or {@code absTol}); missing cells must be missing in both.
     */
    public boolean isCloseTo(LabelledArray other, double relTol, double absTol) {
        if (!axes.sameAs(other.axes) || !unit.isCompatibleWith(other.unit)) {
            return false;
        }
        double f = other.unit.conversionFactorTo(unit);
        for (int i = 0; i < values.length; i++) {
            double a = values[i];
            double b = other.values[i] * f;
            if (Double.isNaN(a) || Double.isNaN(b)) {
                if (Double.isNaN(a) != Double.isNaN(b)) {
                    return false;
                }
                continue;
            }
            if (a == b) {
                continue; // also equal infinities
            }
            double diff = Math.abs(a - b);
            if (!(diff <= absTol || diff <= relTol * Math.max(Math.abs(a), Math.abs(b)))) {
                return false;
            }
        }
        return true;
    }

    /** The cells as an ordered map from item codes to value (for printing and small tests). */
    public Map<List<String>, Double> toMap() {
        Map<List<String>, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(axes.labels(i), values[i]);
        }
        return m;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof LabelledArray a && axes.equals(a.axes) && unit.equals(a.unit) && Arrays.equals(values, a.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(axes, unit, Arrays.hashCode(values));
    }

    /**
     * A readable form: the axes and the unit, then one line per cell (the first
     * {@value #TO_STRING_MAX_CELLS} cells), e.g. {@code MF1 2020 = 12.5}.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("LabelledArray ").append(axes).append(" in ").append(unit).append(", ")
                .append(values.length).append(values.length == 1 ? " cell" : " cells");
        int missing = missingCount();
        if (missing > 0) {
            sb.append(", ").append(missing).append(" missing");
        }
        int shown = Math.min(values.length, TO_STRING_MAX_CELLS);
        for (int i = 0; i < shown; i++) {
            sb.append('\n').append("  ");
            List<String> labels = axes.labels(i);
            sb.append(labels.isEmpty() ? "(value)" : String.join(" ", labels)).append(" = ").append(format(values[i]));
        }
        if (shown < values.length) {
            sb.append("\n  ... (").append(values.length - shown).append(" more)");
        }
        return sb.toString();
    }

    private static String format(double v) {
        if (Double.isNaN(v)) {
            return "missing";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return Double.toString(v);
    }
}
