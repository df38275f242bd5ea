package be.cambium.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cambium data ...}: the bundled data packages and checks of user packages. */
@Command(name = "data",
        description = "List or validate data packages; fetch or import data.",
        subcommands = {
                DataListCommand.class,
                DataValidateCommand.class,
                DataImportCommand.class,
                DataFetchCommand.class,
                DataExportCommand.class,
        })
public final class DataCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose one of " + spec.subcommands().keySet());
    }
}
