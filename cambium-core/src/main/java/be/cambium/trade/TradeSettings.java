package be.cambium.trade;

import java.util.Objects;
import java.util.Set;

/**
 * Parameters of the indicators, recorded in the result's provenance.
 *
 * @param highRiskThreshold      scaled WGI (0-10, 10 = worst) at or above which a partner counts as
 *                               high-risk; default 5.0, i.e. a mean WGI estimate at or below the
 *                               world mean of 0
 * @param euTradeFactor          trade factor t for EU member partners in {@code hhi_wgi} (EU CRM 2023: 0.8);
 *                               other partners take 1.0
 * @param wgiMissingTolerance    largest share of partners without a WGI score for which {@code hhi_wgi}
 *                               and {@code high_risk_share} are still computed (over the scored
 *                               partners, with a flag); above it they are NaN
 * @param quasiTransitReporters  reporters whose import cells carry the quasi-transit caveat flag
 */
public record TradeSettings(double highRiskThreshold, double euTradeFactor, double wgiMissingTolerance,
                            Set<String> quasiTransitReporters) {
    public TradeSettings {
        Objects.requireNonNull(quasiTransitReporters, "quasiTransitReporters");
        quasiTransitReporters = Set.copyOf(quasiTransitReporters);
        if (!(highRiskThreshold >= 0 && highRiskThreshold <= 10)) {
            throw new IllegalArgumentException("highRiskThreshold must lie in [0, 10]: " + highRiskThreshold);
        }
        if (!(euTradeFactor > 0) || !(wgiMissingTolerance >= 0 && wgiMissingTolerance < 1)) {
            throw new IllegalArgumentException("euTradeFactor > 0 and wgiMissingTolerance in [0, 1) required");
        }
    }

    /** Defaults: threshold 5.0, t = 0.8 for EU members, tolerance 0.5 %, quasi-transit caveat for BE and NL. */
    public static TradeSettings defaults() {
        return new TradeSettings(5.0, 0.8, 0.005, Set.of("BE", "NL"));
    }

    public TradeSettings withHighRiskThreshold(double t) {
        return new TradeSettings(t, euTradeFactor, wgiMissingTolerance, quasiTransitReporters);
    }
}
