package be.cambium.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A two-way map between composite keys and positions 0..size-1, for the rows or columns of an
 * input-output matrix: e.g. names {@code [region, sector]} and keys {@code [BE, C10]}, {@code [BE, C11]}, ...
 *
 * <p>Keys are lists of item codes, one per name; they are distinct, and no code is blank.
 * {@link #product(Dim...)} builds the usual full product in row-major order (the last name varies fastest).
 */
public final class Index {

    private final List<String> names;
    private final List<List<String>> keys;
    private final Map<List<String>, Integer> positions;

    private Index(List<String> names, List<List<String>> keys, Map<List<String>, Integer> positions) {
        this.names = names;
        this.keys = keys;
        this.positions = positions;
    }

    /**
     * An index over the given keys, in order.
     *
     * @throws IllegalArgumentException on repeated or blank names, a key of the wrong length, a blank
     *         code or a repeated key (naming it and its positions)
     */
    public static Index of(List<String> names, List<List<String>> keys) {
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(keys, "keys");
        List<String> n = List.copyOf(names);
        if (n.isEmpty()) {
            throw new IllegalArgumentException("an index needs at least one name");
        }
        if (new HashSet<>(n).size() != n.size()) {
            throw new IllegalArgumentException("index names repeat: " + n);
        }
        n.forEach(Dims::requireName);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("index " + n + " has no keys");
        }
        List<List<String>> k = new ArrayList<>(keys.size());
        Map<List<String>, Integer> pos = new HashMap<>(keys.size() * 2);
        for (int i = 0; i < keys.size(); i++) {
            List<String> key = List.copyOf(keys.get(i));
            if (key.size() != n.size()) {
                throw new IllegalArgumentException("index " + n + ": key " + key + " at position " + i + " has " + key.size()
                        + " codes, expected " + n.size());
            }
            for (String code : key) {
                if (code.isBlank()) {
                    throw new IllegalArgumentException("index " + n + ": key " + key + " at position " + i + " has a blank code");
                }
            }
            Integer previous = pos.putIfAbsent(key, i);
            if (previous != null) {
                throw new IllegalArgumentException("index " + n + ": key " + key + " appears at positions " + previous + " and " + i);
            }
            k.add(key);
        }
        return new Index(n, List.copyOf(k), Map.copyOf(pos));
    }

    /** An index with one name whose keys are the dimension's items. */
    public static Index of(Dim dimension) {
        return product(dimension);
    }

    /** All combinations of the dimensions' items, row-major (the last dimension varies fastest). */
    public static Index product(Dim... dimensions) {
        return product(Arrays.asList(dimensions));
    }

    /** As {@link #product(Dim...)}. */
    public static Index product(List<? extends Dim> dimensions) {
        Axes axes = Axes.of(dimensions);
        if (axes.rank() == 0) {
            throw new IllegalArgumentException("an index needs at least one dimension");
        }
        List<List<String>> keys = new ArrayList<>(axes.size());
        for (int i = 0; i < axes.size(); i++) {
            keys.add(axes.labels(i));
        }
        return of(axes.names(), keys);
    }

    /** The names of the key's parts, e.g. {@code [region, sector]}. */
    public List<String> names() {
        return names;
    }

    /** The keys in position order. */
    public List<List<String>> keys() {
        return keys;
    }

    public int size() {
        return keys.size();
    }

    /** The key at {@code position}. */
    public List<String> key(int position) {
        return keys.get(position);
    }

    /** Position of {@code key}, or -1. */
    public int indexOf(List<String> key) {
        Integer p = positions.get(key);
        return p == null ? -1 : p;
    }

    public boolean contains(List<String> key) {
        return indexOf(key) >= 0;
    }

    /**
     * Position of {@code key}.
     *
     * @throws IllegalArgumentException naming the key and the index when absent
     */
    public int position(List<String> key) {
        int p = indexOf(key);
        if (p < 0) {
            throw new IllegalArgumentException("key " + key + " is not in index " + names + " of " + size() + " keys"
                    + (key.size() != names.size() ? " (expected " + names.size() + " codes)" : ""));
        }
        return p;
    }

    /** As {@link #position(List)}. */
    public int position(String... key) {
        return position(Arrays.asList(key));
    }

    /**
     * The index as axes, when it is the full product of its parts' items in row-major order (as
     * {@link #product(Dim...)} builds it); each part becomes a {@link Dimension} with its items in
     * order of first appearance.
     *
     * @throws IllegalArgumentException when it is not such a product
     */
    public Axes toAxes() {
        List<Dim> dims = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            Set<String> items = new LinkedHashSet<>();
            for (List<String> k : keys) {
                items.add(k.get(j));
            }
            dims.add(new Dimension(names.get(j), new ArrayList<>(items)));
        }
        Axes axes = new Axes(dims);
        if (axes.size() != size()) {
            throw new IllegalArgumentException("index " + names + " with " + size() + " keys is not a full product of "
                    + axes + " (" + axes.size() + " combinations)");
        }
        for (int i = 0; i < size(); i++) {
            if (!axes.labels(i).equals(keys.get(i))) {
                throw new IllegalArgumentException("index " + names + " is not in row-major product order: position " + i
                        + " has " + keys.get(i) + ", expected " + axes.labels(i));
            }
        }
        return axes;
    }

    /**
     * Describes how {@code other}'s keys differ from these, for error messages (at most
     * {@value Dims#SHOW_MAX} keys listed per side).
     */
    String describeDifference(Index other, String leftName, String rightName) {
        if (!names.equals(other.names)) {
            return leftName + " is indexed by " + names + " but " + rightName + " by " + other.names;
        }
        List<String> onlyLeft = new ArrayList<>();
        for (List<String> k : keys) {
            if (!other.contains(k)) {
                onlyLeft.add(String.join("/", k));
            }
        }
        List<String> onlyRight = new ArrayList<>();
        for (List<String> k : other.keys) {
            if (!contains(k)) {
                onlyRight.add(String.join("/", k));
            }
        }
        if (onlyLeft.isEmpty() && onlyRight.isEmpty()) {
            return leftName + " and " + rightName + " have the same " + names + " keys in a different order (re-order with alignTo)";
        }
        return leftName + " and " + rightName + " " + names + " keys differ: only in " + leftName + " " + Dims.show(onlyLeft)
                + ", only in " + rightName + " " + Dims.show(onlyRight);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Index i && names.equals(i.names) && keys.equals(i.keys);
    }

    @Override
    public int hashCode() {
        return 31 * names.hashCode() + keys.hashCode();
    }

    @Override
    public String toString() {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < Math.min(size(), 5); i++) {
            shown.add(String.join("/", keys.get(i)));
        }
        return "Index" + names + "(" + size() + " keys: " + String.join(", ", shown) + (size() > 5 ? ", ..." : "") + ")";
    }
}
