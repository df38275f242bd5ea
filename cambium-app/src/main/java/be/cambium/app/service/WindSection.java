package be.cambium.app.service;

import be.cambium.io.pkg.DataPackage;
import be.cambium.io.pkg.ReadResult;
import be.cambium.io.stockflow.StockflowModel;
import be.cambium.provenance.Source;
import be.cambium.report.model.BarChart;
import be.cambium.report.model.Chart;
import be.cambium.report.model.LineChart;
import be.cambium.report.model.ReportTable;
import be.cambium.report.model.Section;
import be.cambium.stockflow.EolRoute;
import be.cambium.stockflow.Lifetime;
import be.cambium.stockflow.MassBalance;
import be.cambium.stockflow.Scenario;
import be.cambium.stockflow.Segment;
import be.cambium.stockflow.StockflowInput;
import be.cambium.stockflow.StockflowResult;
import be.cambium.stockflow.Table;
import be.cambium.unit.Unit;
import be.cambium.validate.Issue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The Belgian wind fleet: the bundled {@code wind-be} stock-flow model run exactly as
 * {@code cambium stockflow --preset wind-be} runs it (base case and every scenario, no Monte Carlo),
 * shown as capacity, drive trains, material stocks, end-of-life outflows, recycling potential and the
 * scenarios. Every number comes from the run; a model with errors gives a notice and no figures.
 */
final class WindSection implements SectionProvider {

    static final String PRESET = "wind-be";
    /** Years of the stock and outflow table. */
    static final List<Integer> TABLE_YEARS = List.of(2025, 2030, 2040, 2050);
    /** Years of the capacity table. */
    static final List<Integer> CAPACITY_YEARS = List.of(2010, 2020, 2030, 2040, 2050);
    /** First year of the cumulative end-of-life figures (to the model's last year). */
    static final int CUMULATIVE_FROM = 2025;
    /** Materials whose largest stock is below this many tonnes go to the charts in tonnes rather than kilotonnes. */
    static final double MINOR_BELOW_T = 1000;

    private static final Map<String, String> REGIONS = Map.of("BE1", "Brussels", "BE2", "Flanders", "BE3", "Wallonia",
            "BEZ", "Belgian North Sea zone");
    private static final Map<String, String> DRIVE_TRAINS = Map.of(
            "GB-DFIG", "GB-DFIG: gearbox, induction generator",
            "GB-PMSG", "GB-PMSG: gearbox, magnet generator",
            "DD-PMSG", "DD-PMSG: direct drive, magnet generator",
            "onshore-average", "onshore, drive train not known (fleet average)");
    /** Capacity resources of the package (drivers of the segments). */
    private static final List<String> CAPACITY_DATA = List.of("offshore_farms", "offshore_stock", "onshore_flanders_stock",
            "onshore_wallonia_stock");

    private final Supplier<StockflowModel> model;

    WindSection() {
        this(() -> new StockflowService().loadPreset(PRESET));
    }

    /** With another model (tests: a model with errors must give a notice, not figures). */
    WindSection(Supplier<StockflowModel> model) {
        this.model = model;
    }

    @Override
    public String id() {
        return "wind";
    }

    @Override
    public String title() {
        return "The Belgian wind fleet";
    }

    @Override
    public Section build(ReportContext context) {
        context.progress().accept("wind: stock-flow model " + PRESET + " (base case and scenarios)");
        StockflowService service = new StockflowService();
        StockflowModel m = model.get();
        StockflowService.Run run = service.run(m, StockflowService.Options.defaults());
        Section.Builder s = Section.builder(id(), title());
        StockflowResult base = run.results().get("base");
        if (!run.ok() || base == null || m.input().isEmpty()) {
            List<Issue> errors = run.report().errors();
            s.notice("The wind-fleet model (" + PRESET + ") reported " + errors.size() + " error(s), so this section shows no "
                    + "figures rather than wrong ones. Run `cambium stockflow --preset " + PRESET + " --out DIR` for the located "
                    + "messages. First problems: " + errors.stream().limit(5).map(WindSection::describe)
                    .collect(Collectors.joining("; ")));
            return s.build();
        }
        return new Builder(context, run, base, m.input().get(), m.sources()).build(s);
    }

