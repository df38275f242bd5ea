package be.cambium.linalg;

/** The matrix is singular to working precision; {@link #column()} is the 0-based column where elimination broke down. */
public final class SingularMatrixException extends ArithmeticException {

    private final int column;

    public SingularMatrixException(int column, String message) {
        super(message);
        this.column = column;
    }

    public int column() {
        return column;
    }
}
