package be.cambium.trade;

import java.time.YearMonth;
import java.util.Objects;

/**
 * Trade of one reporter in one basket, flow, month and partner, summed over the basket's CN8 codes.
 * A value or mass of NaN means not observed (never zero); callers that have no row for a partner
 * simply omit the cell.
 *
 * @param valueEur statistical value in EUR (CIF imports, FOB exports)
 * @param massKg   net mass in kg
 */
public record TradeCell(String reporter, String basket, Flow flow, YearMonth period, String partner,
                        double valueEur, double massKg) {
    public TradeCell {
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(basket, "basket");
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(partner, "partner");
        if (valueEur < 0 || massKg < 0) {
            throw new IllegalArgumentException("negative trade value or mass in cell " + reporter + "/" + basket
                    + "/" + flow.code() + "/" + period + "/" + partner + ": " + valueEur + ", " + massKg);
        }
    }
}
