package be.cambium.trade;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Input of {@link TradeIndicatorCalculator}.
 *
 * @param cells     basket-level trade cells (several cells with the same key are summed)
 * @param periods   months the data cover: a month listed here without a cell for a basket means no
 *                  trade (zero); a month not listed is missing and its indicators are not computed
 * @param baskets   basket code to human label (every basket of a cell must be listed)
 * @param wgiScaled partner code to WGI scaled 0-10 (10 = worst); partners absent have no score
 * @param settings  indicator parameters
 */
public record TradeInput(List<TradeCell> cells, SortedSet<YearMonth> periods, Map<String, String> baskets,
                         Map<String, Double> wgiScaled, TradeSettings settings) {
    public TradeInput {
        cells = List.copyOf(cells);
        periods = new TreeSet<>(periods);
        baskets = Map.copyOf(baskets);
        wgiScaled = Map.copyOf(wgiScaled);
        Objects.requireNonNull(settings, "settings");
        for (TradeCell c : cells) {
            if (!baskets.containsKey(c.basket())) {
                throw new IllegalArgumentException("cell basket '" + c.basket() + "' has no label in baskets");
            }
        }
    }

    public static TradeInput of(List<TradeCell> cells, SortedSet<YearMonth> periods, Map<String, String> baskets,
                                Map<String, Double> wgiScaled) {
        return new TradeInput(cells, periods, baskets, wgiScaled, TradeSettings.defaults());
    }

    public TradeInput withSettings(TradeSettings s) {
        return new TradeInput(cells, periods, baskets, wgiScaled, s);
    }
}
