package be.cambium.validate;

/** How serious a data problem is. Strict callers treat {@link #ERROR} as fatal. */
public enum Severity {
    /** The figure is wrong or cannot be computed; strict runs fail. */
    ERROR,
    /** The figure was computed but should be looked at (e.g. a break flag). */
    WARNING,
    /** Worth knowing, nothing to fix (e.g. which fallback rule ran). */
    INFO
}
