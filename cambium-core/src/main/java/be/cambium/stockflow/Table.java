package be.cambium.stockflow;

import be.cambium.data.Axes;
import be.cambium.data.Dim;
import be.cambium.data.Dimension;
import be.cambium.data.LabelledArray;
import be.cambium.data.YearRange;
import be.cambium.unit.Unit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A result table in long form: named dimensions, one unit, rows of labels (one item per
 * dimension) with one value per model year.
 */
public record Table(String name, List<String> dimensions, String unit, List<Row> rows) {

    public Table {
        Objects.requireNonNull(name, "name");
        dimensions = List.copyOf(dimensions);
        Objects.requireNonNull(unit, "unit");
        rows = List.copyOf(rows);
        for (Row r : rows) {
            if (r.labels().size() != dimensions.size()) {
                throw new IllegalArgumentException("row " + r.labels() + " does not match dimensions " + dimensions);
            }
        }
    }

    /** One row: its labels and its values by year position. */
    public record Row(List<String> labels, double[] values) {
        public Row {
            labels = List.copyOf(labels);
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        public double value(int t) {
            return values[t];
        }
    }

    /** Sum over rows whose labels match: {@code null} entries in {@code filter} match anything. */
    public double[] sum(List<? extends Object> filter) {
        double[] out = null;
        for (Row r : rows) {
            boolean ok = true;
            for (int d = 0; d < filter.size() && ok; d++) {
                Object f = filter.get(d);
                ok = f == null || f.equals(r.labels().get(d));
            }
            if (ok) {
                if (out == null) {
                    out = new double[r.values.length];
                }
                for (int t = 0; t < out.length; t++) {
                    out[t] += r.values[t];
                }
            }
        }
        return out == null ? new double[0] : out;
    }

    /** Index of a dimension, or -1. */
    public int dimension(String name) {
        return dimensions.indexOf(name);
    }

    /**
     * This table as a {@link LabelledArray}: one {@link Dimension} per table dimension (items in
     * order of first appearance) plus a {@link YearRange} named {@code year}. Label combinations
     * without a row (e.g. a technology a segment does not have) are structurally zero, not
     * missing, and are set to 0. The unit is parsed with {@link Unit#parse(String)}.
     */
    public LabelledArray toLabelledArray(int[] years) {
        List<Dim> dims = new ArrayList<>();
        for (int d = 0; d < dimensions.size(); d++) {
            LinkedHashSet<String> items = new LinkedHashSet<>();
            for (Row r : rows) {
                items.add(r.labels().get(d));
            }
            dims.add(Dimension.of(dimensions.get(d), List.copyOf(items)));
        }
        dims.add(YearRange.of(years[0], years[years.length - 1]));
        LabelledArray.Builder b = LabelledArray.builder(Axes.of(dims), Unit.parse(unit)).fill(0);
        String[] key = new String[dimensions.size() + 1];
        for (Row r : rows) {
            for (int d = 0; d < dimensions.size(); d++) {
                key[d] = r.labels().get(d);
            }
            for (int t = 0; t < years.length; t++) {
                key[dimensions.size()] = Integer.toString(years[t]);
                b.add(r.values[t], key);
            }
        }
        return b.build();
    }
}
