package be.cambium.app.service;

import be.cambium.accounts.AccountsCalculator;
import be.cambium.accounts.AccountsInput;
import be.cambium.accounts.AccountsResult;
import be.cambium.accounts.IndicatorValue;
import be.cambium.accounts.MaterialHierarchy;
import be.cambium.accounts.Observation;
import be.cambium.classification.Classifications;
import be.cambium.io.eurostat.EurostatClient;
import be.cambium.io.eurostat.EurostatObservations;
import be.cambium.io.eurostat.EurostatReadResult;
import be.cambium.io.eurostat.EurostatReader;
import be.cambium.io.http.FetchException;
import be.cambium.io.pkg.DataPackage;
import be.cambium.io.pkg.DataPackageReader;
import be.cambium.io.pkg.ReadResult;
import be.cambium.io.pkg.Table;
import be.cambium.provenance.Source;
import be.cambium.unit.Unit;
import be.cambium.validate.Issue;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The material accounts for the CLI and the dashboard: reads Eurostat files (TSV, SDMX-CSV, JSON-stat) and data
 * packages with an {@code observations} table, keeps one geo and a year range, runs the accounts engine and
 * writes {@code indicators.csv}, {@code issues.csv} and {@code sources.csv}.
 */
public final class AccountsService {

    /** The bundled Belgian package. */
    public static final String BUNDLED = "be-mfa";

    /**
     * What to compute.
     *
     * @param data     files or package folders; empty means the package {@value #BUNDLED} of {@code packages}
     * @param packages the bundled packages, with a user's {@value #BUNDLED} in place of the bundled one where given
     */
    public record Request(List<Path> data, String geo, @Nullable Integer from, @Nullable Integer to, Path workspace, PackageSet packages) {
        public Request {
            data = List.copyOf(data);
            Objects.requireNonNull(geo, "geo");
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(packages, "packages");
        }

        public Request(List<Path> data, String geo, @Nullable Integer from, @Nullable Integer to, Path workspace) {
            this(data, geo, from, to, workspace, PackageSet.bundled());
        }

        public Request(List<Path> data, String geo, @Nullable Integer from, @Nullable Integer to) {
            this(data, geo, from, to, be.cambium.io.store.Workspace.defaultRoot());
        }
    }

    /**
     * The result.
     *
     * @param inputReport problems found while reading the inputs (an error there means the inputs are invalid)
     * @param result      the engine's values, checks and provenance
     */
    public record Outcome(ValidationReport inputReport, AccountsResult result, List<String> inputs) {
        public Outcome {
            inputs = List.copyOf(inputs);
        }

        /** Input problems first, then the engine's checks. */
        public ValidationReport allIssues() {
            return inputReport.merge(result.report());
        }
    }

    public Outcome run(Request req) {
        ValidationReport.Builder issues = ValidationReport.builder();
        List<Observation> obs = new ArrayList<>();
        Map<String, Source> sources = new LinkedHashMap<>();
        List<String> inputs = new ArrayList<>();
        if (req.data().isEmpty()) {
            Optional<Path> user = req.packages().override(BUNDLED);
            inputs.add(user.map(Path::toString).orElse("bundled:" + BUNDLED));
            addPackage(req.packages().read(BUNDLED), user.map(Path::toString).orElse("data/" + BUNDLED), obs, sources, issues);
        }
        for (Path given : req.data()) {
            inputs.add(given.toString());
            Path p = given;
            if (given.toString().startsWith("eurostat:")) {
                String code = given.toString().substring("eurostat:".length());
                try {
                    Optional<EurostatClient.Vintage> v = EurostatClient.latest(req.workspace(), code);
                    if (v.isEmpty()) {
                        issues.error("ACCOUNTS_INPUT", "no stored vintage of " + code + " in " + req.workspace()
                                + "; run: cambium data fetch eurostat " + code, Location.file(given.toString()));
                        continue;
                    }
                    p = v.get().file();
                } catch (FetchException e) {
                    issues.error("ACCOUNTS_INPUT", e.getMessage(), Location.file(given.toString()));
                    continue;
                }
            }
            if (Files.isDirectory(p)) {
                addPackage(new DataPackageReader().read(p), p.toString(), obs, sources, issues);
            } else if (!Files.isRegularFile(p)) {
                issues.error("ACCOUNTS_INPUT", "no such file or folder", Location.file(p.toString()));
            } else {
                addEurostat(p, req.geo(), obs, sources, issues);
            }
        }
        List<Observation> kept = obs.stream().filter(o -> o.geo().equals(req.geo())
                && (req.from() == null || o.year() >= req.from()) && (req.to() == null || o.year() <= req.to())).toList();
        MaterialHierarchy tree = MaterialHierarchy.of(Classifications.standard().materials());
        AccountsResult r = AccountsCalculator.compute(AccountsInput.of(kept, tree, List.copyOf(sources.values())));
        return new Outcome(issues.build(), r, inputs);
    }

