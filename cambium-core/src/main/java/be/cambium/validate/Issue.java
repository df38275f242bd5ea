package be.cambium.validate;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One data problem: a severity, a stable machine code (e.g. {@code PKG_TYPE}, {@code MFA_IDENTITY}),
 * a message for people, and where it sits.
 *
 * <p>Codes are upper snake case and never change meaning once published, so callers can
 * downgrade or filter them by name.
 */
public record Issue(Severity severity, String code, String message, Location location) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    public Issue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("issue code must be UPPER_SNAKE_CASE, got '" + code + "'");
        }
    }

    public static Issue error(String code, String message, Location location) {
        return new Issue(Severity.ERROR, code, message, location);
    }

    public static Issue warning(String code, String message, Location location) {
        return new Issue(Severity.WARNING, code, message, location);
    }

    public static Issue info(String code, String message, Location location) {
        return new Issue(Severity.INFO, code, message, location);
    }

    public Issue withSeverity(Severity s) {
        return new Issue(s, code, message, location);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code location: severity CODE message}, the form the CLI prints. */
    @Override
    public String toString() {
        String loc = location.toString();
        return (loc.isEmpty() ? "" : loc + ": ") + severity.name().toLowerCase(java.util.Locale.ROOT) + " " + code + " " + message;
    }
}
