package be.cambium.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A categorical dimension: a name and an ordered list of distinct item codes, such as
 * {@code Dimension.of("material", "MF1", "MF2", "MF3", "MF4")}.
 *
 * <p>The compact constructor copies the items, rejects an empty list and blank or repeated items,
 * and precomputes the code-to-position map used by {@link #indexOf(String)}.
 */
public record Dimension(String name, List<String> items) implements Dim {

    public Dimension {
        Dims.requireName(name);
        java.util.Objects.requireNonNull(items, "items");
        items = ItemList.copyOf(name, items);
    }

    public static Dimension of(String name, String... items) {
        return new Dimension(name, Arrays.asList(items));
    }

    public static Dimension of(String name, List<String> items) {
        return new Dimension(name, items);
    }

    @Override
    public Dimension subset(List<String> wanted) {
        List<String> missing = new ArrayList<>();
        for (String w : wanted) {
            if (!contains(w)) {
                missing.add(w);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("dimension '" + name + "' has no item(s) " + Dims.show(missing)
                    + "; it has " + Dims.show(items));
        }
        return new Dimension(name, wanted);
    }

    @Override
    public Dimension withName(String newName) {
        return new Dimension(newName, items);
    }

    @Override
    public String toString() {
        return name + Dims.show(items);
    }
}
