package be.cambium.classification.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A bundled CSV resource read from the classpath: a header row and data rows, fields looked up by
 * column name. A malformed bundled file is our bug, so every problem throws at once.
 */
public final class BundledTable {

    private final String resource;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<CsvText.Row> rows;

    private BundledTable(String resource, List<CsvText.Row> all) {
        this.resource = resource;
        if (all.isEmpty()) {
            throw new IllegalStateException(resource + ": no header row");
        }
        List<String> header = all.get(0).fields();
        for (int c = 0; c < header.size(); c++) {
            columns.put(header.get(c).trim(), c);
        }
        this.rows = all.subList(1, all.size());
        for (CsvText.Row r : rows) {
            if (r.fields().size() != header.size()) {
                throw new IllegalStateException(resource + ":" + r.line() + ": expected " + header.size()
                        + " fields, found " + r.fields().size());
            }
        }
    }

    /** Reads {@code name} next to {@code anchor}'s package on the classpath. */
    public static BundledTable load(Class<?> anchor, String name) {
        String resource = anchor.getPackageName().replace('.', '/') + "/" + name;
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing from the classpath: " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            try {
                return new BundledTable(resource, CsvText.parse(text));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(resource + ": " + e.getMessage(), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + resource, e);
        }
    }

    public String resource() {
        return resource;
    }

    public List<CsvText.Row> rows() {
        return rows;
    }

    /** The trimmed value of {@code column} in {@code row}. */
    public String get(CsvText.Row row, String column) {
        Integer c = columns.get(column);
        if (c == null) {
            throw new IllegalStateException(resource + ": no column '" + column + "'");
        }
        return row.fields().get(c).trim();
    }

    /** An error message prefix naming the file and line of {@code row}. */
    public String at(CsvText.Row row) {
        return resource + ":" + row.line();
    }
}
