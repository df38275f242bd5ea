package be.cambium.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cambium.report.model.Report;
import be.cambium.report.model.ReportTable;
import be.cambium.report.model.Section;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesTheThreeFormsAndTheHtmlIsSelfContained() throws Exception {
        new ReportWriter().write(SampleReports.everyKind(), dir);
        String html = Files.readString(dir.resolve("index.html"));
        assertThat(html).contains("<svg", "Two lines", "Stacked areas", "EI against SR", "Flows", "Unit: t/cap",
                "Source: Test fixture", "This section&#39;s engine is missing", "&lt;angle&gt; &amp; ampersand");
        assertThat(html).doesNotContain("<script", "<link", "src=\"http", "@import");
        assertThat(html.split("<svg", -1)).hasSize(6); // five charts
        assertThat(dir.resolve("tables/sample_values.csv")).exists();
        assertThat(dir.resolve(ReportWriter.WORKBOOK)).exists();
    }

    @Test
    void svgIdsArePrefixedSoSeveralChartsCanBeInlined() {
        SvgChartRenderer r = new SvgChartRenderer();
        String a = r.render(SampleReports.everyKind().sections().get(0).charts().get(0));
        assertThat(a).startsWith("<svg").contains("id='lines'");
        assertThat(a).doesNotContainPattern("id='clip").contains("id='lines-clip-0'");
    }

    @Test
    void csvQuotesAndKeepsMissingEmpty() {
        String csv = new CsvTableWriter().toCsv(SampleReports.everyKind().tables().get(0));
        assertThat(csv.split("\r\n")).containsExactly(
                "geo,year,indicator,value,unit,flags",
                "BE,2020,x,12.5,t/cap,",
                "BE,2021,x,,t/cap,:",
                "BE,2022,\"say \"\"hi\"\", please\",1234567.25,t/cap,p");
    }

    @Test
    void oneFieldIsQuotedOnlyWhenItMustBe() {
        assertThat(CsvTableWriter.quote("plain")).isEqualTo("plain");
        assertThat(CsvTableWriter.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvTableWriter.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvTableWriter.quote("line\rbreak")).isEqualTo("\"line\rbreak\"");
        assertThat(CsvTableWriter.quote("line\nbreak")).isEqualTo("\"line\nbreak\"");
    }

    @Test
    void workbookHasNumbersAsNumbersAContentsAndASourcesSheet() throws Exception {
        new ReportWriter().write(SampleReports.everyKind(), dir);
        try (InputStream in = Files.newInputStream(dir.resolve(ReportWriter.WORKBOOK)); Workbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Contents");
            assertThat(wb.getSheet("Sources")).isNotNull();
            Sheet s = wb.getSheet("sample_values");
            assertThat(s.getRow(0).getCell(3).getStringCellValue()).isEqualTo("value");
            assertThat(s.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(s.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(12.5);
            assertThat(s.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(s.getRow(2).getCell(3)).as("missing stays empty, not 0").isNull();
            String sources = wb.getSheet("Sources").getRow(1).getCell(0).getStringCellValue();
            assertThat(sources).isEqualTo("Report-level source");
        }
    }

    @Test
    void longTablesAreCutInHtmlButCompleteInCsv() throws Exception {
        ReportTable.Builder b = ReportTable.builder("long_table", "Long", "i", "v");
        for (int i = 0; i < 100; i++) {
            b.row(i, i * 0.5);
        }
        Report r = new Report("R", "", "2026-11-29", List.of(Section.builder("s", "S").table(b.build()).build()), List.of());
        new ReportWriter().write(r, dir);
        assertThat(Files.readString(dir.resolve("index.html"))).contains("First 40 of 100 rows");
        assertThat(Files.readAllLines(dir.resolve("tables/long_table.csv"), StandardCharsets.UTF_8)).hasSize(101);
    }

    @Test
    void sheetNamesAreShortAndUnique() {
        Set<String> used = new java.util.HashSet<>();
        String a = XlsxReportWriter.sheetName("a_very_long_table_identifier_that_goes_on", used);
        String b = XlsxReportWriter.sheetName("a_very_long_table_identifier_that_goes_on_and_on", used);
        assertThat(a).hasSizeLessThanOrEqualTo(31);
        assertThat(b).hasSizeLessThanOrEqualTo(31).isNotEqualTo(a);
    }

    @Test
    void badTablesThrowNamingTheProblem() {
        assertThatThrownBy(() -> ReportTable.builder("Bad-Id", "t", "a").build()).hasMessageContaining("snake_case");
        assertThatThrownBy(() -> ReportTable.builder("t", "t", "a", "b").row(1).build()).hasMessageContaining("row 0 has 1 cells");
    }
}
