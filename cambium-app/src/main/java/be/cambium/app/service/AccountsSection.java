package be.cambium.app.service;

import be.cambium.accounts.IndicatorValue;
import be.cambium.accounts.Origin;
import be.cambium.provenance.Source;
import be.cambium.report.model.BarChart;
import be.cambium.report.model.Chart;
import be.cambium.report.model.LineChart;
import be.cambium.report.model.ReportTable;
import be.cambium.report.model.SankeyChart;
import be.cambium.report.model.Section;
import be.cambium.unit.Unit;
import be.cambium.validate.Issue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The report's accounts section: the bundled Belgian package through the accounts engine. Belgium against the
 * EU-27 (DMC and RMC per person, CMU), by material category where published, every series with its release
 * (vintage), Belgian DMC as revised between releases, a Sankey of the material balance of the latest year whose
 * DE, IMP and EXP are published or follow from published flows by the EW-MFA identities, and the checks.
 * Every number in the text is formatted from the values the engine returns; nothing is typed in.
 */
final class AccountsSection implements SectionProvider {

    static final List<String> GEOS = List.of("BE", "EU27_2020");
    /** Main categories as published for Belgium (metal ores and non-metallic minerals only as one group). */
    static final List<String> BE_CATEGORIES = List.of("MF1", "MF2_MF3", "MF4");
    static final List<String> EU_CMU_CATEGORIES = List.of("MF1", "MF2", "MF3", "MF4");
    private static final Unit MT = Unit.parse("Mt");

    @Override
    public String id() {
        return "accounts";
    }

    @Override
    public String title() {
        return "Material accounts and circular economy";
    }

    /** What the section is built from: the engine's values per geo and every bundled row with its vintage. */
    record Data(List<IndicatorValue> values, List<Issue> issues, Map<String, Source> sources, List<AccountsService.PublishedRow> rows) {
    }

    static Data load(ReportContext context) {
        context.progress().accept("accounts: " + context.packages().describe(AccountsService.BUNDLED));
        AccountsService service = new AccountsService();
        List<IndicatorValue> values = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        Map<String, Source> sources = new LinkedHashMap<>();
        for (String geo : GEOS) {
            AccountsService.Outcome o = service.run(new AccountsService.Request(List.of(), geo, null, null,
                    context.workspace() != null ? context.workspace() : be.cambium.io.store.Workspace.defaultRoot(), context.packages()));
            values.addAll(o.result().values());
            issues.addAll(o.allIssues().issues());
            o.result().provenance().sources().forEach(s -> sources.putIfAbsent(s.id(), s));
        }
        service.bundledSources(context.packages()).forEach(s -> sources.putIfAbsent(s.id(), s));
        return new Data(values, issues, sources, service.bundledRows(context.packages()));
    }