    private static void addEurostat(Path p, String geo, List<Observation> obs, Map<String, Source> sources, ValidationReport.Builder issues) {
        EurostatReader reader;
        try {
            reader = EurostatReader.forFile(p, null);
        } catch (IllegalArgumentException e) {
            issues.error("ACCOUNTS_INPUT", e.getMessage(), Location.file(p.toString()));
            return;
        }
        EurostatReadResult rr;
        try {
            rr = reader.read(p);
        } catch (IOException e) {
            issues.error("ACCOUNTS_INPUT", "cannot read: " + e.getMessage(), Location.file(p.toString()));
            return;
        }
        issues.addAll(rr.report());
        if (rr.dataset() == null) {
            return;
        }
        EurostatObservations.Mapped m = EurostatObservations.map(rr.dataset(), p.toString(), java.util.Set.of(geo));
        issues.addAll(m.report());
        obs.addAll(m.observations());
        sources.putIfAbsent(m.source().id(), m.source());
    }

    /**
     * Reads the {@code observations} table. Vintages are kept apart: for each series (geo, indicator, material, unit)
     * only the rows of its newest vintage are used, so a series never mixes releases; every row of an older vintage
     * is noted as an {@code MFA_VINTAGE} info issue with the value the newest vintage gives for that cell.
     */
    private static void addPackage(ReadResult rr, String where, List<Observation> obs, Map<String, Source> sources,
                                   ValidationReport.Builder issues) {
        issues.addAll(rr.report());
        DataPackage pkg = rr.dataPackage();
        if (pkg == null || !rr.isValid()) {
            return;
        }
        pkg.sources().forEach(s -> sources.putIfAbsent(s.id(), s));
        Table t = pkg.table("observations").orElse(null);
        if (t == null) {
            issues.error("ACCOUNTS_INPUT", "the package has no 'observations' resource", Location.file(where));
            return;
        }
        String file = where + "/" + pkg.descriptor().resource("observations").map(r -> r.path()).orElse("observations.csv");
        Map<List<Object>, String> newest = new LinkedHashMap<>();
        for (int i = 0; i < t.rowCount(); i++) {
            newest.merge(seriesKey(t, i), t.string(i, "vintage"), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        Map<List<Object>, Integer> used = new LinkedHashMap<>();
        for (int i = 0; i < t.rowCount(); i++) {
            if (t.string(i, "vintage").equals(newest.get(seriesKey(t, i)))) {
                try {
                    obs.add(observation(t, i, file));
                    used.put(cellKey(t, i), i);
                } catch (IllegalArgumentException e) {
                    issues.error("ACCOUNTS_INPUT", e.getMessage(), Location.line(file, t.line(i)));
                }
            }
        }
        for (int i = 0; i < t.rowCount(); i++) {
            String v = t.string(i, "vintage");
            String latest = newest.get(seriesKey(t, i));
            if (v.equals(latest)) {
                continue;
            }
            Integer n = used.get(cellKey(t, i));
            BigDecimal old = t.number(i, "value");
            BigDecimal now = n == null ? null : t.number(n, "value");
            String msg = "vintage " + v + " gave " + (old == null ? "missing" : old.toPlainString()) + "; the series uses vintage " + latest
                    + (n == null ? ", which has no value for this year" : ", which gives " + (now == null ? "missing" : now.toPlainString()));
            issues.info("MFA_VINTAGE", msg, Location.line(file, t.line(i)).withCell(Location.cell("geo", t.string(i, "geo"),
                    "year", String.valueOf(t.value(i, "year")), "indicator", t.string(i, "indicator"), "material", t.string(i, "material")).cell()));
        }
    }

    /**
     * One row of the bundled package as published, with its vintage.
     *
     * @param value    the value as published (its scale is the published number of decimals); null when missing
     * @param newest   whether the row belongs to the newest vintage of its series (the rows {@link #run} uses)
     */
    public record PublishedRow(String geo, int year, String indicator, String material, @Nullable BigDecimal value, String unit,
                               String flags, String vintage, String source, boolean newest) {
        public PublishedRow {
            Objects.requireNonNull(geo, "geo");
            Objects.requireNonNull(vintage, "vintage");
        }

        /** The value as a double, NaN when missing. */
        public double number() {
            return value == null ? Double.NaN : value.doubleValue();
        }
    }

    /** The sources the package {@value #BUNDLED} describes (of every vintage, not only those the newest rows cite). */
    public List<Source> bundledSources(PackageSet packages) {
        DataPackage pkg = packages.read(BUNDLED).dataPackage();
        return pkg == null ? List.of() : List.copyOf(pkg.sources());
    }

    /**
     * Every row of the bundled package with its vintage and source, in file order (all vintages, not only the
     * newest one the accounts use), or an empty list when the package does not read cleanly.
     */
    public List<PublishedRow> bundledRows(PackageSet packages) {
        ReadResult rr = packages.read(BUNDLED);
        DataPackage pkg = rr.dataPackage();
        if (pkg == null || !rr.isValid()) {
            return List.of();
        }
        Table t = pkg.table("observations").orElse(null);
        if (t == null) {
            return List.of();
        }
        Map<List<Object>, String> newest = new LinkedHashMap<>();
        for (int i = 0; i < t.rowCount(); i++) {
            newest.merge(seriesKey(t, i), t.string(i, "vintage"), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        List<PublishedRow> rows = new ArrayList<>(t.rowCount());
        for (int i = 0; i < t.rowCount(); i++) {
            String flags = t.string(i, "flags");
            String vintage = Objects.requireNonNull(t.string(i, "vintage"));
            rows.add(new PublishedRow(Objects.requireNonNull(t.string(i, "geo")), ((Number) Objects.requireNonNull(t.value(i, "year"))).intValue(),
                    Objects.requireNonNull(t.string(i, "indicator")), Objects.requireNonNull(t.string(i, "material")), t.number(i, "value"),
                    Objects.requireNonNull(t.string(i, "unit")), flags == null ? "" : flags, vintage,
                    Objects.requireNonNull(t.string(i, "source")), vintage.equals(newest.get(seriesKey(t, i)))));
        }
        return List.copyOf(rows);
    }

    private static List<Object> seriesKey(Table t, int i) {
        return List.of(t.string(i, "geo"), t.string(i, "indicator"), t.string(i, "material"), t.string(i, "unit"));
    }

    private static List<Object> cellKey(Table t, int i) {
        return List.of(t.string(i, "geo"), t.value(i, "year"), t.string(i, "indicator"), t.string(i, "material"), t.string(i, "unit"));
    }

    private static Observation observation(Table t, int i, String file) {
        BigDecimal v = t.number(i, "value");
        String flags = t.string(i, "flags");
        Object year = t.value(i, "year");
        return new Observation(t.string(i, "geo"), ((Number) Objects.requireNonNull(year)).intValue(), t.string(i, "indicator"),
                t.string(i, "material"), v == null ? Double.NaN : v.doubleValue(), Unit.parse(t.string(i, "unit")),
                flags == null ? "" : flags, v == null ? -1 : Math.max(0, v.scale()), Objects.requireNonNull(t.string(i, "source")),
                Location.line(file, t.line(i)));
    }

    // ---- output ----

    /**
     * Writes {@code indicators.csv}, {@code issues.csv} and {@code sources.csv} into {@code out}: into a temporary
     * folder beside it first, then moved into place, so an interrupted run leaves no half result.
     */
    public static void write(Outcome o, Path out) {
        try {
            be.cambium.report.render.OutputFolder.write(out, java.util.List.of(), tmp -> {
                writeIndicators(o.result().values(), tmp.resolve("indicators.csv"));
                writeIssues(o.allIssues(), tmp.resolve("issues.csv"));
                writeSources(o.result().provenance().sources(), tmp.resolve("sources.csv"));
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the results to " + out + ": " + e.getMessage(), e);
        }
    }

    static void writeIndicators(List<IndicatorValue> values, Path f) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("geo,year,indicator,material,value,unit,flags,origin,sources\n");
            for (IndicatorValue v : values) {
                w.write(String.join(",", csv(v.geo()), Integer.toString(v.year()), csv(v.indicator()), csv(v.material()),
                        number(v.value()), csv(v.unit().toString()), csv(v.flags()), v.origin().code(), csv(String.join(" ", v.sources()))));
                w.write('\n');
            }
        }
    }

    static void writeIssues(ValidationReport r, Path f) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("severity,code,message,location\n");
            for (Issue i : r.issues()) {
                w.write(String.join(",", i.severity().name().toLowerCase(java.util.Locale.ROOT), i.code(), csv(i.message()),
                        csv(i.location().toString())));
                w.write('\n');
            }
        }
    }

    static void writeSources(List<Source> sources, Path f) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("id,title,url,dataset,vintage,retrieved\n");
            for (Source s : sources) {
                w.write(String.join(",", csv(s.id()), csv(s.title()), csv(s.url() == null ? "" : s.url().toString()), csv(s.datasetCode()),
                        csv(s.vintage()), s.retrieved() == null ? "" : s.retrieved().toString()));
                w.write('\n');
            }
        }
    }

    /** Full precision, no exponent; empty for missing. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    static String csv(String s) {
        return be.cambium.report.render.CsvTableWriter.quote(s);
    }
}
