package be.cambium.report.render;

import be.cambium.report.model.Report;
import be.cambium.report.model.ReportTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the three forms of a report into a folder: {@code index.html} (self-contained),
 * the workbook, and {@code tables/<id>.csv}. The caller owns the folder (the app writes into a
 * temporary folder and renames it into place).
 */
public final class ReportWriter {

    public static final String WORKBOOK = "cambium-belgium.xlsx";

    private final HtmlReportWriter html = new HtmlReportWriter();
    private final XlsxReportWriter xlsx = new XlsxReportWriter();
    private final CsvTableWriter csv = new CsvTableWriter();

    public void write(Report report, Path dir) throws IOException {
        Files.createDirectories(dir.resolve("tables"));
        html.write(report, dir.resolve("index.html"));
        xlsx.write(report, dir.resolve(WORKBOOK));
        for (ReportTable t : report.tables()) {
            csv.write(t, dir.resolve("tables").resolve(t.id() + ".csv"));
        }
    }
}
