package be.cambium.classification;

import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.util.Objects;
import java.util.Optional;

/**
 * A Combined Nomenclature code (8 digits, leading zeros kept) of a given CN year. The CN is revised every
 * 1 January, so the same digits may mean different products in different years: the year is part of the
 * value. Chain codes across years with a {@link Concordance} built from Eurostat's CN correspondence tables.
 *
 * @param code eight digits, e.g. {@code 85076000}
 * @param year the CN edition year (1988 or later)
 */
public record Cn8(String code, int year) implements Comparable<Cn8> {

    /** Issue code for text that is not an 8-digit CN code. */
    public static final String BAD_CN8 = "CLS_BAD_CN8";

    /** The first year of the Combined Nomenclature. */
    public static final int FIRST_YEAR = 1988;
    private static final int LAST_YEAR = 2100;

    public Cn8 {
        Objects.requireNonNull(code, "code");
        if (ProductCodes.digits(code, 8).filter(code::equals).isEmpty()) {
            throw new IllegalArgumentException(ProductCodes.problem(code, 8, "CN8"));
        }
        checkYear(year);
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("CN year must be between " + FIRST_YEAR + " and " + LAST_YEAR + ", got " + year);
        }
    }

    /** A code the caller knows to be valid ({@code Cn8.of("85076000", 2024)}); throws {@link IllegalArgumentException} otherwise. */
    public static Cn8 of(String code, int year) {
        return new Cn8(code, year);
    }

    /**
     * Parses text from a data file; spaces and dots are ignored ({@code "8507 60 00"}). Empty when it is not an
     * 8-digit code. The year is the caller's (a bad year is a programmer error and throws).
     */
    public static Optional<Cn8> tryParse(String raw, int year) {
        Objects.requireNonNull(raw, "raw");
        checkYear(year);
        return ProductCodes.digits(raw, 8).map(d -> new Cn8(d, year));
    }

    /** Like {@link #tryParse(String, int)}, adding {@value #BAD_CN8} at {@code location} when it fails. */
    public static Optional<Cn8> tryParse(String raw, int year, Location location, ValidationReport.Builder report) {
        Optional<Cn8> c = tryParse(raw, year);
        if (c.isEmpty()) {
            report.error(BAD_CN8, ProductCodes.problem(raw, 8, "CN8"), location);
        }
        return c;
    }

    /** The HS subheading: the first six digits, in the HS edition in force in this CN year. */
    public Hs6 hs6() {
        return new Hs6(code.substring(0, 6), hsEdition());
    }

    public HsEdition hsEdition() {
        return HsEdition.forYear(year);
    }

    /** The chapter, two digits (e.g. {@code 85}). */
    public String chapter() {
        return code.substring(0, 2);
    }

    /** The heading, four digits (e.g. {@code 8507}). */
    public String heading() {
        return code.substring(0, 4);
    }

    /** The code as the CN prints it: {@code 8507 60 00}. */
    public String spaced() {
        return code.substring(0, 4) + " " + code.substring(4, 6) + " " + code.substring(6);
    }

    @Override
    public int compareTo(Cn8 o) {
        int c = Integer.compare(year, o.year);
        return c != 0 ? c : code.compareTo(o.code);
    }

    /** {@code 85076000 (CN2024)}. */
    @Override
    public String toString() {
        return code + " (CN" + year + ")";
    }
}
