package be.cambium.stockflow;

/**
 * What a stock-driven model does when the prescribed stock falls faster than the survivors of
 * earlier cohorts (the inflow that would meet the stock is negative).
 */
public enum NegativeInflowPolicy {
    /**
     * Keep the negative inflow in the result and report it (issue {@code NEGATIVE_INFLOW_REQUIRED},
     * a warning). Stock and mass balance are met exactly; the inflow series carries the negative value.
     */
    REPORT,
    /**
     * Set the inflow to 0 and retire the surplus early: every older cohort loses the same share d of
     * its stock in that year (added to the outflow) and keeps that reduction in all later years.
     * The stock target is met, inflow and outflow stay non-negative (ODYM's
     * {@code NegativeInflowCorrect}, with the sign right: outflow goes up, stock goes down).
     */
    RETIRE_EARLY;

    public static NegativeInflowPolicy parse(String s) {
        return switch (s.trim().toLowerCase(java.util.Locale.ROOT).replace('-', '_')) {
            case "report", "report_negative" -> REPORT;
            case "retire_early", "early_retirement" -> RETIRE_EARLY;
            default -> throw new IllegalArgumentException("negative_inflow must be 'report' or 'retire_early', got '" + s + "'");
        };
    }
}
