package be.cambium.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/** An immutable, ordered list of {@link Issue}s found while reading or computing. */
public record ValidationReport(List<Issue> issues) {

    private static final ValidationReport EMPTY = new ValidationReport(List.of());

    public ValidationReport {
        issues = List.copyOf(Objects.requireNonNull(issues, "issues"));
    }

    public static ValidationReport empty() {
        return EMPTY;
    }

    public static ValidationReport of(Collection<Issue> issues) {
        return new ValidationReport(List.copyOf(issues));
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean isEmpty() {
        return issues.isEmpty();
    }

    public int size() {
        return issues.size();
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(Issue::isError);
    }

    /** True when nothing of severity ERROR was found. */
    public boolean isValid() {
        return !hasErrors();
    }

    public List<Issue> errors() {
        return filter(Issue::isError).issues();
    }

    public List<Issue> withCode(String code) {
        return filter(i -> i.code().equals(code)).issues();
    }

    public ValidationReport filter(Predicate<Issue> p) {
        return new ValidationReport(issues.stream().filter(p).toList());
    }

    /** Both reports' issues, this one's first. */
    public ValidationReport merge(ValidationReport other) {
        if (other.isEmpty()) {
            return this;
        }
        List<Issue> all = new ArrayList<>(issues);
        all.addAll(other.issues);
        return new ValidationReport(all);
    }

    /** A copy in which errors with one of the given codes become warnings (the caller's choice, never the engine's). */
    public ValidationReport downgrade(Set<String> codes) {
        return new ValidationReport(issues.stream()
                .map(i -> i.isError() && codes.contains(i.code()) ? i.withSeverity(Severity.WARNING) : i)
                .toList());
    }

    /** Collects issues; not thread-safe. */
    public static final class Builder {
        private final List<Issue> issues = new ArrayList<>();

        private Builder() {
        }

        public Builder add(Issue issue) {
            issues.add(Objects.requireNonNull(issue, "issue"));
            return this;
        }

        public Builder addAll(Collection<Issue> more) {
            more.forEach(this::add);
            return this;
        }

        public Builder addAll(ValidationReport report) {
            return addAll(report.issues());
        }

        public Builder error(String code, String message, Location location) {
            return add(Issue.error(code, message, location));
        }

        public Builder warning(String code, String message, Location location) {
            return add(Issue.warning(code, message, location));
        }

        public Builder info(String code, String message, Location location) {
            return add(Issue.info(code, message, location));
        }

        public int size() {
            return issues.size();
        }

        public ValidationReport build() {
            return new ValidationReport(issues);
        }
    }
}