    private static String describe(Issue i) {
        String loc = i.location().toString();
        return i.code() + ": " + i.message() + (loc.isBlank() ? "" : " (" + loc + ")");
    }

    /** One report run's figures. */
    private static final class Builder {
        private final ReportContext context;
        private final StockflowService.Run run;
        private final StockflowResult base;
        private final StockflowInput input;
        private final Map<String, Source> sources = new LinkedHashMap<>();
        private final Map<String, Map<String, Integer>> sourcesByResource = new LinkedHashMap<>();
        private final int[] years;
        private final List<Double> xs;
        private final String productUnit;
        private final Unit materialUnit;
        private final double toKt;
        private final List<String> materials;
        private final List<String> bulk;
        private final List<String> minor;

        Builder(ReportContext context, StockflowService.Run run, StockflowResult base, StockflowInput input, List<Source> modelSources) {
            this.context = context;
            this.run = run;
            this.base = base;
            this.input = input;
            modelSources.forEach(src -> sources.put(src.id(), src));
            readSourcesByResource();
            this.years = base.years();
            this.xs = Arrays.stream(years).mapToObj(y -> (double) y).toList();
            this.productUnit = input.productUnit();
            this.materialUnit = Unit.parse(input.materialUnit());
            this.toKt = materialUnit.conversionFactorTo(Unit.KILOTONNE);
            int mi = base.materialStock().dimension("material");
            Map<String, Double> maxStock = new LinkedHashMap<>();
            for (Table.Row r : base.materialStock().rows()) {
                maxStock.put(r.labels().get(mi), 0.0);
            }
            // materials ordered by their largest stock in the fleet
            maxStock.replaceAll((mat, v) -> max(material(base.materialStock(), mat, null)));
            this.materials = maxStock.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .map(Map.Entry::getKey).toList();
            double minorBelow = Unit.TONNE.conversionFactorTo(materialUnit) * MINOR_BELOW_T;
            this.bulk = materials.stream().filter(x -> maxStock.get(x) >= minorBelow).toList();
            this.minor = materials.stream().filter(x -> maxStock.get(x) < minorBelow).toList();
        }

        private void readSourcesByResource() {
            ReadResult rr = new DataService().readBundled(PRESET);
            DataPackage pkg = rr.dataPackage();
            if (pkg == null) {
                return;
            }
            for (be.cambium.io.pkg.Table t : pkg.tables()) {
                Map<String, Integer> ids = new LinkedHashMap<>();
                boolean hasOther = t.columns().contains("other_sources");
                for (int i = 0; i < t.rowCount(); i++) {
                    String id = t.string(i, "source");
                    if (id != null && !id.isBlank()) {
                        ids.merge(id.strip(), 1, Integer::sum);
                    }
                    String other = hasOther ? t.string(i, "other_sources") : null;
                    if (other != null) {
                        for (String o : other.split(";")) {
                            if (!o.isBlank()) {
                                ids.merge(o.strip(), 1, Integer::sum);
                            }
                        }
                    }
                }
                sourcesByResource.put(t.name(), ids);
            }
        }

