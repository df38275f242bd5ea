package be.cambium.classification;

import java.util.Optional;

/** Shared normalisation of HS/CN codes as they appear in trade files ({@code "8507 60 00"}, {@code "85076000"}). */
final class ProductCodes {

    private ProductCodes() {
    }

    /** Digits of {@code raw} with spaces and dots removed, or empty when anything else is left or the length is wrong. */
    static Optional<String> digits(String raw, int length) {
        String s = raw.trim().replace(" ", "").replace(".", "").replace("\u00a0", "");
        if (s.length() != length || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        if (s.startsWith("00")) {
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /** Why {@code raw} is not a code of {@code length} digits, in words for an issue message. */
    static String problem(String raw, int length, String kind) {
        String s = raw.trim().replace(" ", "").replace(".", "").replace("\u00a0", "");
        if (s.isEmpty()) {
            return kind + " code is empty";
        }
        if (!s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return kind + " code '" + raw + "' must contain only digits";
        }
        if (s.length() == length - 1) {
            return kind + " code '" + raw + "' has " + s.length() + " digits, not " + length
                    + " (leading zero lost, e.g. by a spreadsheet?)";
        }
        if (s.length() != length) {
            return kind + " code '" + raw + "' has " + s.length() + " digits, not " + length;
        }
        return kind + " code '" + raw + "' has chapter 00, which does not exist";
    }
}
