package be.cambium.classification;

/** The EW-MFA input flows a material code can be reported for. */
public enum MfaFlowType {
    /** Domestic extraction (used), Eurostat table A. */
    DE,
    /** Imports, Eurostat table B. */
    IMP,
    /** Exports, Eurostat table D. */
    EXP;

    /** Parses {@code DE}, {@code IMP} or {@code EXP} (case-sensitive, as Eurostat writes them). */
    public static MfaFlowType parse(String s) {
        return valueOf(s);
    }
}
