package be.cambium.report.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Labelled points in groups, with optional threshold lines (e.g. the criticality matrix:
 * economic importance on x with threshold 2.8, supply risk on y with threshold 1.0).
 */
public record ScatterChart(String id, String title, String xLabel, String yLabel, String unit,
                           List<Point> points, @Nullable Double xThreshold, @Nullable Double yThreshold,
                           List<String> sources) implements Chart {
    public ScatterChart {
        points = List.copyOf(points);
        sources = List.copyOf(sources);
    }

    /** One labelled point of a group (series). */
    public record Point(String label, String group, double x, double y) {
    }
}
