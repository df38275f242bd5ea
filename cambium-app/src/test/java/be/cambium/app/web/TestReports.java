package be.cambium.app.web;

import be.cambium.app.service.ReportService;
import be.cambium.app.service.SectionProvider;
import be.cambium.report.model.BarChart;
import be.cambium.report.model.Chart;
import be.cambium.report.model.LineChart;
import be.cambium.report.model.ReportTable;
import be.cambium.report.model.SankeyChart;
import be.cambium.report.model.ScatterChart;
import be.cambium.report.model.Section;
import be.cambium.validate.Issue;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** A report with every chart kind and a table, made of arbitrary test values (not data), for the dashboard tests. */
final class TestReports {
    private TestReports() {
    }

    static SectionProvider provider(String id, String title, java.util.function.Supplier<Section> s) {
        return SectionProvider.of(id, title, ctx -> s.get());
    }

    static ReportService service() {
        return new ReportService(List.of(
                provider("lines", "Lines and a table", () -> Section.builder("lines", "Lines and a table")
                        .paragraph("A paragraph.")
                        .chart(new LineChart("trend", "A trend", "Year", "Value", "t/cap",
                                List.of(new Chart.Series("BE", List.of(2020.0, 2021.0, 2022.0), List.of(1.0, 2.0, 1.5))),
                                false, List.of("Test values")))
                        .table(ReportTable.builder("values", "Values", "geo", "year", "value", "unit")
                                .row("BE", 2020, 1.0, "t/cap").row("BE", 2021, null, "t/cap").source("Test values").build())
                        .build()),
                provider("matrix", "Matrix and bars", () -> Section.builder("matrix", "Matrix and bars")
                        .chart(new ScatterChart("ei_sr", "EI against SR", "EI", "SR", "index",
                                List.of(new ScatterChart.Point("Ga", "EU", 3.9, 3.0)), 2.8, 1.0, List.of("Test values")))
                        .chart(new BarChart("bars", "Bars", "Material", "Mass", "kt", List.of("a", "b"),
                                List.of(new Chart.Series("x", List.of(), List.of(1.0, 2.0))), false, false, List.of("Test values")))
                        .build()),
                provider("flows", "Flows", () -> Section.builder("flows", "Flows")
                        .notice("A notice.")
                        .chart(new SankeyChart("sankey", "Flows", "Mt", List.of(new SankeyChart.Flow(0, "in", "mid", 3),
                                new SankeyChart.Flow(1, "mid", "out", 3)), List.of("Test values")))
                        .build())));
    }

    /** Valid when the folder has a datapackage.json, else one located error (enough to test the server's handling). */
    static Function<Path, ValidationReport> validator() {
        return dir -> {
            if (Files.exists(dir.resolve("datapackage.json"))) {
                return ValidationReport.empty();
            }
            return ValidationReport.of(List.of(Issue.error("PKG_MISSING_FILE", "datapackage.json is missing",
                    Location.file("datapackage.json"))));
        };
    }

    static byte[] zip(String... namesAndContents) throws IOException {
        java.io.ByteArrayOutputStream bos = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(bos)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                z.putNextEntry(new java.util.zip.ZipEntry(namesAndContents[i]));
                z.write(namesAndContents[i + 1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return bos.toByteArray();
    }
}
