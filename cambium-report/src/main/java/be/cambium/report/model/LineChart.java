package be.cambium.report.model;

import java.util.List;

/** Lines over a numeric x axis (usually years); {@code stacked} draws stacked areas instead. */
public record LineChart(String id, String title, String xLabel, String yLabel, String unit,
                        List<Chart.Series> series, boolean stacked, List<String> sources) implements Chart {
    public LineChart {
        series = List.copyOf(series);
        sources = List.copyOf(sources);
        for (Chart.Series s : series) {
            if (s.x().isEmpty() && !s.y().isEmpty()) {
                throw new IllegalArgumentException("line chart '" + id + "' series '" + s.name() + "' has no x values");
            }
        }
    }
}
