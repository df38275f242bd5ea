package be.cambium.accounts;

/** Whether a value was read from a publication or computed by us. */
public enum Origin {
    PUBLISHED, COMPUTED;

    /** Lower-case form used in output files. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
