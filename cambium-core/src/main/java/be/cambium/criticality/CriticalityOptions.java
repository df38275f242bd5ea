package be.cambium.criticality;

import java.util.Objects;

/**
 * Conventions of one criticality run. {@link #defaults()} gives the EU method as used in 2017-2023;
 * every choice is recorded in the result's provenance.
 *
 * @param scope               the economy assessed
 * @param eiThreshold         EI threshold (2.8)
 * @param srThreshold         SR threshold (1.0)
 * @param thresholdDecimals   decimals to which SR and EI are rounded before the threshold test (1, the
 *                            published precision); negative = compare unrounded values
 * @param unallocatedRule     treatment of end uses without a NACE sector
 * @param wgiScaling          how raw WGI estimates become the 0..10 score
 * @param missingWgi          the stated scaled WGI used for a country with a share but no WGI (flagged)
 * @param censoredShare       value used for a share printed as {@code <0.1%} (flagged)
 * @param shareSumTolerance   shares of one material, stage and scope may exceed 1 by this much (rounding)
 * @param intraEuT            trade variable of EU member states when a row gives none (0.8, the 2023 data)
 * @param transitThreshold    quasi-transit share of imports at or above which the Belgian fallback applies
 * @param transitFallback     the Belgian fallback rule when IR_BE <= 0 or quasi-transit dominates
 * @param beIrRule            the Belgian rule when IR_BE is missing (EU IR as a proxy, or SR missing)
 * @param substitution        parameters for computed substitution indices
 * @param crmaThirdCountry    CRMA benchmark: largest single third-country share (0.65)
 * @param crmaExtraction      CRMA benchmark: EU extraction share (0.10)
 * @param crmaProcessing      CRMA benchmark: EU processing share (0.40)
 * @param crmaRecycling       CRMA benchmark: recycling share (0.25)
 */
public record CriticalityOptions(Scope scope, double eiThreshold, double srThreshold, int thresholdDecimals,
                                 UnallocatedRule unallocatedRule, WgiScaling wgiScaling, double missingWgi,
                                 double censoredShare, double shareSumTolerance, double intraEuT,
                                 double transitThreshold, TransitFallback transitFallback,
                                 BeIrRule beIrRule, SubstitutionParameters substitution,
                                 double crmaThirdCountry, double crmaExtraction, double crmaProcessing, double crmaRecycling) {

    public CriticalityOptions {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(unallocatedRule, "unallocatedRule");
        Objects.requireNonNull(wgiScaling, "wgiScaling");
        Objects.requireNonNull(transitFallback, "transitFallback");
        Objects.requireNonNull(beIrRule, "beIrRule");
        Objects.requireNonNull(substitution, "substitution");
    }

    public static CriticalityOptions defaults() {
        return new CriticalityOptions(Scope.EU, 2.8, 1.0, 1, UnallocatedRule.LEAVE_OUT, WgiScaling.euConvention(),
                5.0, 0.0005, 0.025, 0.8, 0.5, TransitFallback.SOURCING_ONLY, BeIrRule.EU_IR, SubstitutionParameters.guidelines2017(),
                0.65, 0.10, 0.40, 0.25);
    }

    public CriticalityOptions withScope(Scope s) {
        return new CriticalityOptions(s, eiThreshold, srThreshold, thresholdDecimals, unallocatedRule, wgiScaling, missingWgi,
                censoredShare, shareSumTolerance, intraEuT, transitThreshold, transitFallback, beIrRule, substitution,
                crmaThirdCountry, crmaExtraction, crmaProcessing, crmaRecycling);
    }

    public CriticalityOptions withUnallocatedRule(UnallocatedRule r) {
        return new CriticalityOptions(scope, eiThreshold, srThreshold, thresholdDecimals, r, wgiScaling, missingWgi,
                censoredShare, shareSumTolerance, intraEuT, transitThreshold, transitFallback, beIrRule, substitution,
                crmaThirdCountry, crmaExtraction, crmaProcessing, crmaRecycling);
    }

    public CriticalityOptions withWgiScaling(WgiScaling w) {
        return new CriticalityOptions(scope, eiThreshold, srThreshold, thresholdDecimals, unallocatedRule, w, missingWgi,
                censoredShare, shareSumTolerance, intraEuT, transitThreshold, transitFallback, beIrRule, substitution,
                crmaThirdCountry, crmaExtraction, crmaProcessing, crmaRecycling);
    }

    public CriticalityOptions withMissingWgi(double v) {
        return new CriticalityOptions(scope, eiThreshold, srThreshold, thresholdDecimals, unallocatedRule, wgiScaling, v,
                censoredShare, shareSumTolerance, intraEuT, transitThreshold, transitFallback, beIrRule, substitution,
                crmaThirdCountry, crmaExtraction, crmaProcessing, crmaRecycling);
    }

    public CriticalityOptions withThresholdDecimals(int d) {
        return new CriticalityOptions(scope, eiThreshold, srThreshold, d, unallocatedRule, wgiScaling, missingWgi,
                censoredShare, shareSumTolerance, intraEuT, transitThreshold, transitFallback, beIrRule, substitution,
                crmaThirdCountry, crmaExtraction, crmaProcessing, crmaRecycling);
    }

    public CriticalityOptions withTransitFallback(TransitFallback f) {
        return new CriticalityOptions(scope, eiThreshold, srThreshold, thresholdDecimals, unallocatedRule, wgiScaling, missingWgi,
                censoredShare, shareSumTolerance, intraEuT, transitThreshold, f, beIrRule, substitution,
                crmaThirdCountry, crmaExtraction, crmaProcessing, crmaRecycling);
    }

    public CriticalityOptions withBeIrRule(BeIrRule r) {
        return new CriticalityOptions(scope, eiThreshold, srThreshold, thresholdDecimals, unallocatedRule, wgiScaling, missingWgi,
                censoredShare, shareSumTolerance, intraEuT, transitThreshold, transitFallback, r, substitution,
                crmaThirdCountry, crmaExtraction, crmaProcessing, crmaRecycling);
    }

    /** The verdict for a pair of scores under these thresholds. */
    public Verdict classify(double sr, double ei) {
        if (Double.isNaN(sr) || Double.isNaN(ei)) {
            return Verdict.UNDETERMINED;
        }
        double s = round(sr);
        double e = round(ei);
        return s >= srThreshold && e >= eiThreshold ? Verdict.CRITICAL : Verdict.NOT_CRITICAL;
    }

    private double round(double v) {
        if (thresholdDecimals < 0) {
            return v;
        }
        double f = Math.pow(10, thresholdDecimals);
        return Math.floor(v * f + 0.5 + 1e-9) / f;
    }
}
