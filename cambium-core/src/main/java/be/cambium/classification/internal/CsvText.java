package be.cambium.classification.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A small RFC 4180 reader for the code lists bundled with core (core may not depend on a CSV library).
 *
 * <p>Fields are separated by commas; a field may be enclosed in double quotes, inside which commas,
 * line breaks and doubled quotes ({@code ""}) stand for themselves. Records end with CRLF or LF.
 * Lines starting with {@code #} outside a quoted field are comments and skipped, as are empty lines.
 * A UTF-8 byte-order mark at the start is ignored.
 */
public final class CsvText {

    /** One record with the 1-based line number on which it starts. */
    public record Row(int line, List<String> fields) {
        public Row {
            fields = List.copyOf(fields);
        }
    }

    private CsvText() {
    }

    /**
     * Splits a whole text into records.
     *
     * @throws IllegalArgumentException on a quote that is never closed or a quote in the middle of an
     *                                  unquoted field, naming the line
     */
    public static List<Row> parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        int i = 0;
        int line = 1;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            // comment or empty line at record start
            if (c == '#' || c == '\n' || c == '\r') {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
                i++;
                line++;
                continue;
            }
            int startLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean endOfRecord = false;
            while (!endOfRecord) {
                if (i < n && s.charAt(i) == '"') {
                    i++;
                    while (true) {
                        if (i >= n) {
                            throw new IllegalArgumentException("line " + startLine + ": quoted field is never closed");
                        }
                        char q = s.charAt(i);
                        if (q == '"') {
                            if (i + 1 < n && s.charAt(i + 1) == '"') {
                                field.append('"');
                                i += 2;
                            } else {
                                i++;
                                break;
                            }
                        } else {
                            if (q == '\n') {
                                line++;
                            }
                            field.append(q);
                            i++;
                        }
                    }
                    if (i < n && s.charAt(i) != ',' && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                        throw new IllegalArgumentException("line " + line + ": text after closing quote");
                    }
                } else {
                    while (i < n) {
                        char u = s.charAt(i);
                        if (u == ',' || u == '\n' || u == '\r') {
                            break;
                        }
                        if (u == '"') {
                            throw new IllegalArgumentException("line " + line + ": quote inside an unquoted field");
                        }
                        field.append(u);
                        i++;
                    }
                }
                fields.add(field.toString());
                field.setLength(0);
                if (i >= n) {
                    endOfRecord = true;
                } else if (s.charAt(i) == ',') {
                    i++;
                } else {
                    if (s.charAt(i) == '\r') {
                        i++;
                    }
                    if (i < n && s.charAt(i) == '\n') {
                        i++;
                    }
                    line++;
                    endOfRecord = true;
                }
            }
            rows.add(new Row(startLine, fields));
        }
        return rows;
    }
}
