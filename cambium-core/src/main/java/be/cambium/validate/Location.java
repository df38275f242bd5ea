package be.cambium.validate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Where a data problem sits: a file position (file, 1-based line and column; 0 when unknown)
 * and/or the labels of a cell (dimension name to item code, in order).
 *
 * <p>{@link #toString()} prints {@code file:line:column} for file positions and
 * {@code dim=item, dim=item} for cells, or both separated by a space.
 */
public record Location(@Nullable String file, int line, int column, Map<String, String> cell) {

    private static final Location NONE = new Location(null, 0, 0, Map.of());

    public Location {
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0, got " + line + ":" + column);
        }
        Objects.requireNonNull(cell, "cell");
        cell = Collections.unmodifiableMap(new LinkedHashMap<>(cell));
    }

    /** No known location (a whole-input problem). */
    public static Location none() {
        return NONE;
    }

    /** A whole file. */
    public static Location file(String file) {
        return new Location(Objects.requireNonNull(file, "file"), 0, 0, Map.of());
    }

    /** A line in a file (column unknown). */
    public static Location line(String file, int line) {
        return new Location(Objects.requireNonNull(file, "file"), line, 0, Map.of());
    }

    /** A line and column in a file, both 1-based. */
    public static Location at(String file, int line, int column) {
        return new Location(Objects.requireNonNull(file, "file"), line, column, Map.of());
    }

    /** A cell of a labelled array, given as dimension name → item code pairs in order. */
    public static Location cell(Map<String, String> labels) {
        return new Location(null, 0, 0, labels);
    }

    /** A cell given as alternating dimension names and item codes: {@code cell("material","MF1","year","2020")}. */
    public static Location cell(String... namesAndItems) {
        if (namesAndItems.length % 2 != 0) {
            throw new IllegalArgumentException("cell(...) takes name/item pairs, got " + namesAndItems.length + " strings");
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndItems.length; i += 2) {
            m.put(namesAndItems[i], namesAndItems[i + 1]);
        }
        return cell(m);
    }

    /** This location with cell labels added (keeps the file position). */
    public Location withCell(Map<String, String> labels) {
        Map<String, String> m = new LinkedHashMap<>(cell);
        m.putAll(labels);
        return new Location(file, line, column, m);
    }

    public boolean isNone() {
        return file == null && cell.isEmpty();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
            if (line > 0) {
                sb.append(':').append(line);
                if (column > 0) {
                    sb.append(':').append(column);
                }
            }
        }
        if (!cell.isEmpty()) {
            StringJoiner j = new StringJoiner(", ");
            cell.forEach((k, v) -> j.add(k + "=" + v));
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(j);
        }
        return sb.toString();
    }
}
