package be.cambium.app.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a report run needs from outside: the day it is made (read once by the caller, never by
 * an engine), user data packages to use besides the bundled ones, and a sink for progress lines.
 */
public record ReportContext(LocalDate asOf, List<Path> userPackages, Consumer<String> progress) {
    public ReportContext {
        Objects.requireNonNull(asOf, "asOf");
        userPackages = List.copyOf(userPackages);
        Objects.requireNonNull(progress, "progress");
    }

    public static ReportContext of(LocalDate asOf) {
        return new ReportContext(asOf, List.of(), s -> { });
    }

    public ReportContext withProgress(Consumer<String> p) {
        return new ReportContext(asOf, userPackages, p);
    }

    public ReportContext withUserPackages(List<Path> packages) {
        return new ReportContext(asOf, packages, progress);
    }
}