        Section build(Section.Builder s) {
            int first = years[0];
            int last = years[years.length - 1];
            int tFrom = Math.max(0, CUMULATIVE_FROM - first);
            s.paragraph(intro(first, last));
            s.paragraph(assumptions());
            s.paragraph(keyFigures(tFrom, last));

            // capacity
            s.chart(capacityChart());
            s.chart(driveTrainChart());
            s.table(capacityTable());

            // material stock
            s.chart(materialChart("wind_material_stock", "Materials in the installed wind fleet, by material (base case)",
                    "Material stock", base.materialStock(), bulk, true, true));
            if (!minor.isEmpty()) {
                s.chart(materialChart("wind_material_stock_minor", "Magnet rare earths and other minor materials in the fleet (base case)",
                        "Material stock", base.materialStock(), minor, false, false));
            }
            // end-of-life outflow
            s.chart(materialChart("wind_eol_outflow", "End-of-life outflow of decommissioned turbines, by material (base case)",
                    "End-of-life outflow", base.materialOutflow(), bulk, true, true));
            if (!minor.isEmpty()) {
                s.chart(materialChart("wind_eol_outflow_minor", "End-of-life outflow of magnet rare earths and other minor materials (base case)",
                        "End-of-life outflow", base.materialOutflow(), minor, false, false));
            }
            s.table(stockOutflowTable(true));
            s.table(stockOutflowTable(false));

            // recycling potential
            s.paragraph("Recycling potential: the model sends every decommissioned turbine to collection, sorting and recycling "
                    + "with the rates below. The recycling rates are upper bounds (\"up to\" figures) and collection and sorting "
                    + "are assumed complete, so \"recovered\" is what could at most come back as secondary material, not a forecast.");
            s.chart(recoveryChart("wind_recovery", bulk, true));
            List<String> minorRouted = minor.stream().filter(this::hasRoute).toList();
            if (!minorRouted.isEmpty()) {
                s.chart(recoveryChart("wind_recovery_minor", minorRouted, false));
            }
            s.table(eolSummaryTable(tFrom, last));

            // scenarios
            s.paragraph(scenarioText());
            s.chart(scenarioChart());
            s.table(scenarioTable(tFrom, last));

            // checks
            s.paragraph(balanceText());
            s.table(checksTable());
            s.table(sourcesTable());
            return s.build();
        }

        // ---- text ----

        private String intro(int first, int last) {
            long farms = 0;
            long turbines = 0;
            Set<String> regions = new TreeSet<>();
            for (Segment seg : input.segments()) {
                String loc = seg.labels().getOrDefault("location", seg.id());
                if (loc.equals("onshore")) {
                    regions.add(REGIONS.getOrDefault(seg.labels().getOrDefault("region", ""), seg.labels().getOrDefault("region", "")));
                }
            }
            ReadResult rr = new DataService().readBundled(PRESET);
            if (rr.dataPackage() != null) {
                var farmsTable = rr.dataPackage().table("offshore_farms").orElse(null);
                if (farmsTable != null) {
                    farms = farmsTable.rowCount();
                    for (int i = 0; i < farmsTable.rowCount(); i++) {
                        if (farmsTable.value(i, "turbines") instanceof Number n) {
                            turbines += n.longValue();
                        }
                    }
                }
            }
            return "What the model is: a dynamic stock-flow model of Belgium's wind turbines from " + first + " to " + last
                    + ". Each year's installed capacity (" + productUnit + ") is followed as cohorts that age and are "
                    + "decommissioned; the materials built into each cohort (steel, concrete, blade composites, copper, "
                    + "rare earths in permanent magnets ...) give the material stock of the fleet and, when turbines "
                    + "are dismantled, the end-of-life outflow. Onshore wind is modelled by region ("
                    + String.join(", ", regions) + "), offshore wind farm by farm (" + farms + " commissioning phases of the "
                    + "first offshore zone, " + turbines + " turbines) with each farm's drive train. It is the computation of "
                    + "`cambium stockflow --preset " + PRESET + "` (method: docs/methods/stockflow.md).";
        }

        private String assumptions() {
            Lifetime lt = input.segments().get(0).technologies().get(0).lifetimeByCohort().get(0);
            String routes = input.eolRoutes().stream()
                    .collect(Collectors.groupingBy(r -> pct(r.recycling()), LinkedHashMap::new,
                            Collectors.mapping(EolRoute::material, Collectors.toCollection(LinkedHashSet::new))))
                    .entrySet().stream().map(e -> String.join(", ", e.getValue()) + " " + e.getKey() + "%")
                    .collect(Collectors.joining("; "));
            return "Main assumptions and gaps: capacity before " + years[0] + " (Belgium's first turbines of 1996-1999) is "
                    + "not in the sources, so those few megawatts enter in " + years[0] + ". Before 2010 the split between "
                    + "Flanders and Wallonia is not published and follows the 2010 shares. After the last published year "
                    + "the base case holds onshore capacity at its 2022 level and offshore at the first zone's capacity, "
                    + "replacing only what retires: an assumption, not a plan; the Princess Elisabeth Zone is a scenario. "
                    + "Onshore turbines use a fleet-average composition (no Belgian onshore drive-train data), so onshore "
                    + "magnet rare earths other than neodymium are not counted. Turbines last on average "
                    + String.format(Locale.ROOT, "%.0f", lt.mean()) + " years" + (lt instanceof Lifetime.Weibull w
                    ? String.format(Locale.ROOT, " (Weibull distribution, shape %.2f: 80%% of turbines retire between %.0f and %.0f years of age)",
                    w.shape(), quantile(w, 0.1), quantile(w, 0.9)) : "") + ". "
                    + "Recycling rates (" + routes + ") are upper bounds from industry headlines and collection is assumed "
                    + "complete; materials without a route in the data (" + String.join(", ", unrouted()) + ") are counted "
                    + "in the outflow but not in recycling. The drive trains of some early offshore farms are unconfirmed. "
                    + "Figures are model estimates: round them when quoting.";
        }

