package be.cambium.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An ordered list of dimensions with unique names: the shape of a {@link LabelledArray}.
 *
 * <p>Cells are stored in row-major order: the last dimension varies fastest. An {@code Axes} with no
 * dimension ({@link #scalar()}) has one cell.
 */
public record Axes(List<Dim> dimensions) {

    public Axes {
        Objects.requireNonNull(dimensions, "dimensions");
        dimensions = List.copyOf(dimensions);
        Set<String> names = new HashSet<>();
        for (Dim d : dimensions) {
            if (!names.add(d.name())) {
                throw new IllegalArgumentException("dimension name '" + d.name() + "' appears twice in " + dimensions);
            }
        }
        long size = 1;
        for (Dim d : dimensions) {
            size *= d.size();
            if (size > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("axes " + dimensions + " have more cells than a Java array can hold");
            }
        }
    }

    public static Axes of(Dim... dimensions) {
        return new Axes(Arrays.asList(dimensions));
    }

    public static Axes of(List<? extends Dim> dimensions) {
        return new Axes(List.copyOf(dimensions));
    }

    /** Axes without dimensions: one cell. */
    public static Axes scalar() {
        return new Axes(List.of());
    }

    /** Number of dimensions. */
    public int rank() {
        return dimensions.size();
    }

    /** Number of items of each dimension, in order. */
    public int[] shape() {
        int[] s = new int[dimensions.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = dimensions.get(i).size();
        }
        return s;
    }

    /** Number of cells: the product of the shape (1 for no dimension). */
    public int size() {
        int n = 1;
        for (Dim d : dimensions) {
            n *= d.size();
        }
        return n;
    }

    /** Row-major strides: how far the offset moves when each dimension's position grows by one. */
    public int[] strides() {
        int[] st = new int[dimensions.size()];
        int s = 1;
        for (int i = st.length - 1; i >= 0; i--) {
            st[i] = s;
            s *= dimensions.get(i).size();
        }
        return st;
    }

    /**
     * Row-major offset of the cell at the given positions, one per dimension.
     *
     * @throws IllegalArgumentException on a wrong number of positions
     * @throws IndexOutOfBoundsException naming the dimension when a position is out of range
     */
    public int offset(int... positions) {
        if (positions.length != dimensions.size()) {
            throw new IllegalArgumentException("expected " + dimensions.size() + " positions for " + this + ", got "
                    + positions.length);
        }
        int off = 0;
        for (int i = 0; i < positions.length; i++) {
            Dim d = dimensions.get(i);
            int p = positions[i];
            if (p < 0 || p >= d.size()) {
                throw new IndexOutOfBoundsException("position " + p + " is outside dimension '" + d.name() + "' of size "
                        + d.size());
            }
            off = off * d.size() + p;
        }
        return off;
    }

    /**
     * Row-major offset of the cell with the given item codes, one per dimension in order.
     *
     * @throws IllegalArgumentException on a wrong number of items or an unknown item (naming it)
     */
    public int offsetOf(String... items) {
        return offsetOf(Arrays.asList(items));
    }

    /** As {@link #offsetOf(String...)}. */
    public int offsetOf(List<String> items) {
        if (items.size() != dimensions.size()) {
            throw new IllegalArgumentException("expected " + dimensions.size() + " item codes for " + this + " ("
                    + String.join(", ", names()) + "), got " + items);
        }
        int off = 0;
        for (int i = 0; i < items.size(); i++) {
            Dim d = dimensions.get(i);
            off = off * d.size() + d.position(items.get(i));
        }
        return off;
    }

    /** Positions, one per dimension, of the cell at a row-major offset. */
    public int[] positions(int offset) {
        int n = size();
        if (offset < 0 || offset >= n) {
            throw new IndexOutOfBoundsException("offset " + offset + " is outside axes " + this + " of size " + n);
        }
        int[] pos = new int[dimensions.size()];
        for (int i = pos.length - 1; i >= 0; i--) {
            int s = dimensions.get(i).size();
            pos[i] = offset % s;
            offset /= s;
        }
        return pos;
    }

    /** Item codes, one per dimension, of the cell at a row-major offset. */
    public List<String> labels(int offset) {
        int[] pos = positions(offset);
        List<String> l = new ArrayList<>(pos.length);
        for (int i = 0; i < pos.length; i++) {
            l.add(dimensions.get(i).item(pos[i]));
        }
        return List.copyOf(l);
    }

    /** {@code name1, item1, name2, item2, ...} of a cell, the shape {@code Location.cell(...)} takes. */
    public String[] cellLabels(int offset) {
        List<String> labels = labels(offset);
        String[] out = new String[2 * labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            out[2 * i] = dimensions.get(i).name();
            out[2 * i + 1] = labels.get(i);
        }
        return out;
    }

    /** Dimension names in order. */
    public List<String> names() {
        return dimensions.stream().map(Dim::name).collect(Collectors.toUnmodifiableList());
    }

    /** The i-th dimension. */
    public Dim dimension(int i) {
        return dimensions.get(i);
    }

    /**
     * The dimension called {@code name}.
     *
     * @throws IllegalArgumentException naming the dimension and the axes when absent
     */
    public Dim dimension(String name) {
        return dimensions.get(position(name));
    }

    /** Position of the dimension called {@code name}, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < dimensions.size(); i++) {
            if (dimensions.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Position of the dimension called {@code name}.
     *
     * @throws IllegalArgumentException naming the dimension and the axes when absent
     */
    public int position(String name) {
        int i = indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no dimension '" + name + "' in axes " + names());
        }
        return i;
    }

    public boolean contains(String name) {
        return indexOf(name) >= 0;
    }

    /**
     * These axes without the named dimensions.
     *
     * @throws IllegalArgumentException naming an unknown dimension
     */
    public Axes without(String... names) {
        Set<String> drop = new HashSet<>();
        for (String n : names) {
            position(n);
            drop.add(n);
        }
        List<Dim> keep = new ArrayList<>();
        for (Dim d : dimensions) {
            if (!drop.contains(d.name())) {
                keep.add(d);
            }
        }
        return new Axes(keep);
    }

    /**
     * The named dimensions only, in the given order.
     *
     * @throws IllegalArgumentException naming an unknown or repeated dimension
     */
    public Axes select(String... names) {
        List<Dim> out = new ArrayList<>();
        for (String n : names) {
            out.add(dimension(n));
        }
        return new Axes(out);
    }

    /** These axes with the dimension of the same name as {@code replacement} replaced by it, in place. */
    public Axes with(Dim replacement) {
        int i = position(replacement.name());
        List<Dim> out = new ArrayList<>(dimensions);
        out.set(i, replacement);
        return new Axes(out);
    }

    /**
     * These axes with dimension {@code from} renamed to {@code to}, in place.
     *
     * @throws IllegalArgumentException when {@code from} is unknown or {@code to} is already taken
     */
    public Axes rename(String from, String to) {
        int i = position(from);
        List<Dim> out = new ArrayList<>(dimensions);
        out.set(i, dimensions.get(i).withName(to));
        return new Axes(out);
    }

    /** These axes with {@code extra} appended at the end. */
    public Axes plus(Dim extra) {
        List<Dim> out = new ArrayList<>(dimensions);
        out.add(extra);
        return new Axes(out);
    }

    /**
     * The dimensions of these axes, then those of {@code other} that are not here, in their order.
     *
     * @throws IllegalArgumentException when a shared dimension has different items (see
     *         {@link Dim#describeMismatch(Dim, Dim)})
     */
    public Axes union(Axes other) {
        List<Dim> out = new ArrayList<>(dimensions);
        for (Dim d : other.dimensions) {
            int i = indexOf(d.name());
            if (i < 0) {
                out.add(d);
            } else if (!dimensions.get(i).sameAs(d)) {
                throw new IllegalArgumentException(Dim.describeMismatch(dimensions.get(i), d));
            }
        }
        return new Axes(out);
    }

    /** True when both have the same dimension names in the same order with the same items, whatever their kind. */
    public boolean sameAs(Axes other) {
        if (other.rank() != rank()) {
            return false;
        }
        for (int i = 0; i < rank(); i++) {
            if (!dimensions.get(i).sameAs(other.dimensions.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        if (dimensions.isEmpty()) {
            return "(scalar)";
        }
        return dimensions.stream().map(d -> d instanceof YearRange ? d.toString() : d.name() + "(" + d.size() + ")")
                .collect(Collectors.joining(" × ", "(", ")"));
    }
}
