package be.cambium.stockflow;

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
}
