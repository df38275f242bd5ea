package be.cambium.io.criticality;

import be.cambium.criticality.CriticalityInput;
import be.cambium.validate.ValidationReport;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A criticality data package read into the engine's input, with every problem found while reading.
 *
 * @param input null when the package could not be read at all (see the report)
 */
public record CriticalityPackage(String name, @Nullable CriticalityInput input, ValidationReport report) {

    public Optional<CriticalityInput> inputIfRead() {
        return Optional.ofNullable(input);
    }
}
