package be.cambium.trade;

import org.jspecify.annotations.Nullable;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One reporter's headline view of a monitoring run: the baskets it imports (largest total import value first,
 * then by code), the months covered, its alerts of the last {@code alertMonths} months of the data (newest first;
 * within a month high before medium, then by |score| descending, basket, flow and indicator), and per imported
 * basket the rolling 12-month import figures of the last month with the number of recent alerts.
 *
 * @param tradedBaskets  baskets with a positive total import value of the reporter, largest first
 * @param months         every month of the indicators
 * @param alertsTotal    the reporter's alerts over the whole period
 * @param latestAlerts   the reporter's alerts from {@link #firstAlertMonth()} to {@link #lastMonth()}, ordered as above
 * @param baskets        one summary per traded basket, in the order of {@code tradedBaskets}
 */
public record TradeOverview(String reporter, int alertMonths, List<String> tradedBaskets, SortedSet<YearMonth> months,
                            int alertsTotal, List<Alert> latestAlerts, List<BasketSummary> baskets) {

    public TradeOverview {
        Objects.requireNonNull(reporter, "reporter");
        tradedBaskets = List.copyOf(tradedBaskets);
        months = new TreeSet<>(months);
        latestAlerts = List.copyOf(latestAlerts);
        baskets = List.copyOf(baskets);
    }

    /**
     * Rolling 12-month import figures of one basket in the last month of the data (NaN when not computable there)
     * and the alerts of the basket (both flows) in the alert window.
     */
    public record BasketSummary(String basket, YearMonth period, double importsEur12m, double hhi12m, double top1Share12m,
                                double extraEuReliance12m, int alerts, int highAlerts) {
        public BasketSummary {
            Objects.requireNonNull(basket, "basket");
            Objects.requireNonNull(period, "period");
        }
    }

    /** The order of {@link #latestAlerts()}. */
    public static final Comparator<Alert> NEWEST_FIRST = Comparator.comparing(Alert::period).reversed()
            .thenComparing(a -> a.severity() == AlertSeverity.HIGH ? 0 : 1)
            .thenComparing(Comparator.comparingDouble((Alert a) -> Math.abs(a.score())).reversed())
            .thenComparing(Alert::basket).thenComparing(a -> a.flow().code()).thenComparing(Alert::indicator);

    public static TradeOverview of(TradeIndicatorResult indicators, AlertResult alerts, String reporter, int alertMonths) {
        if (alertMonths < 1) {
            throw new IllegalArgumentException("alertMonths must be at least 1, got " + alertMonths);
        }
        Map<String, Double> importTotal = new LinkedHashMap<>();
        SortedSet<YearMonth> months = new TreeSet<>();
        for (Indicator i : indicators.indicators()) {
            months.add(i.period());
            if (i.reporter().equals(reporter) && i.flow() == Flow.IMPORT && i.indicator().equals(IndicatorCodes.VALUE_EUR)
                    && !Double.isNaN(i.value())) {
                importTotal.merge(i.basket(), i.value(), Double::sum);
            }
        }
        List<String> traded = importTotal.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
        List<Alert> mine = alerts.alerts().stream().filter(a -> a.reporter().equals(reporter)).toList();
        if (months.isEmpty()) {
            return new TradeOverview(reporter, alertMonths, traded, months, mine.size(), List.of(), List.of());
        }
        YearMonth last = months.last();
        YearMonth first = last.minusMonths(alertMonths - 1L);
        List<Alert> latest = mine.stream().filter(a -> !a.period().isBefore(first) && !a.period().isAfter(last))
                .sorted(NEWEST_FIRST).toList();
        Map<String, Double> lastValues = new HashMap<>();
        for (Indicator i : indicators.indicators()) {
            if (i.reporter().equals(reporter) && i.flow() == Flow.IMPORT && i.period().equals(last)) {
                lastValues.put(i.basket() + "|" + i.indicator(), i.value());
            }
        }
        List<BasketSummary> summaries = traded.stream().map(b -> new BasketSummary(b, last,
                rolling(lastValues, b, IndicatorCodes.VALUE_EUR), rolling(lastValues, b, IndicatorCodes.HHI),
                rolling(lastValues, b, IndicatorCodes.TOP1_SHARE), rolling(lastValues, b, IndicatorCodes.EXTRA_EU_RELIANCE),
                (int) latest.stream().filter(a -> a.basket().equals(b)).count(),
                (int) latest.stream().filter(a -> a.basket().equals(b) && a.severity() == AlertSeverity.HIGH).count())).toList();
        return new TradeOverview(reporter, alertMonths, traded, months, mine.size(), latest, summaries);
    }

    private static double rolling(Map<String, Double> lastValues, String basket, String code) {
        Double v = lastValues.get(basket + "|" + code + IndicatorCodes.ROLLING);
        return v == null ? Double.NaN : v;
    }

    /** The last month of the data; null when there is none. */
    public @Nullable YearMonth lastMonth() {
        return months.isEmpty() ? null : months.last();
    }

    /** The first month of the alert window; null when there are no months. */
    public @Nullable YearMonth firstAlertMonth() {
        return months.isEmpty() ? null : months.last().minusMonths(alertMonths - 1L);
    }
}
