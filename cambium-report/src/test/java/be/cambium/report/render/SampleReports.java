package be.cambium.report.render;

import be.cambium.report.model.BarChart;
import be.cambium.report.model.Chart;
import be.cambium.report.model.LineChart;
import be.cambium.report.model.Report;
import be.cambium.report.model.ReportTable;
import be.cambium.report.model.SankeyChart;
import be.cambium.report.model.ScatterChart;
import be.cambium.report.model.Section;
import java.util.List;

/** A small report with every block and chart kind; the numbers are arbitrary test values, not data. */
final class SampleReports {
    private SampleReports() {
    }

    static Report everyKind() {
        ReportTable t = ReportTable.builder("sample_values", "Sample values, with a comma, a quote and a gap",
                        "geo", "year", "indicator", "value", "unit", "flags")
                .row("BE", 2020, "x", 12.5, "t/cap", "")
                .row("BE", 2021, "x", null, "t/cap", ":")
                .row("BE", 2022, "say \"hi\", please", 1234567.25, "t/cap", "p")
                .source("Test fixture, not data")
                .note("Arbitrary numbers for rendering tests.")
                .build();
        Section s1 = Section.builder("first", "First section")
                .paragraph("Plain text with <angle> & ampersand.")
                .notice("This section's engine is missing: nothing is shown.")
                .table(t)
                .chart(new LineChart("lines", "Two lines", "Year", "Value", "t/cap",
                        List.of(new Chart.Series("A", List.of(2019.0, 2020.0, 2021.0), List.of(1.0, Double.NaN, 3.0)),
                                new Chart.Series("B", List.of(2019.0, 2020.0, 2021.0), List.of(2.0, 2.5, 2.0))),
                        false, List.of("Test fixture")))
                .chart(new LineChart("areas", "Stacked areas", "Year", "Stock", "kt",
                        List.of(new Chart.Series("steel", List.of(2019.0, 2020.0), List.of(1.0, 2.0)),
                                new Chart.Series("copper", List.of(2019.0, 2020.0), List.of(0.5, 0.7))),
                        true, List.of("Test fixture")))
                .build();
        Section s2 = Section.builder("second", "Second section")
                .chart(new BarChart("bars", "Bars", "Material", "Mass", "kt", List.of("MF1", "MF2", "MF3"),
                        List.of(new Chart.Series("DE", List.of(), List.of(1.0, 2.0, 3.0))), false, false, List.of("Test fixture")))
                .chart(new ScatterChart("matrix", "EI against SR", "Economic importance", "Supply risk", "index",
                        List.of(new ScatterChart.Point("Ga", "EU", 3.9, 3.0), new ScatterChart.Point("Cu", "EU", 5.2, 0.2),
                                new ScatterChart.Point("Ga", "BE", 3.1, 1.8)), 2.8, 1.0, List.of("Test fixture")))
                .chart(new SankeyChart("flows", "Flows", "Mt", List.of(
                        new SankeyChart.Flow(0, "Extraction", "Direct input", 50),
                        new SankeyChart.Flow(0, "Imports", "Direct input", 120),
                        new SankeyChart.Flow(1, "Direct input", "Domestic use", 110),
                        new SankeyChart.Flow(1, "Direct input", "Exports", 60)), List.of("Test fixture")))
                .build();
        return new Report("Test report", "Every block kind", "2026-11-29", List.of(s1, s2), List.of("Report-level source"));
    }
}
