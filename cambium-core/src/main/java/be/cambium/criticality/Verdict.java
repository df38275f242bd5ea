package be.cambium.criticality;

/** Whether a material is critical (EI and SR at or above both thresholds). */
public enum Verdict {
    CRITICAL, NOT_CRITICAL,
    /** SR or EI could not be computed (missing inputs; see the issues). */
    UNDETERMINED;

    /** {@code true}, {@code false} or empty, as written to results.csv. */
    public String csv() {
        return this == CRITICAL ? "true" : this == NOT_CRITICAL ? "false" : "";
    }
}
