package be.cambium.report.model;

import java.util.List;

/** Bars per category, one bar (or stacked segment) per series. */
public record BarChart(String id, String title, String categoryLabel, String yLabel, String unit,
                       List<String> categories, List<Chart.Series> series, boolean stacked,
                       boolean horizontal, List<String> sources) implements Chart {
    public BarChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        sources = List.copyOf(sources);
        for (Chart.Series s : series) {
            if (s.y().size() != categories.size()) {
                throw new IllegalArgumentException("bar chart '" + id + "' series '" + s.name() + "' has " + s.y().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }
}
