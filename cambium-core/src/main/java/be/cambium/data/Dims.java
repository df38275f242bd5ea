package be.cambium.data;

import java.util.List;
import java.util.Objects;

/** Small helpers shared by the data types; not API. */
final class Dims {

    /** Longest item list printed in full in a message; longer ones are shortened. */
    static final int SHOW_MAX = 20;

    private Dims() {
    }

    /** {@code [a, b, c]}, or the first {@value #SHOW_MAX} items and {@code ... (n more)}. */
    static String show(List<String> items) {
        if (items.size() <= SHOW_MAX) {
            return items.toString();
        }
        return "[" + String.join(", ", items.subList(0, SHOW_MAX)) + ", ... (" + (items.size() - SHOW_MAX) + " more)]";
    }

    static String requireName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("dimension name is blank");
        }
        return name;
    }
}
