package be.cambium.io.comext;

/**
 * Receives the rows {@link ComextReader} keeps. Values not observed (empty cells) arrive as NaN.
 * {@code period} is YYYYMM as an int; {@code productNc} is the CN8 code as an int, or -1 when the
 * code is not eight digits (special product codes).
 */
public interface ComextRowSink {
    void row(String reporter, String partner, char tradeType, int productNc,
             @org.jspecify.annotations.Nullable String productText, int flow,
             int statProcedure, int period, double valueEur, double quantityKg, double quantitySupplUnit);
}
