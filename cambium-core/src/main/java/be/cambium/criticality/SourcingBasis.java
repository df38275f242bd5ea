package be.cambium.criticality;

/** Which supply data a stage SR rests on besides global supply (column {@code sourcing_basis}). */
public enum SourcingBasis {
    /** The assessed economy's own sourcing (HHI from its sourcing shares, or given pre-aggregated). */
    OWN,
    /** No sourcing data for the economy: SR from global supply only (the study's "GS only" rule, flagged). */
    GS_FALLBACK,
    /** The supply mode is "GS only" as given: sourcing is not used even where it exists. */
    NOT_USED,
    /** Sourcing needed (mode "EU only") but missing: SR not computed. */
    MISSING;

    /** The CSV label as the engine knows it; the service names the origin of {@link #OWN} (package or trade). */
    public String label() {
        return switch (this) {
            case OWN -> "package";
            case GS_FALLBACK -> "GS fallback";
            case NOT_USED -> "not used (supply mode GS)";
            case MISSING -> "missing";
        };
    }
}
