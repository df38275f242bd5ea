package be.cambium.app.cli;

import be.cambium.app.service.MonitorService;
import be.cambium.io.comext.ComextStore;
import be.cambium.validate.Issue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code cambium data import comext FILE...}: loads Comext bulk files into the workspace's DuckDB store,
 * each file as a vintage (name, SHA-256, import time); a file with any problem is not imported at all.
 */
@Command(name = "comext", description = {"Import Comext bulk files (full_v2 or older layout; plain, .gz or .7z) into the workspace.",
        "Each file becomes a vintage; a month imported twice is taken from the newer vintage, the older is kept."})
public final class DataImportComextCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Comext files.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--reporter", paramLabel = "CODE", split = ",", description = "Keep only these reporters (default: all).")
    List<String> reporters = new ArrayList<>();

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                err.println(f + ": error COMEXT_NO_FILE file not found");
                err.flush();
                return ExitCodes.INVALID;
            }
        }
        LinkedHashSet<String> reps = new LinkedHashSet<>();
        reporters.forEach(r -> reps.add(r.trim().toUpperCase(Locale.ROOT)));
        List<ComextStore.ImportResult> results = new MonitorService().importComext(workspaceOptions.workspace(), files, reps);
        boolean failed = print(results, out, err);
        out.flush();
        err.flush();
        return failed ? ExitCodes.INVALID : ExitCodes.OK;
    }

    /** One line per file (OK, SKIP or FAILED) on {@code out}, its issues on {@code err}; true when a file failed. */
    static boolean print(List<ComextStore.ImportResult> results, PrintWriter out, PrintWriter err) {
        boolean failed = false;
        for (ComextStore.ImportResult r : results) {
            for (Issue i : r.report().issues()) {
                err.println(i);
            }
            if (r.alreadyImported()) {
                out.println("SKIP " + r.vintage().fileName() + ": already imported as vintage " + r.vintage().id());
            } else if (r.vintage() == null) {
                failed = true;
                out.println("FAILED " + r.summary().fileName() + ": nothing imported");
            } else {
                out.println("OK " + r.vintage().fileName() + ": vintage " + r.vintage().id() + ", " + r.vintage().rows()
                        + " rows, months " + r.summary().periods() + ", sha256 " + r.vintage().sha256());
            }
        }
        return failed;
    }
}
