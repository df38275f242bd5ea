package be.cambium.footprint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable ordered list of distinct (region, item) labels with two-way maps between labels and
 * positions. {@code itemName} names the second level ({@code sector} or {@code category}).
 *
 * <p>It caches the region of every position, which the account loops read n x regions x stressors times.
 */
public final class LabelIndex {

    private final String itemName;
    private final List<Label> labels;
    private final Map<Label, Integer> positions = new HashMap<>();
    private final List<String> regions;
    private final List<String> items;
    private final int[] regionOf;

    private LabelIndex(String itemName, List<Label> labels) {
        this.itemName = Objects.requireNonNull(itemName, "itemName");
        this.labels = List.copyOf(labels);
        Map<String, Integer> reg = new LinkedHashMap<>();
        Map<String, Integer> its = new LinkedHashMap<>();
        regionOf = new int[this.labels.size()];
        for (int p = 0; p < this.labels.size(); p++) {
            Label l = this.labels.get(p);
            if (positions.put(l, p) != null) {
                throw new IllegalArgumentException("duplicate label " + l + " in the " + itemName + " index");
            }
            Integer r = reg.get(l.region());
            if (r == null) {
                r = reg.size();
                reg.put(l.region(), r);
            }
            regionOf[p] = r;
            its.putIfAbsent(l.item(), its.size());
        }
        regions = List.copyOf(reg.keySet());
        items = List.copyOf(its.keySet());
    }

    public static LabelIndex of(String itemName, List<Label> labels) {
        return new LabelIndex(itemName, labels);
    }

    /** Every region crossed with every item, region-major (pymrio's order). */
    public static LabelIndex product(String itemName, List<String> regions, List<String> items) {
        List<Label> l = new ArrayList<>(regions.size() * items.size());
        for (String r : regions) {
            for (String i : items) {
                l.add(new Label(r, i));
            }
        }
        return new LabelIndex(itemName, l);
    }

    public String itemName() {
        return itemName;
    }

    public List<Label> labels() {
        return labels;
    }

    public int size() {
        return labels.size();
    }

    public Label label(int position) {
        return labels.get(position);
    }

    /** Position of a label, or -1. */
    public int indexOf(Label label) {
        Integer p = positions.get(label);
        return p == null ? -1 : p;
    }

    /** Regions in order of first appearance. */
    public List<String> regions() {
        return regions;
    }

    /** Items in order of first appearance. */
    public List<String> items() {
        return items;
    }

    /** Number of the region of a position, into {@link #regions()}. */
    public int regionNumber(int position) {
        return regionOf[position];
    }

    /** Position of a region in {@link #regions()}, or -1. */
    public int regionNumber(String region) {
        return regions.indexOf(region);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelIndex x && x.itemName.equals(itemName) && x.labels.equals(labels);
    }

    @Override
    public int hashCode() {
        return itemName.hashCode() * 31 + labels.hashCode();
    }

    @Override
    public String toString() {
        return "LabelIndex[" + itemName + ", " + labels.size() + " labels, " + regions.size() + " regions]";
    }
}
