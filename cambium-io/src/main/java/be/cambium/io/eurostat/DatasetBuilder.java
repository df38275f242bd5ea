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
    private final String file;
    private final List<String> dimensions;
    private final List<Map<String, Integer>> itemIds = new ArrayList<>();
    private final List<List<String>> itemNames = new ArrayList<>();
    private final Map<Object, Integer> index = new HashMap<>();
    private int[] keys = new int[1024];
    private double[] values = new double[128];
    private int[] decimals = new int[128];
    private String[] flags = new String[128];
    private int[] lines = new int[128];
    private int[] columns = new int[128];
    private int n;
    private @Nullable LocalDate lastUpdate;

    /** @param dimensions dimension names, time last (already normalised to {@link EurostatDataset#TIME}) */
    DatasetBuilder(String code, String file, List<String> dimensions) {
        this.code = code;
        this.file = file;
        this.dimensions = List.copyOf(dimensions);
        for (int i = 0; i < dimensions.size(); i++) {
            itemIds.add(new HashMap<>());
            itemNames.add(new ArrayList<>());
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

    private int itemId(int dim, String item) {
        Map<String, Integer> ids = itemIds.get(dim);
        Integer id = ids.get(item);
        if (id == null) {
            id = ids.size();
            ids.put(item, id);
            itemNames.get(dim).add(item);
        }
        return id;
    }

    /** Adds a cell; a second cell with the same key is an {@code EUROSTAT_DUPLICATE} error and is ignored. */
    void add(List<String> key, CellParser.Cell cell, CellParser.At at, List<Issue> issues) {
        int nd = dimensions.size();
        if (key.size() != nd) {
            throw new IllegalArgumentException("key " + key + " does not match " + dimensions);
        }
        int[] ids = new int[nd];
        boolean packable = nd <= 6;
        for (int d = 0; d < nd; d++) {
            ids[d] = itemId(d, key.get(d));
            packable &= ids[d] < 1024;
        }
        Object joined;
        if (packable) {
            long packed = 0;
            for (int d = 0; d < nd; d++) {
                packed = (packed << 10) | ids[d];
            }
            joined = packed;
        } else {
            joined = String.join("\u0001", key);
        }
        Integer first = index.get(joined);
        if (first != null) {
            issues.add(Issue.error("EUROSTAT_DUPLICATE", "duplicate key " + describe(key) + ", first given at "
                    + new CellParser.At(file, lines[first], columns[first]).location() + "; the first value is kept", at.location()));
            return;
        }
        if (n == values.length) {
            int cap = n * 2;
            values = Arrays.copyOf(values, cap);
            decimals = Arrays.copyOf(decimals, cap);
            flags = Arrays.copyOf(flags, cap);
            lines = Arrays.copyOf(lines, cap);
            columns = Arrays.copyOf(columns, cap);
        }
        if ((n + 1) * nd > keys.length) {
            keys = Arrays.copyOf(keys, Math.max(keys.length * 2, (n + 1) * nd));
        }
        System.arraycopy(ids, 0, keys, n * nd, nd);
        index.put(joined, n);
        values[n] = cell.value();
        decimals[n] = Double.isNaN(cell.value()) ? -1 : cell.decimals();
        flags[n] = cell.flags();
        lines[n] = at.line();
        columns[n] = at.column();
        n++;
    }

    /** Registers items that exist even without cells (e.g. a TSV period column that is all missing). */
    void declareItem(int dimension, String item) {
        itemId(dimension, item);
    }

    private String describe(List<String> k) {
        StringBuilder sb = new StringBuilder();
        for (int d = 0; d < k.size(); d++) {
            sb.append(d == 0 ? "" : ",").append(dimensions.get(d)).append('=').append(k.get(d));
        }
        return sb.toString();
    }

    EurostatDataset build() {
        int nd = dimensions.size();
        List<List<String>> items = new ArrayList<>();
        List<int[]> rank = new ArrayList<>();
        for (int d = 0; d < nd; d++) {
            List<String> names = itemNames.get(d);
            List<String> sorted = names.stream().sorted().toList();
            items.add(sorted);
            Map<String, Integer> pos = new HashMap<>();
            for (int i = 0; i < sorted.size(); i++) {
                pos.put(sorted.get(i), i);
            }
            int[] r = new int[names.size()];
            for (int id = 0; id < names.size(); id++) {
                r[id] = pos.get(names.get(id));
            }
            rank.add(r);
        }
        int size = 1;
        for (List<String> l : items) {
            size = Math.multiplyExact(size, l.size());
        }
        double[] v = new double[size];
        int[] dec = new int[size];
        String[] fl = new String[size];
        int[] ln = new int[size];
        int[] col = new int[size];
        Arrays.fill(v, Double.NaN);
        Arrays.fill(dec, -1);
        Arrays.fill(fl, "");
        for (int c = 0; c < n; c++) {
            int off = 0;
            for (int d = 0; d < nd; d++) {
                off = off * items.get(d).size() + rank.get(d)[keys[c * nd + d]];
            }
            v[off] = values[c];
            dec[off] = decimals[c];
            fl[off] = flags[c];
            ln[off] = lines[c];
            col[off] = columns[c];
        }
        return new EurostatDataset(code, dimensions, items, v, Arrays.asList(fl), dec, lastUpdate, file, ln, col);
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
