package be.cambium.app.cli;

import be.cambium.app.service.MonitorService;
import be.cambium.io.store.Workspace;
import be.cambium.report.render.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code cambium data export parquet --workspace DIR --out DIR}: the workspace's Comext vintages as plain
 * Parquet files (one per vintage), the current rows and the vintage metadata, for any Parquet reader.
 */
@Command(name = "parquet", description = {"Export the workspace's Comext data as Parquet: comext/<vintage>-<sha256>.parquet "
        + "(one file per imported vintage), comext_current.parquet (rows of the newest vintage per reporter and month), "
        + "comext_vintage.parquet and comext_vintage_period.parquet (file name, SHA-256, import time, months)."})
public final class DataExportParquetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Mixin
    OutOptions outOptions;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Workspace workspace = workspaceOptions.workspace();
        Path ws = workspace.root();
        Path db = workspace.duckdb();
        if (!Files.isRegularFile(db)) {
            err.println(db + ": error WORKSPACE_NO_STORE no workspace store here; import files first with "
                    + "`cambium data import comext FILE... --workspace " + ws + "`");
            err.flush();
            return ExitCodes.INVALID;
        }
        List<Path> written = new ArrayList<>();
        OutputFolder.write(outOptions.out(), List.of(ws), dir -> written.addAll(new MonitorService().exportParquet(workspace, dir)));
        o.println("OK " + outOptions.out() + ": " + written.size() + " Parquet files");
        o.flush();
        return ExitCodes.OK;
    }
}