    @Override
    public Section build(ReportContext context) {
        Data d = load(context);
        Section.Builder s = Section.builder(id(), title());
        s.paragraph(summary(d));

        s.chart(geoLine("dmc_per_capita", "Domestic material consumption (DMC) per person, Belgium and EU-27", "DMC", d));
        categoryChart(s, "dmc_by_category", "Belgian DMC per person by material category", "DMC", d);
        s.chart(dmcRevisions(d));
        s.chart(geoLine("rmc_per_capita", "Raw material consumption (material footprint, RMC) per person, Belgium and EU-27", "RMC", d));
        categoryChart(s, "rmc_by_category", "Belgian RMC per person by material category", "RMC", d);

        s.paragraph("The circular material use rate (CMU) is the share of the materials used in the economy that comes from "
                + "recycled waste: U / (DMC + U), where U is the waste recycled at home minus imported plus exported waste for "
                + "recycling. Eurostat publishes each year's rate in a yearly release and revises earlier years, so the chart "
                + "shows each figure with the release it comes from rather than joining releases into one line.");
        s.chart(cmuByRelease(d));
        BarChart cat = cmuEuByCategory(d);
        if (!cat.series().isEmpty()) {
            s.chart(cat);
        }
        if (d.rows().stream().noneMatch(r -> r.geo().equals("BE") && r.indicator().equals("CMU") && !r.material().equals("TOTAL"))) {
            s.notice("Not available: Belgium's circular material use rate by material category (Eurostat env_ac_cur) is not in the "
                    + "bundled package, so only the EU-27 breakdown is shown.");
        }

        sankey(s, d);

        s.table(indicatorTable(d));
        s.table(vintageTable(d));
        long errors = d.issues().stream().filter(Issue::isError).count();
        long vintageNotes = d.issues().stream().filter(i -> i.code().equals("MFA_VINTAGE")).count();
        s.paragraph("Checks: " + d.issues().size() + " issues (" + errors + " errors, " + vintageNotes + " notes on older releases "
                + "of a series); `cambium accounts --out DIR` writes each one with its cell to issues.csv. Metal ores and "
                + "non-metallic minerals are published for Belgium only as one group, kept under the code MF2_MF3, which is not "
                + "an EW-MFA code: the engine passes it through without tree checks (MFA_UNKNOWN_MATERIAL).");
        return s.build();
    }

    // ---- the plain-language summary ----

    static String summary(Data d) {
        StringBuilder t = new StringBuilder();
        Optional<IndicatorValue> dmc = latest(d, "BE", "DMC", "TOTAL", Unit.T_PER_CAPITA);
        dmc.ifPresent(v -> {
            t.append("Domestic material consumption (DMC) is the mass of materials extracted in Belgium plus imports minus exports. In ")
                    .append(v.year()).append(" it was ").append(fmt(v.value())).append(" tonnes per person in Belgium");
            at(d, "EU27_2020", "DMC", "TOTAL", Unit.T_PER_CAPITA, v.year()).ifPresent(e -> t.append(" against ").append(fmt(e.value()))
                    .append(" in the EU-27 (").append(compare(v.value(), e.value())).append(")"));
            t.append(" (").append(cite(d, v)).append("). ");
        });
        Optional<IndicatorValue> rmc = latest(d, "BE", "RMC", "TOTAL", Unit.T_PER_CAPITA);
        rmc.ifPresent(v -> {
            t.append("The material footprint (raw material consumption, RMC), which counts the raw materials extracted anywhere in "
                    + "the world to make what Belgium consumes and invests, was ").append(fmt(v.value())).append(" tonnes per person in ")
                    .append(v.year());
            at(d, "EU27_2020", "RMC", "TOTAL", Unit.T_PER_CAPITA, v.year()).ifPresent(e -> t.append(" against ").append(fmt(e.value()))
                    .append(" in the EU-27 (").append(compare(v.value(), e.value())).append(")"));
            t.append(" (").append(cite(d, v)).append("). ");
        });
        Optional<IndicatorValue> cmu = latest(d, "BE", "CMU", "TOTAL", Unit.PERCENT);
        cmu.ifPresent(v -> {
            t.append("The circular material use rate (CMU), the share of materials used that comes from recycled waste, was ")
                    .append(fmt(v.value())).append(" % in Belgium in ").append(v.year());
            at(d, "EU27_2020", "CMU", "TOTAL", Unit.PERCENT, v.year()).ifPresent(e -> t.append(" against ").append(fmt(e.value()))
                    .append(" % in the EU-27"));
            t.append(" (").append(cite(d, v)).append("). ");
        });
        if (t.isEmpty()) {
            return "The bundled package gives no Belgian DMC, RMC or CMU, so no summary can be given.";
        }
        t.append("Belgian DMC is revised substantially between releases; each series below uses one release only, named with it.");
        return t.toString();
    }

    private static String compare(double be, double eu) {
        double pct = (be / eu - 1) * 100;
        if (Math.abs(pct) < 0.5) {
            return "about the same";
        }
        return String.format(Locale.ROOT, "%.0f %% %s", Math.abs(pct), pct > 0 ? "higher" : "lower");
    }

