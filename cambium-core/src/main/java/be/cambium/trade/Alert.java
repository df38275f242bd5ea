package be.cambium.trade;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One alert: a row of {@code alerts.csv}.
 *
 * @param indicator the monitored indicator ({@code value_eur}, {@code unit_value}, {@code js_divergence},
 *                  {@code new_partners})
 * @param method    the method with the strongest signal ({@code robust_z}, {@code cusum}, {@code ewma},
 *                  {@code new_partner})
 * @param score     that method's statistic (robust z, CUSUM sum or EWMA in sigma units; for
 *                  {@code new_partner} the partner's share divided by the minimum share)
 * @param message   a sentence a person can read
 */
public record Alert(String reporter, String basket, Flow flow, YearMonth period, String indicator, String method,
                    double score, AlertSeverity severity, String message) {
    public Alert {
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(basket, "basket");
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }
}
