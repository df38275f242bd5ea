package be.cambium.io.eurostat;

import be.cambium.validate.ValidationReport;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a reader returns: the dataset (absent when the input was unreadable as a whole, e.g. no header)
 * and every problem found, each with its file, line and column.
 */
public record EurostatReadResult(@Nullable EurostatDataset dataset, ValidationReport report) {

    public EurostatReadResult {
        Objects.requireNonNull(report, "report");
    }

    /** The dataset, or an exception listing the issues when there is none. */
    public EurostatDataset requireDataset() {
        if (dataset == null) {
            throw new IllegalStateException("no dataset could be read: " + report.issues());
        }
        return dataset;
    }
}
