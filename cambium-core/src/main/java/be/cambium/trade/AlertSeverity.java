package be.cambium.trade;

import java.util.Locale;

/** Severity of a trade alert. */
public enum AlertSeverity {
    /** Two or more methods agree, or one statistic is at least 1.5 times its threshold. */
    HIGH,
    /** One method crosses its threshold. */
    MEDIUM;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
