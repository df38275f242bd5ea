package be.cambium.data;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list of distinct, non-blank item codes with an O(1) {@link #indexOf(Object)}.
 * Used as the {@code items} component of {@link Dimension}, so that the record keeps only its two
 * components while positions are looked up through a precomputed map.
 */
final class ItemList extends AbstractList<String> implements RandomAccess {

    private final String[] items;
    private final Map<String, Integer> positions;

    private ItemList(String[] items, Map<String, Integer> positions) {
        this.items = items;
        this.positions = positions;
    }

    /**
     * Copies and validates the items of dimension {@code name}.
     *
     * @throws IllegalArgumentException if the list is empty or an item is blank or repeated
     * @throws NullPointerException if an item is null
     */
    static ItemList copyOf(String name, List<String> source) {
        if (source instanceof ItemList l) {
            return l;
        }
        if (source.isEmpty()) {
            throw new IllegalArgumentException("dimension '" + name + "' has no items");
        }
        String[] items = new String[source.size()];
        Map<String, Integer> positions = new HashMap<>(source.size() * 2);
        int i = 0;
        for (String item : source) {
            Objects.requireNonNull(item, () -> "dimension '" + name + "': null item");
            if (item.isBlank()) {
                throw new IllegalArgumentException("dimension '" + name + "': blank item at position " + i);
            }
            Integer previous = positions.putIfAbsent(item, i);
            if (previous != null) {
                throw new IllegalArgumentException("dimension '" + name + "': duplicate item '" + item
                        + "' at positions " + previous + " and " + i);
            }
            items[i++] = item;
        }
        return new ItemList(items, Map.copyOf(positions));
    }

    @Override
    public String get(int index) {
        return items[index];
    }

    @Override
    public int size() {
        return items.length;
    }

    @Override
    public int indexOf(Object o) {
        Integer p = o == null ? null : positions.get(o);
        return p == null ? -1 : p;
    }

    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }
}