        private String keyFigures(int tFrom, int last) {
            double[] total = materialTotal(base.materialOutflow());
            double cum = sum(total, tFrom);
            double rec = sum(flowTotal("secondary_material"), tFrom);
            double routed = 0;
            for (String mat : materials) {
                if (hasRoute(mat)) {
                    routed += sum(material(base.materialOutflow(), mat, null), tFrom);
                }
            }
            int peakYear = years[tFrom];
            for (int t = tFrom; t < years.length; t++) {
                if (total[t] > total[peakYear - years[0]]) {
                    peakYear = years[t];
                }
            }
            int y0 = Math.min(Math.max(CUMULATIVE_FROM, years[0]), last);
            return String.format(Locale.ROOT, "Key figures (base case): in %d the fleet of %,.0f %s holds %,.0f kt of materials. "
                            + "From %d to %d decommissioned turbines release %,.0f kt, most of it concrete and steel, with the largest "
                            + "yearly outflow in %d (%,.0f kt). At most %,.0f kt (%.0f%% of the outflow that has a recycling route) "
                            + "could come back as secondary material; blade composites and rare earths are almost entirely lost "
                            + "with today's routes.",
                    y0, at(product(base.productStock(), null, null), y0), productUnit, at(materialTotal(base.materialStock()), y0) * toKt,
                    years[tFrom], last, cum * toKt, peakYear, total[peakYear - years[0]] * toKt, rec * toKt,
                    routed > 0 ? 100 * rec / routed : Double.NaN);
        }

        private String scenarioText() {
            StringBuilder b = new StringBuilder("Scenarios: the same model with a different future. ");
            for (Scenario sc : run.model().scenarios()) {
                StockflowResult r = run.results().get(sc.name());
                if (r != null) {
                    b.append(sc.name()).append(": ").append(sc.description()).append(String.format(Locale.ROOT,
                            " (installed capacity %d: %,.0f %s). ", years[years.length - 1],
                            at(product(r.productStock(), null, null), years[years.length - 1]), productUnit));
                }
            }
            return b.toString().strip();
        }

        private String balanceText() {
            MassBalance mb = base.massBalance();
            long checks = run.results().values().stream().mapToLong(r -> r.massBalance().entries().size()).sum();
            boolean ok = run.results().values().stream().allMatch(r -> r.massBalance().ok());
            return String.format(Locale.ROOT, "Checks: the mass balance of every process (technology split, use, collection, "
                            + "sorting, recycling), material and year is recomputed from the results of each of the %d runs "
                            + "(%d balances in all): %s; the largest residual of the base case is %.2g %s. The model's notes and "
                            + "warnings follow; they qualify the figures above.",
                    run.results().size(), checks, ok ? "all close within tolerance" : "SOME DO NOT CLOSE",
                    mb.maxAbsResidual(), input.materialUnit());
        }

        // ---- charts ----

        private LineChart capacityChart() {
            List<Chart.Series> series = new ArrayList<>();
            for (Map<String, String> labels : segmentLabels()) {
                String loc = labels.getOrDefault("location", "");
                String region = labels.getOrDefault("region", "");
                String name = cap(loc) + (loc.equals("offshore") ? "" : ", " + REGIONS.getOrDefault(region, region));
                series.add(series(name, product(base.productStock(), loc, region), 1));
            }
            return new LineChart("wind_capacity", "Installed wind capacity in Belgium, onshore by region and offshore (base case)",
                    "Year", "Installed capacity", productUnit, series, true,
                    chartSources(CAPACITY_DATA, "after 2022 (onshore) and 2021 (offshore) capacity held constant: assumption"));
        }

