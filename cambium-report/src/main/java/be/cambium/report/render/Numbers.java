package be.cambium.report.render;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Number formatting shared by the renderers. */
final class Numbers {
    private Numbers() {
    }

    /** Full precision, no exponent, no grouping: {@code 1234.5}, {@code 0.000012}, {@code 12}. */
    static String plain(Number n) {
        if (n instanceof Integer || n instanceof Long) {
            return n.toString();
        }
        double d = n.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }

    /** For people: thousands grouped with a thin space, about four significant digits for small numbers. */
    static String readable(Number n) {
        if (n instanceof Integer || n instanceof Long) {
            // years, cohorts and small counts read better ungrouped (2024, not 2 024)
            return Math.abs(n.longValue()) < 10_000 ? n.toString()
                    : group(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(n));
        }
        double d = n.doubleValue();
        if (Double.isNaN(d)) {
            return "";
        }
        double a = Math.abs(d);
        String pattern = a >= 1000 ? "#,##0" : a >= 100 ? "#,##0.0" : a >= 1 ? "#,##0.00" : a == 0 ? "0" : "0.0###";
        return group(new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(d));
    }

    private static String group(String s) {
        return s.replace(",", "\u2009");
    }

    /**
     * Decimals to print for each column so that a column reads consistently: no more than the values
     * carry (published figures keep their precision: 0.2 and 1.1, not 0.2 and 1.10), and about four
     * significant digits for the column's largest magnitude (computed values do not print 15 decimals).
     * -1 for a column without fractional numbers.
     */
    static int[] columnDecimals(java.util.List<java.util.List<Object>> rows, int columns) {
        int[] needed = new int[columns];
        double[] maxAbs = new double[columns];
        java.util.Arrays.fill(needed, -1);
        for (java.util.List<Object> r : rows) {
            for (int c = 0; c < columns; c++) {
                if (r.get(c) instanceof Number n && !(n instanceof Integer) && !(n instanceof Long)) {
                    double d = n.doubleValue();
                    if (Double.isNaN(d) || Double.isInfinite(d)) {
                        continue;
                    }
                    String p = plain(n);
                    int dot = p.indexOf('.');
                    needed[c] = Math.max(needed[c], dot < 0 ? 0 : p.length() - dot - 1);
                    maxAbs[c] = Math.max(maxAbs[c], Math.abs(d));
                }
            }
        }
        int[] out = new int[columns];
        for (int c = 0; c < columns; c++) {
            if (needed[c] < 0) {
                out[c] = -1;
                continue;
            }
            int bySize = maxAbs[c] == 0 ? 4 : 3 - (int) Math.floor(Math.log10(maxAbs[c]));
            out[c] = Math.max(0, Math.min(Math.min(needed[c], 4), Math.max(bySize, 0)));
        }
        return out;
    }

    /** A number with a column's decimals ({@link #columnDecimals}); integers and -1 columns as {@link #readable}. */
    static String inColumn(Number n, int decimals) {
        if (decimals < 0 || n instanceof Integer || n instanceof Long) {
            return readable(n);
        }
        double d = n.doubleValue();
        if (Double.isNaN(d)) {
            return "";
        }
        String pattern = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
        String s = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(d);
        return Math.abs(d) < 10_000 ? s.replace(",", "") : group(s);
    }
}
