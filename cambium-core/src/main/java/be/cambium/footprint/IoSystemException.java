package be.cambium.footprint;

import be.cambium.validate.ValidationReport;

/** The data do not make a usable input-output system (e.g. it is not productive); {@link #report()} locates each problem. */
public final class IoSystemException extends IllegalArgumentException {

    private final transient ValidationReport report;

    public IoSystemException(ValidationReport report) {
        super(summary(report));
        this.report = report;
    }

    public ValidationReport report() {
        return report;
    }

    private static String summary(ValidationReport r) {
        StringBuilder sb = new StringBuilder("not a usable input-output system:");
        r.errors().stream().limit(10).forEach(i -> sb.append("\n  ").append(i));
        if (r.errors().size() > 10) {
            sb.append("\n  ... and ").append(r.errors().size() - 10).append(" more");
        }
        return sb.toString();
    }
}
