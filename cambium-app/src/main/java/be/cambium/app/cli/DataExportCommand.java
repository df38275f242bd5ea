package be.cambium.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cambium data export ...}: write what the workspace holds in open formats. */
@Command(name = "export", description = "Export the workspace's imported data in open formats.",
        subcommands = {DataExportParquetCommand.class})
public final class DataExportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose one of " + spec.subcommands().keySet());
    }
}
