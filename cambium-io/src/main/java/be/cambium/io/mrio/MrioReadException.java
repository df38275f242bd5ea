package be.cambium.io.mrio;

import be.cambium.validate.Issue;
import be.cambium.validate.ValidationReport;

/** A table could not be read into an input-output system; {@link #report()} holds the located problems. */
public final class MrioReadException extends Exception {

    private final transient ValidationReport report;

    public MrioReadException(ValidationReport report) {
        super(summary(report));
        this.report = report;
    }

    public MrioReadException(Issue issue) {
        this(ValidationReport.builder().add(issue).build());
    }

    public ValidationReport report() {
        return report;
    }

    private static String summary(ValidationReport r) {
        StringBuilder sb = new StringBuilder();
        r.errors().stream().limit(10).forEach(i -> sb.append(sb.length() == 0 ? "" : "\n").append(i));
        if (sb.length() == 0) {
            sb.append("cannot read the MRIO");
        }
        return sb.toString();
    }
}
