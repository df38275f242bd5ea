package be.cambium.io.pkg;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Table Schema field types CAMBIUM supports, with the Java type of their values:
 * {@code string} → {@link String}, {@code integer} → {@link Long}, {@code number} → {@link BigDecimal}
 * (exact, so published figures keep their digits), {@code boolean} → {@link Boolean},
 * {@code date} → {@link LocalDate} (ISO {@code yyyy-mm-dd}), {@code year} → {@link Integer}.
 */
public enum FieldType {
    STRING, INTEGER, NUMBER, BOOLEAN, DATE, YEAR;

    /** The name used in {@code datapackage.json}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FieldType> fromJsonName(String s) {
        for (FieldType t : values()) {
            if (t.jsonName().equals(s)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The typed value of a non-missing cell, or {@code null} when it does not parse as this type. */
    public @Nullable Object parse(String text) {
        try {
            switch (this) {
                case STRING:
                    return text;
                case INTEGER:
                    return text.startsWith("+") ? null : Long.valueOf(text);
                case NUMBER:
                    if (!text.matches("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?")) {
                        return null;
                    }
                    return new BigDecimal(text);
                case BOOLEAN:
                    if (text.equals("true")) {
                        return Boolean.TRUE;
                    }
                    return text.equals("false") ? Boolean.FALSE : null;
                case DATE:
                    return text.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(text) : null;
                case YEAR:
                    return text.matches("-?\\d{1,4}") ? Integer.valueOf(text) : null;
                default:
                    throw new AssertionError(this);
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The text of a value of this type, such that {@code parse(format(v)).equals(v)}: numbers keep
     * their scale ({@code 12.50} stays {@code 12.50}, {@code 1E+3} stays {@code 1E+3}).
     */
    public String format(Object value) {
        return value.toString();
    }

    /** What a cell must look like, for messages. */
    public String expectation() {
        switch (this) {
            case INTEGER:
                return "an integer";
            case NUMBER:
                return "a number (digits, optional '.', no thousands separator)";
            case BOOLEAN:
                return "true or false";
            case DATE:
                return "a date yyyy-mm-dd";
            case YEAR:
                return "a year";
            default:
                return "a string";
        }
    }
}
