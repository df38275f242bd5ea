package be.cambium.app.service;

import be.cambium.criticality.Contribution;
import be.cambium.criticality.CriticalityCalculator;
import be.cambium.criticality.CriticalityInput;
import be.cambium.criticality.CriticalityOptions;
import be.cambium.criticality.CriticalityResult;
import be.cambium.criticality.CriticalityUncertainty;
import be.cambium.criticality.CrmaBenchmark;
import be.cambium.criticality.EiContribution;
import be.cambium.criticality.MaterialResult;
import be.cambium.criticality.MaterialUncertainty;
import be.cambium.criticality.Scope;
import be.cambium.criticality.ScopeComparison;
import be.cambium.criticality.ScopeDifference;
import be.cambium.criticality.Sensitivity;
import be.cambium.criticality.StageResult;
import be.cambium.criticality.UncertaintyOptions;
import be.cambium.criticality.UncertaintyResult;
import be.cambium.io.criticality.CriticalityPackage;
import be.cambium.io.criticality.CriticalityPackageReader;
import be.cambium.provenance.Source;
import be.cambium.validate.Issue;
import be.cambium.validate.ValidationReport;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Runs a criticality assessment on a data package (a folder, or the name of a bundled package such as
 * {@code eu-crm-2023}, {@code be-crm} or {@code eu-crm-2017}) and writes its tables. The CLI command and the dashboard call this.
 */
public final class CriticalityService {

    /** What one run produced. {@code eu} is the EU result computed beside a Belgian run, for the comparison. */
    public record Run(String packageName, CriticalityResult result, @Nullable CriticalityResult eu,
                      List<ScopeDifference> comparison, @Nullable UncertaintyResult uncertainty, ValidationReport report) {
        public Run {
            Objects.requireNonNull(packageName, "packageName");
            Objects.requireNonNull(result, "result");
            comparison = List.copyOf(comparison);
            Objects.requireNonNull(report, "report");
        }
    }

    /** Names of the bundled criticality packages. */
    public static final List<String> BUNDLED = List.of("eu-crm-2023", "be-crm", "eu-crm-2017");

    private final CriticalityPackageReader reader = new CriticalityPackageReader();

    /** Reads a package folder, or a bundled package when {@code inputs} is one of {@link #BUNDLED} and no such folder exists. */
    public CriticalityPackage read(String inputs, CriticalityOptions options) {
        Path p = Path.of(inputs);
        if (!Files.isDirectory(p) && BUNDLED.contains(inputs)) {
            return reader.readClasspath(CriticalityService.class.getClassLoader(), "data/" + inputs, options);
        }
        return reader.read(p, options);
    }

    /**
     * Reads the package and runs the assessment for {@code scope}; for BE also the EU run on the same package and
     * the side-by-side comparison; with {@code draws} the Monte Carlo. Returns null when the package could not be read
     * at all ({@code problems} then holds why).
     */
    public @Nullable Run run(String inputs, Scope scope, @Nullable Integer draws, long seed, ValidationReport.Builder problems) {
        CriticalityOptions options = CriticalityOptions.defaults().withScope(scope);
        CriticalityPackage pkg = read(inputs, options);
        problems.addAll(pkg.report());
        CriticalityInput in = pkg.input();
        if (in == null) {
            return null;
        }
        CriticalityResult result = CriticalityCalculator.compute(in);
        CriticalityResult eu = null;
        List<ScopeDifference> cmp = List.of();
        if (scope == Scope.BE) {
            eu = CriticalityCalculator.compute(in.withOptions(options.withScope(Scope.EU)));
            cmp = ScopeComparison.compare(eu, result);
        }
        UncertaintyResult u = draws == null ? null : CriticalityUncertainty.compute(in, UncertaintyOptions.of(draws, seed));
        ValidationReport all = pkg.report().merge(result.report());
        problems.addAll(result.report());
        return new Run(pkg.name(), result, eu, cmp, u, all);
    }

