package be.cambium.io.http;

import java.io.Serial;

/** A download that did not give a complete, usable answer; the message says why in words a user can act on. */
public final class FetchException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
