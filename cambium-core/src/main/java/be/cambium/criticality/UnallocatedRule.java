package be.cambium.criticality;

/** What EI does with end-use shares that have no NACE sector (e.g. "Other"). */
public enum UnallocatedRule {
    /**
     * Leave them out: Sum A_s Q_s over allocated shares only (default). Neither rule reproduces every 2023 EI: against the
     * published EI, LEAVE_OUT gives 28 of 42 within 0.15 and RENORMALISE 29 (Crm2023EiReferenceTest), each better for
     * other materials; the Guidelines' rule is not confirmed (docs/methods/criticality.md).
     */
    LEAVE_OUT,
    /** Rescale the allocated shares to sum to 1 before weighting. */
    RENORMALISE
}
