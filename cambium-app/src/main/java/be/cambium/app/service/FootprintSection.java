package be.cambium.app.service;

import be.cambium.accounts.IndicatorValue;
import be.cambium.accounts.Origin;
import be.cambium.footprint.FootprintResult;
import be.cambium.footprint.MaterialBridge;
import be.cambium.footprint.RegionFootprint;
import be.cambium.io.mrio.MaterialBridgeReader;
import be.cambium.io.mrio.MrioReadException;
import be.cambium.provenance.Source;
import be.cambium.report.model.BarChart;
import be.cambium.report.model.Chart;
import be.cambium.report.model.LineChart;
import be.cambium.report.model.ReportTable;
import be.cambium.report.model.Section;
import be.cambium.validate.Issue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The material footprint. Always: Belgium's and the EU-27's published raw material consumption (RMC) against their
 * domestic material consumption (DMC), per person, and the RMC/DMC ratio, from the bundled {@code be-mfa} package.
 * With a user's MRIO ({@link ReportContext#mrio()}): {@link FootprintService} for Belgium, giving RMI and RMC, imports in
 * raw-material equivalents split into final use, intermediate use and re-export, and the production layers. Without
 * one, a notice says how to get the split; no MRIO figure is ever invented.
 */
final class FootprintSection implements SectionProvider {

    /** The region the MRIO part is computed for. */
    static final String REGION = "BE";
    /** Production layers shown before the remainder. */
    static final int LAYERS = 8;
    /** Most items (materials or stressors) drawn in a chart; the tables hold them all. */
    static final int CHART_ITEMS = 10;
    static final int LAYER_SERIES = 5;
    /** EXIOBASE's material rows; used to pick the raw materials out of a satellite account when no concordance is given. */
    static final String EXIOBASE_MATERIALS = "Domestic Extraction Used";

    private static final List<String> GEOS = List.of("BE", "EU27_2020");

    private final String region;

    FootprintSection() {
        this(REGION);
    }

    /** For tests on MRIOs without Belgium: {@code region} stands in for Belgium in the MRIO part only. */
    FootprintSection(String region) {
        this.region = Objects.requireNonNull(region, "region");
    }

    @Override
    public String id() {
        return "footprint";
    }

    @Override
    public String title() {
        return "Material footprint";
    }

    @Override
    public Section build(ReportContext context) {
        Section.Builder s = Section.builder(id(), title());
        published(context, s);
        if (context.mrio() == null) {
            s.notice("The split of imports into intermediate use, final use and re-export, and the supply-chain layers, need a "
                    + "multi-regional input-output table (MRIO), which CAMBIUM does not bundle (EXIOBASE 3 is several gigabytes "
                    + "and must be downloaded by the user). Download EXIOBASE 3 (for example IOT_2022_pxp.zip from Zenodo) and run "
                    + "`cambium report --mrio PATH` (the zip or its unzipped folder) to add them to this section, or "
                    + "`cambium footprint --mrio PATH --out DIR` for the full tables. No MRIO figures are shown here.");
        } else {
            mrio(context, context.mrio(), s);
        }
        return s.build();
    }

    // ---------------------------------------------------------------- published RMC and DMC (be-mfa)

    /** One published per-capita value with the release it comes from. */
    private record Pub(double value, String vintage, String sourceId) {
    }

