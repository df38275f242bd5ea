package be.cambium.app.cli;

import be.cambium.app.service.CriticalityService;
import be.cambium.app.service.OutputDirectory;
import be.cambium.criticality.Scope;
import be.cambium.validate.Issue;
import be.cambium.validate.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cambium criticality --inputs PKG [--scope EU|BE] [--draws N --seed S] --out DIR}. */
@Command(name = "criticality", description = {
        "EU critical raw materials method (EI, SR, thresholds 2.8 and 1.0) on a criticality data package, for the EU or "
                + "Belgium, optionally with a seeded Monte Carlo (probability of being critical, SR and EI intervals).",
        "Writes results.csv, stages.csv, contributions.csv, ei_contributions.csv, crma.csv, comparison.csv (BE), "
                + "uncertainty.csv and sensitivity.csv (with --draws), sources.csv, parameters.csv and issues.csv.",
        "Exit 2 when the inputs have errors (printed to stderr with their location; the tables are still written)."})
public final class CriticalityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--inputs", required = true, paramLabel = "PKG",
            description = "Package folder (with datapackage.json), or a bundled package: eu-crm-2023, be-crm, eu-crm-2017.")
    String inputs;

    @Option(names = "--scope", defaultValue = "EU", paramLabel = "EU|BE", description = "Economy assessed (default: ${DEFAULT-VALUE}).")
    String scope;

    @Option(names = "--draws", paramLabel = "N", description = "Monte Carlo draws (none by default).")
    Integer draws;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of the Monte Carlo (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the tables into (replaced when done).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Scope sc;
        try {
            sc = Scope.parse(scope);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--scope: " + e.getMessage());
        }
        if (draws != null && draws < 1) {
            throw new ParameterException(spec.commandLine(), "--draws must be at least 1, got " + draws);
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter o = spec.commandLine().getOut();
        CriticalityService service = new CriticalityService();
        ValidationReport.Builder problems = ValidationReport.builder();
        CriticalityService.Run run = service.run(inputs, sc, draws, seed, problems);
        ValidationReport report = problems.build();
        int warnings = 0;
        for (Issue i : report.issues()) {
            if (i.isError()) {
                err.println(i);
            } else if (i.severity() == be.cambium.validate.Severity.WARNING) {
                warnings++;
            }
        }
        if (run == null) {
            err.println("criticality: cannot read " + inputs + " (" + report.errors().size() + " errors)");
            err.flush();
            return ExitCodes.INVALID;
        }
        OutputDirectory.write(out, dir -> service.write(run, dir));
        long critical = run.result().critical().size();
        long undetermined = run.result().materials().stream().filter(m -> m.verdict() == be.cambium.criticality.Verdict.UNDETERMINED).count();
        o.println("criticality " + sc + " on '" + run.packageName() + "': " + run.result().materials().size() + " materials, "
                + critical + " critical, " + undetermined + " undetermined (missing inputs); " + report.errors().size() + " errors, "
                + warnings + " warnings (all in " + out.resolve("issues.csv") + ")");
        o.flush();
        err.flush();
        return report.hasErrors() ? ExitCodes.INVALID : ExitCodes.OK;
    }
}