        private LineChart driveTrainChart() {
            List<Chart.Series> series = new ArrayList<>();
            int ti = base.productStock().dimension("technology");
            Set<String> techs = new LinkedHashSet<>();
            base.productStock().rows().forEach(r -> techs.add(r.labels().get(ti)));
            for (String tech : techs) {
                double[] v = filter(base.productStock(), Map.of("location", "offshore", "technology", tech));
                if (max(v) > 0) {
                    series.add(series(DRIVE_TRAINS.getOrDefault(tech, tech), v, 1));
                }
            }
            return new LineChart("wind_drive_trains", "Offshore capacity by drive train (base case; onshore drive trains are not known)", "Year", "Installed capacity",
                    productUnit, series, true, chartSources(List.of("offshore_farms", "offshore_stock"),
                    "replacements take the mix of the last commissioning year; drive trains of the early farms unconfirmed"));
        }

        private LineChart materialChart(String id, String title, String what, Table table, List<String> mats, boolean kt,
                                        boolean stacked) {
            boolean flow = table != base.materialStock();
            String unit = (kt ? "kt" : unitText(materialUnit)) + (flow ? "/yr" : "");
            List<Chart.Series> series = new ArrayList<>();
            for (String mat : mats) {
                series.add(series(mat, material(table, mat, null), kt ? toKt : 1));
            }
            List<String> res = new ArrayList<>(CAPACITY_DATA);
            res.add("composition");
            if (flow) {
                res.add("lifetimes");
            }
            List<String> offshoreOnly = mats.stream().filter(x -> !hasRows(table, x, "onshore")).toList();
            String caveat = offshoreOnly.isEmpty() ? "" : "offshore only for " + String.join(", ", offshoreOnly)
                    + ": no onshore content in the data";
            return new LineChart(id, title, "Year", what, unit, series, stacked, chartSources(res, caveat));
        }

        private BarChart recoveryChart(String id, List<String> mats, boolean kt) {
            int tFrom = Math.max(0, CUMULATIVE_FROM - years[0]);
            List<String> cats = new ArrayList<>();
            List<Double> recovered = new ArrayList<>();
            List<Double> lost = new ArrayList<>();
            double f = kt ? toKt : 1;
            for (String mat : mats) {
                if (!hasRoute(mat)) {
                    continue;
                }
                cats.add(mat);
                recovered.add(sum(eol(mat, "secondary_material"), tFrom) * f);
                lost.add((sum(eol(mat, "uncollected"), tFrom) + sum(eol(mat, "sorting_loss"), tFrom)
                        + sum(eol(mat, "recycling_loss"), tFrom)) * f);
            }
            String period = years[tFrom] + "-" + years[years.length - 1];
            List<String> res = new ArrayList<>(CAPACITY_DATA);
            res.addAll(List.of("composition", "lifetimes", "eol"));
            return new BarChart(id, (kt ? "Recycling potential" : "Recycling potential of minor materials")
                    + ": recovered and lost material, cumulative " + period + " (base case)", "Material",
                    "Cumulative end-of-life outflow " + period, kt ? "kt" : unitText(materialUnit), cats,
                    List.of(new Chart.Series("recovered as secondary material (upper bound)", List.of(), recovered),
                            new Chart.Series("lost (not collected, sorted or recycled)", List.of(), lost)),
                    true, true, chartSources(res, "recycling rates are upper bounds"));
        }

        private LineChart scenarioChart() {
            List<Chart.Series> series = new ArrayList<>();
            run.results().forEach((name, r) -> series.add(series(name.equals("base") ? "base case" : name,
                    materialTotal(r.materialOutflow()), toKt)));
            List<String> res = new ArrayList<>(CAPACITY_DATA);
            res.addAll(List.of("pez_offshore", "pez_offshore_high", "composition", "lifetimes"));
            return new LineChart("wind_scenarios", "End-of-life outflow of all materials by scenario", "Year",
                    "End-of-life outflow", "kt/yr", series, false, chartSources(res, "scenario timing is an assumption"));
        }

        // ---- tables ----

