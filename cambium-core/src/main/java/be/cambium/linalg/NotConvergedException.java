package be.cambium.linalg;

/** An iterative solve did not reach its tolerance within its iteration limit. */
public final class NotConvergedException extends ArithmeticException {

    public NotConvergedException(String message) {
        super(message);
    }
}
