package be.cambium.app.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What a report run needs from outside: the day it is made (read once by the caller, never by
 * an engine), user data packages to use besides the bundled ones, a sink for progress lines, and
 * the workspace ({@code --workspace DIR}) whose imported datasets (e.g. Comext trade files) sections
 * may use; {@code null} means none, so only bundled data are used.
 */
public record ReportContext(LocalDate asOf, List<Path> userPackages, Consumer<String> progress, @Nullable Path workspace) {
    public ReportContext {
        Objects.requireNonNull(asOf, "asOf");
        userPackages = List.copyOf(userPackages);
        Objects.requireNonNull(progress, "progress");
    }

    public ReportContext(LocalDate asOf, List<Path> userPackages, Consumer<String> progress) {
        this(asOf, userPackages, progress, null);
    }

    public static ReportContext of(LocalDate asOf) {
        return new ReportContext(asOf, List.of(), s -> { }, null);
    }

    public ReportContext withProgress(Consumer<String> p) {
        return new ReportContext(asOf, userPackages, p, workspace);
    }

    public ReportContext withUserPackages(List<Path> packages) {
        return new ReportContext(asOf, packages, progress, workspace);
    }

    public ReportContext withWorkspace(@Nullable Path ws) {
        return new ReportContext(asOf, userPackages, progress, ws);
    }
}