        private ReportTable capacityTable() {
            ReportTable.Builder tb = ReportTable.builder("wind_capacity", "Installed wind capacity by region and drive train (base case)",
                    "year", "location", "region", "drive_train", "installed_capacity", "unit");
            Table t = base.productStock();
            for (int year : CAPACITY_YEARS) {
                int i = year - years[0];
                if (i < 0 || i >= years.length) {
                    continue;
                }
                for (Table.Row r : t.rows()) {
                    double v = r.value(i);
                    if (v != 0) {
                        tb.row(year, label(t, r, "location"), label(t, r, "region"), label(t, r, "technology"), round(v, 1), productUnit);
                    }
                }
            }
            tableSources(tb, CAPACITY_DATA);
            return tb.note("Year-end capacity as modelled: published capacities up to 2022 (onshore) and the eight farms of the "
                    + "first offshore zone (offshore); constant afterwards (assumption). Onshore drive trains are not known.").build();
        }

        private ReportTable stockOutflowTable(boolean stock) {
            String u = input.materialUnit() + (stock ? "" : "/yr");
            ReportTable.Builder tb = stock
                    ? ReportTable.builder("wind_material_stock", "Material stock of the wind fleet by material, selected years (base case)",
                    "material", "year", "onshore", "offshore", "total", "unit")
                    : ReportTable.builder("wind_eol_outflow", "End-of-life outflow by material, selected years (base case)",
                    "material", "year", "onshore", "offshore", "total", "unit");
            Table t = stock ? base.materialStock() : base.materialOutflow();
            for (String mat : materials) {
                for (int year : TABLE_YEARS) {
                    int i = year - years[0];
                    if (i < 0 || i >= years.length) {
                        continue;
                    }
                    // a location whose composition has no content for the material: unknown, not zero
                    Double on = hasRows(t, mat, "onshore") ? round(material(t, mat, "onshore")[i], 2) : null;
                    Double off = hasRows(t, mat, "offshore") ? round(material(t, mat, "offshore")[i], 2) : null;
                    tb.row(mat, year, on, off, round(material(t, mat, null)[i], 2), u);
                }
            }
            List<String> res = new ArrayList<>(CAPACITY_DATA);
            res.add("composition");
            if (!stock) {
                res.add("lifetimes");
            }
            tableSources(tb, res);
            return tb.note((stock ? "Stock at the end of the year. "
                    : "Material in the turbines decommissioned during the year (including early retirement when capacity falls). ")
                    + "Empty cells: the data give no content of that material for that location (onshore Pr, Dy, Tb are an open "
                    + "item), so it is unknown, not zero, and the total covers the other location only.").build();
        }

        private ReportTable eolSummaryTable(int tFrom, int last) {
            String period = years[tFrom] + "-" + last;
            ReportTable.Builder tb = ReportTable.builder("wind_eol_summary",
                    "End of life by material, cumulative " + period + ": recycling potential and losses (base case)",
                    "period", "material", "end_of_life_outflow", "secondary_material", "losses", "recovery_rate_percent", "unit");
            for (String mat : materials) {
                double out = sum(material(base.materialOutflow(), mat, null), tFrom);
                if (!hasRoute(mat)) {
                    tb.row(period, mat, round(out, 2), null, null, null, input.materialUnit());
                    continue;
                }
                double rec = sum(eol(mat, "secondary_material"), tFrom);
                double lost = sum(eol(mat, "uncollected"), tFrom) + sum(eol(mat, "sorting_loss"), tFrom)
                        + sum(eol(mat, "recycling_loss"), tFrom);
                tb.row(period, mat, round(out, 2), round(rec, 2), round(lost, 2), out > 0 ? round(100 * rec / out, 1) : null,
                        input.materialUnit());
            }
            List<String> res = new ArrayList<>(CAPACITY_DATA);
            res.addAll(List.of("composition", "lifetimes", "eol"));
            tableSources(tb, res);
            return tb.note("Recovery rate = secondary material / end-of-life outflow = collection x sorting x recycling. "
                    + "Recycling rates are upper bounds and collection and sorting are assumed complete (recycling potential). "
                    + "Empty cells (" + String.join(", ", unrouted()) + "): no end-of-life route in the data, so recovery is "
                    + "unknown, not zero.").build();
        }

