package be.cambium.app.service;

import be.cambium.criticality.BeIrRule;
import be.cambium.criticality.BeSourcingCalculator;
import be.cambium.criticality.BeSourcingInput;
import be.cambium.criticality.BeSourcingResult;
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
import be.cambium.criticality.ShareBasis;
import be.cambium.criticality.ShareScope;
import be.cambium.criticality.SourcingBasis;
import be.cambium.criticality.Stage;
import be.cambium.criticality.SourcingPartner;
import be.cambium.criticality.SourcingStage;
import be.cambium.criticality.StageResult;
import be.cambium.criticality.UncertaintyOptions;
import be.cambium.criticality.UncertaintyResult;
import be.cambium.io.comext.ComextStore;
import be.cambium.io.criticality.CriticalityPackage;
import be.cambium.io.criticality.CriticalityPackageReader;
import be.cambium.provenance.Provenance;
import be.cambium.provenance.Source;
import be.cambium.trade.TradeRow;
import be.cambium.validate.Issue;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Runs a criticality assessment on a data package (a folder, or the name of a bundled package such as
 * {@code eu-crm-2023}, {@code be-crm} or {@code eu-crm-2017}) and writes its tables. The CLI command and the dashboard call this.
 */
public final class CriticalityService {

    /**
     * What one run produced. {@code eu} is the EU result computed beside a Belgian run, for the comparison;
     * {@code sourcing} the Belgian sourcing derived from the workspace's Comext data ({@code --trade}), else null;
     * {@code tradeShares} the material stages ({@code material|stage}) whose Belgian shares come from that trade data
     * (the package had none for them).
     */
    public record Run(String packageName, CriticalityResult result, @Nullable CriticalityResult eu,
                      List<ScopeDifference> comparison, @Nullable UncertaintyResult uncertainty, ValidationReport report,
                      @Nullable BeSourcingResult sourcing, Set<String> tradeShares) {
        public Run {
            Objects.requireNonNull(packageName, "packageName");
            Objects.requireNonNull(result, "result");
            comparison = List.copyOf(comparison);
            Objects.requireNonNull(report, "report");
            tradeShares = Set.copyOf(tradeShares);
        }

        public Run(String packageName, CriticalityResult result, @Nullable CriticalityResult eu, List<ScopeDifference> comparison,
                   @Nullable UncertaintyResult uncertainty, ValidationReport report) {
            this(packageName, result, eu, comparison, uncertainty, report, null, Set.of());
        }

        /**
         * The {@code sourcing_basis} label of a stage: "BE trade" when the economy's own sourcing shares were derived from
         * the workspace's Comext data, else the engine's label ("package", "GS fallback", "not used (supply mode GS)", "missing").
         */
        public String sourcingLabel(String material, @Nullable Stage stage, @Nullable SourcingBasis basis) {
            if (basis == null) {
                return "";
            }
            return basis == SourcingBasis.OWN && fromTrade(material, stage) ? "BE trade" : basis.label();
        }

        /** True when the Belgian sourcing shares of this material and stage were derived from the workspace's Comext data. */
        public boolean fromTrade(String material, @Nullable Stage stage) {
            return stage != null && tradeShares.contains(material + "|" + stage);
        }

        /** The {@code sourcing_basis} label of a stage result. */
        public String sourcingLabel(StageResult s) {
            return sourcingLabel(s.material(), s.stage(), s.sourcingBasis());
        }

        /** The {@code sourcing_basis} label of a material (its bottleneck stage). */
        public String sourcingLabel(MaterialResult m) {
            return sourcingLabel(m.material(), m.bottleneck(), m.sourcingBasis());
        }
    }

    /**
     * Belgian sourcing from the Comext data of a workspace: the years {@code fromYear}..{@code toYear} (null = the
     * default window, {@link #defaultWindow}), shares by net mass or value.
     */
    public record TradeRequest(Path workspace, @Nullable Integer fromYear, @Nullable Integer toYear, ShareBasis basis) {
        public TradeRequest {
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(basis, "basis");
        }
    }

    /** A year window of a workspace's Comext data for the reporter BE, and the files (vintages) its rows come from. */
    public record TradeWindow(int fromYear, int toYear, List<ComextStore.Vintage> vintages) {
        public TradeWindow {
            vintages = List.copyOf(vintages);
        }
    }

