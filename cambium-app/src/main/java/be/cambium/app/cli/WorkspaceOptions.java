package be.cambium.app.cli;

import be.cambium.io.store.Workspace;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --workspace DIR}, worded once for every command that reads or writes the workspace ({@code @Mixin}). */
public final class WorkspaceOptions {

    @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace folder: fetched and imported data, "
            + "uploads and the DuckDB store cambium.duckdb (default: ~/.cambium).")
    @Nullable Path workspace;

    /** The workspace given, or the default one. */
    public Workspace workspace() {
        return Workspace.orDefault(workspace);
    }

    /** The folder given, or the default one. */
    public Path root() {
        return workspace().root();
    }
}
