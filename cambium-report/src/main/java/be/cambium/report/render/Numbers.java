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
}
