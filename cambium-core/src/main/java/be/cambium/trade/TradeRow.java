package be.cambium.trade;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One detailed trade row as Comext publishes it (a reporter, a partner, a CN8 code, a flow and a month),
 * before any aggregation. Missing value or mass is NaN (not observed), never zero.
 *
 * @param tradeType     Comext TRADE_TYPE (I intra-EU, E extra-EU, L partner XI, M partner XU); empty when unknown
 * @param statProcedure Comext STAT_PROCEDURE (1 normal, 2 inward, 3 outward processing, 9 not from customs); -1 when unknown
 * @param vintage       the file the row comes from (its name), for provenance
 */
public record TradeRow(String reporter, String partner, String tradeType, String cn8, Flow flow, YearMonth period,
                       int statProcedure, double valueEur, double quantityKg, String vintage) {

    public TradeRow {
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(tradeType, "tradeType");
        Objects.requireNonNull(cn8, "cn8");
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(vintage, "vintage");
    }
}
