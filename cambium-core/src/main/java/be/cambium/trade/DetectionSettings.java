package be.cambium.trade;

/**
 * Parameters of the change detection, recorded in provenance.
 *
 * @param window              trailing window of the robust z-score, months (default 36)
 * @param minPoints           fewest finite values in the window for a z-score (default 12)
 * @param zThreshold          |robust z| alarm threshold (default 4.0)
 * @param cusumK              CUSUM reference value k in sigma units (default 0.5)
 * @param cusumH              CUSUM decision interval h in sigma units (default 5.0)
 * @param ewmaLambda          EWMA smoothing constant (default 0.2)
 * @param ewmaLimit           EWMA control limit in asymptotic sigma units (default 3.5)
 * @param materialityEur      materiality floor: the month's (or the comparison month's) value in EUR
 *                            must reach it (default 100,000)
 * @param minRelativeChange   smallest year-on-year relative change of value or unit value (default 0.25)
 * @param minShareChange      smallest change of a partner's share against the previous 12 months (default 0.10)
 * @param newPartnerMinShare  smallest share of a new partner (default 0.05)
 * @param cooldownMonths      months after an alert during which the same series and indicator stay quiet (default 6)
 * @param tramo               run TRAMO (JDemetra+) on basket value totals with at least 36 complete months
 *                            (default true)
 * @param tramoLastMonths     level shifts found by TRAMO in this many last months raise an alert (default 3)
 * @param tramoMinT           smallest |t| of such a level shift (default 3.5)
 * @param terrorThreshold     smallest |score| of the last month in the end-of-series check (default 4.0)
 */
public record DetectionSettings(int window, int minPoints, double zThreshold, double cusumK, double cusumH,
                                double ewmaLambda, double ewmaLimit, double materialityEur,
                                double minRelativeChange, double minShareChange, double newPartnerMinShare,
                                int cooldownMonths, boolean tramo, int tramoLastMonths, double tramoMinT,
                                double terrorThreshold) {
    public DetectionSettings {
        if (window < 3 || minPoints < 3 || minPoints > window || cooldownMonths < 0) {
            throw new IllegalArgumentException("need window >= minPoints >= 3 and cooldownMonths >= 0");
        }
        if (!(zThreshold > 0 && cusumH > 0 && cusumK >= 0 && ewmaLimit > 0 && ewmaLambda > 0 && ewmaLambda <= 1)) {
            throw new IllegalArgumentException("detection thresholds must be positive and lambda in (0, 1]");
        }
    }

    public static DetectionSettings defaults() {
        return new DetectionSettings(36, 12, 4.0, 0.5, 5.0, 0.2, 3.5, 100_000, 0.25, 0.10, 0.05, 6, true, 3, 3.5, 4.0);
    }

    public DetectionSettings withMaterialityEur(double eur) {
        return new DetectionSettings(window, minPoints, zThreshold, cusumK, cusumH, ewmaLambda, ewmaLimit, eur,
                minRelativeChange, minShareChange, newPartnerMinShare, cooldownMonths, tramo, tramoLastMonths, tramoMinT,
                terrorThreshold);
    }

    public DetectionSettings withTramo(boolean on) {
        return new DetectionSettings(window, minPoints, zThreshold, cusumK, cusumH, ewmaLambda, ewmaLimit, materialityEur,
                minRelativeChange, minShareChange, newPartnerMinShare, cooldownMonths, on, tramoLastMonths, tramoMinT,
                terrorThreshold);
    }
}
