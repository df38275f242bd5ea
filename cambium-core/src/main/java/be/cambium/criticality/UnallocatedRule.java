package be.cambium.criticality;

/** What EI does with end-use shares that have no NACE sector (e.g. "Other"). */
public enum UnallocatedRule {
    /** Leave them out: Sum A_s Q_s over allocated shares only (the 2023 transcription's behaviour; default). */
    LEAVE_OUT,
    /** Rescale the allocated shares to sum to 1 before weighting. */
    RENORMALISE
}