        private ReportTable scenarioTable(int tFrom, int last) {
            String period = years[tFrom] + "-" + last;
            ReportTable.Builder tb = ReportTable.builder("wind_scenarios", "End-of-life outflow " + period + " by scenario and material",
                    "scenario", "material", "end_of_life_outflow", "change_vs_base_percent", "unit");
            List<String> mats = new ArrayList<>();
            mats.add("all materials");
            mats.addAll(materials);
            for (String mat : mats) {
                Double b = null;
                for (var e : run.results().entrySet()) {
                    Table out = e.getValue().materialOutflow();
                    double v = sum(mat.equals("all materials") ? materialTotal(out) : material(out, mat, null), tFrom);
                    if (e.getKey().equals("base")) {
                        b = v;
                    }
                    tb.row(e.getKey(), mat, round(v, 2), b == null || b == 0 ? null : round(100 * (v - b) / b, 1), input.materialUnit());
                }
            }
            List<String> res = new ArrayList<>(CAPACITY_DATA);
            res.addAll(List.of("pez_offshore", "pez_offshore_high", "composition", "lifetimes"));
            tableSources(tb, res);
            return tb.note(run.model().scenarios().stream().map(sc -> sc.name() + ": " + sc.description())
                    .collect(Collectors.joining(". "))).build();
        }

        private ReportTable checksTable() {
            ReportTable.Builder tb = ReportTable.builder("wind_model_checks", "Model checks and messages (all runs)",
                    "severity", "code", "message", "location");
            for (var e : run.results().entrySet()) {
                MassBalance mb = e.getValue().massBalance();
                tb.row(mb.ok() ? "ok" : "error", "MASS_BALANCE", String.format(Locale.ROOT,
                        "[%s] %d process/material balances over %d years; largest residual %.3g %s (relative tolerance %.0e)",
                        e.getKey(), mb.entries().size(), years.length, mb.maxAbsResidual(), input.materialUnit(),
                        mb.relativeTolerance()), "");
            }
            // the same message in several runs is listed once, with the runs it occurs in
            Map<List<String>, List<String>> runsByIssue = new LinkedHashMap<>();
            for (Issue i : run.report().issues()) {
                String msg = i.message();
                String runName = "base";
                if (msg.startsWith("[scenario ") && msg.indexOf("] ") > 0) {
                    runName = msg.substring("[scenario ".length(), msg.indexOf("] "));
                    msg = msg.substring(msg.indexOf("] ") + 2);
                }
                runsByIssue.computeIfAbsent(List.of(i.severity().name().toLowerCase(Locale.ROOT), i.code(), msg,
                        i.location().toString()), k -> new ArrayList<>()).add(runName);
            }
            runsByIssue.forEach((k, runs) -> tb.row(k.get(0), k.get(1), k.get(2) + (runs.size() == run.results().size()
                    ? " (all runs)" : " (runs: " + String.join(", ", runs) + ")"), k.get(3)));
            tb.source(modelCitation());
            return tb.note("Warnings and notes from the model run; errors would have replaced this section by a notice.").build();
        }

        private ReportTable sourcesTable() {
            ReportTable.Builder tb = ReportTable.builder("wind_sources", "Sources of the wind-fleet model data",
                    "source_id", "title", "vintage", "used_in");
            for (Source src : sources.values()) {
                String used = sourcesByResource.entrySet().stream().filter(e -> e.getValue().containsKey(src.id()))
                        .map(Map.Entry::getKey).collect(Collectors.joining(", "));
                tb.row(src.id(), src.title(), src.vintage(), used);
            }
            tb.source(modelCitation());
            sources.values().forEach(src -> tb.source(src.citation()));
            return tb.note("Each row of the model's data files (" + PRESET + " data package) names its primary source and "
                    + "others; used_in lists those files; the full references with their addresses follow. cambium-assumption marks a CAMBIUM modelling assumption.").build();
        }

        // ---- sources ----

        private String modelCitation() {
            return "CAMBIUM stock-flow model " + PRESET + " (" + context.asOf() + ")";
        }

