package be.cambium.app.cli;

import be.cambium.app.service.MonitorService;
import be.cambium.app.service.OutputDirectory;
import be.cambium.app.service.ReportContext;
import be.cambium.app.service.ReportService;
import be.cambium.report.model.Report;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cambium report --out DIR [--mrio DIR_OR_ZIP]}: the main job, every engine on the bundled Belgian data (and, with
 * {@code --mrio}, the footprint split from the user's MRIO).
 */
@Command(name = "report", description = {
        "The main job: every capability on the bundled Belgian data, written as one self-contained HTML report "
                + "(index.html), one XLSX workbook (cambium-belgium.xlsx) and the CSV tables (tables/*.csv).",
        "The folder is written atomically: an interrupted run leaves the previous report in place."})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the report into (replaced when done).")
    Path out;

    @Option(names = "--mrio", paramLabel = "DIR_OR_ZIP",
            description = "An MRIO (pymrio/EXIOBASE 3 folder or zip) for the footprint section's split of imports by use and "
                    + "its supply-chain layers, computed for BE. Without it the section shows the published RMC and DMC only.")
    Path mrio;

    @Option(names = "--extension", paramLabel = "NAME", description = "With --mrio: only this extension of the MRIO (default all).")
    String extension;

    @Option(names = "--concordance", paramLabel = "FILE",
            description = "With --mrio: CSV stressor,material,unit[,factor][,extension] bridging stressors to materials.")
    Path concordance;

    @Option(names = "--workspace", paramLabel = "DIR", description = {
            "Workspace folder whose imported datasets the report uses besides the bundled data (default ~/.cambium): "
                    + "Comext trade files imported with 'cambium data import comext FILE...' fill the trade monitoring section."})
    Path workspace;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (mrio == null && (extension != null || concordance != null)) {
            err.println("cambium report: --extension and --concordance need --mrio");
            err.flush();
            return ExitCodes.INVALID;
        }
        for (Path p : new Path[] {mrio, concordance}) {
            if (p != null && !Files.exists(p)) {
                err.println("cambium report: " + p + ": no such file or folder");
                err.flush();
                return ExitCodes.INVALID;
            }
        }
        Path ws = workspace != null ? workspace : MonitorService.defaultWorkspace();
        ReportContext ctx = ReportContext.of(LocalDate.now()).withWorkspace(ws).withProgress(line -> {
            err.println("report: " + line);
            err.flush();
        }).withMrio(mrio, extension, concordance);
        Report[] made = new Report[1];
        OutputDirectory.write(out, dir -> made[0] = ReportService.standard().write(ctx, dir));
        PrintWriter o = spec.commandLine().getOut();
        o.println("Wrote " + out.resolve("index.html") + ", " + out.resolve("cambium-belgium.xlsx") + " and "
                + made[0].tables().size() + " tables in " + out.resolve("tables"));
        o.flush();
        return ExitCodes.OK;
    }
}
