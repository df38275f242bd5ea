package be.cambium.io.comext;

import java.util.Objects;

/**
 * One row of Eurostat's CN8 correspondence table: code {@code origin} of CN year {@code fromYear}
 * continues as code {@code destination} of CN year {@code fromYear + 1}. Codes are 8 digits, unspaced.
 */
public record CnRelation(int fromYear, String origin, String destination) {
    public CnRelation {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(destination, "destination");
        if (!origin.matches("\\d{8}") || !destination.matches("\\d{8}")) {
            throw new IllegalArgumentException("CN8 codes must be 8 digits: " + origin + " -> " + destination);
        }
    }

    public int toYear() {
        return fromYear + 1;
    }
}
