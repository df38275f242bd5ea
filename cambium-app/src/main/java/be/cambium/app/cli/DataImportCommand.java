package be.cambium.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cambium data import ...}: load external files into the workspace once, to reuse them. */
@Command(name = "import", description = "Import external data files into the workspace store.",
        subcommands = {DataImportComextCommand.class})
public final class DataImportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose one of " + spec.subcommands().keySet());
    }
}
