package be.cambium.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.cambium.report.render.ReportWriter;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's workbook opens in LibreOffice (converted to PDF headless, as a user's office suite
 * would open it) and stores every value column as numbers. Skips when LibreOffice is not installed.
 */
class ReportWorkbookLibreOfficeIT {

    @TempDir
    Path dir;

    @Test
    void theWorkbookOpensInLibreOfficeWithNumbersAsNumbers() throws Exception {
        ReportService.standard().write(ReportContext.of(LocalDate.of(2026, 11, 29)), dir);
        Path xlsx = dir.resolve(ReportWriter.WORKBOOK);
        assertThat(xlsx).exists();

        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("Contents")).isNotNull();
            assertThat(wb.getSheet("Sources")).isNotNull();
            int numeric = 0;
            for (Sheet s : wb) {
                Row header = s.getRow(0);
                if (s.getSheetName().equals("Contents") || s.getSheetName().equals("Sources") || header == null) {
                    continue;
                }
                for (Cell h : header) {
                    if (!h.getStringCellValue().equals("value")) {
                        continue;
                    }
                    for (int r = 1; r <= s.getLastRowNum(); r++) {
                        Cell c = s.getRow(r) == null ? null : s.getRow(r).getCell(h.getColumnIndex());
                        if (c != null) {
                            assertThat(c.getCellType()).as(s.getSheetName() + " row " + r).isEqualTo(CellType.NUMERIC);
                            numeric++;
                        }
                    }
                }
            }
            assertThat(numeric).as("numeric value cells in the workbook").isGreaterThan(50);
        }

        Path soffice = Path.of("/usr/bin/libreoffice");
        assumeTrue(Files.isExecutable(soffice), "LibreOffice is not installed (.ci/run installs libreoffice-calc-nogui): skipped the open check");
        Path out = dir.resolve("pdf");
        Files.createDirectories(out);
        Process p = new ProcessBuilder(soffice.toString(), "--headless", "-env:UserInstallation=file://" + dir.resolve("lo-profile"),
                "--convert-to", "pdf", "--outdir", out.toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("lo.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        Path pdf = out.resolve("cambium-belgium.pdf");
        assertThat(pdf).as(Files.readString(dir.resolve("lo.log"))).exists();
        assertThat(Files.size(pdf)).isGreaterThan(10_000);
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
