package be.cambium.criticality;

/** Where the import reliance behind a stage SR comes from (column {@code ir_basis}). */
public enum IrBasis {
    /** The assessed economy's own IR: given on a row of its scope, or computed from its production and trade. */
    OWN,
    /** Given on a row for any scope (empty scope), which the package applies to the EU and Belgium alike. */
    ANY_SCOPE,
    /** IR_BE missing: the EU IR of the stage used as a proxy ({@link BeIrRule#EU_IR}). */
    EU_PROXY,
    /** IR_BE <= 0 or quasi-transit: SR from Belgian sourcing only ({@link TransitFallback#SOURCING_ONLY}). */
    TRANSIT_SOURCING_ONLY,
    /** IR_BE <= 0 or quasi-transit: the EU IR of the stage ({@link TransitFallback#EU_IR}). */
    TRANSIT_EU_IR,
    /** The supply mode does not use IR (global supply only, or sourcing only). */
    NOT_USED,
    /** IR needed but missing: SR not computed. */
    MISSING;

    /** The CSV label; {@link #OWN} is named after the scope ("BE" or "EU"). */
    public String label(Scope scope) {
        return switch (this) {
            case OWN -> scope.name();
            case ANY_SCOPE -> "package (any scope)";
            case EU_PROXY -> "EU proxy";
            case TRANSIT_SOURCING_ONLY -> "transit fallback";
            case TRANSIT_EU_IR -> "transit fallback (EU IR)";
            case NOT_USED -> "not used";
            case MISSING -> "missing";
        };
    }
}
