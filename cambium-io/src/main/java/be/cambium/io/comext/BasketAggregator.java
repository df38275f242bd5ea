package be.cambium.io.comext;

import be.cambium.trade.Flow;
import be.cambium.trade.TradeCell;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link ComextRowSink} that sums Comext rows into basket-level {@link TradeCell}s (reporter x basket
 * x flow x month x partner), mapping each CN8 code to its baskets for the CN year of the row's month.
 * Rows outside every basket are dropped at once. Statistical procedures can be restricted
 * ({@code statProcedures} empty = all).
 */
public final class BasketAggregator implements ComextRowSink {

    private record Key(String reporter, String basket, int flow, int period, String partner) {
    }

    private final TradeBaskets baskets;
    private final int fromPeriod;
    private final int toPeriod;
    private final java.util.Set<Integer> statProcedures;
    private final Map<Key, double[]> cells = new HashMap<>();
    /** year -> product -> baskets (cached per CN year). */
    private final Map<Integer, Map<Integer, String[]>> lookup = new HashMap<>();
    private long rowsInBaskets;

    /**
     * @param fromPeriod first month kept, YYYYMM (0 = no limit)
     * @param toPeriod   last month kept, YYYYMM (0 = no limit)
     */
    public BasketAggregator(TradeBaskets baskets, int fromPeriod, int toPeriod, java.util.Set<Integer> statProcedures) {
        this.baskets = baskets;
        this.fromPeriod = fromPeriod;
        this.toPeriod = toPeriod;
        this.statProcedures = java.util.Set.copyOf(statProcedures);
    }

    public BasketAggregator(TradeBaskets baskets) {
        this(baskets, 0, 0, java.util.Set.of());
    }

    private String[] basketsOf(int product, int year) {
        Map<Integer, String[]> m = lookup.computeIfAbsent(year, y -> {
            Map<Integer, String[]> map = new HashMap<>();
            for (String code : baskets.allCodes()) {
                List<String> b = baskets.basketsOf(code, y);
                if (!b.isEmpty()) {
                    map.put(Integer.parseInt(code), b.toArray(String[]::new));
                }
            }
            return map;
        });
        return m.get(product);
    }

    @Override
    public void row(String reporter, String partner, char tradeType, int productNc, String productText, int flow,
                    int statProcedure, int period, double valueEur, double quantityKg, double quantitySupplUnit) {
        if (productNc < 0 || (fromPeriod > 0 && period < fromPeriod) || (toPeriod > 0 && period > toPeriod)) {
            return;
        }
        String[] bs = basketsOf(productNc, period / 100);
        if (bs == null) {
            return;
        }
        if (!statProcedures.isEmpty() && !statProcedures.contains(statProcedure)) {
            return;
        }
        rowsInBaskets++;
        for (String b : bs) {
            double[] a = cells.computeIfAbsent(new Key(reporter, b, flow, period, partner), k -> new double[2]);
            a[0] += valueEur;
            a[1] += quantityKg;
        }
    }

    /** Rows that fell in a basket. */
    public long rowsInBaskets() {
        return rowsInBaskets;
    }

    /** The summed cells (NaN where any row's value or mass was not observed). */
    public List<TradeCell> cells() {
        List<TradeCell> out = new ArrayList<>(cells.size());
        cells.forEach((k, a) -> out.add(new TradeCell(k.reporter(), k.basket(), Flow.ofComext(k.flow()),
                YearMonth.of(k.period() / 100, k.period() % 100), k.partner(), a[0], a[1])));
        return out;
    }
}
