package be.cambium.app.cli;

import be.cambium.app.service.FootprintService;
import be.cambium.report.footprint.FootprintTables;
import be.cambium.report.render.OutputFolder;
import be.cambium.io.mrio.MrioFormat;
import be.cambium.io.mrio.RegionCodes;
import be.cambium.validate.Issue;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cambium footprint --mrio PATH --out DIR}: EEIO accounts (pymrio's D_cba, D_pba, D_imp, D_exp per region)
 * and the material footprint of one region (DE, IMP_RME split by use, EXP_RME, RMI, RMC, production layers,
 * structural paths). Thin: options, {@link FootprintService}, {@link FootprintTables} into the output folder.
 */
@Command(name = "footprint", sortOptions = false, description = {
        "EEIO footprints from an MRIO: pymrio/EXIOBASE 3 folder or zip, OECD ICIO CSV, or long-CSV folder.",
        "Writes accounts.csv (and accounts_per_capita.csv), footprint.csv, layers.csv, paths.csv (and multipliers.csv),",
        "issues.csv and sources.csv into --out."})
public final class FootprintCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--mrio", required = true, paramLabel = "PATH",
            description = "MRIO folder, EXIOBASE zip, OECD ICIO .csv or long-CSV folder (with Z.csv).")
    Path mrio;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "NAME",
            description = "auto, pymrio, exiobase, icio or long (default ${DEFAULT-VALUE}: detected from the path).")
    String format;

    @Option(names = "--region-codes", defaultValue = "as-written", paramLabel = "MODE",
            description = "as-written or eurostat (ISO3/ISO2 to Eurostat codes: GRC/GR->EL, GBR/GB->UK; default ${DEFAULT-VALUE}).")
    String regionCodes;

    @Option(names = "--aggregate", paramLabel = "FILE",
            description = "CSV axis,code,group aggregating regions, sectors and final-demand categories before computing.")
    Path aggregate;

    @Option(names = "--extension", paramLabel = "NAME", description = "Only this extension (e.g. material, satellite); default all.")
    String extension;

    @Option(names = "--region", defaultValue = "BE", paramLabel = "CODE", description = "Region of the footprint split (default ${DEFAULT-VALUE}).")
    String region;

    @Option(names = "--concordance", paramLabel = "FILE",
            description = "CSV stressor,material,unit[,factor][,extension] bridging stressors to materials (e.g. EW-MFA MF1-MF4).")
    Path concordance;

    @Mixin
    OutOptions outOptions;

    @Option(names = "--multipliers", description = "Also write multipliers.csv (M = S L per region and sector).")
    boolean multipliers;

    @Option(names = "--solver", defaultValue = "auto", paramLabel = "NAME",
            description = "auto (native LAPACK, else pure Java), native-lapack, java-lu or gauss-seidel (default ${DEFAULT-VALUE}).")
    String solver;

    @Option(names = "--layers", defaultValue = "8", paramLabel = "N", description = "Production layers before the remainder (default ${DEFAULT-VALUE}).")
    int layers;

    @Option(names = "--path-threshold", defaultValue = "0.001", paramLabel = "SHARE",
            description = "Prune structural paths below this share of the footprint (default ${DEFAULT-VALUE}).")
    double pathThreshold;

    @Option(names = "--max-paths", defaultValue = "20", paramLabel = "N", description = "Paths kept per stressor (default ${DEFAULT-VALUE}).")
    int maxPaths;

    @Override
    public Integer call() throws IOException {
        PrintWriter outW = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (layers < 1 || maxPaths < 0 || !(pathThreshold > 0 && pathThreshold < 1)) {
            err.println("cambium footprint: --layers must be >= 1, --max-paths >= 0 and 0 < --path-threshold < 1");
            err.flush();
            return ExitCodes.INVALID;
        }
        MrioFormat fmt;
        RegionCodes codes;
        try {
            fmt = MrioFormat.parse(format);
            codes = RegionCodes.parse(regionCodes);
        } catch (IllegalArgumentException e) {
            err.println("cambium footprint: " + e.getMessage());
            err.flush();
            return ExitCodes.INVALID;
        }
        FootprintService svc = new FootprintService();
        FootprintService.Request req = new FootprintService.Request(mrio, extension, region, concordance, solver, layers,
                pathThreshold, maxPaths, fmt, codes, aggregate);
        FootprintService.Run run = svc.run(req, line -> {
            err.println("footprint: " + line);
            err.flush();
        });
        for (Issue i : run.report().issues()) {
            err.println(i);
        }
        if (!run.ok()) {
            err.println("cambium footprint: no output written (" + run.report().errors().size() + " errors)");
            err.flush();
            return ExitCodes.INVALID;
        }
        err.println("footprint: writing " + outOptions.out());
        err.flush();
        OutputFolder.writeTables(outOptions.out(), req.inputs(),
                FootprintTables.of(run.result(), run.system().monetaryUnit(), multipliers, run.report()));
        var f = run.result().region();
        outW.println("OK " + outOptions.out() + ": " + run.result().accounts().size() + " extensions, region " + f.region() + ", "
                + (f.materials().isEmpty() ? f.stressors().size() + " stressors" : f.materials().size() + " materials") + "; "
                + run.solverNotice());
        outW.flush();
        return ExitCodes.OK;
    }
}
