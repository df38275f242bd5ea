package be.cambium.app.service;

import be.cambium.io.stockflow.StockflowCsvWriter;
import be.cambium.io.stockflow.StockflowModel;
import be.cambium.io.stockflow.StockflowModelReader;
import be.cambium.stockflow.MonteCarlo;
import be.cambium.stockflow.Scenario;
import be.cambium.stockflow.StockflowCalculator;
import be.cambium.stockflow.StockflowInput;
import be.cambium.stockflow.StockflowResult;
import be.cambium.validate.Issue;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Runs dynamic stock-flow models for the CLI (and later the dashboard): reads a model file or a
 * bundled preset, runs the base case and every scenario, optionally a seeded Monte Carlo on the
 * base case, and writes the long CSV tables.
 */
public final class StockflowService {

    /** Bundled presets (folders under {@code data/} on the class path holding a {@code model.json}). */
    public static final List<String> PRESETS = List.of("wind-be");

    /**
     * @param draws   Monte Carlo draws (0 = none unless the model asks for them and {@code useModelMonteCarlo})
     * @param seed    seed, or null for the model's
     * @param cohorts keep the product stock by cohort
     * @param scenario run only this scenario (besides the base case), or null for all
     * @param useModelMonteCarlo run the model's own Monte Carlo settings when no draws are given
     */
    public record Options(int draws, @Nullable Long seed, boolean cohorts, @Nullable String scenario, boolean useModelMonteCarlo) {
        public static Options defaults() {
            return new Options(0, null, false, null, false);
        }
    }

    /** Everything a run produced: results by scenario ("base" first), Monte Carlo intervals, all issues. */
    public record Run(StockflowModel model, Map<String, StockflowResult> results, Optional<MonteCarlo.Result> monteCarlo,
                      ValidationReport report) {
        public boolean ok() {
            return !report.hasErrors();
        }
    }

    public StockflowModel loadModel(Path file) {
        return StockflowModelReader.read(file);
    }

    /** A bundled preset by name; an unknown name gives a model with one error naming the presets. */
    public StockflowModel loadPreset(String name) {
        if (!PRESETS.contains(name)) {
            return new StockflowModel(Optional.empty(), List.of(), Optional.empty(), List.of(),
                    ValidationReport.builder().error("UNKNOWN_PRESET", "no preset '" + name + "'; presets: " + PRESETS,
                            Location.none()).build());
        }
        String base = "/data/" + name + "/";
        String text;
        try {
            text = resource(base + "model.json");
        } catch (IOException e) {
            throw new IllegalStateException("bundled preset " + name + " is missing from the class path", e);
        }
        return StockflowModelReader.read(text, "data/" + name + "/model.json", rel -> resource(base + rel));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = StockflowService.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new NoSuchFileException(path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Runs the base case and the scenarios (and Monte Carlo when asked). */
    public Run run(StockflowModel model, Options o) {
        ValidationReport.Builder rep = ValidationReport.builder().addAll(model.report());
        Map<String, StockflowResult> results = new LinkedHashMap<>();
        if (model.input().isEmpty()) {
            return new Run(model, results, Optional.empty(), rep.build());
        }
        StockflowInput base = model.input().get().withKeepCohorts(o.cohorts());
        List<Scenario> scenarios = model.scenarios();
        if (o.scenario() != null) {
            scenarios = scenarios.stream().filter(s -> s.name().equals(o.scenario())).toList();
            if (scenarios.isEmpty()) {
                rep.error("UNKNOWN_SCENARIO", "no scenario '" + o.scenario() + "'; scenarios: "
                        + model.scenarios().stream().map(Scenario::name).toList(), Location.none());
                return new Run(model, results, Optional.empty(), rep.build());
            }
        }
        results.put("base", StockflowCalculator.compute(base));
        for (Scenario s : scenarios) {
            results.put(s.name(), StockflowCalculator.compute(s.applyTo(base)));
        }
        results.forEach((name, r) -> r.report().issues().forEach(i -> rep.add(tag(i, name))));
        Optional<MonteCarlo.Result> mc = Optional.empty();
        MonteCarlo.Spec spec = null;
        if (o.draws() > 0 && model.monteCarlo().isEmpty()) {
            rep.error("MONTE_CARLO_SETTINGS_MISSING", "--draws needs a \"monte_carlo\" block in the model giving lifetime_cv,"
                    + " share_cv and intensity_cv (CAMBIUM does not guess uncertainties)", Location.none());
        } else if (o.draws() > 0) {
            MonteCarlo.Spec m = model.monteCarlo().get();
            spec = new MonteCarlo.Spec(o.draws(), o.seed() != null ? o.seed() : m.seed(), m.lifetimeCv(), m.shareCv(),
                    m.intensityCv(), m.percentiles());
        } else if (o.useModelMonteCarlo() && model.monteCarlo().isPresent()) {
            spec = model.monteCarlo().get();
        }
        if (spec != null) {
            MonteCarlo.Result r = MonteCarlo.run(base, spec);
            if (r.drawsWithErrors() > 0) {
                rep.warning("MONTE_CARLO_DRAW_ISSUES", r.drawsWithErrors() + " of " + spec.draws()
                        + " draws reported errors (e.g. a stock path needing negative inflow under perturbed lifetimes)", Location.none());
            }
            mc = Optional.of(r);
        }
        if ("wind-be".equals(base.name())) {
            windChecks(results.get("base"), rep);
        }
        return new Run(model, results, mc, rep.build());
    }

    /** The only recorded Belgian decommissioning (Wallonia 2020: 6 turbines, 8 MW) against the modelled onshore outflow. */
    static void windChecks(StockflowResult base, ValidationReport.Builder rep) {
        int[] years = base.years();
        int t = 2020 - years[0];
        if (t < 0 || t >= years.length) {
            return;
        }
        double wallonia = base.productOutflow().sum(Arrays.asList("onshore", "BE3", null))[t];
        double flanders = base.productOutflow().sum(Arrays.asList("onshore", "BE2", null))[t];
        rep.info("WIND_DECOMMISSIONING_CHECK", String.format(Locale.ROOT,
                "modelled onshore outflow in 2020: Wallonia (BE3) %.1f MW against the only recorded decommissioning,"
                        + " Wallonia 2020, 6 turbines / 8 MW (Le Soir 2021-01-27); Flanders (BE2) %.1f MW, no record in the sources",
                wallonia, flanders),
                Location.cell("location", "onshore", "region", "BE3", "year", "2020"));
    }

    private static Issue tag(Issue i, String scenario) {
        if (scenario.equals("base")) {
            return i;
        }
        return new Issue(i.severity(), i.code(), "[scenario " + scenario + "] " + i.message(), i.location());
    }

    /** Writes the run's tables into {@code dir} (the caller makes the folder atomic). */
    public void write(Run run, Path dir) throws IOException {
        StockflowCsvWriter.write(dir, run.results(), run.monteCarlo().orElse(null), run.report(), run.model().sources());
    }
}
