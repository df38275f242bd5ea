package be.cambium.io.eurostat;

import be.cambium.validate.Location;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One Eurostat dataset as read from any of its dissemination formats: a dense grid over the
 * dimensions, in row-major order (last dimension fastest).
 *
 * <p>Conventions shared by all readers, so that the same data gives equal datasets whatever the format:
 * the time dimension is always last and named {@link #TIME}; items of every dimension are sorted
 * (codes alphabetically, periods chronologically); a cell that is absent or marked {@code :} holds
 * {@code NaN}; its flags are kept as the letters Eurostat publishes ({@code p} provisional,
 * {@code e} estimated, {@code b} break, {@code c} confidential, ...; empty when none). Missing is
 * not zero: no reader ever fills a missing cell.
 *
 * @param code       dataset code in lower case, e.g. {@code env_ac_mfa}
 * @param dimensions dimension names in order, time last
 * @param items      the item codes of each dimension, in order
 * @param values     cell values, {@code NaN} when missing (copied in and out)
 * @param flags      cell flags, letters in alphabetical order, empty when none
 * @param decimals   number of decimals the value was published with, -1 when missing (copied in and out)
 * @param lastUpdate Eurostat's last-update date when the format carries it
 * @param file       the file the cells were read from (for locations)
 * @param lines      1-based line of each cell in the file, 0 for cells absent from the file; not part of {@link #sameContentAs}
 * @param columns    1-based column of each cell (field number for TSV/CSV, character column for JSON), 0 when unknown
 */
public record EurostatDataset(String code, List<String> dimensions, List<List<String>> items, double[] values,
                              List<String> flags, int[] decimals, @Nullable LocalDate lastUpdate, String file, int[] lines,
                              int[] columns) {

    /** Name of the time dimension in every dataset, whatever the source format calls it. */
    public static final String TIME = "time";

    public EurostatDataset {
        Objects.requireNonNull(code, "code");
        dimensions = List.copyOf(dimensions);
        items = items.stream().map(List::copyOf).toList();
        values = values.clone();
        flags = List.copyOf(flags);
        decimals = decimals.clone();
        Objects.requireNonNull(file, "file");
        lines = lines.clone();
        columns = columns.clone();
        if (dimensions.size() != items.size()) {
            throw new IllegalArgumentException(dimensions.size() + " dimensions but " + items.size() + " item lists");
        }
        if (dimensions.isEmpty() || !dimensions.get(dimensions.size() - 1).equals(TIME)) {
            throw new IllegalArgumentException("the last dimension must be '" + TIME + "', got " + dimensions);
        }
        int n = 1;
        for (List<String> l : items) {
            n = Math.multiplyExact(n, l.size());
        }
        if (values.length != n || flags.size() != n || decimals.length != n || lines.length != n || columns.length != n) {
            throw new IllegalArgumentException("grid of " + n + " cells but " + values.length + " values, "
                    + flags.size() + " flags, " + decimals.length + " decimals");
        }
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public int[] decimals() {
        return decimals.clone();
    }

    public int cellCount() {
        return values.length;
    }

    public int dimensionIndex(String name) {
        int i = dimensions.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no dimension '" + name + "' in " + code + " " + dimensions);
        }
        return i;
    }

    public boolean hasDimension(String name) {
        return dimensions.contains(name);
    }

    public List<String> items(String dimension) {
        return items.get(dimensionIndex(dimension));
    }

    public double value(int cell) {
        return values[cell];
    }

    public String flags(int cell) {
        return flags.get(cell);
    }

    public int decimals(int cell) {
        return decimals[cell];
    }

    @Override
    public int[] lines() {
        return lines.clone();
    }

    @Override
    public int[] columns() {
        return columns.clone();
    }

    /** Where the cell was read, {@link Location#none()} for a cell absent from the file. */
    public Location location(int cell) {
        if (lines[cell] == 0) {
            return Location.none();
        }
        return columns[cell] == 0 ? Location.line(file, lines[cell]) : Location.at(file, lines[cell], columns[cell]);
    }

    public boolean isMissing(int cell) {
        return Double.isNaN(values[cell]);
    }

    /** The cell with the given item codes, one per dimension in order. */
    public int cell(String... codes) {
        if (codes.length != dimensions.size()) {
            throw new IllegalArgumentException("need " + dimensions.size() + " codes " + dimensions + ", got " + Arrays.toString(codes));
        }
        int off = 0;
        for (int d = 0; d < codes.length; d++) {
            int p = items.get(d).indexOf(codes[d]);
            if (p < 0) {
                throw new IllegalArgumentException("no item '" + codes[d] + "' in dimension " + dimensions.get(d));
            }
            off = off * items.get(d).size() + p;
        }
        return off;
    }

    /** The value of the cell with the given item codes (NaN when missing). */
    public double value(String... codes) {
        return values[cell(codes)];
    }

    /** Dimension name to item code for a cell, in dimension order. */
    public Map<String, String> labels(int cell) {
        String[] codes = new String[dimensions.size()];
        int rest = cell;
        for (int d = dimensions.size() - 1; d >= 0; d--) {
            int size = items.get(d).size();
            codes[d] = items.get(d).get(rest % size);
            rest /= size;
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (int d = 0; d < codes.length; d++) {
            m.put(dimensions.get(d), codes[d]);
        }
        return m;
    }

    /**
     * True when both datasets hold the same code, dimensions, items, values (NaN equal to NaN), flags and
     * decimals; the last-update date is not compared because the TSV format does not carry it.
     */
    public boolean sameContentAs(EurostatDataset o) {
        return code.equals(o.code) && dimensions.equals(o.dimensions) && items.equals(o.items)
                && Arrays.equals(values, o.values) && flags.equals(o.flags) && Arrays.equals(decimals, o.decimals);
    }

    /** A readable list of the differences with another dataset (empty when {@link #sameContentAs}). */
    public List<String> differencesFrom(EurostatDataset o) {
        List<String> out = new ArrayList<>();
        if (!code.equals(o.code)) {
            out.add("code " + code + " vs " + o.code);
        }
        if (!dimensions.equals(o.dimensions) || !items.equals(o.items)) {
            out.add("axes " + dimensions + items + " vs " + o.dimensions + o.items);
            return out;
        }
        for (int i = 0; i < values.length; i++) {
            if (Double.compare(values[i], o.values[i]) != 0 || !flags.get(i).equals(o.flags.get(i)) || decimals[i] != o.decimals[i]) {
                out.add(labels(i) + ": " + values[i] + " '" + flags.get(i) + "' (" + decimals[i] + " dp) vs "
                        + o.values[i] + " '" + o.flags.get(i) + "' (" + o.decimals[i] + " dp)");
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EurostatDataset d && sameContentAs(d) && Objects.equals(lastUpdate, d.lastUpdate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, dimensions, items, Arrays.hashCode(values), flags);
    }

    @Override
    public String toString() {
        return "EurostatDataset[" + code + " " + dimensions + " " + values.length + " cells, last update " + lastUpdate + "]";
    }
}
