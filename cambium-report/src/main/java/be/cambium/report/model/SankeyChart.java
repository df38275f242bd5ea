package be.cambium.report.model;

import java.util.List;

/**
 * A Sankey diagram in stages: every flow goes from a node of stage {@code s} to a node of
 * stage {@code s + 1} (e.g. extraction and imports → direct material input → domestic use and exports).
 */
public record SankeyChart(String id, String title, String unit, List<Flow> flows, List<String> sources) implements Chart {
    public SankeyChart {
        flows = List.copyOf(flows);
        sources = List.copyOf(sources);
        for (Flow f : flows) {
            if (!(f.value() >= 0)) {
                throw new IllegalArgumentException("sankey '" + id + "': flow " + f.from() + " -> " + f.to()
                        + " must be a non-negative number, got " + f.value());
            }
        }
    }

    /** A flow of {@code value} from {@code from} (at {@code stage}) to {@code to} (at {@code stage + 1}). */
    public record Flow(int stage, String from, String to, double value) {
    }
}
