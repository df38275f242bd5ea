package be.cambium.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cambium data fetch ...}: downloads into the workspace, each with its URL, retrieval time and SHA-256. */
@Command(name = "fetch", description = {
        "Download data into the workspace (--workspace DIR, default ~/.cambium), each download recorded with its URL, "
                + "retrieval time and SHA-256. A failed download leaves what the workspace held before intact.",
        "'cambium data fetch SOURCE --help' tells more."},
        subcommands = {DataFetchEurostatCommand.class, DataFetchComextCommand.class})
public final class DataFetchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose one of " + spec.subcommands().keySet());
    }
}