    private static String cite(Data d, IndicatorValue v) {
        List<String> parts = new ArrayList<>();
        for (String id : v.sources()) {
            Source s = d.sources().get(id);
            if (s != null) {
                parts.add(shortSource(s) + ", release " + s.vintage());
            }
        }
        return String.join("; ", parts);
    }

    /** The title up to its first comma or parenthesis (the publisher). */
    static String publisher(Source s) {
        String t = s.title();
        int end = t.length();
        for (String stop : List.of(",", " (")) {
            int i = t.indexOf(stop);
            if (i > 0 && i < end) {
                end = i;
            }
        }
        return t.substring(0, end);
    }

    /** The title up to its second comma or its first parenthesis (the publisher and page). */
    static String shortSource(Source s) {
        String title = s.title();
        int end = title.length();
        int c = title.indexOf(',', title.indexOf(',') + 1);
        if (c > 0) {
            end = c;
        }
        int p = title.indexOf(" (");
        if (p > 0 && p < end) {
            end = p;
        }
        return title.substring(0, end);
    }

    // ---- charts ----

    private static LineChart geoLine(String id, String title, String indicator, Data d) {
        List<Chart.Series> series = new ArrayList<>();
        Set<String> cited = new LinkedHashSet<>();
        for (String geo : GEOS) {
            List<IndicatorValue> vs = published(d, v -> v.geo().equals(geo) && v.indicator().equals(indicator)
                    && v.material().equals("TOTAL") && v.unit().equals(Unit.T_PER_CAPITA));
            if (vs.isEmpty()) {
                continue;
            }
            series.add(new Chart.Series(geoName(geo) + " (release " + vintages(d, vs) + ")", years(vs), values(vs)));
            vs.forEach(v -> cite(d, v, cited));
        }
        return new LineChart(id, title, "year", indicator + " (t/cap)", "t/cap", series, false, sourceLine(d, cited));
    }

    private static void categoryChart(Section.Builder s, String id, String title, String indicator, Data d) {
        Map<String, List<IndicatorValue>> by = new LinkedHashMap<>();
        for (String m : BE_CATEGORIES) {
            by.put(m, published(d, v -> v.geo().equals("BE") && v.indicator().equals(indicator) && v.material().equals(m)
                    && v.unit().equals(Unit.T_PER_CAPITA)));
        }
        // stacked areas need every category in every year: keep the years all categories have
        TreeSet<Integer> common = null;
        for (List<IndicatorValue> vs : by.values()) {
            TreeSet<Integer> ys = new TreeSet<>();
            vs.forEach(v -> ys.add(v.year()));
            if (common == null) {
                common = ys;
            } else {
                common.retainAll(ys);
            }
        }
        if (common == null || common.isEmpty()) {
            s.notice("Not available: " + title + " (no year with every main category in the bundled package).");
            return;
        }
        Set<Integer> keep = common;
        List<Chart.Series> series = new ArrayList<>();
        Set<String> cited = new LinkedHashSet<>();
        for (Map.Entry<String, List<IndicatorValue>> e : by.entrySet()) {
            List<IndicatorValue> vs = e.getValue().stream().filter(v -> keep.contains(v.year())).toList();
            series.add(new Chart.Series(categoryName(e.getKey()), years(vs), values(vs)));
            vs.forEach(v -> cite(d, v, cited));
        }
        String release = vintages(d, by.values().stream().flatMap(List::stream).toList());
        s.chart(new LineChart(id, title + " (stacked; release " + release + "; other products and waste, net and about 1-2 % of the total, not shown)",
                "year", indicator + " (t/cap)", "t/cap", series, true, sourceLine(d, cited)));
    }

