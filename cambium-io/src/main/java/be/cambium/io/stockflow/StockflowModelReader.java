package be.cambium.io.stockflow;

import be.cambium.provenance.Provenance;
import be.cambium.provenance.Source;
import be.cambium.stockflow.CohortDriver;
import be.cambium.stockflow.Composition;
import be.cambium.stockflow.EolRoute;
import be.cambium.stockflow.Lifetime;
import be.cambium.stockflow.MonteCarlo;
import be.cambium.stockflow.NegativeInflowPolicy;
import be.cambium.stockflow.Scenario;
import be.cambium.stockflow.Segment;
import be.cambium.stockflow.StockflowInput;
import be.cambium.stockflow.Timing;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a stock-flow model file (JSON, or YAML for {@code .yaml}/{@code .yml}) and the CSV files it
 * names (paths relative to the model file). Every problem becomes an {@link be.cambium.validate.Issue}
 * with the file and the JSON path or CSV line; the model is built only when there is no error.
 * The format is described in {@code docs/methods/stockflow.md}.
 */
public final class StockflowModelReader {

    /** Reads a file named relative to the model (text of a CSV, or throws NoSuchFileException). */
    @FunctionalInterface
    public interface Resolver {
        String read(String relativePath) throws IOException;
    }

    private final String file;
    private final Resolver resolver;
    private final ValidationReport.Builder rep = ValidationReport.builder();
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Set<String> usedSources = new LinkedHashSet<>();
    private int[] years = new int[0];

    private StockflowModelReader(String file, Resolver resolver) {
        this.file = file;
        this.resolver = resolver;
    }

