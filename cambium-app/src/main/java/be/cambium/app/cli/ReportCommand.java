package be.cambium.app.cli;

import be.cambium.app.service.MonitorService;
import be.cambium.report.render.OutputFolder;
import be.cambium.app.service.ReportContext;
import be.cambium.app.service.ReportService;
import be.cambium.report.model.Report;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import be.cambium.app.service.DataService;
import be.cambium.app.service.PackageSet;
import be.cambium.validate.ValidationReport;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
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

    @Mixin
    OutOptions outOptions;

    @Option(names = "--mrio", paramLabel = "DIR_OR_ZIP",
            description = "An MRIO (pymrio/EXIOBASE 3 folder or zip) for the footprint section's split of imports by use and "
                    + "its supply-chain layers, computed for BE. Without it the section shows the published RMC and DMC only.")
    Path mrio;

    @Option(names = "--extension", paramLabel = "NAME", description = "With --mrio: only this extension of the MRIO (default all).")
    String extension;

    @Option(names = "--concordance", paramLabel = "FILE",
            description = "With --mrio: CSV stressor,material,unit[,factor][,extension] bridging stressors to materials.")
    Path concordance;

    @Option(names = "--package", paramLabel = "DIR", arity = "1..*",
            description = "A data package folder used in place of the bundled package with the same name in its "
                    + "datapackage.json (e.g. a changed copy of be-mfa); repeatable. Checked first: an invalid package exits 2.")
    List<Path> packages = new ArrayList<>();

    @Mixin
    WorkspaceOptions workspaceOptions;

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
        DataService data = new DataService();
        for (Path p : packages) {
            ValidationReport vr = data.validate(p).report();
            if (!vr.isValid()) {
                vr.issues().forEach(err::println);
                err.println("cambium report: --package " + p + " is not a valid data package; nothing written");
                err.flush();
                return ExitCodes.INVALID;
            }
        }
        PackageSet packageSet = PackageSet.withUserPackages(packages);
        if (!packageSet.unmatched().isEmpty()) {
            err.println("cambium report: --package " + packageSet.unmatched() + ": the name in datapackage.json matches no bundled "
                    + "package " + data.bundledNames() + "; nothing written");
            err.flush();
            return ExitCodes.INVALID;
        }
        Path ws = workspaceOptions.root();
        ReportContext ctx = ReportContext.of(LocalDate.now()).withWorkspace(ws).withProgress(line -> {
            err.println("report: " + line);
            err.flush();
        }).withMrio(mrio, extension, concordance).withPackages(packageSet);
        Report[] made = new Report[1];
        List<Path> inputs = new ArrayList<>(packages);
        inputs.add(ws);
        for (Path p : new Path[] {mrio, concordance}) {
            if (p != null) {
                inputs.add(p);
            }
        }
        OutputFolder.write(outOptions.out(), inputs, dir -> made[0] = ReportService.standard().write(ctx, dir));
        PrintWriter o = spec.commandLine().getOut();
        o.println("Wrote " + outOptions.out().resolve("index.html") + ", " + outOptions.out().resolve("cambium-belgium.xlsx") + " and "
                + made[0].tables().size() + " tables in " + outOptions.out().resolve("tables"));
        o.flush();
        return ExitCodes.OK;
    }
}
