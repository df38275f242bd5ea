package be.cambium.io.criticality;

import be.cambium.classification.Classifications;
import be.cambium.classification.Countries;
import be.cambium.criticality.CriticalityInput;
import be.cambium.criticality.CriticalityOptions;
import be.cambium.criticality.DomesticProduction;
import be.cambium.criticality.MaterialCode;
import be.cambium.criticality.EndUse;
import be.cambium.criticality.GroupMember;
import be.cambium.criticality.MaterialStage;
import be.cambium.criticality.Scope;
import be.cambium.criticality.ShareScope;
import be.cambium.criticality.Stage;
import be.cambium.criticality.Substitute;
import be.cambium.criticality.SubstitutionIndex;
import be.cambium.criticality.SupplyMode;
import be.cambium.criticality.SupplyShare;
import be.cambium.criticality.ValueAdded;
import be.cambium.criticality.WgiRecord;
import be.cambium.io.pkg.DataPackage;
import be.cambium.io.pkg.DataPackageReader;
import be.cambium.io.pkg.ReadResult;
import be.cambium.io.pkg.ResourceDescriptor;
import be.cambium.io.pkg.Table;
import be.cambium.provenance.Provenance;
import be.cambium.provenance.Source;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads a criticality data package: a folder with {@code datapackage.json} whose resources have these
 * fixed names (extra columns allowed; only {@code material_stage} is required):
 * <ul>
 *   <li>{@code supply_shares}: material, stage (E|P), scope (GS|EU|BE), country (Eurostat GEO code), share,
 *       t, censored, source;</li>
 *   <li>{@code wgi}: country, year, va, pv, ge, rq, rl, cc [, va_se ... cc_se] or country, year, wgi_scaled [, wgi_se];</li>
 *   <li>{@code material_stage}: material, stage, ir, eol_rir, si_sr, supply_mode [, hhi_gs, hhi_sourcing, scope,
 *       production, imports, exports, transit_share, eol_rir_min, eol_rir_max, si_sr_min, si_sr_max, hhi_gs_min,
 *       hhi_gs_max, hhi_sourcing_min, hhi_sourcing_max, ir_min, ir_max] (the _min/_max pairs are Monte Carlo ranges,
 *       empty for a fixed input; the engine checks them);</li>
 *   <li>{@code end_uses}: material, application, share, nace; {@code value_added}: scope, nace, value, unit;
 *       {@code si_ei}: material, si_ei [, si_ei_min, si_ei_max, ei_published (a published EI carried as given when the
 *       package has no end uses for the material; EU runs only), ei_published_source (its source id, one of the
 *       package's sources)]; {@code groups}: group, member;</li>
 *   <li>{@code substitutes} (optional): material, application, application_share, substitute, sub_share,
 *       performance, cost, substitute_critical, substitute_high_production, substitute_by_product.</li>
 *   <li>{@code material_cn} (optional): material, stage, cn8, valid_from, valid_to, label, source: the CN8 codes of each
 *       material and stage for Belgian sourcing from trade ({@code cambium criticality --scope BE --trade});</li>
 *   <li>{@code be_production} (optional): material, stage, year (empty = every year), tonnes, source.</li>
 * </ul>
 * The package itself (JSON, schemas, types, required cells, row sources) is checked by
 * {@link DataPackageReader}; this class adds the criticality checks (codes, enums, the required resource)
 * as located issues {@code file:line column=name}. An empty cell is missing (NaN), never zero.
 */
public final class CriticalityPackageReader {

    public static final String SUPPLY_SHARES = "supply_shares";
    public static final String WGI = "wgi";
    public static final String MATERIAL_STAGE = "material_stage";
    public static final String END_USES = "end_uses";
    public static final String VALUE_ADDED = "value_added";
    public static final String SI_EI = "si_ei";
    public static final String GROUPS = "groups";
    public static final String SUBSTITUTES = "substitutes";
    public static final String MATERIAL_CN = "material_cn";
    public static final String BE_PRODUCTION = "be_production";

    /** Issue code: a required resource or column is absent. */
    public static final String MISSING_RESOURCE = "CRIT_MISSING_RESOURCE";
    /** Issue code: a cell holds a value outside the allowed codes (stage, scope, supply mode...). */
    public static final String BAD_VALUE = "CRIT_BAD_VALUE";

    private final Countries countries;

    public CriticalityPackageReader() {
        this(Classifications.standard().countries());
    }

    public CriticalityPackageReader(Countries countries) {
        this.countries = countries;
    }

    /** Reads the package in {@code dir}. */
    public CriticalityPackage read(Path dir, CriticalityOptions options) {
        return convert(new DataPackageReader().read(dir), p -> dir.resolve(p).toString(), options);
    }

    /** Reads a package bundled on the class path under {@code base} (e.g. {@code data/eu-crm-2023}). */
    public CriticalityPackage readClasspath(ClassLoader loader, String base, CriticalityOptions options) {
        String prefix = base.endsWith("/") ? base : base + "/";
        return convert(new DataPackageReader().readClasspath(loader, base), p -> "classpath:" + prefix + p, options);
    }

    private CriticalityPackage convert(ReadResult rr, Function<String, String> display, CriticalityOptions options) {
        ValidationReport.Builder issues = ValidationReport.builder();
        issues.addAll(rr.report());
        DataPackage pkg = rr.dataPackage();
        if (pkg == null) {
            return new CriticalityPackage("", null, issues.build());
        }
        Reader r = new Reader(pkg, display, issues);
        Optional<Table> ms = r.table(MATERIAL_STAGE);
        if (ms.isEmpty()) {
            issues.error(MISSING_RESOURCE, "the package has no resource '" + MATERIAL_STAGE + "' (material_stage.csv), which is required",
                    Location.file(display.apply(DataPackageReader.DESCRIPTOR)));
            return new CriticalityPackage(pkg.name(), null, issues.build());
        }
        List<MaterialStage> stages = r.stages(ms.get());
        List<SupplyShare> shares = r.table(SUPPLY_SHARES).map(t -> r.shares(t, options)).orElse(List.of());
        List<WgiRecord> wgi = r.table(WGI).map(r::wgi).orElse(List.of());
        List<EndUse> endUses = r.table(END_USES).map(r::endUses).orElse(List.of());
        List<ValueAdded> va = r.table(VALUE_ADDED).map(r::valueAdded).orElse(List.of());
        List<SubstitutionIndex> si = r.table(SI_EI).map(r::siEi).orElse(List.of());
        List<GroupMember> groups = r.table(GROUPS).map(r::groups).orElse(List.of());
        List<Substitute> subs = r.table(SUBSTITUTES).map(r::substitutes).orElse(List.of());
        // a source cited only by the trade resources (material_cn, be_production) belongs to a run that derives Belgian
        // sourcing from trade, not to every run: it travels with those resources; every other source is the input's
        java.util.Set<String> tradeOnly = new java.util.HashSet<>();
        r.table(MATERIAL_CN).ifPresent(t -> tradeOnly.addAll(r.citedIds(t)));
        r.table(BE_PRODUCTION).ifPresent(t -> tradeOnly.addAll(r.citedIds(t)));
        for (ResourceDescriptor rd : pkg.descriptor().resources()) {
            if (!rd.name().equals(MATERIAL_CN) && !rd.name().equals(BE_PRODUCTION)) {
                pkg.table(rd.name()).ifPresent(t -> tradeOnly.removeAll(r.citedIds(t)));
            }
        }
        Provenance prov = Provenance.empty().withStep("read criticality package '" + pkg.name() + "'");
        List<Source> tradeSources = new ArrayList<>();
        for (Source s : pkg.sources()) {
            if (tradeOnly.contains(s.id())) {
                tradeSources.add(s);
            } else {
                prov = prov.withSource(s);
            }
        }
        CriticalityInput in = new CriticalityInput(stages, shares, wgi, endUses, va, si, groups, subs,
                countries.eu27_2020(), options, prov);
        List<MaterialCode> codes = r.table(MATERIAL_CN).map(r::materialCodes).orElse(List.of());
        List<DomesticProduction> production = r.table(BE_PRODUCTION).map(r::production).orElse(List.of());
        return new CriticalityPackage(pkg.name(), in, issues.build(), codes, production, tradeSources);
    }

    /** Per-package conversion state. */
    private final class Reader {
        private final DataPackage pkg;
        private final Function<String, String> display;
        private final ValidationReport.Builder issues;

        Reader(DataPackage pkg, Function<String, String> display, ValidationReport.Builder issues) {
            this.pkg = pkg;
            this.display = display;
            this.issues = issues;
        }

        Optional<Table> table(String name) {
            Optional<Table> t = pkg.table(name);
            if (t.isPresent()) {
                return t;
            }
            for (ResourceDescriptor rd : pkg.descriptor().resources()) {
                if (rd.path().equals(name + ".csv")) {
                    return pkg.table(rd.name());
                }
            }
            return Optional.empty();
        }

        private String file(Table t) {
            return display.apply(pkg.descriptor().resource(t.name()).map(ResourceDescriptor::path).orElse(t.name() + ".csv"));
        }

        Location loc(Table t, int row, String column) {
            return Location.line(file(t), t.line(row)).withCell(Map.of("column", column));
        }

        boolean require(Table t, String... cols) {
            boolean ok = true;
            for (String c : cols) {
                if (t.columnIndex(c) < 0) {
                    issues.error(MISSING_RESOURCE, "resource '" + t.name() + "' has no column '" + c + "'", Location.line(file(t), 1));
                    ok = false;
                }
            }
            return ok;
        }

        String str(Table t, int row, String col) {
            if (t.columnIndex(col) < 0) {
                return "";
            }
            Object v = t.value(row, col);
            return v == null ? "" : v.toString().trim();
        }

        double num(Table t, int row, String col) {
            if (t.columnIndex(col) < 0) {
                return Double.NaN;
            }
            Object v = t.value(row, col);
            if (v == null) {
                return Double.NaN;
            }
            if (v instanceof BigDecimal b) {
                return b.doubleValue();
            }
            if (v instanceof Number n) {
                return n.doubleValue();
            }
            String s = v.toString().trim();
            if (s.isEmpty()) {
                return Double.NaN;
            }
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                issues.error(BAD_VALUE, "'" + s + "' is not a number", loc(t, row, col));
                return Double.NaN;
            }
        }

        boolean bool(Table t, int row, String col) {
            if (t.columnIndex(col) < 0) {
                return false;
            }
            Object v = t.value(row, col);
            if (v instanceof Boolean b) {
                return b;
            }
            String s = v == null ? "" : v.toString().trim().toLowerCase(Locale.ROOT);
            return switch (s) {
                case "true", "1", "yes", "y" -> true;
                case "", "false", "0", "no", "n" -> false;
                default -> {
                    issues.error(BAD_VALUE, "'" + s + "' is not true or false", loc(t, row, col));
                    yield false;
                }
            };
        }

        <T> @Nullable T parse(Table t, int row, String col, Function<String, T> parser, boolean required) {
            String s = str(t, row, col);
            if (s.isEmpty()) {
                if (required) {
                    issues.error(BAD_VALUE, col + " is required", loc(t, row, col));
                }
                return null;
            }
            try {
                return parser.apply(s);
            } catch (IllegalArgumentException e) {
                issues.error(BAD_VALUE, e.getMessage(), loc(t, row, col));
                return null;
            }
        }

        @Nullable String country(Table t, int row, String col) {
            String code = str(t, row, col);
            if (code.isEmpty()) {
                issues.error(BAD_VALUE, col + " is required", loc(t, row, col));
                return null;
            }
            return countries.resolveCountry(code, loc(t, row, col), issues).map(c -> c.code()).orElse(null);
        }

        /** The source ids a table's rows cite (its {@code source} and {@code ei_published_source} columns). */
        java.util.Set<String> citedIds(Table t) {
            java.util.Set<String> out = new java.util.HashSet<>();
            for (int i = 0; i < t.rowCount(); i++) {
                for (String col : List.of("source", "ei_published_source")) {
                    if (t.columnIndex(col) >= 0) {
                        String v = str(t, i, col);
                        if (!v.isEmpty()) {
                            out.add(v);
                        }
                    }
                }
            }
            return out;
        }

        String source(Table t, int row) {
            return t.source(row).map(Source::id).orElse(str(t, row, "source"));
        }

        List<MaterialStage> stages(Table t) {
            List<MaterialStage> out = new ArrayList<>();
            if (!require(t, "material", "stage")) {
                return out;
            }
            for (int i = 0; i < t.rowCount(); i++) {
                String m = str(t, i, "material");
                Stage st = parse(t, i, "stage", Stage::parse, true);
                SupplyMode mode = parse(t, i, "supply_mode", SupplyMode::parse, false);
                Scope scope = parse(t, i, "scope", Scope::parse, false);
                if (m.isEmpty() || st == null) {
                    continue;
                }
                Location l = Location.line(file(t), t.line(i));
                for (String c : new String[] {"production", "imports", "exports"}) {
                    double v = num(t, i, c);
                    if (v < 0) {
                        issues.error("IR_INPUT_NEGATIVE", c + " of " + m + " " + st + " is " + v + "; IR inputs must not be negative",
                                loc(t, i, c));
                    }
                }
                out.add(new MaterialStage(m, st, scope, num(t, i, "ir"), num(t, i, "eol_rir"), num(t, i, "si_sr"), mode,
                        num(t, i, "hhi_gs"), num(t, i, "hhi_sourcing"), num(t, i, "production"), num(t, i, "imports"),
                        num(t, i, "exports"), num(t, i, "transit_share"), num(t, i, "eol_rir_min"), num(t, i, "eol_rir_max"),
                        num(t, i, "si_sr_min"), num(t, i, "si_sr_max"), num(t, i, "hhi_gs_min"), num(t, i, "hhi_gs_max"),
                        num(t, i, "hhi_sourcing_min"), num(t, i, "hhi_sourcing_max"), num(t, i, "ir_min"), num(t, i, "ir_max"), l));
            }
            return out;
        }

        List<SupplyShare> shares(Table t, CriticalityOptions options) {
            List<SupplyShare> out = new ArrayList<>();
            if (!require(t, "material", "stage", "scope", "country", "share")) {
                return out;
            }
            for (int i = 0; i < t.rowCount(); i++) {
                String m = str(t, i, "material");
                Stage st = parse(t, i, "stage", Stage::parse, true);
                ShareScope sc = parse(t, i, "scope", ShareScope::parse, true);
                String c = country(t, i, "country");
                if (m.isEmpty() || st == null || sc == null || c == null) {
                    continue;
                }
                boolean censored = bool(t, i, "censored");
                double share = num(t, i, "share");
                if (censored && Double.isNaN(share)) {
                    share = options.censoredShare();
                }
                // a share outside [0, 1] is kept: the engine rejects it (SHARE_OUT_OF_RANGE) at this row's location
                out.add(new SupplyShare(m, st, sc, c, share, num(t, i, "t"), censored, source(t, i),
                        Location.line(file(t), t.line(i)).withCell(Map.of("column", "share"))));
            }
            return out;
        }

        List<WgiRecord> wgi(Table t) {
            List<WgiRecord> out = new ArrayList<>();
            if (!require(t, "country", "year")) {
                return out;
            }
            boolean raw = t.columnIndex("va") >= 0;
            if (!raw && !require(t, "wgi_scaled")) {
                return out;
            }
            if (raw && !require(t, "pv", "ge", "rq", "rl", "cc")) {
                return out;
            }
            for (int i = 0; i < t.rowCount(); i++) {
                String c = country(t, i, "country");
                double y = num(t, i, "year");
                if (c == null || Double.isNaN(y)) {
                    continue;
                }
                Location l = Location.line(file(t), t.line(i));
                if (raw) {
                    double[] est = new double[6];
                    double[] se = new double[6];
                    boolean hasSe = t.columnIndex("va_se") >= 0;
                    for (int k = 0; k < 6; k++) {
                        String d = WgiRecord.DIMENSIONS.get(k);
                        est[k] = num(t, i, d);
                        se[k] = hasSe ? num(t, i, d + "_se") : Double.NaN;
                    }
                    out.add(WgiRecord.raw(c, (int) y, est, hasSe ? se : new double[0], l));
                } else {
                    out.add(WgiRecord.scaled(c, (int) y, num(t, i, "wgi_scaled"), num(t, i, "wgi_se"), l));
                }
            }
            return out;
        }

        List<EndUse> endUses(Table t) {
            List<EndUse> out = new ArrayList<>();
            if (!require(t, "material", "application", "share", "nace")) {
                return out;
            }
            for (int i = 0; i < t.rowCount(); i++) {
                out.add(new EndUse(str(t, i, "material"), str(t, i, "application"), num(t, i, "share"), str(t, i, "nace"),
                        Location.line(file(t), t.line(i))));
            }
            return out;
        }

        List<ValueAdded> valueAdded(Table t) {
            List<ValueAdded> out = new ArrayList<>();
            if (!require(t, "scope", "nace", "value", "unit")) {
                return out;
            }
            for (int i = 0; i < t.rowCount(); i++) {
                Scope sc = parse(t, i, "scope", Scope::parse, true);
                if (sc == null) {
                    continue;
                }
                out.add(new ValueAdded(sc, str(t, i, "nace"), num(t, i, "value"), str(t, i, "unit"), Location.line(file(t), t.line(i))));
            }
            return out;
        }

        List<SubstitutionIndex> siEi(Table t) {
            List<SubstitutionIndex> out = new ArrayList<>();
            if (!require(t, "material", "si_ei")) {
                return out;
            }
            for (int i = 0; i < t.rowCount(); i++) {
                out.add(new SubstitutionIndex(str(t, i, "material"), num(t, i, "si_ei"), num(t, i, "si_ei_min"), num(t, i, "si_ei_max"),
                        num(t, i, "ei_published"), Location.line(file(t), t.line(i))));
                // the source of a published EI (its own table, e.g. the study's annex) must be one of the package's sources
                String eiSource = str(t, i, "ei_published_source");
                if (!eiSource.isEmpty() && pkg.descriptor().source(eiSource).isEmpty()) {
                    issues.error(BAD_VALUE, "unknown source id '" + eiSource + "' for ei_published; the package's sources are "
                            + pkg.sources().stream().map(Source::id).toList(), loc(t, i, "ei_published_source"));
                }
            }
            return out;
        }

        List<GroupMember> groups(Table t) {
            List<GroupMember> out = new ArrayList<>();
            if (!require(t, "group", "member")) {
                return out;
            }
            for (int i = 0; i < t.rowCount(); i++) {
                out.add(new GroupMember(str(t, i, "group"), str(t, i, "member"), Location.line(file(t), t.line(i))));
            }
            return out;
        }

        List<MaterialCode> materialCodes(Table t) {
            List<MaterialCode> out = new ArrayList<>();
            if (!require(t, "material", "stage", "cn8", "source")) {
                return out;
            }
            for (int i = 0; i < t.rowCount(); i++) {
                String m = str(t, i, "material");
                Stage st = parse(t, i, "stage", Stage::parse, true);
                String cn = str(t, i, "cn8").replace(" ", "");
                if (!cn.matches("\\d{8}")) {
                    issues.error(BAD_VALUE, "cn8 '" + cn + "' is not an 8-digit CN code", loc(t, i, "cn8"));
                    continue;
                }
                Integer from = year(t, i, "valid_from");
                Integer to = year(t, i, "valid_to");
                if (m.isEmpty() || st == null) {
                    continue;
                }
                out.add(new MaterialCode(m, st, cn, from, to, str(t, i, "label"), source(t, i),
                        Location.line(file(t), t.line(i)).withCell(Map.of("column", "cn8"))));
            }
            return out;
        }

        List<DomesticProduction> production(Table t) {
            List<DomesticProduction> out = new ArrayList<>();
            if (!require(t, "material", "stage", "tonnes", "source")) {
                return out;
            }
            for (int i = 0; i < t.rowCount(); i++) {
                String m = str(t, i, "material");
                Stage st = parse(t, i, "stage", Stage::parse, true);
                if (m.isEmpty() || st == null) {
                    continue;
                }
                out.add(new DomesticProduction(m, st, year(t, i, "year"), num(t, i, "tonnes"), source(t, i),
                        Location.line(file(t), t.line(i)).withCell(Map.of("column", "tonnes"))));
            }
            return out;
        }

        @Nullable Integer year(Table t, int row, String col) {
            double v = num(t, row, col);
            if (Double.isNaN(v)) {
                return null;
            }
            if (v != Math.rint(v) || v < 1900 || v > 2100) {
                issues.error(BAD_VALUE, col + " '" + str(t, row, col) + "' is not a year", loc(t, row, col));
                return null;
            }
            return (int) v;
        }

        List<Substitute> substitutes(Table t) {
            List<Substitute> out = new ArrayList<>();
            if (!require(t, "material", "application", "application_share", "substitute", "sub_share", "performance", "cost")) {
                return out;
            }
            for (int i = 0; i < t.rowCount(); i++) {
                Substitute.Performance p = parse(t, i, "performance", Substitute.Performance::parse, true);
                Substitute.Cost c = parse(t, i, "cost", Substitute.Cost::parse, true);
                if (p == null || c == null) {
                    continue;
                }
                out.add(new Substitute(str(t, i, "material"), str(t, i, "application"), num(t, i, "application_share"),
                        str(t, i, "substitute"), num(t, i, "sub_share"), p, c, bool(t, i, "substitute_critical"),
                        bool(t, i, "substitute_high_production"), bool(t, i, "substitute_by_product"), Location.line(file(t), t.line(i))));
            }
            return out;
        }
    }
}
