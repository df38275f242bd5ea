package be.cambium.io.pkg;

import be.cambium.provenance.Source;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An immutable table of typed values read from a CSV resource: column names and types in schema
 * order, one value per cell ({@code null} when missing or unreadable), the 1-based line each row
 * starts on, and the {@link Source} a row cites through its {@code source} column, if any.
 *
 * <p>Equality compares name, columns, types, values and row sources, not line numbers (a file
 * written again may lay rows out differently, e.g. quoted line breaks).
 */
public final class Table {

    private final String name;
    private final List<String> columns;
    private final List<FieldType> types;
    private final @Nullable Object[][] cells;
    private final int[] lines;
    private final @Nullable Source[] rowSources;

    private Table(String name, List<String> columns, List<FieldType> types, List<@Nullable Object[]> rows,
                  List<Integer> lines, List<@Nullable Source> rowSources) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.types = List.copyOf(types);
        this.cells = rows.toArray(new Object[0][]);
        this.lines = lines.stream().mapToInt(Integer::intValue).toArray();
        this.rowSources = rowSources.toArray(new Source[0]);
    }

    public static Builder builder(String name, List<String> columns, List<FieldType> types) {
        return new Builder(name, columns, types);
    }

    public String name() {
        return name;
    }

    public List<String> columns() {
        return columns;
    }

    public List<FieldType> types() {
        return types;
    }

    public int rowCount() {
        return cells.length;
    }

    /** Position of a column, or -1. */
    public int columnIndex(String column) {
        return columns.indexOf(column);
    }

    public @Nullable Object value(int row, int column) {
        return cells[row][column];
    }

    public @Nullable Object value(int row, String column) {
        return cells[row][requireColumn(column)];
    }

    /** A cell of a {@code number} column. */
    public @Nullable BigDecimal number(int row, String column) {
        return (BigDecimal) value(row, column);
    }

    /** A cell of a {@code string} column. */
    public @Nullable String string(int row, String column) {
        return (String) value(row, column);
    }

    /** The row's values in column order (a copy; may contain {@code null}). */
    public List<@Nullable Object> row(int row) {
        return Collections.unmodifiableList(Arrays.asList(cells[row].clone()));
    }

    /** The 1-based line of the file the row starts on (0 when the table was not read from a file). */
    public int line(int row) {
        return lines[row];
    }

    /** The source the row cites in its {@code source} column, when the package declares it. */
    public Optional<Source> source(int row) {
        return Optional.ofNullable(rowSources[row]);
    }

    private int requireColumn(String column) {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("table '" + name + "' has no column '" + column + "', only " + columns);
        }
        return i;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Table)) {
            return false;
        }
        Table t = (Table) o;
        return name.equals(t.name) && columns.equals(t.columns) && types.equals(t.types)
                && Arrays.deepEquals(cells, t.cells) && Arrays.equals(rowSources, t.rowSources);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, columns, types, Arrays.deepHashCode(cells), Arrays.hashCode(rowSources));
    }

    @Override
    public String toString() {
        return "Table[" + name + ", columns=" + columns + ", rows=" + cells.length + "]";
    }

    /** Collects rows; each row is checked against the column types. */
    public static final class Builder {
        private final String name;
        private final List<String> columns;
        private final List<FieldType> types;
        private final List<@Nullable Object[]> rows = new ArrayList<>();
        private final List<Integer> lines = new ArrayList<>();
        private final List<@Nullable Source> sources = new ArrayList<>();

        private Builder(String name, List<String> columns, List<FieldType> types) {
            this.name = Objects.requireNonNull(name, "name");
            this.columns = List.copyOf(columns);
            this.types = List.copyOf(types);
            if (columns.size() != types.size()) {
                throw new IllegalArgumentException(columns.size() + " columns but " + types.size() + " types");
            }
        }

        public Builder addRow(List<@Nullable Object> values, int line, @Nullable Source source) {
            if (values.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + values.size() + " values, table '" + name
                        + "' has " + columns.size() + " columns");
            }
            Object[] row = values.toArray();
            for (int i = 0; i < row.length; i++) {
                Object v = row[i];
                if (v != null && !javaType(types.get(i)).isInstance(v)) {
                    throw new IllegalArgumentException("column '" + columns.get(i) + "' of type " + types.get(i).jsonName()
                            + " cannot hold a " + v.getClass().getSimpleName());
                }
            }
            rows.add(row);
            lines.add(line);
            sources.add(source);
            return this;
        }

        public Builder addRow(List<@Nullable Object> values) {
            return addRow(values, 0, null);
        }

        public Table build() {
            return new Table(name, columns, types, rows, lines, sources);
        }

        private static Class<?> javaType(FieldType t) {
            switch (t) {
                case INTEGER:
                    return Long.class;
                case NUMBER:
                    return BigDecimal.class;
                case BOOLEAN:
                    return Boolean.class;
                case DATE:
                    return java.time.LocalDate.class;
                case YEAR:
                    return Integer.class;
                default:
                    return String.class;
            }
        }
    }
}
