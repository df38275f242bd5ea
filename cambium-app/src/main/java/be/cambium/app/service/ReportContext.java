package be.cambium.app.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What a report run needs from outside: the day it is made (read once by the caller, never by
 * an engine), the data packages to use (the bundled ones, each replaced by a user's package of the same name), a sink for progress lines, the
 * workspace ({@code --workspace DIR}) whose imported datasets (e.g. Comext trade files) sections
 * may use ({@code null}: none, so only bundled data are used), and optionally a user's MRIO (folder
 * or zip, with an extension to keep and a stressor concordance) for the footprint section.
 */
public record ReportContext(LocalDate asOf, PackageSet packages, Consumer<String> progress, @Nullable Path workspace,
        @Nullable Path mrio, @Nullable String mrioExtension, @Nullable Path mrioConcordance) {
    public ReportContext {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(packages, "packages");
        Objects.requireNonNull(progress, "progress");
    }

    public static ReportContext of(LocalDate asOf) {
        return new ReportContext(asOf, PackageSet.bundled(), s -> { }, null, null, null, null);
    }

    public ReportContext withProgress(Consumer<String> p) {
        return new ReportContext(asOf, packages, p, workspace, mrio, mrioExtension, mrioConcordance);
    }

    /** The bundled packages, each replaced by the user's folder of the same name ({@link PackageSet#withUserPackages}). */
    public ReportContext withUserPackages(List<Path> folders) {
        return withPackages(PackageSet.withUserPackages(folders));
    }

    public ReportContext withPackages(PackageSet p) {
        return new ReportContext(asOf, p, progress, workspace, mrio, mrioExtension, mrioConcordance);
    }

    public ReportContext withWorkspace(@Nullable Path ws) {
        return new ReportContext(asOf, packages, progress, ws, mrio, mrioExtension, mrioConcordance);
    }

    /** The footprint section runs this MRIO (folder or zip) for Belgium; null for none. */
    public ReportContext withMrio(@Nullable Path path) {
        return withMrio(path, null, null);
    }

    /**
     * As {@link #withMrio(Path)}, keeping only {@code extension} (null for all) and bridging stressors to materials
     * through {@code concordance} (null for none; see {@code cambium footprint --concordance}).
     */
    public ReportContext withMrio(@Nullable Path path, @Nullable String extension, @Nullable Path concordance) {
        return new ReportContext(asOf, packages, progress, workspace, path, extension, concordance);
    }
}
