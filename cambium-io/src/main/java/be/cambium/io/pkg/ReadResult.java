package be.cambium.io.pkg;

import be.cambium.validate.ValidationReport;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@link DataPackageReader} found: the package (absent only when {@code datapackage.json}
 * itself could not be read) and every problem, located.
 */
public record ReadResult(@Nullable DataPackage dataPackage, ValidationReport report) {

    public ReadResult {
        Objects.requireNonNull(report, "report");
    }

    public Optional<DataPackage> pkg() {
        return Optional.ofNullable(dataPackage);
    }

    public boolean isValid() {
        return dataPackage != null && report.isValid();
    }
}
