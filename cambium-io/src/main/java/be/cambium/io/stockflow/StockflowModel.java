package be.cambium.io.stockflow;

import be.cambium.provenance.Source;
import be.cambium.stockflow.MonteCarlo;
import be.cambium.stockflow.Scenario;
import be.cambium.stockflow.StockflowInput;
import be.cambium.validate.ValidationReport;
import java.util.List;
import java.util.Optional;

/**
 * A model read from a file: the system (absent when the file has errors that prevent building it),
 * its scenarios, its Monte Carlo settings, its sources and the problems found while reading.
 */
public record StockflowModel(Optional<StockflowInput> input, List<Scenario> scenarios, Optional<MonteCarlo.Spec> monteCarlo,
                             List<Source> sources, ValidationReport report) {

    public StockflowModel {
        scenarios = List.copyOf(scenarios);
        sources = List.copyOf(sources);
    }
}