    /** The reporter whose sourcing is derived. */
    static final String REPORTER = "BE";
    /** Length of the default window in years. */
    static final int DEFAULT_YEARS = 3;

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
        return run(inputs, scope, draws, seed, null, problems);
    }

    /**
     * As {@link #run(String, Scope, Integer, long, ValidationReport.Builder)}; with {@code trade} (scope BE only) the
     * Belgian sourcing shares and IR_BE are first derived from the workspace's Comext data with the package's
     * {@code material_cn} and {@code be_production} (package rows win). Returns null, with the reason in
     * {@code problems}, when the package cannot be read or the trade data give nothing for the window.
     */
    public @Nullable Run run(String inputs, Scope scope, @Nullable Integer draws, long seed, @Nullable TradeRequest trade,
                             ValidationReport.Builder problems) {
        return run(inputs, scope, draws, seed, trade, CriticalityOptions.defaults().beIrRule(), problems);
    }

    /**
     * As {@link #run(String, Scope, Integer, long, TradeRequest, ValidationReport.Builder)} with the Belgian rule for a
     * missing IR_BE ({@link BeIrRule#EU_IR}, the default: the EU IR of the stage as a flagged proxy; or
     * {@link BeIrRule#MISSING}: SR not computed).
     */
    public @Nullable Run run(String inputs, Scope scope, @Nullable Integer draws, long seed, @Nullable TradeRequest trade,
                             BeIrRule beIrRule, ValidationReport.Builder problems) {
        CriticalityOptions options = CriticalityOptions.defaults().withScope(scope).withBeIrRule(beIrRule);
        CriticalityPackage pkg = read(inputs, options);
        problems.addAll(pkg.report());
        CriticalityInput in = pkg.input();
        if (in == null) {
            return null;
        }
        ValidationReport.Builder extra = ValidationReport.builder();
        BeSourcingResult sourcing = null;
        CriticalityInput assessed = in;
        Set<String> tradeShares = new TreeSet<>();
        if (trade != null) {
            if (scope != Scope.BE) {
                problems.error("BE_TRADE_SCOPE", "--trade derives Belgian sourcing and needs --scope BE", Location.none());
                return null;
            }
            sourcing = sourcing(pkg, trade, problems);
            if (sourcing == null) {
                return null;
            }
            extra.addAll(sourcing.report());
            BeSourcingResult.Applied applied = BeSourcingCalculator.apply(in, sourcing);
            Set<String> packageBe = new TreeSet<>();
            in.shares().stream().filter(x -> x.scope() == ShareScope.BE).forEach(x -> packageBe.add(x.material() + "|" + x.stage()));
            sourcing.shares().forEach(x -> tradeShares.add(x.material() + "|" + x.stage()));
            tradeShares.removeAll(packageBe);
            extra.addAll(applied.report());
            assessed = applied.input();
        }
        CriticalityResult result = CriticalityCalculator.compute(assessed);
        CriticalityResult eu = null;
        List<ScopeDifference> cmp = List.of();
        if (scope == Scope.BE) {
            eu = CriticalityCalculator.compute(in.withOptions(options.withScope(Scope.EU)));
            cmp = ScopeComparison.compare(eu, result);
        }
        UncertaintyResult u = draws == null ? null : CriticalityUncertainty.compute(assessed, UncertaintyOptions.of(draws, seed));
        ValidationReport x = extra.build();
        ValidationReport all = pkg.report().merge(x).merge(result.report());
        problems.addAll(x);
        problems.addAll(result.report());
        return new Run(pkg.name(), result, eu, cmp, u, all, sourcing, tradeShares);
    }

    /**
     * The default window of a workspace's Comext data: the {@value #DEFAULT_YEARS} years up to the latest year with all
     * twelve months of reporter BE (the latest year with any month when none is complete). Null when the workspace has
     * no store or no BE month; nothing is created then.
     */
    public @Nullable TradeWindow defaultWindow(Path workspace) throws IOException {
        Path db = be.cambium.io.store.Workspace.at(workspace).duckdb();
        if (!Files.isRegularFile(db)) {
            return null;
        }
        try (ComextStore store = ComextStore.open(db)) {
            SortedSet<YearMonth> months = store.months(REPORTER, 1900, 2999);
            if (months.isEmpty()) {
                return null;
            }
            Map<Integer, Integer> perYear = new TreeMap<>();
            months.forEach(m -> perYear.merge(m.getYear(), 1, Integer::sum));
            int end = months.last().getYear();
            for (Map.Entry<Integer, Integer> e : perYear.entrySet()) {
                if (e.getValue() == 12) {
                    end = e.getKey();
                }
            }
            return new TradeWindow(end - DEFAULT_YEARS + 1, end, store.vintages());
        } catch (SQLException e) {
            throw new IOException("workspace store " + db + ": " + e.getMessage(), e);
        }
    }

    /** Reads the trade rows of the package's CN codes from the workspace store and derives the Belgian sourcing. */
    private @Nullable BeSourcingResult sourcing(CriticalityPackage pkg, TradeRequest trade, ValidationReport.Builder problems) {
        Location ws = Location.file(trade.workspace().toString());
        if (pkg.materialCodes().isEmpty()) {
            problems.error("BE_TRADE_NO_MAPPING", "package '" + pkg.name() + "' has no resource material_cn (CN8 codes of the "
                    + "materials); Belgian sourcing cannot be derived from trade", Location.none());
            return null;
        }
        Path db = be.cambium.io.store.Workspace.at(trade.workspace()).duckdb();
        if (!Files.isRegularFile(db)) {
            problems.error("BE_TRADE_NO_DATA", "no Comext store in the workspace (" + db + "); fetch and import Comext files with "
                    + "`cambium data fetch comext 202101-202312 --import --reporter BE --workspace " + trade.workspace() + "` (or "
                    + "`cambium data import comext FILE... --reporter BE` for files you downloaded)", ws);
            return null;
        }
        try {
            int from;
            int to;
            if (trade.fromYear() != null && trade.toYear() != null) {
                from = trade.fromYear();
                to = trade.toYear();
            } else {
                TradeWindow w = defaultWindow(trade.workspace());
                if (w == null) {
                    problems.error("BE_TRADE_NO_DATA", "the Comext store of the workspace " + trade.workspace() + " holds no "
                            + "month of reporter " + REPORTER + "; import files with `cambium data import comext FILE... "
                            + "--reporter BE`", ws);
                    return null;
                }
                from = w.fromYear();
                to = w.toYear();
            }
            List<TradeRow> rows;
            SortedSet<YearMonth> months;
            List<ComextStore.Vintage> vintages;
            try (ComextStore store = ComextStore.open(db)) {
                Set<String> codes = new TreeSet<>();
                pkg.materialCodes().forEach(c -> codes.add(c.cn8()));
                rows = store.rows(REPORTER, codes, from, to);
                months = store.months(REPORTER, from, to);
                vintages = store.vintages();
            }
            if (!months.isEmpty() && rows.isEmpty()) {
                problems.error("BE_TRADE_NO_ROWS", "the Comext store holds " + months.size() + " month(s) of reporter " + REPORTER
                        + " in " + from + "-" + to + " but no row for any CN code of material_cn; were the files filtered to "
                        + "other products? Belgian sourcing is not derived (no imports is not assumed)", ws);
                return null;
            }
            Set<String> used = new TreeSet<>();
            rows.forEach(r -> used.add(r.vintage()));
            Provenance prov = Provenance.empty().withStep("Comext store " + db + ": " + rows.size() + " rows of reporter "
                    + REPORTER + " for the material_cn codes, " + months.size() + " months in " + from + "-" + to);
            for (ComextStore.Vintage v : vintages) {
                if (used.contains(v.label())) {
                    prov = prov.withSource(comextSource(v));
                }
            }
            for (Source s : pkg.tradeSources()) { // the CN8 mapping and Belgian production rows used here
                prov = prov.withSource(s);
            }
            BeSourcingInput bin = new BeSourcingInput(rows, months, pkg.materialCodes(), pkg.production(),
                    Objects.requireNonNull(pkg.input()).shares(), from, to, REPORTER, trade.basis(), Set.of(),
                    CriticalityOptions.defaults().intraEuT(), prov);
            BeSourcingResult r = BeSourcingCalculator.compute(bin);
            if (r.report().hasErrors()) {
                problems.addAll(r.report());
                return null;
            }
            return r;
        } catch (SQLException | IOException e) {
            problems.error("BE_TRADE_STORE", "workspace store " + db + ": " + e.getMessage(), ws);
            return null;
        }
    }

    /** The citation of one imported Comext file. */
    static Source comextSource(ComextStore.Vintage v) {
        return Source.of("comext-" + v.id(), "Eurostat, international trade in goods - detailed data (Comext DS-045409), "
                        + "bulk file " + v.fileName() + " (sha256 " + v.sha256() + "), imported into the workspace as vintage " + v.id(),
                "https://ec.europa.eu/eurostat/databrowser/bulk?lang=en&selectedTab=fileComext", v.label())
                .withRetrieved(LocalDate.ofInstant(v.importedAt(), ZoneOffset.UTC));
    }

    /** Writes results.csv, stages.csv, contributions.csv, ei_contributions.csv, crma.csv, sources.csv, issues.csv, and
     * comparison.csv (BE), uncertainty.csv and sensitivity.csv (with draws) into {@code dir}. */
    public void write(Run run, Path dir) throws IOException {
        CriticalityResult r = run.result();
        try (Csv c = new Csv(dir.resolve("results.csv"), "material", "scope", "sr", "ei", "critical", "bottleneck_stage", "sr_e", "sr_p",
                "hhi_gs", "hhi_sourcing", "ir", "eol_rir", "si_sr", "si_ei", "supply_mode", "is_group", "ei_unsubstituted",
                "unallocated_share", "flags", "ir_basis", "sourcing_basis", "eu_inputs", "ei_be_eu_scale")) {
            for (MaterialResult m : r.materials()) {
                c.row(m.material(), m.scope(), m.sr(), m.ei(), m.verdict().csv(), m.bottleneck() == null ? "" : m.bottleneck(), m.srE(),
                        m.srP(), m.hhiGs(), m.hhiSourcing(), m.ir(), m.eolRir(), m.siSr(), m.siEi(),
                        m.mode() == null ? "" : m.mode().code(), m.group(), m.eiUnsubstituted(), m.unallocatedShare(),
                        String.join("; ", m.flags()), m.irBasis() == null ? "" : m.irBasis().label(m.scope()), run.sourcingLabel(m),
                        m.euInputs(), m.eiBeEuScale());
            }
        }
        try (Csv c = new Csv(dir.resolve("stages.csv"), "material", "stage", "scope", "hhi_gs", "hhi_sourcing", "ir_input", "ir", "eol_rir",
                "si_sr", "supply_mode", "sr", "note", "ir_basis", "sourcing_basis", "eu_inputs")) {
            for (StageResult s : r.stages()) {
                c.row(s.material(), s.stage(), s.scope(), s.hhiGs(), s.hhiSourcing(), s.irInput(), s.ir(), s.eolRir(), s.siSr(),
                        s.modeUsed() == null ? "" : s.modeUsed().code(), s.sr(), s.note(), s.irBasis().label(s.scope()),
                        run.sourcingLabel(s), s.euInputs());
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
                    "critical_be", "sr_drivers", "ei_drivers", "ir_basis_be", "sourcing_basis_be")) {
                for (ScopeDifference d : run.comparison()) {
                    MaterialResult b = r.material(d.material()).orElse(null);
                    c.row(d.material(), d.srEu(), d.srBe(), d.eiEu(), d.eiBe(), d.verdictEu().csv(), d.verdictBe().csv(), d.srDrivers(),
                            d.eiDrivers(), b == null || b.irBasis() == null ? "" : b.irBasis().label(b.scope()),
                            b == null ? "" : run.sourcingLabel(b));
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
        BeSourcingResult b = run.sourcing();
        if (b != null) {
            try (Csv c = new Csv(dir.resolve("be_sourcing.csv"), "material", "stage", "partner", "trade_type", "quantity_kg",
                    "value_eur", "share", "t", "t_source", "in_shares", "periods", "source")) {
                for (SourcingPartner p : b.partners()) {
                    c.row(p.material(), p.stage(), p.partner(), p.tradeType(), p.quantityKg(), p.valueEur(), p.share(), p.t(),
                            p.tSource(), p.observed(), p.periods(), p.source());
                }
            }
            try (Csv c = new Csv(dir.resolve("be_ir.csv"), "material", "stage", "years", "production_kg", "imports_kg", "exports_kg",
                    "imports_eur", "exports_eur", "ir_be", "intra_eu_share", "not_observed_share", "ir_inputs_complete",
                    "has_shares", "note")) {
                for (SourcingStage st : b.stages()) {
                    c.row(st.material(), st.stage(), st.years(), st.productionKg(), st.importsKg(),
                            st.exportsKg(), st.importsEur(), st.exportsEur(), st.irBe(), st.intraEuShare(), st.notObservedShare(),
                            st.irInputsComplete(), st.hasShares(), st.note());
                }
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
