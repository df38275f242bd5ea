package be.cambium.trade;

import java.util.Comparator;
import java.util.Objects;

/** A monitored series: one reporter, basket and flow. */
public record SeriesKey(String reporter, String basket, Flow flow) implements Comparable<SeriesKey> {
    private static final Comparator<SeriesKey> ORDER = Comparator.comparing(SeriesKey::reporter)
            .thenComparing(SeriesKey::basket).thenComparing(SeriesKey::flow);

    public SeriesKey {
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(basket, "basket");
        Objects.requireNonNull(flow, "flow");
    }

    public SeriesKey withFlow(Flow f) {
        return new SeriesKey(reporter, basket, f);
    }

    @Override
    public int compareTo(SeriesKey o) {
        return ORDER.compare(this, o);
    }
}
