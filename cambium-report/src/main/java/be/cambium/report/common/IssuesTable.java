package be.cambium.report.common;

import be.cambium.report.model.ReportTable;
import be.cambium.validate.Issue;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The one {@code issues} table every command writes and the report shows: {@code severity, code, message, file,
 * line, column, cell}. Severity is lower case; a column that does not apply to an issue is empty (never 0), and
 * {@code cell} holds the labels of a cell as {@code dim=item; dim=item}.
 */
public final class IssuesTable {

    /** The columns, in order. */
    public static final String[] COLUMNS = {"severity", "code", "message", "file", "line", "column", "cell"};

    private IssuesTable() {
    }

    /** The table with id {@code issues}. */
    public static ReportTable of(ValidationReport report) {
        return of("issues", "Data checks: every issue with its location", report);
    }

    public static ReportTable of(String id, String title, ValidationReport report) {
        ReportTable.Builder t = ReportTable.builder(id, title, COLUMNS);
        for (Issue i : report.issues()) {
            Location l = i.location();
            t.row(i.severity().name().toLowerCase(Locale.ROOT), i.code(), i.message(), l.file(),
                    l.line() > 0 ? Integer.valueOf(l.line()) : null, l.column() > 0 ? Integer.valueOf(l.column()) : null, cell(l));
        }
        return t.note("severity: error (the figure it concerns is not given), warning (given, with a caveat) or info. "
                + "file, line and column locate the input; cell gives the labels of the value concerned.").build();
    }

    /** {@code dim=item; dim=item}, empty when the issue has no cell labels. */
    static String cell(Location l) {
        StringJoiner j = new StringJoiner("; ");
        l.cell().forEach((k, v) -> j.add(k + "=" + v));
        return j.toString();
    }
}
