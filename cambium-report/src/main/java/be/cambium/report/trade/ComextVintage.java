package be.cambium.report.trade;

import java.time.Instant;
import java.util.Objects;

/** A Comext file imported into the workspace store (a vintage), as the report lists it. */
public record ComextVintage(int id, String fileName, String sha256, Instant importedAt, long rows, String layout) {
    public ComextVintage {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(layout, "layout");
    }
}
