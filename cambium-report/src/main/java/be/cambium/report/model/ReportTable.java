package be.cambium.report.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A table of a report in long format: snake_case column names, one row per observation.
 * Cells are {@link String}s, {@link Number}s (written as numbers in every output) or
 * {@code null} for missing values (never zero).
 *
 * @param id      file and sheet name stem, snake_case (e.g. {@code mfa_indicators})
 * @param title   a sentence-case title for people
 * @param columns column names, snake_case
 * @param rows    rows of cells, each as long as {@code columns}
 * @param sources citations printed under the table
 * @param note    a method note printed under the table, empty when none
 */
public record ReportTable(String id, String title, List<String> columns, List<List<@Nullable Object>> rows,
                          List<String> sources, String note) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    public ReportTable {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(note, "note");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("table id must be snake_case, got '" + id + "'");
        }
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("table '" + id + "' has no columns");
        }
        List<List<@Nullable Object>> copy = new ArrayList<>(rows.size());
        int i = 0;
        for (List<@Nullable Object> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException("table '" + id + "' row " + i + " has " + r.size()
                        + " cells, expected " + columns.size() + " " + columns);
            }
            for (Object c : r) {
                if (c != null && !(c instanceof String) && !(c instanceof Number)) {
                    throw new IllegalArgumentException("table '" + id + "' row " + i + ": cells are strings, numbers or null, got "
                            + c.getClass().getSimpleName());
                }
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(r)));
            i++;
        }
        rows = Collections.unmodifiableList(copy);
        sources = List.copyOf(sources);
    }

    public static Builder builder(String id, String title, String... columns) {
        return new Builder(id, title, List.of(columns));
    }

    /** The same table under another id (e.g. a command's {@code results} as the report's {@code criticality_be}). */
    public ReportTable withId(String newId) {
        return new ReportTable(newId, title, columns, rows, sources, note);
    }

    /** The same table under another id and title. */
    public ReportTable withId(String newId, String newTitle) {
        return new ReportTable(newId, newTitle, columns, rows, sources, note);
    }

    public int columnIndex(String name) {
        int i = columns.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("table '" + id + "' has no column '" + name + "'; columns: " + columns);
        }
        return i;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Collects rows. */
    public static final class Builder {
        private final String id;
        private final String title;
        private final List<String> columns;
        private final List<List<@Nullable Object>> rows = new ArrayList<>();
        private final List<String> sources = new ArrayList<>();
        private String note = "";

        private Builder(String id, String title, List<String> columns) {
            this.id = id;
            this.title = title;
            this.columns = columns;
        }

        public Builder row(@Nullable Object... cells) {
            List<@Nullable Object> r = new ArrayList<>(cells.length);
            for (Object c : cells) {
                r.add(c instanceof Double d && d.isNaN() ? null : c);
            }
            rows.add(r);
            return this;
        }

        public Builder source(String citation) {
            if (!sources.contains(citation)) {
                sources.add(citation);
            }
            return this;
        }

        public Builder note(String n) {
            this.note = n;
            return this;
        }

        public ReportTable build() {
            return new ReportTable(id, title, columns, rows, sources, note);
        }
    }
}
