package be.cambium.io.pkg;

import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 CSV tokenizer (comma, double quote) that keeps the 1-based line and column of
 * every cell and reports malformed quotes as {@link PackageIssues#CSV_QUOTE} without stopping:
 * a quote inside an unquoted value and text after a closing quote are kept as text; a quote that
 * is never closed drops its row and parsing resumes on the line after the one it opened on.
 * Blank lines are skipped. Line endings may be LF, CRLF or CR (kept as they are inside quoted values); a UTF-8
 * byte-order mark is ignored.
 */
final class CsvParser {

    /** One cell: its unquoted text and where it starts (for a quoted cell, the opening quote). */
    record Cell(String text, int line, int column) {
    }

    /** One record: its cells, the line it starts on and the column just after its last character. */
    record Row(int line, List<Cell> cells, int endLine, int endColumn) {
    }

    private final String file;
    private final String text;
    private final ValidationReport.Builder issues;
    private int pos;
    private int line = 1;
    private int col = 1;

    private CsvParser(String file, String content, ValidationReport.Builder issues) {
        this.file = file;
        this.text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        this.issues = issues;
    }

    /** All records of {@code content}, header included; quote problems go to {@code issues}. */
    static List<Row> parse(String file, String content, ValidationReport.Builder issues) {
        return new CsvParser(file, content, issues).rows();
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        int n = text.length();
        while (pos < n) {
            if (isEol()) {
                skipEol();
                continue;
            }
            int rowLine = line;
            List<Cell> cells = new ArrayList<>();
            boolean dropped = false;
            while (true) {
                int cellLine = line;
                int cellCol = col;
                StringBuilder sb = new StringBuilder();
                if (pos < n && text.charAt(pos) == '"') {
                    int openPos = pos;
                    advance();
                    boolean closed = false;
                    while (pos < n) {
                        char c = text.charAt(pos);
                        if (c == '"') {
                            if (pos + 1 < n && text.charAt(pos + 1) == '"') {
                                sb.append('"');
                                advance();
                                advance();
                            } else {
                                advance();
                                closed = true;
                                break;
                            }
                        } else {
                            sb.append(c);
                            advance();
                        }
                    }
                    if (!closed) {
                        issues.add(be.cambium.validate.Issue.error(PackageIssues.CSV_QUOTE,
                                "quote opened here is never closed; the rest of this line is skipped",
                                Location.at(file, cellLine, cellCol)));
                        resumeAfterLineOf(openPos, cellLine);
                        dropped = true;
                        break;
                    }
                    if (pos < n && text.charAt(pos) != ',' && !isEol()) {
                        issues.add(be.cambium.validate.Issue.error(PackageIssues.CSV_QUOTE,
                                "unexpected text after a closing quote (write a quote inside a quoted value as \"\")",
                                Location.at(file, line, col)));
                        while (pos < n && text.charAt(pos) != ',' && !isEol()) {
                            sb.append(text.charAt(pos));
                            advance();
                        }
                    }
                } else {
                    boolean reported = false;
                    while (pos < n && text.charAt(pos) != ',' && !isEol()) {
                        char c = text.charAt(pos);
                        if (c == '"' && !reported) {
                            issues.add(be.cambium.validate.Issue.error(PackageIssues.CSV_QUOTE,
                                    "quote inside an unquoted value (quote the whole value and double the inner quote)",
                                    Location.at(file, line, col)));
                            reported = true;
                        }
                        sb.append(c);
                        advance();
                    }
                }
                cells.add(new Cell(sb.toString(), cellLine, cellCol));
                if (pos < n && text.charAt(pos) == ',') {
                    advance();
                    continue;
                }
                break;
            }
            if (dropped) {
                continue;
            }
            int endLine = line;
            int endCol = col;
            skipEol();
            rows.add(new Row(rowLine, List.copyOf(cells), endLine, endCol));
        }
        return rows;
    }

    /** After an unclosed quote: continue at the start of the line following the quote's line. */
    private void resumeAfterLineOf(int openPos, int openLine) {
        int p = openPos;
        while (p < text.length() && text.charAt(p) != '\n' && text.charAt(p) != '\r') {
            p++;
        }
        pos = p;
        line = openLine;
        skipEol();
    }

    private boolean isEol() {
        return pos < text.length() && (text.charAt(pos) == '\n' || text.charAt(pos) == '\r');
    }

    /** Consumes one line end (LF, CRLF or CR), if any. */
    private void skipEol() {
        if (pos < text.length() && text.charAt(pos) == '\r') {
            advance();
            if (pos < text.length() && text.charAt(pos) == '\n') {
                advance();
            }
        } else if (pos < text.length() && text.charAt(pos) == '\n') {
            advance();
        }
    }

    private void advance() {
        char c = text.charAt(pos);
        if (c == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
            col++; // the LF that follows ends the line
        } else if (c == '\n' || c == '\r') {
            line++;
            col = 1;
        } else {
            col++;
        }
        pos++;
    }
}