        /**
         * Short citations for a chart or table: the model run, and the package files it rests on with
         * their most cited sources; the full references are the rows (and sources) of table wind_sources.
         */
        private List<String> chartSources(List<String> resources, String caveat) {
            Map<String, Integer> ids = new LinkedHashMap<>();
            resources.forEach(r -> sourcesByResource.getOrDefault(r, Map.of()).forEach((k, v) -> ids.merge(k, v, Integer::sum)));
            ids.remove("cambium-assumption");
            List<String> out = new ArrayList<>();
            out.add(modelCitation() + (caveat.isEmpty() ? "" : " (" + caveat + ")"));
            if (!ids.isEmpty()) {
                List<String> main = ids.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .limit(4).map(Map.Entry::getKey).toList();
                out.add("data: " + PRESET + " files " + String.join(", ", resources) + ", citing " + ids.size()
                        + " sources, mainly " + String.join(", ", main) + " (full references: table wind_sources)");
            }
            return out;
        }

        private void tableSources(ReportTable.Builder tb, List<String> resources) {
            chartSources(resources, "").forEach(tb::source);
        }

        // ---- data helpers ----

        private List<Map<String, String>> segmentLabels() {
            Set<Map<String, String>> out = new LinkedHashSet<>();
            input.segments().forEach(seg -> out.add(seg.labels()));
            return new ArrayList<>(out);
        }

        private static boolean hasRows(Table t, String mat, String location) {
            int mi = t.dimension("material");
            int li = t.dimension("location");
            return t.rows().stream().anyMatch(r -> r.labels().get(mi).equals(mat) && (li < 0 || r.labels().get(li).equals(location)));
        }

        private boolean hasRoute(String mat) {
            Table t = base.endOfLife();
            int mi = t.dimension("material");
            return t.rows().stream().anyMatch(r -> r.labels().get(mi).equals(mat));
        }

        private List<String> unrouted() {
            return materials.stream().filter(x -> !hasRoute(x)).toList();
        }

        private double[] eol(String mat, String flow) {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("material", mat);
            f.put("flow", flow);
            return filter(base.endOfLife(), f);
        }

        private double[] flowTotal(String flow) {
            return filter(base.endOfLife(), Map.of("flow", flow));
        }

        private double[] product(Table t, @Nullable String location, @Nullable String region) {
            Map<String, String> f = new LinkedHashMap<>();
            if (location != null) {
                f.put("location", location);
            }
            if (region != null) {
                f.put("region", region);
            }
            return filter(t, f);
        }

        private double[] material(Table t, String mat, @Nullable String location) {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("material", mat);
            if (location != null) {
                f.put("location", location);
            }
            return filter(t, f);
        }

        private double[] materialTotal(Table t) {
            return filter(t, Map.of());
        }

        private double[] filter(Table t, Map<String, String> f) {
            List<@Nullable String> filter = new ArrayList<>();
            for (String d : t.dimensions()) {
                filter.add(f.get(d));
            }
            double[] v = t.sum(filter);
            return v.length == 0 ? new double[years.length] : v;
        }

        private double at(double[] v, int year) {
            int i = year - years[0];
            return i >= 0 && i < v.length ? v[i] : Double.NaN;
        }

        private Chart.Series series(String name, double[] v, double factor) {
            List<Double> y = new ArrayList<>(v.length);
            for (double d : v) {
                y.add(d * factor);
            }
            return new Chart.Series(name, xs, y);
        }

        private static String label(Table t, Table.Row r, String dim) {
            int i = t.dimension(dim);
            return i < 0 ? "" : r.labels().get(i);
        }

        private static double sum(double[] v, int from) {
            double s = 0;
            for (int i = from; i < v.length; i++) {
                s += v[i];
            }
            return s;
        }

        private static double max(double[] v) {
            return Arrays.stream(v).max().orElse(0);
        }

        private static double round(double v, int digits) {
            double f = Math.pow(10, digits);
            return Math.round(v * f) / f;
        }

        /** Age by which a share p of the units has retired. */
        private static double quantile(Lifetime.Weibull w, double p) {
            return w.scale() * Math.pow(-Math.log(1 - p), 1 / w.shape());
        }

        private static String pct(double v) {
            return String.format(Locale.ROOT, "%.0f", 100 * v);
        }

        private static String cap(String s) {
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }

        private static String unitText(Unit u) {
            return u.toString();
        }
    }
}
