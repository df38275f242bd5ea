package be.cambium.io.eurostat;

import be.cambium.validate.Issue;
import be.cambium.validate.Location;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Parses Eurostat values and flags. Known flags (Eurostat's observation-status code list):
 * {@code b} break in time series, {@code c} confidential, {@code d} definition differs, {@code e} estimated,
 * {@code f} forecast, {@code n} not significant, {@code p} provisional, {@code r} revised,
 * {@code s} Eurostat estimate, {@code u} low reliability, {@code z} not applicable. {@code :} marks a
 * missing value.
 */
final class CellParser {

    static final String KNOWN_FLAGS = "bcdefnprsuz";
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    /** A position in a file, turned into a {@link Location} only when an issue needs one. */
    record At(String file, int line, int column) {
        Location location() {
            return column == 0 ? Location.line(file, line) : Location.at(file, line, column);
        }
    }

    /** A parsed cell: value (NaN when missing), flags in alphabetical order, decimals (-1 when missing). */
    record Cell(double value, String flags, int decimals) {
        static final Cell MISSING = new Cell(Double.NaN, "", -1);
    }

    private CellParser() {
    }

    /**
     * Normalises a flag string: drops {@code :} and blanks, checks every letter, sorts and deduplicates.
     * Unknown letters become an {@code EUROSTAT_FLAG} error and are dropped.
     */
    static String flags(String raw, At loc, List<Issue> issues) {
        if (raw.isEmpty()) {
            return "";
        }
        TreeSet<Character> set = new TreeSet<>();
        for (char ch : raw.toCharArray()) {
            if (ch == ':' || Character.isWhitespace(ch)) {
                continue;
            }
            if (KNOWN_FLAGS.indexOf(ch) < 0) {
                issues.add(Issue.error("EUROSTAT_FLAG", "unknown flag '" + ch + "' in '" + raw.strip()
                        + "' (known flags: " + KNOWN_FLAGS + ", ':' for missing)", loc.location()));
                continue;
            }
            set.add(ch);
        }
        StringBuilder sb = new StringBuilder();
        set.forEach(sb::append);
        return sb.toString();
    }

    /** Parses a number as published; null (after adding an {@code EUROSTAT_VALUE} error) when it is not one. */
    static @Nullable Cell number(String token, String flags, At loc, List<Issue> issues) {
        String t = token.strip();
        int simple = simpleDecimals(t);
        if (simple >= 0) {
            return new Cell(Double.parseDouble(t), flags, simple);
        }
        try {
            if (!NUMBER.matcher(t).matches()) {
                throw new NumberFormatException(t);
            }
            BigDecimal bd = new BigDecimal(t);
            return new Cell(bd.doubleValue(), flags, Math.max(0, bd.scale()));
        } catch (NumberFormatException e) {
            issues.add(Issue.error("EUROSTAT_VALUE", "not a number: '" + t + "'", loc.location()));
            return null;
        }
    }

    /** Decimals of a plain number ({@code -12}, {@code 3.40}); -1 when the text is not that simple form. */
    static int simpleDecimals(String t) {
        int i = 0;
        int len = t.length();
        if (len > 0 && (t.charAt(0) == '-' || t.charAt(0) == '+')) {
            i++;
        }
        int digits = 0;
        while (i < len && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (i == len) {
            return digits > 0 && digits <= 15 ? 0 : -1;
        }
        if (t.charAt(i) != '.' || digits == 0) {
            return -1;
        }
        int dot = i++;
        while (i < len && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
            i++;
        }
        int dec = i - dot - 1;
        return i == len && digits + dec <= 15 ? dec : -1;
    }

    /**
     * Parses a TSV cell: {@code 123.4}, {@code 123.4 p}, {@code :}, {@code : c}, or empty (missing).
     * On a non-numeric value the cell is missing and an error is added; on a bad flag the value is
     * kept, the flag dropped and an error added.
     */
    static Cell tsvCell(String field, At loc, List<Issue> issues) {
        String f = field.strip();
        if (f.isEmpty()) {
            return Cell.MISSING;
        }
        int sp = indexOfWhitespace(f);
        String num = sp < 0 ? f : f.substring(0, sp);
        String fl = sp < 0 ? "" : f.substring(sp + 1);
        if (num.startsWith(":")) {
            return new Cell(Double.NaN, flags(f.substring(1), loc, issues), -1);
        }
        if (sp < 0) {
            // a value glued to its flags without a blank, e.g. "123p", is not Eurostat's layout
            int i = 0;
            while (i < num.length() && "0123456789.-+eE".indexOf(num.charAt(i)) >= 0) {
                i++;
            }
            if (i > 0 && i < num.length() && Character.isLetter(num.charAt(i)) && num.substring(i).chars().allMatch(Character::isLetter)) {
                issues.add(Issue.error("EUROSTAT_VALUE", "value and flag must be separated by a blank: '" + f + "'", loc.location()));
                return Cell.MISSING;
            }
        }
        String flags = flags(fl, loc, issues);
        Cell c = number(num, flags, loc, issues);
        return c == null ? new Cell(Double.NaN, flags, -1) : c;
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