    /** Belgian DMC per person as published in each release: the revisions between vintages. */
    private static LineChart dmcRevisions(Data d) {
        Map<String, List<AccountsService.PublishedRow>> byVintage = new TreeMap<>();
        for (AccountsService.PublishedRow r : d.rows()) {
            if (r.geo().equals("BE") && r.indicator().equals("DMC") && r.material().equals("TOTAL") && r.unit().equals("t/cap")
                    && r.value() != null) {
                byVintage.computeIfAbsent(r.vintage(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Chart.Series> series = new ArrayList<>();
        Set<String> cited = new LinkedHashSet<>();
        byVintage.forEach((vintage, rs) -> {
            List<AccountsService.PublishedRow> sorted = rs.stream().sorted(Comparator.comparingInt(AccountsService.PublishedRow::year)).toList();
            series.add(new Chart.Series("release " + vintage, sorted.stream().map(r -> (double) r.year()).toList(),
                    sorted.stream().map(AccountsService.PublishedRow::number).toList()));
            sorted.forEach(r -> citeId(d, r.source(), cited));
        });
        return new LineChart("dmc_revisions", "Belgian DMC per person as published in each release (revisions between vintages)",
                "year", "DMC (t/cap)", "t/cap", series, false, sourceLine(d, cited));
    }

    /** CMU of Belgium and the EU-27, one bar per year and release (figures of different releases are not joined). */
    private static BarChart cmuByRelease(Data d) {
        TreeMap<String, Map<String, Double>> cells = new TreeMap<>();
        Set<String> cited = new LinkedHashSet<>();
        for (AccountsService.PublishedRow r : d.rows()) {
            if (GEOS.contains(r.geo()) && r.indicator().equals("CMU") && r.material().equals("TOTAL") && r.value() != null) {
                cells.computeIfAbsent(r.year() + " (release " + r.vintage() + ")", k -> new LinkedHashMap<>()).put(r.geo(), r.number());
                citeId(d, r.source(), cited);
            }
        }
        List<String> categories = List.copyOf(cells.keySet());
        List<Chart.Series> series = new ArrayList<>();
        for (String geo : GEOS) {
            List<Double> y = new ArrayList<>();
            for (String c : categories) {
                Double v = cells.get(c).get(geo);
                y.add(v == null ? Double.NaN : v);
            }
            series.add(new Chart.Series(geoName(geo), List.of(), y));
        }
        return new BarChart("cmu_by_release", "Circular material use rate, Belgium and EU-27, by data year and release",
                "data year (release)", "CMU (%)", "%", categories, series, false, true, sourceLine(d, cited));
    }

    private static BarChart cmuEuByCategory(Data d) {
        TreeMap<String, Map<String, Double>> bySeries = new TreeMap<>();
        Set<String> cited = new LinkedHashSet<>();
        for (AccountsService.PublishedRow r : d.rows()) {
            if (r.geo().equals("EU27_2020") && r.indicator().equals("CMU") && EU_CMU_CATEGORIES.contains(r.material()) && r.value() != null) {
                bySeries.computeIfAbsent(r.year() + " (release " + r.vintage() + ")", k -> new LinkedHashMap<>()).put(r.material(), r.number());
                citeId(d, r.source(), cited);
            }
        }
        List<Chart.Series> series = new ArrayList<>();
        bySeries.forEach((name, m) -> series.add(new Chart.Series(name, List.of(),
                EU_CMU_CATEGORIES.stream().map(c -> m.getOrDefault(c, Double.NaN)).toList())));
        return new BarChart("cmu_eu_by_category", "EU-27 circular material use rate by material category, by data year and release",
                "material category", "CMU (%)", "%", EU_CMU_CATEGORIES.stream().map(c -> categoryName(c).replace(" materials", "")).toList(), series,
                false, false, sourceLine(d, cited));
    }

    // ---- the Sankey of the latest complete balance ----

    /** The balance of the latest Belgian year whose DE, IMP and EXP are published or follow from published flows. */
    static Optional<MaterialBalance.Result> latestBalance(Data d) {
        TreeMap<Integer, Map<String, MaterialBalance.Flow>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (IndicatorValue v : published(d, v -> v.geo().equals("BE") && v.material().equals("TOTAL")
                && MaterialBalance.FLOWS.contains(v.indicator()) && v.unit().isCompatibleWith(MT) && !v.isPerCapita())) {
            double f = v.unit().conversionFactorTo(MT);
            double hw = halfWidth(d, v) * f;
            byYear.computeIfAbsent(v.year(), y -> new LinkedHashMap<>())
                    .put(v.indicator(), new MaterialBalance.Flow(v.indicator(), v.value() * f, hw, "published", v.sources()));
        }
        for (Map.Entry<Integer, Map<String, MaterialBalance.Flow>> e : byYear.entrySet()) {
            Optional<MaterialBalance.Result> r = MaterialBalance.complete(e.getKey(), e.getValue());
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    static final String DE_NODE = "Domestic extraction";
    static final String IMP_NODE = "Imports";
    static final String DMI_NODE = "Direct material input";
    static final String DMC_NODE = "Domestic material consumption";
    static final String EXP_NODE = "Exports";

    static String node(String name, MaterialBalance.Flow f) {
        return name + " " + fmt(f.value()) + " Mt";
    }

    private static void sankey(Section.Builder s, Data d) {
        Optional<MaterialBalance.Result> res = latestBalance(d);
        if (res.isEmpty()) {
            s.notice("Not available: no year in the bundled package has Belgian domestic extraction, imports and exports in tonnes, "
                    + "published or following from published flows, so the material-flow Sankey cannot be drawn.");
            return;
        }
        MaterialBalance.Result b = res.get();
        MaterialBalance.Flow de = b.flow("DE");
        MaterialBalance.Flow imp = b.flow("IMP");
        MaterialBalance.Flow dmi = b.flow("DMI");
        MaterialBalance.Flow dmc = b.flow("DMC");
        MaterialBalance.Flow exp = b.flow("EXP");
        String dmiNode = node(DMI_NODE, dmi);
        List<SankeyChart.Flow> flows = List.of(
                new SankeyChart.Flow(0, node(DE_NODE, de), dmiNode, de.value()),
                new SankeyChart.Flow(0, node(IMP_NODE, imp), dmiNode, imp.value()),
                new SankeyChart.Flow(1, dmiNode, node(DMC_NODE, dmc), dmc.value()),
                new SankeyChart.Flow(1, dmiNode, node(EXP_NODE, exp), exp.value()));
        Set<String> cited = new LinkedHashSet<>();
        b.flows().values().forEach(f -> f.sources().forEach(id -> citeId(d, id, cited)));
        s.paragraph("Belgium's material flows in " + b.year() + ": " + fmt(imp.value()) + " Mt of imports and " + fmt(de.value())
                + " Mt of domestic extraction entered the economy (direct material input " + fmt(dmi.value()) + " Mt, "
                + String.format(Locale.ROOT, "%.0f", 100 * imp.value() / dmi.value()) + " % of it imported); "
                + fmt(exp.value()) + " Mt left again as exports and " + fmt(dmc.value()) + " Mt ("
                + String.format(Locale.ROOT, "%.0f", 100 * dmc.value() / dmi.value()) + " % of the input) stayed as domestic "
                + "material consumption. " + derivationText(b));
        s.chart(new SankeyChart("mfa_sankey", "Material flows of Belgium, " + b.year() + " (Mt)", "Mt", flows, sourceLine(d, cited)));
        s.notice("Not shown, because the bundled package has no published Belgian figures for them: what domestic material "
                + "consumption becomes (net additions to stock, waste, emissions) and the flow of recycled waste back into use "
                + "(RCV_R, and imports and exports of waste for recycling). The Sankey therefore ends at domestic material "
                + "consumption and exports.");
        if (!b.conflicts().isEmpty()) {
            s.notice("The published flows of " + b.year() + " do not agree within rounding: " + String.join("; ", b.conflicts()) + ".");
        }
        s.table(balanceTable(d, b));
    }

    private static String derivationText(MaterialBalance.Result b) {
        List<String> derived = new ArrayList<>();
        for (String f : MaterialBalance.FLOWS) {
            MaterialBalance.Flow x = b.flow(f);
            if (!x.published()) {
                derived.add(f + " = " + x.how() + " (±" + String.format(Locale.ROOT, "%.2f", x.halfWidth()) + " Mt from rounding)");
            }
        }
        if (derived.isEmpty()) {
            return "All flows are published.";
        }
        return "Published: " + String.join(", ", MaterialBalance.FLOWS.stream().filter(f -> b.flow(f).published()).toList())
                + ". Derived with the EW-MFA identities DMI = DE + IMP, DMC = DE + IMP − EXP, PTB = IMP − EXP, which hold "
                + "exactly for published accounts: " + String.join("; ", derived) + ".";
    }

    private static ReportTable balanceTable(Data d, MaterialBalance.Result b) {
        ReportTable.Builder t = ReportTable.builder("mfa_balance", "Material balance of Belgium, " + b.year() + ", as drawn in the Sankey",
                "geo", "year", "flow", "value", "unit", "rounding_half_width", "derivation", "sources", "vintages");
        Set<String> cited = new LinkedHashSet<>();
        for (String f : MaterialBalance.FLOWS) {
            MaterialBalance.Flow x = b.flow(f);
            List<String> vint = x.sources().stream().map(id -> d.sources().get(id)).filter(Objects::nonNull).map(Source::vintage).distinct().toList();
            t.row("BE", b.year(), f, round(x.value()), "Mt", round(x.halfWidth()), x.how(), String.join(" ", x.sources()), String.join(" ", vint));
            x.sources().forEach(id -> citeId(d, id, cited));
        }
        cited.forEach(id -> t.source(d.sources().get(id).citation()));
        t.note("Derived flows follow from published ones by the EW-MFA identities; the half-width is the sum of the terms' "
                + "rounding half-widths (half the last published digit).");
        return t.build();
    }

    // ---- tables ----

    private static ReportTable indicatorTable(Data d) {
        ReportTable.Builder t = ReportTable.builder("mfa_indicators", "Material flow and circular-economy indicators, Belgium and EU-27",
                "geo", "year", "indicator", "material", "value", "unit", "flags", "origin", "vintage", "source");
        for (IndicatorValue v : d.values()) {
            t.row(v.geo(), v.year(), v.indicator(), v.material(), v.value(), v.unit().toString(), v.flags(), v.origin().code(),
                    vintages(d, List.of(v)), String.join(" ", v.sources()));
        }
        Set<String> cited = new LinkedHashSet<>();
        d.values().forEach(v -> cite(d, v, cited));
        cited.forEach(id -> t.source(d.sources().get(id).citation()));
        t.note("Published values as released (newest release per series; older releases are in mfa_vintages); computed values "
                + "follow docs/methods/accounts.md. Missing stays missing. MF2_MF3 = metal ores and non-metallic minerals together, "
                + "as published by the Federal Planning Bureau.");
        return t.build();
    }

    private static ReportTable vintageTable(Data d) {
        ReportTable.Builder t = ReportTable.builder("mfa_vintages", "Every bundled figure with its release (vintage); "
                        + "used = the newest release of its series, which the accounts use",
                "geo", "year", "indicator", "material", "value", "unit", "flags", "vintage", "used", "source");
        for (AccountsService.PublishedRow r : d.rows()) {
            t.row(r.geo(), r.year(), r.indicator(), r.material(), r.value() == null ? null : r.number(), r.unit(), r.flags(), r.vintage(),
                    r.newest() ? "yes" : "no", r.source());
        }
        d.sources().values().forEach(s -> t.source(s.citation()));
        return t.build();
    }

    // ---- helpers ----

    private static List<IndicatorValue> published(Data d, Predicate<IndicatorValue> p) {
        return d.values().stream().filter(v -> v.origin() == Origin.PUBLISHED && !Double.isNaN(v.value()) && p.test(v))
                .sorted(Comparator.comparingInt(IndicatorValue::year)).toList();
    }

    static Optional<IndicatorValue> latest(Data d, String geo, String indicator, String material, Unit unit) {
        List<IndicatorValue> vs = published(d, v -> v.geo().equals(geo) && v.indicator().equals(indicator) && v.material().equals(material)
                && v.unit().equals(unit));
        return vs.isEmpty() ? Optional.empty() : Optional.of(vs.get(vs.size() - 1));
    }

    private static Optional<IndicatorValue> at(Data d, String geo, String indicator, String material, Unit unit, int year) {
        return published(d, v -> v.geo().equals(geo) && v.indicator().equals(indicator) && v.material().equals(material)
                && v.unit().equals(unit) && v.year() == year).stream().findFirst();
    }

    /** Half the last published digit of the bundled row behind a published value (0 when unknown). */
    private static double halfWidth(Data d, IndicatorValue v) {
        for (AccountsService.PublishedRow r : d.rows()) {
            if (r.newest() && r.geo().equals(v.geo()) && r.year() == v.year() && r.indicator().equals(v.indicator())
                    && r.material().equals(v.material()) && r.unit().equals(v.unit().toString()) && r.value() != null) {
                return 0.5 * BigDecimal.ONE.movePointLeft(Math.max(0, r.value().scale())).doubleValue();
            }
        }
        return 0;
    }

    private static String vintages(Data d, List<IndicatorValue> vs) {
        Set<String> out = new TreeSet<>();
        vs.forEach(v -> v.sources().forEach(id -> {
            Source s = d.sources().get(id);
            if (s != null && !s.vintage().isEmpty()) {
                out.add(s.vintage());
            }
        }));
        return String.join(", ", out);
    }

    private static void cite(Data d, IndicatorValue v, Set<String> cited) {
        v.sources().forEach(id -> citeId(d, id, cited));
    }

    private static void citeId(Data d, String id, Set<String> cited) {
        if (d.sources().containsKey(id)) {
            cited.add(id);
        }
    }

    /**
     * The source line under a chart: the full citation when one source, else a short form per source (publisher,
     * dataset, release), so that the footer stays readable; the tables carry the full citations with URLs.
     */
    static List<String> sourceLine(Data d, Set<String> ids) {
        List<Source> ss = ids.stream().map(id -> d.sources().get(id)).filter(Objects::nonNull).toList();
        if (ss.size() == 1) {
            return List.of(ss.get(0).citation());
        }
        return ss.stream().map(x -> publisher(x) + " (" + (x.datasetCode().isEmpty() ? "" : x.datasetCode() + ", ")
                + "release " + x.vintage() + ")").toList();
    }

    private static List<Double> years(List<IndicatorValue> vs) {
        return vs.stream().map(v -> (double) v.year()).toList();
    }

    private static List<Double> values(List<IndicatorValue> vs) {
        return vs.stream().map(IndicatorValue::value).toList();
    }

    static String geoName(String geo) {
        return geo.equals("BE") ? "Belgium" : geo.startsWith("EU27") ? "EU-27" : geo;
    }

    static String categoryName(String code) {
        return switch (code) {
            case "MF1" -> "Biomass";
            case "MF2" -> "Metal ores";
            case "MF3" -> "Non-metallic minerals";
            case "MF2_MF3" -> "Metal ores and non-metallic minerals";
            case "MF4" -> "Fossil energy materials";
            default -> code;
        };
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static double round(double v) {
        return BigDecimal.valueOf(v).setScale(3, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }
}
