package be.cambium.app.cli;

import be.cambium.app.service.DataService;
import be.cambium.io.pkg.DataPackage;
import be.cambium.io.pkg.ReadResult;
import be.cambium.validate.Issue;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cambium data validate PATH}: checks a data package folder. Exit 0 and a one-line summary
 * on stdout when it is valid; exit 2 and every problem on stderr as
 * {@code file:line:column: error CODE message} otherwise.
 */
@Command(name = "validate", description = {
        "Validate a data package folder (datapackage.json and its CSV files) against its table schemas.",
        "Prints every problem to stderr as file:line:column: severity CODE message."})
public final class DataValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH", description = "The package folder (the one holding datapackage.json).")
    Path path;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReadResult r = new DataService().validate(path);
        for (Issue i : r.report().issues()) {
            err.println(i);
        }
        if (r.isValid()) {
            DataPackage p = r.dataPackage();
            int warnings = r.report().size();
            out.println("OK " + path + ": package '" + p.name() + "', " + p.tables().size() + " resources, "
                    + DataListCommand.rows(p) + " rows, " + p.sources().size() + " sources, "
                    + (warnings == 0 ? "no problems" : warnings + " warnings"));
            out.flush();
            err.flush();
            return ExitCodes.OK;
        }
        long errors = r.report().errors().size();
        err.println("INVALID " + path + ": " + errors + (errors == 1 ? " error" : " errors")
                + (r.report().size() > errors ? ", " + (r.report().size() - errors) + " warnings" : ""));
        err.flush();
        return ExitCodes.INVALID;
    }
}
