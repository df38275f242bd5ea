package be.cambium.io.http;

import java.io.Serial;

/** A download that did not give a complete, usable answer; the message says why in words a user can act on. */
public final class FetchException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The HTTP status of an answer that was not 2xx; 0 when the failure was not an HTTP status. */
    private final int httpStatus;

    public FetchException(String message) {
        super(message);
        this.httpStatus = 0;
    }

    /** A non-2xx answer, e.g. 404 for a file the server does not (yet) have. */
    public FetchException(String message, int httpStatus) {
        super(message);
        this.httpStatus = httpStatus;
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
        this.httpStatus = 0;
    }

    /** The HTTP status of a non-2xx answer, 0 for every other failure. */
    public int httpStatus() {
        return httpStatus;
    }
}
