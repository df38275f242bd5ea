package be.cambium.data;

/** What {@code alignTo} does with a target item that the source does not have. */
public enum AlignPolicy {
    /** Throw an {@link IllegalArgumentException} naming the items that are not there (the default). */
    STRICT,
    /** Fill the cells of such items with NaN, i.e. mark them missing. */
    FILL_NAN
}
