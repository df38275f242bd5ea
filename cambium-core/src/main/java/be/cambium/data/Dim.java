package be.cambium.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A named, ordered list of distinct item codes: one axis of a {@link LabelledArray}.
 *
 * <p>Two kinds exist: a categorical {@link Dimension} (materials, regions, sectors) and a
 * {@link YearRange}, whose items are consecutive years written as strings ({@code "1996"}) and which
 * adds year arithmetic for cohort models. Operations compare dimensions by name and item list, never
 * by kind: a {@code Dimension("year", ["2020","2021"])} and {@code YearRange.of(2020, 2021)} hold the
 * same items.
 */
public sealed interface Dim permits Dimension, YearRange {

    /** The dimension's name, unique within an {@link Axes}, e.g. {@code material}. */
    String name();

    /** The item codes in order; immutable. */
    List<String> items();

    /** Number of items. */
    default int size() {
        return items().size();
    }

    /** The item at position {@code i}. */
    default String item(int i) {
        return items().get(i);
    }

    /** Position of {@code item}, or -1 when absent. */
    default int indexOf(String item) {
        return items().indexOf(item);
    }

    default boolean contains(String item) {
        return indexOf(item) >= 0;
    }

    /**
     * Position of {@code item}.
     *
     * @throws IllegalArgumentException naming the dimension and the item when absent
     */
    default int position(String item) {
        int p = indexOf(item);
        if (p < 0) {
            throw new IllegalArgumentException("item '" + item + "' is not in dimension '" + name() + "' "
                    + Dims.show(items()));
        }
        return p;
    }

    /** True when both have the same name and the same items in the same order, whatever their kind. */
    default boolean sameAs(Dim other) {
        return name().equals(other.name()) && items().equals(other.items());
    }

    /**
     * The dimension restricted to {@code items}, in the given order. A {@link YearRange} stays a year
     * range when the items are consecutive ascending years, and becomes a {@link Dimension} otherwise.
     *
     * @throws IllegalArgumentException naming the items that are not in this dimension
     */
    Dim subset(List<String> items);

    /** The same items under another name. */
    Dim withName(String name);

    /**
     * Describes how {@code right}'s items differ from {@code left}'s, for error messages:
     * {@code dimension 'material': left has [MF1, MF2], right has [MF1, MF3]; only-left [MF2], only-right [MF3]}.
     */
    static String describeMismatch(Dim left, Dim right) {
        Set<String> onlyLeft = new LinkedHashSet<>(left.items());
        right.items().forEach(onlyLeft::remove);
        Set<String> onlyRight = new LinkedHashSet<>(right.items());
        left.items().forEach(onlyRight::remove);
        StringBuilder sb = new StringBuilder("dimension '").append(left.name()).append("': left has ")
                .append(Dims.show(left.items())).append(", right has ").append(Dims.show(right.items()));
        if (onlyLeft.isEmpty() && onlyRight.isEmpty()) {
            sb.append("; same items in a different order (re-order explicitly with alignTo)");
        } else {
            sb.append("; only-left ").append(Dims.show(new ArrayList<>(onlyLeft)))
                    .append(", only-right ").append(Dims.show(new ArrayList<>(onlyRight)));
        }
        return sb.toString();
    }
}
