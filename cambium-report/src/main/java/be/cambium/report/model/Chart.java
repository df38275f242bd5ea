package be.cambium.report.model;

import java.util.List;

/**
 * A chart of a report, described by its data only; renderers (static SVG, interactive
 * dashboard) draw it. Every chart has a title, the unit of its values and its sources, which
 * are printed with it so that a pasted chart stays readable.
 */
public sealed interface Chart permits LineChart, BarChart, ScatterChart, SankeyChart {

    /** snake_case id, unique within a report. */
    String id();

    String title();

    /** The unit of the plotted values as printed (e.g. {@code t/cap}, {@code kt}). */
    String unit();

    List<String> sources();

    /** One named series of values; for bar charts {@code x} is empty and {@code y} follows the categories. */
    record Series(String name, List<Double> x, List<Double> y) {
        public Series {
            x = List.copyOf(x);
            y = List.copyOf(y);
            if (!x.isEmpty() && x.size() != y.size()) {
                throw new IllegalArgumentException("series '" + name + "': " + x.size() + " x values but " + y.size() + " y values");
            }
        }
    }
}
