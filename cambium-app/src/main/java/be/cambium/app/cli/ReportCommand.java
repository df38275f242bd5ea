package be.cambium.app.cli;

import be.cambium.app.service.MonitorService;
import be.cambium.app.service.OutputDirectory;
import be.cambium.app.service.ReportContext;
import be.cambium.app.service.ReportService;
import be.cambium.report.model.Report;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cambium report --out DIR}: the main job, every engine on the bundled Belgian data. */
@Command(name = "report", description = {
        "The main job: every capability on the bundled Belgian data, written as one self-contained HTML report "
                + "(index.html), one XLSX workbook (cambium-belgium.xlsx) and the CSV tables (tables/*.csv).",
        "The folder is written atomically: an interrupted run leaves the previous report in place."})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the report into (replaced when done).")
    Path out;

    @Option(names = "--workspace", paramLabel = "DIR", description = {
            "Workspace folder whose imported datasets the report uses besides the bundled data (default ~/.cambium): "
                    + "Comext trade files imported with 'cambium data import comext FILE...' fill the trade monitoring section."})
    Path workspace;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Path ws = workspace != null ? workspace : MonitorService.defaultWorkspace();
        ReportContext ctx = ReportContext.of(LocalDate.now()).withWorkspace(ws).withProgress(line -> {
            err.println("report: " + line);
            err.flush();
        });
        Report[] made = new Report[1];
        OutputDirectory.write(out, dir -> made[0] = ReportService.standard().write(ctx, dir));
        PrintWriter o = spec.commandLine().getOut();
        o.println("Wrote " + out.resolve("index.html") + ", " + out.resolve("cambium-belgium.xlsx") + " and "
                + made[0].tables().size() + " tables in " + out.resolve("tables"));
        o.flush();
        return ExitCodes.OK;
    }
}
