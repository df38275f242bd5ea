package be.cambium.classification;

import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.util.Objects;
import java.util.Optional;

/**
 * A Harmonized System subheading (6 digits, leading zeros kept) of a given HS edition.
 *
 * @param code    six digits, e.g. {@code 850760}
 * @param edition the HS edition the code belongs to
 */
public record Hs6(String code, HsEdition edition) implements Comparable<Hs6> {

    /** Issue code for text that is not a 6-digit HS code. */
    public static final String BAD_HS6 = "CLS_BAD_HS6";

    public Hs6 {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(edition, "edition");
        if (ProductCodes.digits(code, 6).filter(code::equals).isEmpty()) {
            throw new IllegalArgumentException(ProductCodes.problem(code, 6, "HS6"));
        }
    }

    /** A code the caller knows to be valid; throws {@link IllegalArgumentException} otherwise. */
    public static Hs6 of(String code, HsEdition edition) {
        return new Hs6(code, edition);
    }

    /** A code used in {@code year} (the edition in force that year). */
    public static Hs6 of(String code, int year) {
        return new Hs6(code, HsEdition.forYear(year));
    }

    /** Parses text from a data file (spaces and dots ignored); empty when it is not a 6-digit code. */
    public static Optional<Hs6> tryParse(String raw, HsEdition edition) {
        Objects.requireNonNull(raw, "raw");
        return ProductCodes.digits(raw, 6).map(d -> new Hs6(d, edition));
    }

    /** Like {@link #tryParse(String, HsEdition)}, adding {@value #BAD_HS6} at {@code location} when it fails. */
    public static Optional<Hs6> tryParse(String raw, HsEdition edition, Location location, ValidationReport.Builder report) {
        Optional<Hs6> h = tryParse(raw, edition);
        if (h.isEmpty()) {
            report.error(BAD_HS6, ProductCodes.problem(raw, 6, "HS6"), location);
        }
        return h;
    }

    /** The HS chapter, two digits (e.g. {@code 85}). */
    public String chapter() {
        return code.substring(0, 2);
    }

    /** The HS heading, four digits (e.g. {@code 8507}). */
    public String heading() {
        return code.substring(0, 4);
    }

    @Override
    public int compareTo(Hs6 o) {
        int c = edition.compareTo(o.edition);
        return c != 0 ? c : code.compareTo(o.code);
    }

    /** {@code 850760 (HS2022)}. */
    @Override
    public String toString() {
        return code + " (" + edition + ")";
    }
}