    /** Reads a model file from disk; CSV paths are resolved against its folder. */
    public static StockflowModel read(Path path) {
        Path dir = path.toAbsolutePath().getParent();
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return failed(path.toString(), "cannot read the model file: " + e.getMessage());
        }
        return read(text, path.toString(), rel -> Files.readString(dir.resolve(rel), StandardCharsets.UTF_8));
    }

    /** Reads a model from its text; {@code fileName} names it in messages and picks YAML for .yaml/.yml. */
    public static StockflowModel read(String text, String fileName, Resolver resolver) {
        return new StockflowModelReader(fileName, resolver).parse(text);
    }

    private static StockflowModel failed(String file, String msg) {
        return new StockflowModel(Optional.empty(), List.of(), Optional.empty(), List.of(),
                ValidationReport.builder().error("MODEL_FILE", msg, Location.file(file)).build());
    }

    private StockflowModel parse(String text) {
        String lower = file.toLowerCase(Locale.ROOT);
        ObjectMapper mapper = lower.endsWith(".yaml") || lower.endsWith(".yml") ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper();
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            var l = e.getLocation();
            return new StockflowModel(Optional.empty(), List.of(), Optional.empty(), List.of(), ValidationReport.builder()
                    .error("MODEL_SYNTAX", e.getOriginalMessage(),
                            l == null ? Location.file(file) : Location.at(file, Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr())))
                    .build());
        }
        if (root == null || !root.isObject()) {
            return failed(file, "the model must be a JSON/YAML object");
        }
        try {
            return build(root);
        } catch (Bad b) {
            return new StockflowModel(Optional.empty(), List.of(), Optional.empty(), List.copyOf(sources.values()), rep.build());
        }
    }

    /** Thrown after an error that prevents going on (already recorded). */
    private static final class Bad extends RuntimeException {
        Bad() {
            super(null, null, false, false);
        }
    }

    private Bad error(String code, String path, String msg) {
        rep.error(code, (path.isEmpty() ? "" : path + ": ") + msg, Location.file(file));
        return new Bad();
    }

    private StockflowModel build(JsonNode root) {
        readSources(root.path("sources"));
        years = readYears(root.path("years"));
        String name = root.path("name").asText("model");
        Timing timing = Timing.END;
        if (root.has("timing")) {
            try {
                timing = Timing.parse(root.get("timing").asText());
            } catch (IllegalArgumentException e) {
                throw error("MODEL_VALUE", "timing", e.getMessage());
            }
        }
        String productUnit = root.path("product_unit").asText(root.path("unit").asText("count"));
        String materialUnit = root.path("material_unit").asText("t");
        for (String[] u : new String[][] {{"product_unit", productUnit}, {"material_unit", materialUnit}}) {
            try {
                be.cambium.unit.Unit.parse(u[1]);
            } catch (RuntimeException e) {
                throw error("MODEL_VALUE", u[0], "not a unit CAMBIUM knows: '" + u[1] + "' (" + e.getMessage() + ")");
            }
        }
        Lifetime defaultLifetime = root.has("lifetime") ? lifetime(root.get("lifetime"), "lifetime") : null;
        Map<String, List<Lifetime>> techLifetimes = new LinkedHashMap<>();
        JsonNode techs = root.path("technologies");
        for (Iterator<Map.Entry<String, JsonNode>> it = techs.fields(); it.hasNext(); ) {
            var e = it.next();
            JsonNode lt = e.getValue().path("lifetime");
            if (lt.isMissingNode()) {
                if (defaultLifetime == null) {
                    throw error("MODEL_MISSING", "technologies." + e.getKey(), "no lifetime and no top-level lifetime");
                }
                techLifetimes.put(e.getKey(), cohortLifetimes(null, defaultLifetime, ""));
            } else {
                techLifetimes.put(e.getKey(), cohortLifetimes(lt, null, "technologies." + e.getKey() + ".lifetime"));
            }
        }
        List<Segment> segments = new ArrayList<>();
        if (root.has("segments")) {
            Map<String, Map<String, double[]>> shares = root.has("shares") ? readShares(text(root, "shares")) : Map.of();
            int i = 0;
            for (JsonNode s : root.get("segments")) {
                segments.add(segment(s, "segments[" + i++ + "]", techLifetimes, defaultLifetime, shares));
            }
        } else {
            if (defaultLifetime == null) {
                throw error("MODEL_MISSING", "lifetime", "a single-series model needs a lifetime");
            }
            CohortDriver d = driver(root, "", null);
            segments.add(Segment.single("series", Map.of(), d, policy(root, ""), defaultLifetime, years.length));
        }
        List<Composition> comps = root.has("composition") ? readComposition(text(root, "composition"), productUnit, materialUnit) : List.of();
        List<EolRoute> routes = root.has("eol") ? readEol(text(root, "eol")) : List.of();
        for (Composition c : comps) {
            boolean known = segments.stream().anyMatch(s -> s.technologies().stream().anyMatch(t -> t.technology().equals(c.technology())));
            if (!known) {
                rep.warning("UNKNOWN_TECHNOLOGY", "composition for technology '" + c.technology() + "' which no segment uses",
                        Location.file(file));
            }
        }
        List<Scenario> scenarios = new ArrayList<>();
        int k = 0;
        for (JsonNode sc : root.path("scenarios")) {
            scenarios.add(scenario(sc, "scenarios[" + k++ + "]", segments));
        }
        Optional<MonteCarlo.Spec> mc = Optional.empty();
        if (root.has("monte_carlo")) {
            JsonNode m = root.get("monte_carlo");
            try {
                mc = Optional.of(MonteCarlo.Spec.of(m.path("draws").asInt(100), m.path("seed").asLong(1),
                        m.path("lifetime_cv").asDouble(0), m.path("share_cv").asDouble(0), m.path("intensity_cv").asDouble(0)));
            } catch (IllegalArgumentException e) {
                throw error("MODEL_VALUE", "monte_carlo", e.getMessage());
            }
        }
        for (String id : usedSources) {
            if (!sources.isEmpty() && !sources.containsKey(id)) {
                rep.error("UNKNOWN_SOURCE", "source id '" + id + "' is used in a CSV file but not listed under \"sources\"",
                        Location.file(file));
            }
        }
        if (rep.build().hasErrors()) {
            return new StockflowModel(Optional.empty(), scenarios, mc, List.copyOf(sources.values()), rep.build());
        }
        Provenance prov = Provenance.empty().withStep("read " + file);
        for (Source s : sources.values()) {
            prov = prov.withSource(s);
        }
        StockflowInput in;
        try {
            in = new StockflowInput(name, years, timing, productUnit, materialUnit, segments, comps, routes,
                    root.path("balance_tolerance").asDouble(StockflowInput.DEFAULT_TOLERANCE), false, prov);
        } catch (IllegalArgumentException e) {
            throw error("MODEL_VALUE", "", e.getMessage());
        }
        return new StockflowModel(Optional.of(in), scenarios, mc, List.copyOf(sources.values()), rep.build());
    }

    /** The sources: a list of {id, title, url (or path), vintage}, or the name of a data-package descriptor holding them. */
    private void readSources(JsonNode node) {
        if (node.isTextual()) {
            String f = node.asText();
            try {
                node = new ObjectMapper().readTree(readText(f, "sources")).path("sources");
            } catch (JsonProcessingException e) {
                throw error("MODEL_FILE", "sources", f + " is not valid JSON: " + e.getOriginalMessage());
            }
            if (!node.isArray()) {
                throw error("MODEL_MISSING", "sources", f + " has no \"sources\" list");
            }
        }
        int i = 0;
        for (JsonNode s : node) {
            String id = s.path("id").asText("");
            if (id.isEmpty()) {
                throw error("MODEL_MISSING", "sources[" + i + "]", "a source needs an id");
            }
            String url = s.has("url") ? s.get("url").asText() : s.has("path") ? s.get("path").asText() : null;
            try {
                Source src = Source.of(id, s.path("title").asText(id), url, s.path("vintage").asText(""));
                sources.put(id, src);
            } catch (IllegalArgumentException e) {
                throw error("MODEL_VALUE", "sources[" + i + "]", e.getMessage());
            }
            i++;
        }
    }

    private int[] readYears(JsonNode n) {
        int[] y;
        if (n.isArray()) {
            y = new int[n.size()];
            for (int i = 0; i < y.length; i++) {
                if (!n.get(i).canConvertToInt()) {
                    throw error("MODEL_VALUE", "years[" + i + "]", "not a year: " + n.get(i));
                }
                y[i] = n.get(i).asInt();
            }
        } else if (n.isObject() && n.has("from") && n.has("to")) {
            int from = n.get("from").asInt(), to = n.get("to").asInt();
            if (to < from) {
                throw error("MODEL_VALUE", "years", "'to' (" + to + ") is before 'from' (" + from + ")");
            }
            y = new int[to - from + 1];
            for (int i = 0; i < y.length; i++) {
                y[i] = from + i;
            }
        } else {
            throw error("MODEL_MISSING", "years", "give the years as a list [1990, 1991, ...] or as {\"from\": 1990, \"to\": 2050}");
        }
        if (y.length == 0) {
            throw error("MODEL_VALUE", "years", "no years");
        }
        for (int i = 1; i < y.length; i++) {
            if (y[i] != y[i - 1] + 1) {
                throw error("YEARS_NOT_CONSECUTIVE", "years[" + i + "]", "years must be consecutive: " + y[i] + " follows "
                        + y[i - 1] + " (use {\"from\": .., \"to\": ..} for a range)");
            }
        }
        return y;
    }

    private int index(int year) {
        return year - years[0];
    }

    private boolean inRange(int year) {
        return year >= years[0] && year <= years[years.length - 1];
    }

    private NegativeInflowPolicy policy(JsonNode n, String path) {
        if (!n.has("negative_inflow")) {
            return NegativeInflowPolicy.REPORT;
        }
        try {
            return NegativeInflowPolicy.parse(n.get("negative_inflow").asText());
        } catch (IllegalArgumentException e) {
            throw error("MODEL_VALUE", path + "negative_inflow", e.getMessage());
        }
    }

    /**
     * The driver of a series: {@code inflow} and/or {@code stock} (arrays or CSV names), with
     * {@code switch_year} when both are given, or {@code initial_stock_by_cohort} + {@code switch_year}.
     */
    private CohortDriver driver(JsonNode n, String path, double @Nullable [] inflowOverride) {
        double[] inflow = inflowOverride != null ? inflowOverride : n.has("inflow") ? series(n, "inflow", path) : null;
        double[] stock = n.has("stock") ? series(n, "stock", path) : null;
        Integer sw = n.has("switch_year") ? n.get("switch_year").asInt() : null;
        if (sw != null && !inRange(sw)) {
            throw error("MODEL_VALUE", path + "switch_year", sw + " is outside the model years");
        }
        if (n.has("initial_stock_by_cohort")) {
            if (sw == null || stock == null) {
                throw error("MODEL_MISSING", path + "initial_stock_by_cohort", "an initial stock needs switch_year and stock");
            }
            JsonNode a = n.get("initial_stock_by_cohort");
            double[] init = numbers(a, path + "initial_stock_by_cohort", index(sw));
            requireFinite(stock, path + "stock", index(sw), years.length);
            return new CohortDriver.InitialStockThenStock(init, stock, index(sw));
        }
        if (inflow != null && stock != null) {
            if (sw == null) {
                throw error("MODEL_MISSING", path + "switch_year", "both inflow and stock are given: say from which year the stock drives");
            }
            requireFinite(inflow, path + "inflow", 0, index(sw));
            requireFinite(stock, path + "stock", index(sw), years.length);
            return new CohortDriver.InflowThenStock(inflow, stock, index(sw));
        }
        if (inflow != null) {
            requireFinite(inflow, path + "inflow", 0, years.length);
            return new CohortDriver.Inflow(inflow);
        }
        if (stock != null) {
            requireFinite(stock, path + "stock", 0, years.length);
            return new CohortDriver.Stock(stock);
        }
        throw error("MODEL_MISSING", path.isEmpty() ? "inflow" : path + "inflow", "give \"inflow\" or \"stock\"");
    }

    private void requireFinite(double[] a, String path, int from, int to) {
        boolean bad = false;
        for (int t = from; t < to; t++) {
            if (!Double.isFinite(a[t])) {
                rep.error("MISSING_VALUE", path + ": no value for " + years[t] + " (missing is not zero; give a value"
                        + " or, for anchors in a CSV, \"extend\": \"constant\")", Location.file(file).withCell(Map.of("year", Integer.toString(years[t]))));
                bad = true;
            }
        }
        if (bad) {
            throw new Bad();
        }
    }

    /**
     * A series by year: a JSON array with one number per model year, or a CSV name (columns year,
     * value[, source]) whose anchor years are interpolated linearly; {@code <name>_extend: "constant"}
     * carries the last and first anchors to the ends.
     */
    private double[] series(JsonNode n, String key, String path) {
        JsonNode v = n.get(key);
        if (v.isArray()) {
            return numbers(v, path + key, years.length);
        }
        if (!v.isTextual()) {
            throw error("MODEL_VALUE", path + key, "expected an array of numbers or the name of a CSV file");
        }
        String csv = v.asText();
        TreeMap<Integer, Double> anchors = new TreeMap<>();
        for (Csv.Row r : Csv.parse(readText(csv, path + key), csv, this::csvError, "year", "value")) {
            Integer y = r.integer("year");
            Double val = r.number("value");
            if (y == null || val == null) {
                continue;
            }
            noteSource(r);
            if (anchors.put(y, val) != null) {
                rep.error("DUPLICATE_ROW", "year " + y + " appears twice", Location.line(csv, r.line()));
            }
        }
        boolean extend = "constant".equals(n.path(key + "_extend").asText(""));
        return interpolate(anchors, extend);
    }

    private double[] interpolate(TreeMap<Integer, Double> anchors, boolean extend) {
        double[] out = new double[years.length];
        for (int t = 0; t < years.length; t++) {
            int y = years[t];
            var lo = anchors.floorEntry(y);
            var hi = anchors.ceilingEntry(y);
            if (lo != null && hi != null) {
                out[t] = lo.getKey().equals(hi.getKey()) ? lo.getValue()
                        : lo.getValue() + (hi.getValue() - lo.getValue()) * (y - lo.getKey()) / (double) (hi.getKey() - lo.getKey());
            } else if (extend && lo != null) {
                out[t] = lo.getValue();
            } else if (extend && hi != null) {
                out[t] = hi.getValue();
            } else {
                out[t] = Double.NaN;
            }
        }
        return out;
    }

    private double[] numbers(JsonNode a, String path, int expected) {
        if (!a.isArray()) {
            throw error("MODEL_VALUE", path, "expected an array of numbers");
        }
        if (a.size() != expected) {
            throw error("MODEL_SHAPE", path, a.size() + " values, expected " + expected + (expected == years.length
                    ? " (one per year " + years[0] + "-" + years[years.length - 1] + ")" : ""));
        }
        double[] out = new double[expected];
        for (int i = 0; i < expected; i++) {
            JsonNode x = a.get(i);
            if (x.isNull()) {
                out[i] = Double.NaN;
            } else if (x.isNumber()) {
                out[i] = x.asDouble();
            } else {
                throw error("MODEL_VALUE", path + "[" + i + "]", "not a number: " + x);
            }
        }
        return out;
    }

    private Lifetime lifetime(JsonNode n, String path) {
        String type = n.path("type").asText("");
        try {
            switch (type.toLowerCase(Locale.ROOT)) {
                case "fixed":
                    return new Lifetime.Fixed(req(n, "mean", path));
                case "normal":
                    return new Lifetime.Normal(req(n, "mean", path), req(n, "sd", path));
                case "foldednormal":
                    return new Lifetime.FoldedNormal(req(n, "mean", path), req(n, "sd", path));
                case "lognormal":
                    return new Lifetime.LogNormal(req(n, "mean", path), req(n, "sd", path));
                case "weibull":
                    if (n.has("scale")) {
                        return new Lifetime.Weibull(req(n, "shape", path), req(n, "scale", path));
                    }
                    return Lifetime.Weibull.ofMean(req(n, "mean", path), req(n, "shape", path));
                case "survivalcurve":
                    return new Lifetime.SurvivalCurve(numbers(n.path("points"), path + ".points", n.path("points").size()),
                            n.path("step").asDouble(1.0));
                default:
                    throw error("MODEL_VALUE", path + ".type", "unknown lifetime type '" + type
                            + "' (Fixed, Normal, FoldedNormal, LogNormal, Weibull, SurvivalCurve)");
            }
        } catch (IllegalArgumentException e) {
            throw error("BAD_LIFETIME", path, e.getMessage());
        }
    }

    private double req(JsonNode n, String key, String path) {
        JsonNode v = n.get(key);
        if (v == null || !v.isNumber()) {
            throw error("MODEL_MISSING", path + "." + key, "a number is required");
        }
        return v.asDouble();
    }

    /** One lifetime, or a list [{"from": year, ...lifetime}, ...] of cohort-dependent lifetimes. */
    private List<Lifetime> cohortLifetimes(@Nullable JsonNode n, @Nullable Lifetime fixed, String path) {
        Lifetime[] out = new Lifetime[years.length];
        if (n == null) {
            Arrays.fill(out, fixed);
        } else if (n.isArray()) {
            TreeMap<Integer, Lifetime> from = new TreeMap<>();
            int i = 0;
            for (JsonNode e : n) {
                if (!e.has("from")) {
                    throw error("MODEL_MISSING", path + "[" + i + "].from", "cohort-dependent lifetimes need the first cohort year");
                }
                from.put(e.get("from").asInt(), lifetime(e, path + "[" + i + "]"));
                i++;
            }
            for (int t = 0; t < years.length; t++) {
                var f = from.floorEntry(years[t]);
                out[t] = f != null ? f.getValue() : from.firstEntry().getValue();
            }
        } else {
            Arrays.fill(out, lifetime(n, path));
        }
        return Arrays.asList(out);
    }

    private Segment segment(JsonNode s, String path, Map<String, List<Lifetime>> techLifetimes, @Nullable Lifetime defaultLifetime,
                            Map<String, Map<String, double[]>> shares) {
        String id = s.path("id").asText("");
        if (id.isEmpty()) {
            throw error("MODEL_MISSING", path + ".id", "a segment needs an id");
        }
        Map<String, String> labels = new LinkedHashMap<>();
        s.path("labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        Map<String, double[]> techShares = new LinkedHashMap<>();
        double[] inflowOverride = null;
        if (s.has("inflow_by_technology")) {
            String csv = text(s, "inflow_by_technology");
            Map<String, double[]> byTech = new LinkedHashMap<>();
            for (Csv.Row r : Csv.parse(readText(csv, path + ".inflow_by_technology"), csv, this::csvError, "year", "technology", "value")) {
                Integer y = r.integer("year");
                Double v = r.number("value");
                String tech = r.text("technology");
                if (y == null || v == null || tech == null) {
                    continue;
                }
                noteSource(r);
                if (!inRange(y)) {
                    rep.warning("YEAR_OUT_OF_RANGE", "year " + y + " is outside the model years; row ignored", Location.line(csv, r.line()));
                    continue;
                }
                byTech.computeIfAbsent(tech, x -> new double[years.length])[index(y)] += v;
            }
            inflowOverride = new double[years.length];
            for (double[] a : byTech.values()) {
                for (int t = 0; t < years.length; t++) {
                    inflowOverride[t] += a[t];
                }
            }
            for (var e : byTech.entrySet()) {
                double[] w = new double[years.length];
                for (int t = 0; t < years.length; t++) {
                    // years without inflow: equal shares (they carry no mass; needed for the survival mixture)
                    w[t] = inflowOverride[t] > 0 ? e.getValue()[t] / inflowOverride[t] : 1.0 / byTech.size();
                }
                techShares.put(e.getKey(), w);
            }
            int sw = s.has("switch_year") ? index(s.get("switch_year").asInt()) : years.length;
            if (s.has("stock") && sw < years.length) {
                // after the switch year the split follows the last year with inflow
                int last = -1;
                for (int t = 0; t < sw; t++) {
                    if (inflowOverride[t] > 0) {
                        last = t;
                    }
                }
                if (last >= 0) {
                    for (double[] w : techShares.values()) {
                        for (int t = sw; t < years.length; t++) {
                            w[t] = w[last];
                        }
                    }
                }
            }
        } else if (s.has("technologies")) {
            JsonNode tn = s.get("technologies");
            if (tn.isArray()) {
                for (JsonNode t : tn) {
                    Map<String, double[]> fromCsv = shares.get(id);
                    double[] w = fromCsv == null ? null : fromCsv.get(t.asText());
                    if (w == null) {
                        throw error("MODEL_MISSING", path + ".technologies", "no shares for technology '" + t.asText()
                                + "' of segment '" + id + "' in the shares file");
                    }
                    techShares.put(t.asText(), w);
                }
            } else {
                tn.fields().forEachRemaining(e -> {
                    double[] w = new double[years.length];
                    Arrays.fill(w, e.getValue().asDouble());
                    techShares.put(e.getKey(), w);
                });
            }
        } else if (shares.containsKey(id)) {
            techShares.putAll(shares.get(id));
        }
        List<Segment.TechnologyShare> ts = new ArrayList<>();
        if (techShares.isEmpty()) {
            Lifetime lt = s.has("lifetime") ? lifetime(s.get("lifetime"), path + ".lifetime") : defaultLifetime;
            if (lt == null) {
                throw error("MODEL_MISSING", path + ".lifetime", "no lifetime for segment '" + id + "'");
            }
            double[] one = new double[years.length];
            Arrays.fill(one, 1.0);
            ts.add(Segment.TechnologyShare.constantLifetime("all", one, lt));
        } else {
            for (var e : techShares.entrySet()) {
                List<Lifetime> lts = techLifetimes.get(e.getKey());
                if (lts == null) {
                    if (defaultLifetime == null) {
                        throw error("MODEL_MISSING", "technologies." + e.getKey(), "technology '" + e.getKey()
                                + "' of segment '" + id + "' has no lifetime and there is no top-level lifetime");
                    }
                    lts = cohortLifetimes(null, defaultLifetime, "");
                }
                ts.add(new Segment.TechnologyShare(e.getKey(), e.getValue(), lts));
            }
        }
        CohortDriver d = driver(s, path + ".", inflowOverride);
        return new Segment(id, labels, d, policy(s, path + "."), ts);
    }

    private Map<String, Map<String, double[]>> readShares(String csv) {
        Map<String, Map<String, TreeMap<Integer, Double>>> anchors = new LinkedHashMap<>();
        for (Csv.Row r : Csv.parse(readText(csv, "shares"), csv, this::csvError, "segment", "technology", "year", "share")) {
            String seg = r.text("segment"), tech = r.text("technology");
            Integer y = r.integer("year");
            Double v = r.number("share");
            if (seg == null || tech == null || y == null || v == null) {
                continue;
            }
            noteSource(r);
            anchors.computeIfAbsent(seg, x -> new LinkedHashMap<>()).computeIfAbsent(tech, x -> new TreeMap<>()).put(y, v);
        }
        Map<String, Map<String, double[]>> out = new LinkedHashMap<>();
        anchors.forEach((seg, m) -> {
            Map<String, double[]> o = new LinkedHashMap<>();
            m.forEach((tech, a) -> o.put(tech, interpolate(a, true)));
            out.put(seg, o);
        });
        return out;
    }

    private List<Composition> readComposition(String csv, String productUnit, String materialUnit) {
        be.cambium.unit.Unit target = be.cambium.unit.Unit.parse(materialUnit).dividedBy(be.cambium.unit.Unit.parse(productUnit));
        // rows: technology, component, material, [from_year], count_per_unit, content, unit, source
        Map<String, TreeMap<Integer, double[]>> rows = new LinkedHashMap<>();
        Map<String, String> srcOf = new LinkedHashMap<>();
        for (Csv.Row r : Csv.parse(readText(csv, "composition"), csv, this::csvError, "technology", "component", "material",
                "count_per_unit", "content")) {
            String tech = r.text("technology"), comp = r.text("component"), mat = r.text("material");
            Double count = r.number("count_per_unit"), content = r.number("content");
            if (tech == null || comp == null || mat == null || count == null || content == null) {
                continue;
            }
            if (count < 0 || content < 0) {
                rep.error("BAD_INTENSITY", "count_per_unit and content must be >= 0", Location.line(csv, r.line()));
                continue;
            }
            noteSource(r);
            if (r.has("unit") && r.text("unit") != null) {
                // the unit of count_per_unit x content: material per product unit, converted to the model's units
                try {
                    double f = be.cambium.unit.Unit.parse(r.text("unit")).conversionFactorTo(target);
                    content = content * f;
                } catch (RuntimeException e) {
                    rep.error("UNIT", "unit '" + r.text("unit") + "' cannot be converted to " + target + " (material_unit per product_unit): "
                            + e.getMessage(), Location.at(csv, r.line(), r.column("unit")));
                    continue;
                }
            }
            Integer from = r.has("from_year") && r.text("from_year") != null ? r.integer("from_year") : Integer.valueOf(Integer.MIN_VALUE);
            if (from == null) {
                continue;
            }
            String key = tech + "\u0000" + comp + "\u0000" + mat;
            rows.computeIfAbsent(key, x -> new TreeMap<>()).put(from, new double[] {count, content});
            srcOf.merge(key, sourcesOf(r), (a, b) -> a.equals(b) ? a : a + ";" + b);
        }
        List<Composition> out = new ArrayList<>();
        rows.forEach((key, m) -> {
            String[] k = key.split("\u0000");
            double[] count = new double[years.length], content = new double[years.length];
            for (int t = 0; t < years.length; t++) {
                var f = m.floorEntry(years[t]);
                if (f == null) {
                    f = m.firstEntry();
                }
                count[t] = f.getValue()[0];
                content[t] = f.getValue()[1];
            }
            out.add(new Composition(k[0], k[1], k[2], count, content, srcOf.get(key)));
        });
        return out;
    }

    private List<EolRoute> readEol(String csv) {
        List<EolRoute> out = new ArrayList<>();
        for (Csv.Row r : Csv.parse(readText(csv, "eol"), csv, this::csvError, "material", "collection", "sorting", "recycling")) {
            String mat = r.text("material");
            Double c = r.number("collection"), s = r.number("sorting"), y = r.number("recycling");
            if (mat == null || c == null || s == null || y == null) {
                continue;
            }
            noteSource(r);
            String comp = r.has("component") && r.text("component") != null ? r.text("component") : "*";
            try {
                out.add(new EolRoute(comp, mat, c, s, y, sourcesOf(r)));
            } catch (IllegalArgumentException e) {
                rep.error("BAD_RATE", e.getMessage(), Location.line(csv, r.line()));
            }
        }
        return out;
    }

    private Scenario scenario(JsonNode sc, String path, List<Segment> segments) {
        String name = sc.path("name").asText("");
        if (name.isEmpty()) {
            throw error("MODEL_MISSING", path + ".name", "a scenario needs a name");
        }
        Map<String, CohortDriver> drivers = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = sc.path("segments").fields(); it.hasNext(); ) {
            var e = it.next();
            Segment base = segments.stream().filter(s -> s.id().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> error("UNKNOWN_SEGMENT", path + ".segments." + e.getKey(), "no segment with this id"));
            JsonNode n = e.getValue();
            String p = path + ".segments." + e.getKey() + ".";
            if (!n.has("stock") || !n.has("from_year")) {
                throw error("MODEL_MISSING", p, "a scenario path needs \"stock\" and \"from_year\" (the stock target from that year on)");
            }
            int from = n.get("from_year").asInt();
            if (!inRange(from)) {
                throw error("MODEL_VALUE", p + "from_year", from + " is outside the model years");
            }
            double[] stock = series(n, "stock", p);
            requireFinite(stock, p + "stock", index(from), years.length);
            drivers.put(e.getKey(), switchTo(base.driver(), stock, index(from), p));
        }
        Map<String, Double> content = new LinkedHashMap<>();
        sc.path("content_factors").fields().forEachRemaining(e -> content.put(e.getKey(), e.getValue().asDouble()));
        try {
            return new Scenario(name, sc.path("description").asText(""), drivers, sc.path("lifetime_factor").asDouble(1.0), content);
        } catch (IllegalArgumentException e) {
            throw error("MODEL_VALUE", path, e.getMessage());
        }
    }

    /** Keeps the base driver's history before {@code sw} and drives by the stock path from {@code sw}. */
    private CohortDriver switchTo(CohortDriver base, double[] stock, int sw, String path) {
        if (base instanceof CohortDriver.Inflow d) {
            return new CohortDriver.InflowThenStock(d.inflow(), stock, sw);
        }
        if (base instanceof CohortDriver.InflowThenStock d) {
            if (sw < d.switchIndex()) {
                throw error("MODEL_VALUE", path + "from_year", "the scenario must start at or after the base switch year "
                        + years[d.switchIndex()]);
            }
            double[] s = d.stock();
            System.arraycopy(stock, sw, s, sw, years.length - sw);
            return new CohortDriver.InflowThenStock(d.inflow(), s, d.switchIndex());
        }
        if (base instanceof CohortDriver.Stock d) {
            double[] s = d.stock();
            System.arraycopy(stock, sw, s, sw, years.length - sw);
            return new CohortDriver.Stock(s);
        }
        CohortDriver.InitialStockThenStock d = (CohortDriver.InitialStockThenStock) base;
        double[] s = d.stock();
        System.arraycopy(stock, sw, s, sw, years.length - sw);
        return new CohortDriver.InitialStockThenStock(d.stockByCohort(), s, d.switchIndex());
    }

    private String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || !v.isTextual()) {
            throw error("MODEL_VALUE", key, "expected the name of a CSV file");
        }
        return v.asText();
    }

    private String readText(String rel, String path) {
        try {
            return resolver.read(rel);
        } catch (NoSuchFileException e) {
            throw error("MODEL_FILE", path, "file not found: " + rel);
        } catch (IOException | UncheckedIOException e) {
            throw error("MODEL_FILE", path, "cannot read " + rel + ": " + e.getMessage());
        }
    }

    /** Records the row's source ids: {@code source} and {@code other_sources} (ids separated by ';'). */
    private void noteSource(Csv.Row r) {
        for (String col : new String[] {"source", "other_sources"}) {
            if (r.has(col) && r.text(col) != null) {
                for (String id : r.text(col).split(";")) {
                    if (!id.isBlank()) {
                        usedSources.add(id.trim());
                    }
                }
            }
        }
    }

    private static String sourcesOf(Csv.Row r) {
        List<String> ids = new ArrayList<>();
        for (String col : new String[] {"source", "other_sources"}) {
            if (r.has(col) && r.text(col) != null) {
                ids.add(r.text(col));
            }
        }
        return String.join(";", ids);
    }

    private void csvError(String code, String msg, Location loc) {
        rep.error(code, msg, loc);
    }

    /** Minimal CSV access with located errors. */
    static final class Csv {
        interface Errors {
            void error(String code, String msg, Location loc);
        }

        static final class Row {
            private final CSVRecord rec;
            private final String file;
            private final Errors err;

            Row(CSVRecord rec, String file, Errors err) {
                this.rec = rec;
                this.file = file;
                this.err = err;
            }

            int line() {
                return (int) rec.getRecordNumber() + 1;
            }

            boolean has(String col) {
                return rec.isMapped(col);
            }

            @Nullable String text(String col) {
                String v = rec.isMapped(col) ? rec.get(col) : null;
                return v == null || v.isBlank() ? null : v.trim();
            }

            @Nullable Integer integer(String col) {
                String v = text(col);
                try {
                    return v == null ? missing(col) : Integer.valueOf(v);
                } catch (NumberFormatException e) {
                    err.error("CSV_VALUE", "column " + col + ": not a whole number: '" + v + "'", Location.at(file, line(), column(col)));
                    return null;
                }
            }

            @Nullable Double number(String col) {
                String v = text(col);
                try {
                    if (v == null) {
                        return missing(col);
                    }
                    double d = Double.parseDouble(v);
                    if (!Double.isFinite(d)) {
                        throw new NumberFormatException();
                    }
                    return d;
                } catch (NumberFormatException e) {
                    err.error("CSV_VALUE", "column " + col + ": not a number: '" + v + "'", Location.at(file, line(), column(col)));
                    return null;
                }
            }

            private <T> @Nullable T missing(String col) {
                err.error("MISSING_VALUE", "column " + col + " is empty (missing is not zero)", Location.at(file, line(), column(col)));
                return null;
            }

            int column(String col) {
                Integer i = rec.getParser().getHeaderMap().get(col);
                return i == null ? 0 : i + 1;
            }
        }

        static List<Row> parse(String text, String file, Errors err, String... required) {
            CSVFormat fmt = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).setTrim(true).get();
            List<Row> out = new ArrayList<>();
            try (CSVParser p = CSVParser.parse(new StringReader(text), fmt)) {
                for (String col : required) {
                    if (!p.getHeaderMap().containsKey(col)) {
                        err.error("CSV_HEADER", "missing column '" + col + "' (columns: " + p.getHeaderNames() + ")", Location.line(file, 1));
                        return List.of();
                    }
                }
                for (CSVRecord r : p) {
                    out.add(new Row(r, file, err));
                }
            } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
                err.error("CSV_SYNTAX", e.getMessage() == null ? e.toString() : e.getMessage(), Location.file(file));
            }
            return out;
        }
    }
}
