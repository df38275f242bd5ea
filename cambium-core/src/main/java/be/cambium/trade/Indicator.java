package be.cambium.trade;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * One indicator value: a row of {@code indicators.csv}. Rolling 12-month values carry the suffix
 * {@code _12m} in {@code indicator}. NaN means not computable; {@code flags} say why and carry the
 * cell's data-quality notes ({@code confidential_share=0.0123}, {@code unknown_partner_share=...},
 * {@code quasi_transit}, {@code no_trade}, {@code no_mass}, {@code value_missing}, {@code wgi_missing_share=...}).
 */
public record Indicator(String reporter, String basket, Flow flow, YearMonth period, String indicator,
                        double value, String unit, List<String> flags) {
    public Indicator {
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(basket, "basket");
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(unit, "unit");
        flags = List.copyOf(flags);
    }

    /** Flags joined with {@code ;} (empty when none), as written to CSV. */
    public String flagsText() {
        return String.join(";", flags);
    }
}
