package be.cambium.report.render;

import be.cambium.report.model.ReportTable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a {@link ReportTable} as RFC 4180 CSV in UTF-8: a header of snake_case names, numbers
 * in plain decimal notation with a dot (as R, Python and Excel's import read them), missing
 * values as empty cells (never 0).
 */
public final class CsvTableWriter {

    public void write(ReportTable table, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(table, w);
        }
    }

    public void write(ReportTable table, Writer w) throws IOException {
        line(w, table.columns().toArray());
        for (var row : table.rows()) {
            line(w, row.toArray());
        }
    }

    public String toCsv(ReportTable table) {
        java.io.StringWriter sw = new java.io.StringWriter();
        try {
            write(table, sw);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return sw.toString();
    }

    private static void line(Writer w, Object[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(cell(cells[i]));
        }
        w.write("\r\n");
    }

    static String cell(Object c) {
        if (c == null) {
            return "";
        }
        if (c instanceof Number n) {
            return Numbers.plain(n);
        }
        return quote(c.toString());
    }

    /**
     * One CSV field as RFC 4180 wants it: quoted (with inner quotes doubled) when it holds a comma,
     * a quote or a line break, as is otherwise. Every CSV CAMBIUM writes by hand uses this.
     */
    public static String quote(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