    /** Writes results.csv, stages.csv, contributions.csv, ei_contributions.csv, crma.csv, sources.csv, issues.csv, and
     * comparison.csv (BE), uncertainty.csv and sensitivity.csv (with draws) into {@code dir}. */
    public void write(Run run, Path dir) throws IOException {
        CriticalityResult r = run.result();
        try (Csv c = new Csv(dir.resolve("results.csv"), "material", "scope", "sr", "ei", "critical", "bottleneck_stage", "sr_e", "sr_p",
                "hhi_gs", "hhi_sourcing", "ir", "eol_rir", "si_sr", "si_ei", "supply_mode", "is_group", "ei_unsubstituted",
                "unallocated_share", "flags")) {
            for (MaterialResult m : r.materials()) {
                c.row(m.material(), m.scope(), m.sr(), m.ei(), m.verdict().csv(), m.bottleneck() == null ? "" : m.bottleneck(), m.srE(),
                        m.srP(), m.hhiGs(), m.hhiSourcing(), m.ir(), m.eolRir(), m.siSr(), m.siEi(),
                        m.mode() == null ? "" : m.mode().code(), m.group(), m.eiUnsubstituted(), m.unallocatedShare(),
                        String.join("; ", m.flags()));
            }
        }
        try (Csv c = new Csv(dir.resolve("stages.csv"), "material", "stage", "scope", "hhi_gs", "hhi_sourcing", "ir_input", "ir", "eol_rir",
                "si_sr", "supply_mode", "sr", "note")) {
            for (StageResult s : r.stages()) {
                c.row(s.material(), s.stage(), s.scope(), s.hhiGs(), s.hhiSourcing(), s.irInput(), s.ir(), s.eolRir(), s.siSr(),
                        s.modeUsed() == null ? "" : s.modeUsed().code(), s.sr(), s.note());
            }
        }
        try (Csv c = new Csv(dir.resolve("contributions.csv"), "material", "stage", "scope", "share_scope", "country", "share",
                "wgi_scaled", "t", "contribution", "censored", "wgi_defaulted")) {
            for (Contribution x : r.contributions()) {
                c.row(x.material(), x.stage(), r.scope(), x.shareScope(), x.country(), x.share(), x.wgi(), x.t(), x.contribution(),
                        x.censored(), x.wgiDefaulted());
            }
        }
        try (Csv c = new Csv(dir.resolve("ei_contributions.csv"), "material", "scope", "application", "nace", "share", "value_added",
                "contribution", "allocated")) {
            for (EiContribution x : r.eiContributions()) {
                c.row(x.material(), x.scope(), x.application(), x.nace(), x.share(), x.valueAdded(), x.contribution(), x.allocated());
            }
        }
        try (Csv c = new Csv(dir.resolve("crma.csv"), "material", "stage", "largest_third_country", "largest_third_country_share",
                "exceeds_65pct", "eu_share", "eu_share_benchmark", "meets_eu_share", "recycling_share", "meets_recycling")) {
            for (CrmaBenchmark b : r.benchmarks()) {
                c.row(b.material(), b.stage(), b.largestThirdCountry(), b.largestThirdCountryShare(), b.exceedsThirdCountryLimit(),
                        b.euShare(), b.euShareBenchmark(), b.meetsEuShare(), b.recyclingShare(),
                        Double.isNaN(b.recyclingShare()) ? "" : Boolean.toString(b.meetsRecycling()));
            }
        }
        if (run.eu() != null) {
            try (Csv c = new Csv(dir.resolve("comparison.csv"), "material", "sr_eu", "sr_be", "ei_eu", "ei_be", "critical_eu",
                    "critical_be", "sr_drivers", "ei_drivers")) {
                for (ScopeDifference d : run.comparison()) {
                    c.row(d.material(), d.srEu(), d.srBe(), d.eiEu(), d.eiBe(), d.verdictEu().csv(), d.verdictBe().csv(), d.srDrivers(),
                            d.eiDrivers());
                }
            }
        }
        UncertaintyResult u = run.uncertainty();
        if (u != null) {
            try (Csv c = new Csv(dir.resolve("uncertainty.csv"), "material", "scope", "draws", "seed", "p_critical", "sr_p05", "sr_p50",
                    "sr_p95", "ei_p05", "ei_p50", "ei_p95")) {
                for (MaterialUncertainty m : u.materials()) {
                    c.row(m.material(), m.scope(), m.draws(), u.options().seed(), m.pCritical(), m.srP05(), m.srP50(), m.srP95(),
                            m.eiP05(), m.eiP50(), m.eiP95());
                }
            }
            try (Csv c = new Csv(dir.resolve("sensitivity.csv"), "material", "scope", "input", "low", "high", "sr_low", "sr_high",
                    "swing", "rank")) {
                for (Sensitivity s : u.sensitivity()) {
                    c.row(s.material(), s.scope(), s.input(), s.low(), s.high(), s.srLow(), s.srHigh(), s.swing(), s.rank());
                }
            }
        }
        try (Csv c = new Csv(dir.resolve("sources.csv"), "id", "title", "url", "dataset_code", "vintage", "retrieved")) {
            for (Source s : r.provenance().sources()) {
                c.row(s.id(), s.title(), s.url() == null ? "" : s.url(), s.datasetCode(), s.vintage(),
                        s.retrieved() == null ? "" : s.retrieved());
            }
        }
        try (Csv c = new Csv(dir.resolve("parameters.csv"), "name", "value")) {
            for (var e : r.provenance().parameters().entrySet()) {
                c.row(e.getKey(), e.getValue());
            }
            for (String step : r.provenance().steps()) {
                c.row("step", step);
            }
        }
        writeIssues(run.report(), dir.resolve("issues.csv"));
    }

    /** issues.csv: severity, code, message, file, line, column, cell. */
    public static void writeIssues(ValidationReport report, Path file) throws IOException {
        try (Csv c = new Csv(file, "severity", "code", "message", "file", "line", "column", "cell")) {
            for (Issue i : report.issues()) {
                var l = i.location();
                List<String> cell = new ArrayList<>();
                l.cell().forEach((k, v) -> cell.add(k + "=" + v));
                c.row(i.severity().name(), i.code(), i.message(), l.file() == null ? "" : l.file(), l.line() == 0 ? "" : l.line(),
                        l.column() == 0 ? "" : l.column(), String.join(", ", cell));
            }
        }
    }

    /** A small RFC 4180 writer: UTF-8, LF, quotes where needed, NaN as an empty cell, numbers in plain notation. */
    static final class Csv implements AutoCloseable {
        private final Writer w;

        Csv(Path file, String... header) throws IOException {
            w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            row((Object[]) header);
        }

        void row(Object... cells) throws IOException {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(cell(cells[i]));
            }
            w.write(sb.append('\n').toString());
        }

        static String cell(@Nullable Object o) {
            String s;
            if (o == null) {
                s = "";
            } else if (o instanceof Double d) {
                s = d.isNaN() || d.isInfinite() ? "" : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            } else {
                s = o.toString();
            }
            return be.cambium.report.render.CsvTableWriter.quote(s);
        }

        @Override
        public void close() throws IOException {
            w.close();
        }
    }
}
