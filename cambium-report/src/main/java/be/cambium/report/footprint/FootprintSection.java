package be.cambium.report.footprint;

import be.cambium.accounts.IndicatorValue;
import be.cambium.accounts.Origin;
import be.cambium.footprint.FootprintResult;
import be.cambium.footprint.RegionFootprint;
import be.cambium.footprint.RmcDmcRatio;
import be.cambium.provenance.Source;
import be.cambium.report.model.BarChart;
import be.cambium.report.model.Chart;
import be.cambium.report.model.LineChart;
import be.cambium.report.model.ReportTable;
import be.cambium.report.model.Section;
import be.cambium.validate.Issue;
import be.cambium.validate.ValidationReport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * The report's material footprint. Always: Belgium's and the EU-27's published raw material consumption (RMC) against
 * their domestic material consumption (DMC), per person, and the RMC/DMC ratio ({@link Published}). With a user's
 * MRIO ({@link Mrio}): the footprint of one region, RMI and RMC, imports in raw-material equivalents split into final
 * use, intermediate use and re-export, and the production layers; its tables are {@link FootprintTables#footprint}
 * and {@link FootprintTables#layers}, the files {@code cambium footprint} writes. Without one, a notice says how to get
 * the split; no MRIO figure is ever invented. A pure function of its records.
 */
public final class FootprintSection {

    public static final String ID = "footprint";
    public static final String TITLE = "Material footprint";
    /** The economies whose published RMC and DMC are shown. */
    public static final List<String> GEOS = List.of("BE", "EU27_2020");
    /** Production layers computed and shown before the remainder. */
    public static final int LAYERS = 8;
    /** Most items (materials or stressors) drawn in a chart; the tables hold them all. */
    static final int CHART_ITEMS = 10;
    static final int LAYER_SERIES = 5;
    /** EXIOBASE's material rows; used to pick the raw materials out of a satellite account when no concordance is given. */
    static final String EXIOBASE_MATERIALS = "Domestic Extraction Used";
    /** Published per-capita RMC and DMC are rounded to 0.1 t: each may be off by this much. */
    static final double PUBLISHED_HALF_STEP = 0.05;

    /**
     * The published figures: the values of the accounts runs for {@link #GEOS} (only total DMC and RMC per person,
     * published, are used), the sources they cite, and the name of the package they come from (for the notices).
     */
    public record Published(List<IndicatorValue> values, Collection<Source> sources, String packageName) {
        public Published {
            values = List.copyOf(values);
            sources = List.copyOf(sources);
            Objects.requireNonNull(packageName, "packageName");
        }
    }

    /**
     * A run on a user's MRIO for {@code region}: its result ({@code null} when it failed) and every issue of the run.
     *
     * @param path the MRIO as the user gave it, for the notices
     * @param extension the only extension read, or null for all
     * @param concordance the file name of the stressor-to-material concordance, or null for none
     */
    public record Mrio(String path, String region, @Nullable String extension, @Nullable String concordance,
            @Nullable FootprintResult result, ValidationReport report) {
        public Mrio {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(report, "report");
        }
    }

    private FootprintSection() {
    }

    /** The section; {@code mrio} null when the user gave none. */
    public static Section of(Published published, @Nullable Mrio mrio) {
        Section.Builder s = Section.builder(ID, TITLE);
        PublishedSeries pub = PublishedSeries.of(published);
        s.paragraph(explanation(pub.ratios(), pub.vintages()));
        MrioPart part = mrio == null ? null : MrioPart.of(mrio);
        s.table(summary(pub, part));
        published(pub, published.packageName(), s);
        if (mrio == null) {
            s.notice("The split of imports into intermediate use, final use and re-export, and the supply-chain layers, need a "
                    + "multi-regional input-output table (MRIO), which CAMBIUM does not bundle (EXIOBASE 3 is several gigabytes "
                    + "and must be downloaded by the user). Download EXIOBASE 3 (for example IOT_2022_pxp.zip from Zenodo) and run "
                    + "`cambium report --mrio PATH` (the zip or its unzipped folder) to add them to this section, or "
                    + "`cambium footprint --mrio PATH --out DIR` for the full tables. No MRIO figures are shown here.");
        } else if (part == null) {
            s.notice(failure(mrio));
        } else if (part.items().isEmpty()) {
            s.notice("The MRIO " + mrio.path() + " has no stressors" + (mrio.extension() == null ? "" : " in extension "
                    + mrio.extension()) + ", so there is no footprint to show.");
        } else {
            part.write(s);
        }
        return s.build();
    }

    // ---------------------------------------------------------------- published RMC and DMC

    /** One published per-capita value with the release it comes from. */
    record Pub(double value, String vintage, String sourceId) {
    }

    /** The published series by geo and indicator (DMC, RMC), their ratios by geo, and the sources by id. */
    record PublishedSeries(Map<String, Map<String, TreeMap<Integer, Pub>>> data, Map<String, List<RmcDmcRatio>> ratios,
            Map<String, String> vintages, Map<String, Source> sources) {

        static PublishedSeries of(Published p) {
            Map<String, Source> sources = new LinkedHashMap<>();
            p.sources().forEach(src -> sources.putIfAbsent(src.id(), src));
            Map<String, Map<String, TreeMap<Integer, Pub>>> data = new LinkedHashMap<>();
            for (IndicatorValue v : p.values()) {
                if ((v.indicator().equals("DMC") || v.indicator().equals("RMC")) && v.material().equals("TOTAL")
                        && v.unit().toString().equals("t/cap") && v.origin() == Origin.PUBLISHED && !Double.isNaN(v.value())
                        && !v.sources().isEmpty()) {
                    String sid = v.sources().get(0);
                    Source src = sources.get(sid);
                    data.computeIfAbsent(v.geo(), g -> new LinkedHashMap<>()).computeIfAbsent(v.indicator(), i -> new TreeMap<>())
                            .put(v.year(), new Pub(v.value(), src == null ? "" : src.vintage(), sid));
                }
            }
            Map<String, List<RmcDmcRatio>> ratios = new LinkedHashMap<>();
            Map<String, String> vintages = new LinkedHashMap<>();
            for (String geo : GEOS) {
                TreeMap<Integer, Pub> dmc = series(data, geo, "DMC");
                TreeMap<Integer, Pub> rmc = series(data, geo, "RMC");
                List<RmcDmcRatio> r = RmcDmcRatio.of(values(rmc), values(dmc), PUBLISHED_HALF_STEP);
                ratios.put(geo, r);
                if (!r.isEmpty()) {
                    int y = r.get(r.size() - 1).year();
                    vintages.put(geo, "RMC " + rmc.get(y).vintage() + "; DMC " + dmc.get(y).vintage());
                }
            }
            return new PublishedSeries(data, ratios, vintages, sources);
        }

        TreeMap<Integer, Pub> series(String geo, String indicator) {
            return series(data, geo, indicator);
        }

        private static TreeMap<Integer, Pub> series(Map<String, Map<String, TreeMap<Integer, Pub>>> data, String geo, String ind) {
            return data.getOrDefault(geo, Map.of()).getOrDefault(ind, new TreeMap<>());
        }

        private static TreeMap<Integer, Double> values(TreeMap<Integer, Pub> m) {
            TreeMap<Integer, Double> out = new TreeMap<>();
            m.forEach((y, p) -> out.put(y, p.value()));
            return out;
        }
    }

    private static void published(PublishedSeries pub, String packageName, Section.Builder s) {
        ReportTable.Builder t = ReportTable.builder("rmc_dmc_per_capita",
                "Raw material consumption (RMC) against domestic material consumption (DMC) per person, Belgium and EU-27",
                "geo", "year", "indicator", "value", "unit", "origin", "vintage", "source");
        List<Chart.Series> perCap = new ArrayList<>();
        List<Chart.Series> ratios = new ArrayList<>();
        List<String> cited = new ArrayList<>();
        for (String geo : GEOS) {
            for (String ind : List.of("DMC", "RMC")) {
                List<Double> x = new ArrayList<>();
                List<Double> y = new ArrayList<>();
                for (Map.Entry<Integer, Pub> e : pub.series(geo, ind).entrySet()) {
                    Pub p = e.getValue();
                    Source src = pub.sources().get(p.sourceId());
                    t.row(geo, e.getKey(), ind, p.value(), "t/cap", "published", p.vintage(), p.sourceId());
                    x.add((double) e.getKey());
                    y.add(p.value());
                    if (src != null && !cited.contains(src.citation())) {
                        cited.add(src.citation());
                    }
                }
                if (!x.isEmpty()) {
                    perCap.add(new Chart.Series(geoName(geo) + " " + ind, x, y));
                }
            }
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (RmcDmcRatio r : pub.ratios().get(geo)) {
                double rounded = round(r.ratio(), 3);
                Pub rmc = pub.series(geo, "RMC").get(r.year());
                Pub dmc = pub.series(geo, "DMC").get(r.year());
                t.row(geo, r.year(), "RMC_DMC_RATIO", rounded, "t/t", "computed", "RMC " + rmc.vintage() + "; DMC " + dmc.vintage(),
                        rmc.sourceId() + " " + dmc.sourceId());
                x.add((double) r.year());
                y.add(rounded);
            }
            if (!x.isEmpty()) {
                ratios.add(new Chart.Series(geoName(geo), x, y));
            }
        }
        cited.forEach(t::source);
        t.note("Published values as released; each series uses its newest release in the bundled package (older releases of "
                + "the same cells are listed by `cambium accounts` as MFA_VINTAGE notes). RMC_DMC_RATIO is computed here, only "
                + "for years with both values, from the rounded published figures (so uncertain by about +-0.01), and its two "
                + "inputs come from different releases (see vintage).");
        if (perCap.isEmpty()) {
            s.notice("The bundled package " + packageName + " holds no published RMC or DMC per person; nothing to show.");
            return;
        }
        s.chart(new LineChart("rmc_vs_dmc_per_capita", "Material footprint (RMC) against domestic material consumption (DMC) per person",
                "year", "t per person", "t/cap", perCap, false, cited));
        if (!ratios.isEmpty()) {
            s.chart(new LineChart("rmc_dmc_ratio", "Ratio of raw material consumption to domestic material consumption", "year",
                    "RMC / DMC", "t/t", ratios, false, cited));
        }
        s.table(t.build());
    }

    /** The plain-language reading of the published figures, built from them. */
    static String explanation(Map<String, List<RmcDmcRatio>> ratioByGeo, Map<String, String> vintages) {
        StringBuilder b = new StringBuilder();
        b.append("Domestic material consumption (DMC) counts what crosses the border by its own weight: the tonnes of goods "
                + "imported, minus those exported, plus what is extracted at home. Raw material consumption (RMC, the material "
                + "footprint) instead counts the raw materials extracted anywhere in the world to make what the country "
                + "consumes: imports and exports are converted to raw material equivalents, the ores, crops, fuels and minerals "
                + "used along their supply chains, most of which never cross the border.");
        List<RmcDmcRatio> be = ratioByGeo.getOrDefault("BE", List.of());
        if (be.isEmpty()) {
            b.append(" The bundled package has no year with both RMC and DMC for Belgium, so they cannot be compared here.");
            return b.toString();
        }
        RmcDmcRatio v = be.get(be.size() - 1);
        b.append(String.format(Locale.ROOT, " In %d, Belgium's RMC was %s t per person against a DMC of %s t, a ratio of %.2f",
                v.year(), one(v.rmc()), one(v.dmc()), v.ratio()));
        ratioByGeo.getOrDefault("EU27_2020", List.of()).stream().filter(r -> r.year() == v.year()).findFirst().ifPresent(eu ->
                b.append(String.format(Locale.ROOT, " (EU-27: %s against %s t, ratio %.2f)", one(eu.rmc()), one(eu.dmc()), eu.ratio())));
        b.append(". ");
        if (v.equalWithinRounding()) {
            b.append("The two are equal within the published rounding: the raw materials used upstream of Belgium's imports "
                    + "are about as large as those used upstream of its exports, so the border weights give the right total.");
        } else if (v.ratio() > 1) {
            b.append("Belgium's consumption thus rests on more raw materials than the border weights show: the raw materials "
                    + "used upstream of its imports, beyond their own weight, exceed those used upstream of its exports.");
        } else {
            b.append("Belgium's consumption thus rests on fewer raw materials than its DMC suggests: the raw materials used "
                    + "upstream of its exports, beyond their own weight, exceed those used upstream of its imports.");
        }
        if (be.size() > 1) {
            RmcDmcRatio first = be.get(0);
            b.append(String.format(Locale.ROOT, " Over the years with both figures (%s), the ratio ranged from %.2f to %.2f; it was "
                            + "%.2f in %d.", String.join(", ", be.stream().map(r -> String.valueOf(r.year())).toList()),
                    be.stream().mapToDouble(RmcDmcRatio::ratio).min().orElseThrow(),
                    be.stream().mapToDouble(RmcDmcRatio::ratio).max().orElseThrow(), first.ratio(), first.year()));
        }
        String vint = vintages.get("BE");
        if (vint != null) {
            b.append(" RMC and DMC come from different releases (").append(vint).append(") and are rounded to 0.1 t, so "
                    + "differences of a few hundredths in the ratio are not meaningful.");
        }
        b.append(" Which imports feed Belgian industry, final consumers or re-exports can only be told with an input-output model "
                + "(below).");
        return b.toString();
    }

    // ---------------------------------------------------------------- the summary

    /**
     * The headline figures: per economy of {@link #GEOS}, its latest year with both published RMC and DMC and their
     * ratio; with a usable MRIO, the footprint of its headline item (the total of the materials, else the largest).
     */
    static ReportTable summary(PublishedSeries pub, @Nullable MrioPart mrio) {
        ReportTable.Builder t = ReportTable.builder("material_footprint_summary", "Material footprint in brief",
                "region", "item", "indicator", "year", "value", "unit", "basis");
        for (String geo : GEOS) {
            List<RmcDmcRatio> r = pub.ratios().get(geo);
            if (r.isEmpty()) {
                continue;
            }
            RmcDmcRatio last = r.get(r.size() - 1);
            Pub rmc = pub.series(geo, "RMC").get(last.year());
            Pub dmc = pub.series(geo, "DMC").get(last.year());
            t.row(geo, "TOTAL", "RMC", last.year(), last.rmc(), "t/cap", "published, " + rmc.vintage());
            t.row(geo, "TOTAL", "DMC", last.year(), last.dmc(), "t/cap", "published, " + dmc.vintage());
            t.row(geo, "TOTAL", "RMC_DMC_RATIO", last.year(), round(last.ratio(), 3), "t/t", "computed from the published values");
        }
        if (mrio != null && !mrio.items().isEmpty()) {
            Item h = mrio.headline();
            for (Object[] kv : h.indicators().rows()) {
                t.row(mrio.region(), h.name(), kv[0], null, kv[1], h.unit(), "input-output model (MRIO given with --mrio)");
            }
        }
        return t.note("The latest year with both published figures, per economy; RMC_DMC_RATIO as in rmc_dmc_per_capita. "
                + "MRIO rows, when an MRIO is given, are the footprint of the total of the materials (or the largest item) in "
                + "footprint_mrio, for the MRIO's own year.").build();
    }

    // ---------------------------------------------------------------- the MRIO part

    /** A row of the MRIO part: a material or a stressor, its indicators and its layers (tier 0, 1, ..., remainder last). */
    record Item(String name, String unit, RegionFootprint.Indicators indicators, double[] layers) {
    }

    /** The notice for an MRIO that could not be used: its first errors, and how to see all of them. */
    static String failure(Mrio mrio) {
        StringBuilder b = new StringBuilder("The MRIO given with --mrio (" + mrio.path() + ") could not be used, so no input-output "
                + "figures are shown. Problems: ");
        List<Issue> errors = mrio.report().errors();
        for (int i = 0; i < Math.min(5, errors.size()); i++) {
            b.append(i == 0 ? "" : "; ").append(errors.get(i));
        }
        if (errors.size() > 5) {
            b.append("; and ").append(errors.size() - 5).append(" more (run `cambium footprint --mrio ").append(mrio.path())
                    .append("` to see them all)");
        }
        return b.append('.').toString();
    }

    /** The MRIO part of a usable run: which items are shown, how they are described, and the total of the summable ones. */
    record MrioPart(Mrio mrio, RegionFootprint footprint, List<String> cited, List<Item> items, String kind, String what,
            boolean summable) {

        /** The part, or null when the run failed. */
        static @Nullable MrioPart of(Mrio mrio) {
            FootprintResult r = mrio.result();
            if (r == null || r.region() == null) {
                return null;
            }
            RegionFootprint f = r.region();
            List<String> cited = new ArrayList<>(FootprintTables.citations(r));
            if (cited.isEmpty()) {
                cited.add("MRIO given by the user: " + mrio.path());
            }
            Map<String, double[]> layers = layersByItem(f.itemLayers());
            if (!f.materials().isEmpty()) {
                List<Item> items = f.materials().stream().map(m -> item(m, layers)).toList();
                return new MrioPart(mrio, f, cited, items, "materials", "Database stressors are bridged to " + items.size()
                        + " materials through " + (mrio.concordance() == null ? "a concordance" : mrio.concordance()) + ".", true);
            }
            List<RegionFootprint.Indicators> st = f.stressors().stream().filter(i -> i.name().startsWith(EXIOBASE_MATERIALS)).toList();
            boolean materials = !st.isEmpty();
            List<Item> items = (materials ? st : f.stressors()).stream().map(i -> item(i, layers)).toList();
            return materials
                    ? new MrioPart(mrio, f, cited, items, "materials", "Shown: the " + items.size() + " '" + EXIOBASE_MATERIALS
                            + "' stressors (pass --concordance to group them into EW-MFA categories).", true)
                    : new MrioPart(mrio, f, cited, items, "stressors", "This MRIO has no '" + EXIOBASE_MATERIALS + "' rows and no "
                            + "concordance was given, so its " + items.size() + " stressors are shown as they are; they are not raw "
                            + "materials unless the MRIO says so.", false);
        }

        private static Map<String, double[]> layersByItem(List<RegionFootprint.LayerValue> ls) {
            int tiers = ls.stream().mapToInt(RegionFootprint.LayerValue::tier).max().orElse(-1) + 1;
            Map<String, double[]> out = new LinkedHashMap<>();
            for (RegionFootprint.LayerValue l : ls) {
                double[] a = out.computeIfAbsent(l.extension() + "\u0000" + l.stressor(), k -> new double[tiers + 1]);
                a[l.tier() < 0 ? tiers : l.tier()] += l.value();
            }
            return out;
        }

        private static Item item(RegionFootprint.Indicators i, Map<String, double[]> layers) {
            return new Item(i.name(), i.unit(), i, layers.get(i.extension() + "\u0000" + i.name()));
        }

        String region() {
            return footprint.region();
        }

        /** The unit most items have (ties: the first met). */
        String unit() {
            Map<String, Integer> n = new LinkedHashMap<>();
            items.forEach(i -> n.merge(i.unit(), 1, Integer::sum));
            return n.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue)).orElseThrow().getKey();
        }

        List<Item> same() {
            String unit = unit();
            return items.stream().filter(i -> i.unit().equals(unit)).toList();
        }

        /** The sum of the items in the dominant unit when they are materials and more than one, else null. */
        @Nullable Item total() {
            List<Item> same = same();
            if (!summable || same.size() < 2) {
                return null;
            }
            String name = "all " + kind;
            double[] layers = new double[same.get(0).layers().length];
            for (Item i : same) {
                for (int k = 0; k < layers.length; k++) {
                    layers[k] += i.layers()[k];
                }
            }
            return new Item(name, unit(), RegionFootprint.Indicators.total(name, unit(),
                    same.stream().map(Item::indicators).toList()), layers);
        }

        /** The total, else the item with the largest footprint. */
        Item headline() {
            Item total = total();
            return total != null ? total : same().stream()
                    .max(Comparator.comparingDouble(i -> Math.abs(i.indicators().rawMaterialConsumption()))).orElseThrow();
        }

        void write(Section.Builder s) {
            Item total = total();
            List<Item> same = same();
            String unit = unit();
            s.paragraph("Input-output results for region " + region() + " from the MRIO given with --mrio: " + String.join("; ", cited)
                    + ". " + what + " " + explanation(headline(), region(), summable));
            charts(s, same, unit);
            s.table(FootprintTables.footprint(footprint, cited).withId("footprint_mrio", "Material footprint of " + region()
                    + " from the MRIO"));
            layerChart(s, total, same);
            s.table(FootprintTables.layers(footprint, cited).withId("footprint_layers", "Footprint of " + region()
                    + " by production layer"));
            List<Issue> warnings = mrio.report().issues().stream().filter(i -> !i.isError()).toList();
            if (!warnings.isEmpty()) {
                s.paragraph("Checks on the MRIO: " + warnings.size() + " warnings or notes, e.g. " + warnings.get(0)
                        + ". `cambium footprint --mrio " + mrio.path() + "` lists them all.");
            }
        }

        private void charts(Section.Builder s, List<Item> same, String unit) {
            List<Item> chartItems = same.stream()
                    .sorted(Comparator.comparingDouble((Item i) -> -Math.abs(i.indicators().imports()))).limit(CHART_ITEMS).toList();
            List<String> cats = chartItems.stream().map(Item::name).toList();
            boolean horizontal = cats.size() > 4 || cats.stream().anyMatch(c -> c.length() > 18);
            String more = same.size() > chartItems.size() ? " (the " + chartItems.size() + " largest of " + same.size() + ")" : "";
            String otherUnits = items.size() > same.size()
                    ? "; " + (items.size() - same.size()) + " items in other units are in the table" : "";
            s.chart(new BarChart("footprint_rmi_rmc", (summable ? "Raw material input and consumption of " + region()
                    : "Input (RMI), exports and consumption (RMC) of " + region() + " per stressor") + more + otherUnits,
                    kind, "raw-material equivalents", unit, cats, List.of(
                            series("raw material input (RMI)", chartItems, i -> i.indicators().rawMaterialInput()),
                            series("exports (EXP_RME)", chartItems, i -> i.indicators().exports()),
                            series("raw material consumption (RMC)", chartItems, i -> i.indicators().rawMaterialConsumption())),
                    false, horizontal, cited));
            s.chart(new BarChart("footprint_imports_by_use", "Imports of " + region() + (summable ? " in raw-material equivalents"
                    : ", stressors embodied") + ", by use" + more + otherUnits, kind, "imports (RME)", unit, cats, List.of(
                            series("final use", chartItems, i -> i.indicators().importsFinal()),
                            series("intermediate use (domestic final demand)", chartItems, i -> i.indicators().importsIntermediate()),
                            series("re-export (processed or not)", chartItems, i -> i.indicators().importsReexport())),
                    true, horizontal, cited));
        }

        /** Shares of the footprint by supply-chain tier, for the total and the items with the largest footprints. */
        private void layerChart(Section.Builder s, @Nullable Item total, List<Item> same) {
            int tierCount = same.get(0).layers().length - 1;
            List<String> tiers = new ArrayList<>();
            for (int k = 0; k < tierCount; k++) {
                tiers.add("layer " + k);
            }
            tiers.add("beyond " + (tierCount - 1));
            List<Item> layerItems = new ArrayList<>();
            if (total != null) {
                layerItems.add(total);
            }
            same.stream().sorted(Comparator.comparingDouble((Item i) -> -Math.abs(i.indicators().rawMaterialConsumption())))
                    .limit(LAYER_SERIES).forEach(layerItems::add);
            List<Chart.Series> ls = new ArrayList<>();
            for (Item i : layerItems) {
                double rmc = i.indicators().rawMaterialConsumption();
                List<Double> y = new ArrayList<>();
                for (double v : i.layers()) {
                    y.add(rmc == 0 ? Double.NaN : 100 * v / rmc);
                }
                ls.add(new Chart.Series(i.name(), List.of(), y));
            }
            s.chart(new BarChart("footprint_layers", "Where in the supply chain the footprint of " + region()
                    + (summable ? " is extracted" : " arises"),
                    "supply-chain layer (0 = the sector selling to final demand)", "share of RMC", "%", tiers, ls, false, false, cited));
        }
    }

    private static String explanation(Item i, String region, boolean materials) {
        RegionFootprint.Indicators v = i.indicators();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, materials
                        ? "For %s, %s's raw material consumption is %s %s and its raw material input %s %s, of which %s %s are imports "
                                + "in raw-material equivalents."
                        : "For %s, %s's consumption-based footprint (RMC) is %s %s and its input (RMI) %s %s, of which %s %s are "
                                + "embodied in imports.", i.name(), region, fmt(v.rawMaterialConsumption()),
                i.unit(), fmt(v.rawMaterialInput()), i.unit(), fmt(v.imports()), i.unit()));
        if (v.imports() != 0) {
            b.append(String.format(Locale.ROOT, " Of these imports, %s %% are bought by final users as imported goods, %s %% are "
                            + "used by %s's industries to make what its own final demand buys, and %s %% leave again in its "
                            + "exports.", pct(v.importsFinal() / v.imports()), pct(v.importsIntermediate() / v.imports()), region,
                    pct(v.importsReexport() / v.imports())));
        }
        double rmc = v.rawMaterialConsumption();
        if (rmc != 0 && i.layers().length > 2) {
            double l0 = i.layers()[0] / rmc;
            double l1 = i.layers()[1] / rmc;
            b.append(String.format(Locale.ROOT, " %s %% of the footprint is %s by the sectors that sell to final demand "
                    + "themselves (layer 0), %s %% by their direct suppliers (layer 1) and %s %% further up the supply "
                    + "chains.", pct(l0), materials ? "extracted" : "caused", pct(l1), pct(1 - l0 - l1)));
        }
        return b.toString();
    }

    /** A share as a percentage: whole numbers from 10 %, one decimal below. */
    private static String pct(double share) {
        double p = 100 * share;
        return Math.abs(p) >= 10 ? String.format(Locale.ROOT, "%.0f", p) : String.format(Locale.ROOT, "%.1f", p);
    }

    private static Chart.Series series(String name, List<Item> items, ToDoubleFunction<Item> f) {
        return new Chart.Series(name, List.of(), items.stream().map(i -> f.applyAsDouble(i)).toList());
    }

    private static String geoName(String geo) {
        return geo.equals("BE") ? "Belgium" : geo.startsWith("EU27") ? "EU-27" : geo;
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }

    private static String one(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String fmt(double v) {
        double a = Math.abs(v);
        return a >= 100 ? String.format(Locale.ROOT, "%,.0f", v).replace(',', '\u2009')
                : a >= 1 ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.3g", v);
    }
}
