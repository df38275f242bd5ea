package be.cambium.stockflow;

/**
 * When, within its year, an inflow cohort enters the stock; sets the age at which the survival
 * function is evaluated for cohort c in year t (stocks are measured at the end of year t).
 */
public enum Timing {
    /** Age t - c (0, 1, 2 ...): ODYM's convention and flodym's {@code inflow_at="end"}. */
    END(0.0),
    /** Age t - c + 0.5 (inflow spread over the year, evaluated at mid-year): flodym's default. */
    MIDDLE(0.5);

    private final double ageOffset;

    Timing(double ageOffset) {
        this.ageOffset = ageOffset;
    }

    /** Added to t - c before the survival function is evaluated. */
    public double ageOffset() {
        return ageOffset;
    }

    /** Parses {@code end} or {@code middle} (any case). */
    public static Timing parse(String s) {
        return switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "end" -> END;
            case "middle", "mid" -> MIDDLE;
            default -> throw new IllegalArgumentException("timing must be 'end' or 'middle', got '" + s + "'");
        };
    }
}
