package be.cambium.unit;

/** Thrown when two values with incompatible units meet, e.g. adding tonnes to euros. */
public class UnitMismatchException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnitMismatchException(String message) {
        super(message);
    }
}
