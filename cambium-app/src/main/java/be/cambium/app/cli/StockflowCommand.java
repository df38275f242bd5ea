package be.cambium.app.cli;

import be.cambium.report.render.OutputFolder;
import be.cambium.app.service.StockflowService;
import be.cambium.io.stockflow.StockflowModel;
import be.cambium.validate.Issue;
import be.cambium.validate.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cambium stockflow --model FILE | --preset wind-be --out DIR}: dynamic stock-flow models. */
@Command(name = "stockflow", description = {
        "Dynamic stock-flow model (cohorts, technologies, components, materials, end of life) from a JSON/YAML model file "
                + "or a bundled preset (wind-be: the Belgian wind fleet 1996-2050).",
        "Writes long CSVs into DIR: stock.csv, inflow.csv, outflow.csv, end_of_life.csv, balance.csv, issues.csv, "
                + "sources.csv; by_cohort.csv with --cohorts; intervals.csv with --draws."})
public final class StockflowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    static final class Input {
        @Option(names = "--model", paramLabel = "FILE", description = "Model file (.json, .yaml or .yml); CSV inputs are read beside it.")
        Path model;

        @Option(names = "--preset", paramLabel = "NAME", description = "Bundled model: ${COMPLETION-CANDIDATES}.",
                completionCandidates = Presets.class)
        String preset;
    }

    static final class Presets extends java.util.ArrayList<String> {
        Presets() {
            super(StockflowService.PRESETS);
        }
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Mixin
    OutOptions outOptions;

    @Option(names = "--draws", paramLabel = "N", defaultValue = "0",
            description = "Monte Carlo draws on the base case (0 = none); the coefficients of variation come from the model's monte_carlo block (required).")
    int draws;

    @Option(names = "--seed", paramLabel = "S", description = "Monte Carlo seed (default: the model's).")
    Long seed;

    @Option(names = "--scenario", paramLabel = "NAME", description = "Run only this scenario besides the base case.")
    String scenario;

    @Option(names = "--cohorts", description = "Also write the product stock by cohort (by_cohort.csv).")
    boolean cohorts;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (draws < 0 || draws == 1) {
            err.println("cambium stockflow: --draws must be 0 or at least 2, got " + draws);
            err.flush();
            return ExitCodes.INVALID;
        }
        StockflowService service = new StockflowService();
        StockflowModel model = input.model != null ? service.loadModel(input.model) : service.loadPreset(input.preset);
        StockflowService.Run run = service.run(model, new StockflowService.Options(draws, seed, cohorts, scenario, false));
        for (Issue i : run.report().issues()) {
            if (i.severity() != Severity.INFO) {
                err.println(i);
            }
        }
        err.flush();
        if (!run.ok()) {
            err.println("cambium stockflow: " + run.report().errors().size() + " error(s); nothing written");
            err.flush();
            return ExitCodes.INVALID;
        }
        OutputFolder.write(outOptions.out(), java.util.List.of(), dir -> service.write(run, dir));
        PrintWriter o = spec.commandLine().getOut();
        o.println("Wrote " + run.results().size() + " run(s) (" + String.join(", ", run.results().keySet()) + ")"
                + (run.monteCarlo().isPresent() ? " and " + run.monteCarlo().get().spec().draws() + " Monte Carlo draws" : "")
                + " into " + outOptions.out());
        o.flush();
        return ExitCodes.OK;
    }
}
