package be.cambium.app.cli;

import be.cambium.app.service.CriticalityService;
import be.cambium.app.service.MonitorService;
import be.cambium.criticality.BeIrRule;
import be.cambium.criticality.ShareBasis;
import be.cambium.report.render.OutputFolder;
import be.cambium.criticality.Scope;
import be.cambium.validate.Issue;
import be.cambium.validate.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cambium criticality --inputs PKG [--scope EU|BE] [--be-ir eu-ir|missing] [--trade [WORKSPACE] [--trade-years Y1-Y2]
 * [--trade-basis mass|value]] [--draws N --seed S] --out DIR}.
 */
@Command(name = "criticality", description = {
        "EU critical raw materials method (EI, SR, thresholds 2.8 and 1.0) on a criticality data package, for the EU or "
                + "Belgium, optionally with a seeded Monte Carlo (probability of being critical, SR and EI intervals).",
        "Writes results.csv, stages.csv, contributions.csv, ei_contributions.csv, crma.csv, comparison.csv (BE), "
                + "uncertainty.csv and sensitivity.csv (with --draws), be_sourcing.csv and be_ir.csv (with --trade), sources.csv, "
                + "parameters.csv and issues.csv.",
        "Exit 2 when the inputs have errors (printed to stderr with their location; the tables are still written)."})
public final class CriticalityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--inputs", required = true, paramLabel = "PKG",
            description = "Package folder (with datapackage.json), or a bundled package: eu-crm-2023, be-crm, eu-crm-2017.")
    String inputs;

    @Option(names = "--scope", defaultValue = "EU", paramLabel = "EU|BE", description = "Economy assessed (default: ${DEFAULT-VALUE}).")
    String scope;

    @Option(names = "--be-ir", defaultValue = "eu-ir", paramLabel = "eu-ir|missing", description = {
            "With --scope BE, where IR_BE is missing (Belgian production or trade unknown) at a stage with Belgian sourcing: "
                    + "eu-ir uses the EU IR of the stage as a proxy (default; warning BE_IR_EU_PROXY, ir_basis 'EU proxy' in "
                    + "results.csv), missing leaves that SR missing. IR_BE <= 0 always takes the transit fallback."})
    String beIr;

    @Option(names = "--trade", arity = "0..1", fallbackValue = "", paramLabel = "WORKSPACE", description = {
            "With --scope BE: derive Belgian sourcing shares and IR_BE from the Comext data imported into the workspace "
                    + "(`cambium data import comext`; default workspace ~/.cambium) with the package's material_cn and "
                    + "be_production. Package rows win."})
    String trade;

    @Option(names = "--trade-years", paramLabel = "Y1-Y2", description = "Years of trade summed (default: the " + 3
            + " years up to the latest year with twelve Belgian months in the store).")
    String tradeYears;

    @Option(names = "--trade-basis", defaultValue = "mass", paramLabel = "mass|value",
            description = "Shares of net mass (default) or of statistical value.")
    String tradeBasis;

    @Option(names = "--draws", paramLabel = "N", description = "Monte Carlo draws (none by default).")
    Integer draws;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of the Monte Carlo (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    OutOptions outOptions;

    @Override
    public Integer call() throws Exception {
        Scope sc;
        try {
            sc = Scope.parse(scope);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--scope: " + e.getMessage());
        }
        BeIrRule irRule;
        try {
            irRule = BeIrRule.parse(beIr);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--be-ir: " + e.getMessage());
        }
        if (draws != null && draws < 1) {
            throw new ParameterException(spec.commandLine(), "--draws must be at least 1, got " + draws);
        }
        CriticalityService.TradeRequest tr = null;
        if (trade != null) {
            if (sc != Scope.BE) {
                throw new ParameterException(spec.commandLine(), "--trade derives Belgian sourcing and needs --scope BE");
            }
            Integer from = null;
            Integer to = null;
            if (tradeYears != null) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})(?:-(\\d{4}))?").matcher(tradeYears.trim());
                if (!m.matches()) {
                    throw new ParameterException(spec.commandLine(), "--trade-years must be YYYY or YYYY-YYYY, got '" + tradeYears + "'");
                }
                from = Integer.parseInt(m.group(1));
                to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
                if (from > to) {
                    throw new ParameterException(spec.commandLine(), "--trade-years: " + from + " is after " + to);
                }
            }
            ShareBasis basis;
            try {
                basis = ShareBasis.parse(tradeBasis);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--trade-basis: " + e.getMessage());
            }
            tr = new CriticalityService.TradeRequest(trade.isBlank() ? be.cambium.io.store.Workspace.defaultRoot() : Path.of(trade), from, to,
                    basis);
        } else if (tradeYears != null) {
            throw new ParameterException(spec.commandLine(), "--trade-years needs --trade");
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter o = spec.commandLine().getOut();
        CriticalityService service = new CriticalityService();
        ValidationReport.Builder problems = ValidationReport.builder();
        CriticalityService.Run run = service.run(inputs, sc, draws, seed, tr, irRule, problems);
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
            err.println("criticality: no result for " + inputs + (tr == null ? "" : " with trade data from " + tr.workspace())
                    + " (" + report.errors().size() + " errors, printed above)");
            err.flush();
            return ExitCodes.INVALID;
        }
        OutputFolder.write(outOptions.out(), java.util.List.of(), dir -> service.write(run, dir));
        long critical = run.result().critical().size();
        long undetermined = run.result().materials().stream().filter(m -> m.verdict() == be.cambium.criticality.Verdict.UNDETERMINED).count();
        o.println("criticality " + sc + " on '" + run.packageName() + "': " + run.result().materials().size() + " materials, "
                + critical + " critical, " + undetermined + " undetermined (missing inputs); " + report.errors().size() + " errors, "
                + warnings + " warnings (all in " + outOptions.out().resolve("issues.csv") + ")");
        if (sc == Scope.BE) {
            java.util.Map<String, Long> ir = new java.util.TreeMap<>();
            java.util.Map<String, Long> src = new java.util.TreeMap<>();
            run.result().stages().forEach(st -> {
                ir.merge(st.irBasis().label(sc), 1L, Long::sum);
                src.merge(run.sourcingLabel(st), 1L, Long::sum);
            });
            o.println("Belgian SR basis of the " + run.result().stages().size() + " stages (ir_basis, sourcing_basis in stages.csv "
                    + "and, for the bottleneck, results.csv; rule --be-ir " + irRule.name()
                    .toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "): IR " + ir + "; sourcing " + src);
        }
        if (run.sourcing() != null) {
            var b = run.sourcing();
            long withShares = b.stages().stream().filter(x -> x.hasShares()).count();
            long withIr = b.stages().stream().filter(x -> !Double.isNaN(x.irBe())).count();
            o.println("Belgian sourcing from Comext " + b.years() + ": " + b.stages().size()
                    + " material-stages mapped, " + withShares + " with shares, " + withIr + " with IR_BE (" + outOptions.out().resolve("be_sourcing.csv")
                    + ", " + outOptions.out().resolve("be_ir.csv") + ")");
        }
        o.flush();
        err.flush();
        return report.hasErrors() ? ExitCodes.INVALID : ExitCodes.OK;
    }
}