    private static void published(ReportContext context, Section.Builder s) {
        context.progress().accept("footprint: published RMC and DMC from " + context.packages().describe(AccountsService.BUNDLED));
        AccountsService service = new AccountsService();
        // geo -> indicator -> year -> value
        Map<String, Map<String, TreeMap<Integer, Pub>>> data = new LinkedHashMap<>();
        Map<String, Source> sources = new LinkedHashMap<>();
        for (String geo : GEOS) {
            AccountsService.Outcome o = service.run(new AccountsService.Request(List.of(), geo, null, null,
                    context.workspace() != null ? context.workspace() : be.cambium.io.store.Workspace.defaultRoot(), context.packages()));
            o.result().provenance().sources().forEach(src -> sources.putIfAbsent(src.id(), src));
            for (IndicatorValue v : o.result().values()) {
                if ((v.indicator().equals("DMC") || v.indicator().equals("RMC")) && v.material().equals("TOTAL")
                        && v.unit().toString().equals("t/cap") && v.origin() == Origin.PUBLISHED && !Double.isNaN(v.value())
                        && !v.sources().isEmpty()) {
                    String sid = v.sources().get(0);
                    Source src = sources.get(sid);
                    data.computeIfAbsent(geo, g -> new LinkedHashMap<>()).computeIfAbsent(v.indicator(), i -> new TreeMap<>())
                            .put(v.year(), new Pub(v.value(), src == null ? "" : src.vintage(), sid));
                }
            }
        }
        ReportTable.Builder t = ReportTable.builder("rmc_dmc_per_capita",
                "Raw material consumption (RMC) against domestic material consumption (DMC) per person, Belgium and EU-27",
                "geo", "year", "indicator", "value", "unit", "origin", "vintage", "source");
        List<Chart.Series> perCap = new ArrayList<>();
        List<Chart.Series> ratios = new ArrayList<>();
        List<String> cited = new ArrayList<>();
        Map<String, TreeMap<Integer, double[]>> ratioByGeo = new LinkedHashMap<>(); // year -> {rmc, dmc, ratio, +-}
        Map<String, String> vintagesByGeo = new LinkedHashMap<>();
        for (String geo : GEOS) {
            Map<String, TreeMap<Integer, Pub>> g = data.getOrDefault(geo, Map.of());
            TreeMap<Integer, Pub> dmc = g.getOrDefault("DMC", new TreeMap<>());
            TreeMap<Integer, Pub> rmc = g.getOrDefault("RMC", new TreeMap<>());
            for (String ind : List.of("DMC", "RMC")) {
                TreeMap<Integer, Pub> m = ind.equals("DMC") ? dmc : rmc;
                List<Double> x = new ArrayList<>();
                List<Double> y = new ArrayList<>();
                for (Map.Entry<Integer, Pub> e : m.entrySet()) {
                    Pub p = e.getValue();
                    Source src = sources.get(p.sourceId());
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
            TreeMap<Integer, double[]> r = new TreeMap<>();
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (Map.Entry<Integer, Pub> e : rmc.entrySet()) {
                Pub d = dmc.get(e.getKey());
                if (d == null || !(d.value() > 0)) {
                    continue;
                }
                double rv = e.getValue().value();
                double ratio = rv / d.value();
                // published to 0.1 t/cap: each value may be off by 0.05
                double err = ratio * (0.05 / rv + 0.05 / d.value());
                r.put(e.getKey(), new double[] {rv, d.value(), ratio, err});
                double rounded = round(ratio, 3);
                String vint = "RMC " + e.getValue().vintage() + "; DMC " + d.vintage();
                vintagesByGeo.put(geo, vint);
                t.row(geo, e.getKey(), "RMC_DMC_RATIO", rounded, "t/t", "computed", vint,
                        e.getValue().sourceId() + " " + d.sourceId());
                x.add((double) e.getKey());
                y.add(rounded);
            }
            ratioByGeo.put(geo, r);
            if (!x.isEmpty()) {
                ratios.add(new Chart.Series(geoName(geo), x, y));
            }
        }
        cited.forEach(t::source);
        t.note("Published values as released; each series uses its newest release in the bundled package (older releases of "
                + "the same cells are listed by `cambium accounts` as MFA_VINTAGE notes). RMC_DMC_RATIO is computed here, only "
                + "for years with both values, from the rounded published figures (so uncertain by about +-0.01), and its two "
                + "inputs come from different releases (see vintage).");

        s.paragraph(explanation(ratioByGeo, vintagesByGeo));
        if (perCap.isEmpty()) {
            s.notice("The bundled package " + AccountsService.BUNDLED + " holds no published RMC or DMC per person; nothing to show.");
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
    static String explanation(Map<String, TreeMap<Integer, double[]>> ratioByGeo, Map<String, String> vintages) {
        StringBuilder b = new StringBuilder();
        b.append("Domestic material consumption (DMC) counts what crosses the border by its own weight: the tonnes of goods "
                + "imported, minus those exported, plus what is extracted at home. Raw material consumption (RMC, the material "
                + "footprint) instead counts the raw materials extracted anywhere in the world to make what the country "
                + "consumes: imports and exports are converted to raw material equivalents, the ores, crops, fuels and minerals "
                + "used along their supply chains, most of which never cross the border.");
        TreeMap<Integer, double[]> be = ratioByGeo.getOrDefault("BE", new TreeMap<>());
        if (be.isEmpty()) {
            b.append(" The bundled package has no year with both RMC and DMC for Belgium, so they cannot be compared here.");
            return b.toString();
        }
        int y = be.lastKey();
        double[] v = be.get(y);
        b.append(String.format(Locale.ROOT, " In %d, Belgium's RMC was %s t per person against a DMC of %s t, a ratio of %.2f",
                y, one(v[0]), one(v[1]), v[2]));
        double[] eu = ratioByGeo.getOrDefault("EU27_2020", new TreeMap<>()).get(y);
        if (eu != null) {
            b.append(String.format(Locale.ROOT, " (EU-27: %s against %s t, ratio %.2f)", one(eu[0]), one(eu[1]), eu[2]));
        }
        b.append(". ");
        if (Math.abs(v[2] - 1) <= v[3]) {
            b.append("The two are equal within the published rounding: the raw materials used upstream of Belgium's imports "
                    + "are about as large as those used upstream of its exports, so the border weights give the right total.");
        } else if (v[2] > 1) {
            b.append("Belgium's consumption thus rests on more raw materials than the border weights show: the raw materials "
                    + "used upstream of its imports, beyond their own weight, exceed those used upstream of its exports.");
        } else {
            b.append("Belgium's consumption thus rests on fewer raw materials than its DMC suggests: the raw materials used "
                    + "upstream of its exports, beyond their own weight, exceed those used upstream of its imports.");
        }
        if (be.size() > 1) {
            int y0 = be.firstKey();
            b.append(String.format(Locale.ROOT, " Over the years with both figures (%s), the ratio ranged from %.2f to %.2f; it was "
                            + "%.2f in %d.", String.join(", ", be.keySet().stream().map(String::valueOf).toList()),
                    be.values().stream().mapToDouble(a -> a[2]).min().orElseThrow(),
                    be.values().stream().mapToDouble(a -> a[2]).max().orElseThrow(), be.get(y0)[2], y0));
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

    // ---------------------------------------------------------------- the MRIO part

    /** A row of the MRIO part: a bridged material or a stressor, its indicators and its production layers. */
    record Item(String name, String unit, RegionFootprint.Indicators indicators, double[] layers) {
    }

    private void mrio(ReportContext context, Path path, Section.Builder s) {
        context.progress().accept("footprint: MRIO " + path + " for region " + region);
        FootprintService.Request req = new FootprintService.Request(path, context.mrioExtension(), region,
                context.mrioConcordance(), "auto", LAYERS, 0.001, 0, false);
        FootprintService.Run run = new FootprintService().run(req, line -> context.progress().accept("footprint: " + line));
        if (!run.ok() || run.result() == null || run.result().region() == null) {
            StringBuilder b = new StringBuilder("The MRIO given with --mrio (" + path + ") could not be used, so no input-output "
                    + "figures are shown. Problems: ");
            List<Issue> errors = run.report().errors();
            for (int i = 0; i < Math.min(5, errors.size()); i++) {
                b.append(i == 0 ? "" : "; ").append(errors.get(i));
                context.progress().accept("footprint: " + errors.get(i));
            }
            if (errors.size() > 5) {
                b.append("; and ").append(errors.size() - 5).append(" more (run `cambium footprint --mrio ").append(path)
                        .append("` to see them all)");
            }
            s.notice(b.append('.').toString());
            return;
        }
        FootprintResult r = run.result();
        RegionFootprint f = Objects.requireNonNull(r.region());
        List<String> cited = new ArrayList<>();
        if (run.system() != null) {
            run.system().provenance().sources().forEach(src -> cited.add(src.citation()));
        }
        if (cited.isEmpty()) {
            cited.add("MRIO given by the user: " + path);
        }
        Selection sel = select(f, context.mrioConcordance());
        List<Item> items = sel.items();
        if (items.isEmpty()) {
            s.notice("The MRIO " + path + " has no stressors" + (context.mrioExtension() == null ? "" : " in extension "
                    + context.mrioExtension()) + ", so there is no footprint to show.");
            return;
        }
        String unit = dominantUnit(items);
        List<Item> same = items.stream().filter(i -> i.unit().equals(unit)).toList();
        Item total = sel.summable() && same.size() > 1 ? sum("all " + sel.kind(), unit, same) : null;

        s.paragraph("Input-output results for region " + region + " from the MRIO given with --mrio: " + String.join("; ", cited)
                + ". " + sel.what() + " " + mrioExplanation(total != null ? total : largest(same), region, sel.summable()));

        List<Item> chartItems = same.stream()
                .sorted(Comparator.comparingDouble((Item i) -> -Math.abs(i.indicators().imports()))).limit(CHART_ITEMS).toList();
        List<String> cats = chartItems.stream().map(Item::name).toList();
        boolean horizontal = cats.size() > 4 || cats.stream().anyMatch(c -> c.length() > 18);
        String more = same.size() > chartItems.size() ? " (the " + chartItems.size() + " largest of " + same.size() + ")" : "";
        String otherUnits = items.size() > same.size()
                ? "; " + (items.size() - same.size()) + " items in other units are in the table" : "";
        s.chart(new BarChart("footprint_rmi_rmc", (sel.summable() ? "Raw material input and consumption of " + region
                : "Input (RMI), exports and consumption (RMC) of " + region + " per stressor") + more + otherUnits,
                sel.kind(), "raw-material equivalents", unit, cats, List.of(
                        series("raw material input (RMI)", chartItems, i -> i.indicators().rawMaterialInput()),
                        series("exports (EXP_RME)", chartItems, i -> i.indicators().exports()),
                        series("raw material consumption (RMC)", chartItems, i -> i.indicators().rawMaterialConsumption())),
                false, horizontal, cited));
        s.chart(new BarChart("footprint_imports_by_use", "Imports of " + region + (sel.summable() ? " in raw-material equivalents"
                : ", stressors embodied") + ", by use" + more
                + otherUnits, sel.kind(), "imports (RME)", unit, cats, List.of(
                        series("final use", chartItems, i -> i.indicators().importsFinal()),
                        series("intermediate use (domestic final demand)", chartItems, i -> i.indicators().importsIntermediate()),
                        series("re-export (processed or not)", chartItems, i -> i.indicators().importsReexport())),
                true, horizontal, cited));

        ReportTable.Builder t = ReportTable.builder("footprint_mrio", "Material footprint of " + region + " from the MRIO",
                "region", "item", "extension", "indicator", "value", "unit");
        List<Item> tableItems = new ArrayList<>(items);
        if (total != null) {
            tableItems.add(total);
        }
        for (Item i : tableItems) {
            for (Object[] kv : i.indicators().rows()) {
                t.row(f.region(), i.name(), i.indicators().extension(), kv[0], kv[1], i.unit());
            }
        }
        cited.forEach(t::source);
        t.note("DE domestic extraction; IMP_RME imports in raw-material equivalents = IMP_RME_FINAL (bought by final demand) + "
                + "IMP_RME_INTERMEDIATE (used by domestic industries for domestic final demand) + IMP_RME_REEXPORT (leaving again "
                + "in exports, processed or not); RMI = DE + IMP_RME; RMC = RMI - EXP_RME. Method: docs/methods/footprint.md."
                + (total != null ? " 'all " + sel.kind() + "' sums the rows in " + unit + "." : ""));
        s.table(t.build());

        // production layers: shares of the footprint by supply-chain tier
        List<String> tiers = new ArrayList<>();
        for (int k = 0; k < LAYERS; k++) {
            tiers.add("layer " + k);
        }
        tiers.add("beyond " + (LAYERS - 1));
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
        s.chart(new BarChart("footprint_layers", "Where in the supply chain the footprint of " + region
                + (sel.summable() ? " is extracted" : " arises"),
                "supply-chain layer (0 = the sector selling to final demand)", "share of RMC", "%", tiers, ls, false, false, cited));
        ReportTable.Builder lt = ReportTable.builder("footprint_layers", "Footprint of " + region + " by production layer",
                "region", "item", "layer", "value", "share", "unit");
        for (Item i : tableItems) {
            double rmc = i.indicators().rawMaterialConsumption();
            for (int k = 0; k < i.layers().length; k++) {
                lt.row(f.region(), i.name(), k < LAYERS ? Integer.toString(k) : "remainder", i.layers()[k],
                        rmc == 0 ? null : i.layers()[k] / rmc, i.unit());
            }
        }
        cited.forEach(lt::source);
        lt.note("Layer k is the extraction S A^k y of " + region + "'s final demand y at the k-th step up its supply chains "
                + "(Wieland et al. 2018); 'remainder' is RMC minus layers 0-" + (LAYERS - 1) + ", so the layers add up to RMC. "
                + "Share is a fraction of RMC.");
        s.table(lt.build());
        List<Issue> warnings = run.report().issues().stream().filter(i -> !i.isError()).toList();
        if (!warnings.isEmpty()) {
            s.paragraph("Checks on the MRIO: " + warnings.size() + " warnings or notes, e.g. " + warnings.get(0)
                    + ". `cambium footprint --mrio " + path + "` lists them all.");
        }
    }

    /** Which rows to show, and how to describe them. */
    record Selection(List<Item> items, String kind, String what, boolean summable) {
    }

    private static Selection select(RegionFootprint f, @Nullable Path concordance) {
        Map<String, double[]> layersByStressor = new LinkedHashMap<>();
        for (RegionFootprint.LayerValue l : f.layers()) {
            double[] a = layersByStressor.computeIfAbsent(l.extension() + "\u0000" + l.stressor(), k -> new double[LAYERS + 1]);
            a[l.tier() < 0 ? LAYERS : l.tier()] += l.value();
        }
        if (!f.materials().isEmpty() && concordance != null) {
            MaterialBridge bridge;
            try {
                bridge = MaterialBridgeReader.read(concordance);
            } catch (MrioReadException e) {
                throw new IllegalStateException("the concordance was read once already: " + e.getMessage(), e);
            }
            List<Item> items = new ArrayList<>();
            for (RegionFootprint.Indicators m : f.materials()) {
                double[] layers = new double[LAYERS + 1];
                for (MaterialBridge.Entry en : bridge.entries()) {
                    if (!en.material().equals(m.name())) {
                        continue;
                    }
                    for (RegionFootprint.Indicators st : f.stressors()) {
                        if ((en.extension().equals("*") || en.extension().equals(st.extension())) && en.stressor().equals(st.name())) {
                            double[] l = layersByStressor.get(st.extension() + "\u0000" + st.name());
                            for (int k = 0; k <= LAYERS; k++) {
                                layers[k] += en.factor() * l[k];
                            }
                        }
                    }
                }
                items.add(new Item(m.name(), m.unit(), m, layers));
            }
            return new Selection(items, "materials", "Database stressors are bridged to " + items.size() + " materials through "
                    + concordance.getFileName() + ".", true);
        }
        List<RegionFootprint.Indicators> st = f.stressors().stream()
                .filter(i -> i.name().startsWith(EXIOBASE_MATERIALS)).toList();
        boolean materials = !st.isEmpty();
        if (!materials) {
            st = f.stressors();
        }
        List<Item> items = st.stream().map(i -> new Item(i.name(), i.unit(), i,
                layersByStressor.get(i.extension() + "\u0000" + i.name()))).toList();
        return materials
                ? new Selection(items, "materials", "Shown: the " + items.size() + " '" + EXIOBASE_MATERIALS + "' stressors "
                        + "(pass --concordance to group them into EW-MFA categories).", true)
                : new Selection(items, "stressors", "This MRIO has no '" + EXIOBASE_MATERIALS + "' rows and no concordance was "
                        + "given, so its " + items.size() + " stressors are shown as they are; they are not raw materials unless the "
                        + "MRIO says so.", false);
    }

    private static String mrioExplanation(Item i, String region, boolean materials) {
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

    private static Item largest(List<Item> items) {
        return items.stream().max(Comparator.comparingDouble(i -> Math.abs(i.indicators().rawMaterialConsumption()))).orElseThrow();
    }

    /** The unit most items have (ties: the first met). */
    private static String dominantUnit(List<Item> items) {
        Map<String, Integer> n = new LinkedHashMap<>();
        items.forEach(i -> n.merge(i.unit(), 1, Integer::sum));
        return n.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue)).orElseThrow().getKey();
    }

    private static Item sum(String name, String unit, List<Item> items) {
        double[] a = new double[8];
        double[] layers = new double[LAYERS + 1];
        for (Item i : items) {
            RegionFootprint.Indicators v = i.indicators();
            double[] x = {v.domesticExtraction(), v.imports(), v.importsFinal(), v.importsIntermediate(), v.importsReexport(),
                v.exports(), v.rawMaterialInput(), v.rawMaterialConsumption()};
            for (int k = 0; k < 8; k++) {
                a[k] += x[k];
            }
            for (int k = 0; k <= LAYERS; k++) {
                layers[k] += i.layers()[k];
            }
        }
        return new Item(name, unit, new RegionFootprint.Indicators("*", name, unit, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]),
                layers);
    }

    private static Chart.Series series(String name, List<Item> items, java.util.function.ToDoubleFunction<Item> f) {
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
