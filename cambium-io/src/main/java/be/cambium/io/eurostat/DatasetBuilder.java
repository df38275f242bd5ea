package be.cambium.io.eurostat;

import be.cambium.validate.Issue;
import be.cambium.validate.Location;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Collects cells by key, reports duplicates, and builds the canonical (sorted, dense) dataset. */
final class DatasetBuilder {

    private final String code;
    private final List<String> dimensions;
    private final List<Set<String>> seen = new ArrayList<>();
    private final Map<List<String>, CellParser.Cell> cells = new HashMap<>();
    private final Map<List<String>, Location> where = new HashMap<>();
    private @Nullable LocalDate lastUpdate;

    /** @param dimensions dimension names, time last (already normalised to {@link EurostatDataset#TIME}) */
    DatasetBuilder(String code, List<String> dimensions) {
        this.code = code;
        this.dimensions = List.copyOf(dimensions);
        for (int i = 0; i < dimensions.size(); i++) {
            seen.add(new LinkedHashSet<>());
        }
    }

    int dimensionCount() {
        return dimensions.size();
    }

    void lastUpdate(@Nullable LocalDate d) {
        if (d != null && (lastUpdate == null || d.isAfter(lastUpdate))) {
            lastUpdate = d;
        }
    }

    /** Adds a cell; a second cell with the same key is an {@code EUROSTAT_DUPLICATE} error and is ignored. */
    void add(List<String> key, CellParser.Cell cell, Location loc, List<Issue> issues) {
        if (key.size() != dimensions.size()) {
            throw new IllegalArgumentException("key " + key + " does not match " + dimensions);
        }
        List<String> k = List.copyOf(key);
        Location first = where.get(k);
        if (first != null) {
            issues.add(Issue.error("EUROSTAT_DUPLICATE", "duplicate key " + describe(k) + ", first given at " + first
                    + "; the first value is kept", loc));
            return;
        }
        where.put(k, loc);
        cells.put(k, cell);
        for (int d = 0; d < k.size(); d++) {
            seen.get(d).add(k.get(d));
        }
    }

    /** Registers items that exist even without cells (e.g. a TSV period column that is all missing). */
    void declareItem(int dimension, String item) {
        seen.get(dimension).add(item);
    }

    private String describe(List<String> k) {
        StringBuilder sb = new StringBuilder();
        for (int d = 0; d < k.size(); d++) {
            sb.append(d == 0 ? "" : ",").append(dimensions.get(d)).append('=').append(k.get(d));
        }
        return sb.toString();
    }

    EurostatDataset build() {
        List<List<String>> items = new ArrayList<>();
        for (Set<String> s : seen) {
            items.add(s.stream().sorted().toList());
        }
        int n = 1;
        for (List<String> l : items) {
            n = Math.multiplyExact(n, l.size());
        }
        double[] values = new double[n];
        int[] decimals = new int[n];
        String[] flags = new String[n];
        Arrays.fill(values, Double.NaN);
        Arrays.fill(decimals, -1);
        Arrays.fill(flags, "");
        Location[] locs = new Location[n];
        Arrays.fill(locs, Location.none());
        List<Map<String, Integer>> pos = new ArrayList<>();
        for (List<String> l : items) {
            Map<String, Integer> m = new HashMap<>();
            for (int i = 0; i < l.size(); i++) {
                m.put(l.get(i), i);
            }
            pos.add(m);
        }
        cells.forEach((k, c) -> {
            int off = 0;
            for (int d = 0; d < k.size(); d++) {
                off = off * items.get(d).size() + pos.get(d).get(k.get(d));
            }
            values[off] = c.value();
            flags[off] = c.flags();
            decimals[off] = Double.isNaN(c.value()) ? -1 : c.decimals();
            locs[off] = where.get(k);
        });
        return new EurostatDataset(code, dimensions, items, values, Arrays.asList(flags), decimals, lastUpdate, Arrays.asList(locs));
    }

    /** Lower-case dataset code from a file name: the part before the first dot. */
    static String codeFromFileName(String fileName) {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.indexOf('.');
        return (dot < 0 ? base : base.substring(0, dot)).toLowerCase(java.util.Locale.ROOT);
    }

    /** The time dimension's names in the three formats, normalised to {@link EurostatDataset#TIME}. */
    static boolean isTimeName(String name) {
        String n = name.strip();
        return n.equalsIgnoreCase("TIME_PERIOD") || n.equalsIgnoreCase("time");
    }

    /**
     * Checks dimension names against a set of expected ones (when the caller gives one): every unexpected
     * name is an {@code EUROSTAT_UNKNOWN_DIMENSION} error at the given location.
     */
    static boolean checkKnown(List<String> dims, @Nullable Set<String> known, Location loc, List<Issue> issues) {
        boolean ok = true;
        Set<String> names = new LinkedHashSet<>();
        for (String d : dims) {
            if (d.isBlank()) {
                issues.add(Issue.error("EUROSTAT_UNKNOWN_DIMENSION", "blank dimension name in header", loc));
                ok = false;
            } else if (!names.add(d)) {
                issues.add(Issue.error("EUROSTAT_UNKNOWN_DIMENSION", "dimension '" + d + "' appears twice in the header", loc));
                ok = false;
            } else if (known != null && !d.equals(EurostatDataset.TIME) && !known.contains(d)) {
                issues.add(Issue.error("EUROSTAT_UNKNOWN_DIMENSION", "unknown dimension '" + d + "' (expected one of "
                        + known + ")", loc));
                ok = false;
            }
        }
        return ok;
    }
}
