package be.cambium.app.service;

import be.cambium.criticality.BeSourcingResult;
import be.cambium.criticality.CriticalityOptions;
import be.cambium.criticality.CriticalityResult;
import be.cambium.criticality.IrBasis;
import be.cambium.criticality.SourcingBasis;
import be.cambium.criticality.MaterialResult;
import be.cambium.criticality.Scope;
import be.cambium.criticality.ScopeDifference;
import be.cambium.criticality.ShareBasis;
import be.cambium.criticality.SourcingStage;
import be.cambium.criticality.StageResult;
import be.cambium.criticality.Verdict;
import be.cambium.io.pkg.DataPackage;
import be.cambium.io.pkg.DataPackageReader;
import be.cambium.io.pkg.Table;
import be.cambium.provenance.Source;
import be.cambium.criticality.MaterialUncertainty;
import be.cambium.report.model.BarChart;
import be.cambium.report.model.Chart;
import be.cambium.report.model.ReportTable;
import be.cambium.report.model.ScatterChart;
import be.cambium.report.model.Section;
import be.cambium.validate.ValidationReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Critical raw materials: the EU 2023 criticality matrix as published, the Belgian assessment of the bundled {@code be-crm}
 * package (Belgian SR and EI with their basis, verdicts against the EU's, and a seeded Monte Carlo), and the EU 2017
 * assessment recomputed from its printed inputs ({@code eu-crm-2017}) with the probability of being critical.
 */
final class CriticalitySection implements SectionProvider {

    @Override
    public String id() {
        return "criticality";
    }

    @Override
    public String title() {
        return "Critical raw materials";
    }

    @Override
    public Section build(ReportContext context) {
        context.progress().accept("criticality: be-crm (EU and BE; Belgian Monte Carlo " + DRAWS_BE + " draws, seed " + SEED_BE + ")");
        CriticalityService service = new CriticalityService();
        ValidationReport.Builder problems = ValidationReport.builder();
        // Belgian sourcing from the workspace's Comext data when the store has Belgian months; else the documented fallback
        CriticalityService.Run run = null;
        String tradeProblem = null;
        Path ws = context.workspace();
        CriticalityService.TradeWindow window = null;
        if (ws != null) {
            try {
                window = service.defaultWindow(ws);
            } catch (IOException e) {
                tradeProblem = e.getMessage();
            }
        }
        if (window != null) {
            context.progress().accept("criticality: Belgian sourcing from the Comext data in " + ws + ", " + window.fromYear() + "-"
                    + window.toYear());
            ValidationReport.Builder tp = ValidationReport.builder();
            run = service.run("be-crm", Scope.BE, DRAWS_BE, SEED_BE, new CriticalityService.TradeRequest(ws, window.fromYear(),
                    window.toYear(), ShareBasis.MASS), tp);
            if (run == null) {
                tradeProblem = tp.build().errors().stream().limit(3).map(i -> i.code() + ": " + i.message())
                        .collect(java.util.stream.Collectors.joining("; "));
            }
        }
        if (run == null) {
            run = service.run("be-crm", Scope.BE, DRAWS_BE, SEED_BE, problems);
        }
        Section.Builder s = Section.builder(id(), title());
        if (run == null || run.eu() == null) {
            return s.notice("The bundled criticality package could not be read; see `cambium criticality --inputs be-crm`.").build();
        }
        CriticalityResult eu = run.eu();
        CriticalityResult be = run.result();
        // the run's provenance holds what the run used (the trade-code sources only when Comext sourcing is used)
        List<String> sources = eu.provenance().sources().stream().map(Source::citation).toList();
        CriticalityOptions o = CriticalityOptions.defaults();

        // published 2023 matrix (extra resource of the package)
        var rr = new DataPackageReader().readClasspath(CriticalitySection.class.getClassLoader(), "data/be-crm");
        DataPackage pkg = rr.dataPackage();
        List<ScatterChart.Point> points = new ArrayList<>();
        Map<String, double[]> published = new LinkedHashMap<>();
        Table t = pkg == null ? null : pkg.table("published_scores").orElse(null);
        java.util.Set<String> publishedSources = new java.util.LinkedHashSet<>();
        if (t != null) {
            for (int i = 0; i < t.rowCount(); i++) {
                t.source(i).ifPresent(x -> publishedSources.add(x.citation()));
                Object year = t.value(i, "year");
                BigDecimal sr = t.number(i, "sr");
                BigDecimal ei = t.number(i, "ei");
                if (year instanceof Number y && y.intValue() == 2023 && sr != null && ei != null) {
                    String m = t.string(i, "material");
                    published.put(m, new double[] {sr.doubleValue(), ei.doubleValue()});
                    boolean crit = o.classify(sr.doubleValue(), ei.doubleValue()) == Verdict.CRITICAL;
                    // label only the critical ones: 70 labels overlap
                    points.add(new ScatterChart.Point(crit ? m : "", crit ? "critical (EU 2023)" : "not critical", ei.doubleValue(),
                            sr.doubleValue()));
                }
            }
        }
        s.paragraph("A raw material is critical for the EU when its economic importance (EI) is at least 2.8 and its supply "
                + "risk (SR) at least 1.0. The matrix shows the scores the European Commission published for the 2023 list; "
                + published.values().stream().filter(v -> o.classify(v[0], v[1]) == Verdict.CRITICAL).count()
                + " materials or groups pass both thresholds, the critical raw materials of the CRMA minus copper and nickel "
                + "(added as strategic). Labels name the critical materials; where labels would overlap only the higher one "
                + "is kept (the tables list every material).");
        points = declutter(points);
        s.chart(new ScatterChart("crm_matrix_eu_2023", "EU criticality matrix 2023 (published scores)", "Economic importance (EI)",
                "Supply risk (SR)", "index", points, 2.8, 1.0, publishedSources.isEmpty() ? sources : List.copyOf(publishedSources)));

        ReportTable.Builder tb = ReportTable.builder("criticality_eu_be", "Supply concentration and economic importance, EU and Belgium",
                "material", "sr_eu_published", "ei_eu_published", "hhi_gs_max_stage", "hhi_eu_sourcing", "ei_unsubstituted_eu",
                "ei_unsubstituted_be", "sr_eu", "sr_be", "critical_eu", "critical_be", "ei_drivers_be_minus_eu");
        Map<String, ScopeDifference> diff = new LinkedHashMap<>();
        for (ScopeDifference d : run.comparison()) {
            diff.put(d.material(), d);
        }
        for (MaterialResult m : eu.materials()) {
            if (m.group()) {
                continue;
            }
            double[] p = published.get(m.material());
            MaterialResult b = be.material(m.material()).orElse(null);
            double hGs = Double.NaN;
            double hEu = Double.NaN;
            for (StageResult st : eu.stages()) {
                if (st.material().equals(m.material()) && (Double.isNaN(hGs) || st.hhiGs() > hGs)) {
                    hGs = st.hhiGs();
                    hEu = st.hhiSourcing();
                }
            }
            ScopeDifference d = diff.get(m.material());
            tb.row(m.material(), p == null ? null : p[0], p == null ? null : p[1], num(hGs), num(hEu), num(m.eiUnsubstituted()),
                    b == null ? null : num(b.eiUnsubstituted()), num(m.sr()), b == null ? null : num(b.sr()),
                    verdict(m.verdict()), b == null ? null : verdict(b.verdict()), d == null ? "" : d.eiDrivers());
        }
        int compared = 0;
        int close = 0;
        for (MaterialResult m : eu.materials()) {
            double[] p = published.get(m.material());
            if (!m.group() && p != null && !Double.isNaN(m.sr())) {
                compared++;
                close += Math.abs(Math.round(m.sr() * 100) / 100.0 - p[0]) <= 0.15 + 1e-9 ? 1 : 0;
            }
        }
        sources.forEach(tb::source);
        s.table(tb.note("HHI_WGI,t on the 0-10 scale from the 2023 supply shares, t and the WGI 2016-2020; EI before substitution "
                        + "(ei_unsubstituted), Belgian EI with Belgian value added by NACE division. sr_eu and critical_eu are "
                        + "recomputed with the 2023 IR, EOL-RIR, SI_SR, SI_EI and supply modes of a secondary transcription of "
                        + "the study (CritMAT; eu-crm-2023/SOURCE.md): the recomputed EU SR is within 0.15 of the published SR for "
                        + close + " of the " + compared + " materials both give (deviations: docs/methods/criticality.md); "
                        + "critical_eu is empty where no end uses give an EI. sr_be and critical_be follow the Belgian rules "
                        + "(basis in the Belgian table below); empty cells are missing, never zero. "
                        + "Method: docs/methods/criticality.md.")
                .build());

        BeSourcingResult sourcing = run.sourcing();
        belgianMatrix(s, run, published, o, sources, tradeProblem);
        if (sourcing != null) {
            belgianSourcing(s, sourcing, be);
        }
        belgianRoles(s, t == null ? null : pkg.table("supply_shares").orElse(null));
        eu2023Uncertainty(s, service, context);
        eu2017(s, service, context);
        return s.build();
    }

    /** Draws and seed of the report's Monte Carlo on the 2023 inputs (measured: docs/methods/criticality.md). */
    static final int DRAWS_2023 = 1000;
    static final long SEED_2023 = 1;

    /** Annex 4 names (published_scores) that differ from the package's material and group names. */
    private static final Map<String, String> NAME_2023 = Map.of("Natural Rubber", "Natural rubber", "Natural Teak wood",
            "Natural teak wood", "Kaolin clay", "Kaolin", "HREEs", "HREE", "LREEs", "LREE", "PGMs", "PGM");

    /**
     * "EU 2023 assessment: how sure is each verdict": SR and EI recomputed from the bundled {@code eu-crm-2023}, the
     * published verdict beside them, and the probability of being critical from a fixed-seed Monte Carlo over the supply
     * shares (Dirichlet), the WGI (within its standard errors) and the printing precision of IR, EOL-RIR, SI_SR and SI_EI.
     */
    private static void eu2023Uncertainty(Section.Builder s, CriticalityService service, ReportContext context) {
        context.progress().accept("criticality: eu-crm-2023 (" + DRAWS_2023 + " draws, seed " + SEED_2023 + ")");
        ValidationReport.Builder problems = ValidationReport.builder();
        CriticalityService.Run run = service.run("eu-crm-2023", Scope.EU, DRAWS_2023, SEED_2023, problems);
        var rr = new DataPackageReader().readClasspath(CriticalitySection.class.getClassLoader(), "data/eu-crm-2023");
        Table pub = rr.dataPackage() == null ? null : rr.dataPackage().table("published_scores").orElse(null);
        if (run == null || run.uncertainty() == null || pub == null) {
            s.notice("EU 2023 assessment, how sure is each verdict: the bundled package eu-crm-2023 could not be read; see "
                    + "`cambium criticality --inputs eu-crm-2023 --draws N --seed S`.");
            return;
        }
        CriticalityOptions o = CriticalityOptions.defaults();
        Map<String, double[]> published = published2023(pub);
        Map<String, MaterialUncertainty> unc = new LinkedHashMap<>();
        run.uncertainty().materials().forEach(u -> unc.put(u.material(), u));
        List<MaterialResult> mats = new ArrayList<>(run.result().materials());
        java.util.function.ToDoubleFunction<MaterialResult> pOf = m -> {
            MaterialUncertainty u = unc.get(m.material());
            return u == null || Double.isNaN(u.pCritical()) ? -1 : u.pCritical();
        };
        mats.sort(Comparator.comparingDouble((MaterialResult m) -> -pOf.applyAsDouble(m))
                .thenComparingDouble(m -> Double.isNaN(m.sr()) ? 1 : -m.sr()).thenComparing(MaterialResult::material));
        ReportTable.Builder tb = ReportTable.builder("criticality_eu_2023_uncertainty", "EU 2023 assessment: how sure is each verdict",
                "material", "sr_published", "ei_published", "sr_recomputed", "ei_recomputed", "critical_published",
                "critical_recomputed", "p_critical", "sr_p05", "sr_p50", "sr_p95", "ei_p05", "ei_p50", "ei_p95", "note");
        int sure = 0;
        int surelyNot = 0;
        int determined = 0;
        List<String> uncertain = new ArrayList<>();
        List<Double> uncertainP = new ArrayList<>();
        List<String> uncertainText = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> noEi = new ArrayList<>();
        List<String> noSr = new ArrayList<>();
        List<String> noGroup = new ArrayList<>();
        int eiCarried = 0;
        for (MaterialResult m : mats) {
            MaterialUncertainty u = unc.get(m.material());
            double[] p = published.get(m.material());
            Verdict vPub = p == null ? Verdict.UNDETERMINED : o.classify(p[0], p[1]);
            double pc = u == null ? Double.NaN : u.pCritical();
            boolean eiPublished = m.flags().contains("EI published (not recomputed)");
            String note = eiPublished ? "EI published (Annex 4), not recomputed: no usable end uses in the Appendix 6 transcription" : "";
            if (eiPublished) {
                eiCarried++;
            }
            if (Double.isNaN(pc)) {
                if (m.group()) {
                    noGroup.add(m.material());
                    note = "group mean not computed: a member has no SR or no EI";
                } else if (Double.isNaN(m.sr())) {
                    noSr.add(m.material());
                    note = (note.isEmpty() ? "" : note + "; ") + "SR not computed: an input is missing (issues.csv of the command)";
                } else {
                    noEi.add(m.material());
                    note = Double.isNaN(m.eiUnsubstituted()) ? "EI not computed: no usable end uses in the Appendix 6 transcription"
                            : "EI not computed: SI_EI missing";
                }
            } else {
                determined++;
                if (pc >= 0.95) {
                    sure++;
                } else if (pc <= 0.05) {
                    surelyNot++;
                } else {
                    uncertain.add(m.material());
                    uncertainP.add(pc);
                    uncertainText.add(m.material() + " (p = " + String.format(java.util.Locale.ROOT, "%.2f", pc) + ", SR "
                            + String.format(java.util.Locale.ROOT, "%.2f", m.sr()) + ")");
                }
            }
            if (vPub != Verdict.UNDETERMINED && m.verdict() != Verdict.UNDETERMINED && vPub != m.verdict()) {
                changed.add(m.material() + " (published SR " + p[0] + ", recomputed "
                        + String.format(java.util.Locale.ROOT, "%.2f", m.sr()) + ")");
            }
            tb.row(m.material(), p == null ? null : p[0], p == null ? null : p[1], round2(m.sr()), round2(m.ei()), verdict(vPub),
                    verdict(m.verdict()), Double.isNaN(pc) ? null : pc, u == null ? null : round2(u.srP05()),
                    u == null ? null : round2(u.srP50()), u == null ? null : round2(u.srP95()), u == null ? null : round2(u.eiP05()),
                    u == null ? null : round2(u.eiP50()), u == null ? null : round2(u.eiP95()), note);
        }
        double kappa = run.uncertainty().options().dirichletConcentration();
        List<String> sources = run.result().provenance().sources().stream().map(Source::citation).toList();
        StringBuilder para = new StringBuilder("EU 2023 assessment: how sure is each verdict. SR and EI are recomputed from the "
                + "bundled 2023 inputs (supply shares and end uses of the study's appendices; IR, EOL-RIR, SI_SR and SI_EI of a "
                + "secondary transcription, eu-crm-2023/SOURCE.md) for " + mats.size() + " materials and groups; " + determined
                + " have both. Drawing the inputs " + DRAWS_2023 + " times (seed " + SEED_2023 + "), " + sure
                + " are critical in at least 95 % of the draws, " + surelyNot + " in at most 5 %, and " + uncertain.size()
                + (uncertain.size() == 1 ? " is" : " are") + " uncertain"
                + (uncertain.isEmpty() ? "." : ": " + String.join(", ", uncertainText) + "."));
        if (eiCarried > 0) {
            para.append(" For ").append(eiCarried).append(eiCarried == 1 ? " material" : " materials")
                    .append(" without usable end uses the EI is the published one (Annex 4), carried as given and not varied.");
        }
        para.append(" No verdict for ").append(noEi.size() + noSr.size() + noGroup.size()).append(": ").append(noEi.size())
                .append(" materials without an EI (no usable end uses in the Appendix 6 transcription, or no SI_EI), ")
                .append(noSr.size()).append(" without an SR (").append(String.join(", ", noSr)).append(")")
                .append(noGroup.isEmpty() ? "" : " and the group" + (noGroup.size() == 1 ? " " : "s ") + String.join(", ", noGroup)
                        + " (a member without SR or EI)").append(".");
        para.append(changed.isEmpty() ? " Where both exist, the recomputed verdict equals the published one."
                : " The recomputed verdict differs from the published one for " + String.join(", ", changed)
                + " (the SR deviations are discussed in docs/methods/criticality.md, \"Reference tests\").");
        para.append(" Varied: the supply shares (Dirichlet, concentration " + String.format(java.util.Locale.ROOT, "%.0f", kappa)
                + "), the six WGI estimates of each country within their published standard errors, and IR, EOL-RIR, SI_SR and "
                + "SI_EI uniformly within the printing precision of the transcribed values (half a unit of the last printed digit: "
                + "the study publishes no uncertainty of its own). Not varied: t, end-use shares, value added, supply modes and "
                + "the transcription itself, so p_critical measures how sure each verdict is given these inputs, not whether the "
                + "inputs are the study's. The Belgian probabilities are the column p_critical_be of the Belgian table above.");
        s.paragraph(para.toString());
        sources.forEach(tb::source);
        s.table(tb.note("Sorted by p_critical (share of " + DRAWS_2023 + " seeded draws in which both thresholds are met; empty "
                + "where SR or EI is missing). Recomputed SR, EI and quantiles rounded to two decimals; verdicts round SR and EI to "
                + "one decimal like the study. Published SR and EI: Annex 4 of the 2023 study. Package eu-crm-2023; "
                + "`cambium criticality --inputs eu-crm-2023 --draws N --seed S` writes the full uncertainty.csv; method: "
                + "docs/methods/criticality.md.").build());
        if (!uncertain.isEmpty()) {
            s.chart(new BarChart("crm_2023_uncertain", "EU 2023: materials whose verdict is uncertain (0.05 < p < 0.95)", "material",
                    "probability of being critical", "probability", uncertain, List.of(new Chart.Series("p_critical", List.of(),
                    uncertainP)), false, true, sources));
        }
    }

    /** Published 2023 {SR, EI} by the package's material or group name, from {@code published_scores}. */
    static Map<String, double[]> published2023(Table pub) {
        Map<String, double[]> published = new LinkedHashMap<>();
        for (int i = 0; i < pub.rowCount(); i++) {
            BigDecimal sr = pub.number(i, "sr");
            BigDecimal ei = pub.number(i, "ei");
            if (pub.value(i, "year") instanceof Number y && y.intValue() == 2023 && sr != null && ei != null) {
                String m = pub.string(i, "material");
                published.put(NAME_2023.getOrDefault(m, m), new double[] {sr.doubleValue(), ei.doubleValue()});
            }
        }
        return published;
    }

    private static @Nullable Double round2(double v) {
        return Double.isNaN(v) ? null : Math.round(v * 100) / 100.0;
    }

    /** Draws and seed of the report's Monte Carlo on the 2017 inputs (about 0.1 s for 78 materials). */
    static final int DRAWS_2017 = 1000;
    static final long SEED_2017 = 1;

    /**
     * "EU 2017 assessment recomputed": SR recomputed from the 2017 study's printed inputs (bundled {@code eu-crm-2017}),
     * the verdict with the published EI, and the probability of being critical from a fixed-seed Monte Carlo over the
     * printed precision of EOL-RIR and SI_SR.
     */
    private static void eu2017(Section.Builder s, CriticalityService service, ReportContext context) {
        context.progress().accept("criticality: eu-crm-2017 (" + DRAWS_2017 + " draws, seed " + SEED_2017 + ")");
        ValidationReport.Builder problems = ValidationReport.builder();
        CriticalityService.Run run = service.run("eu-crm-2017", Scope.EU, DRAWS_2017, SEED_2017, problems);
        var rr = new DataPackageReader().readClasspath(CriticalitySection.class.getClassLoader(), "data/eu-crm-2017");
        Table pub = rr.dataPackage() == null ? null : rr.dataPackage().table("published_scores").orElse(null);
        if (run == null || run.uncertainty() == null || pub == null) {
            s.notice("EU 2017 assessment recomputed: the bundled package eu-crm-2017 could not be read; see "
                    + "`cambium criticality --inputs eu-crm-2017`.");
            return;
        }
        CriticalityOptions o = CriticalityOptions.defaults();
        Map<String, Double> srPublished = new LinkedHashMap<>();
        for (int i = 0; i < pub.rowCount(); i++) {
            BigDecimal sr = pub.number(i, "sr");
            if (sr != null) {
                srPublished.put(pub.string(i, "material"), sr.doubleValue());
            }
        }
        Map<String, Double> p = new LinkedHashMap<>();
        for (MaterialUncertainty u : run.uncertainty().materials()) {
            p.put(u.material(), u.pCritical());
        }
        List<MaterialResult> mats = new ArrayList<>(run.result().materials().stream().filter(m -> !m.group()).toList());
        mats.sort(Comparator.comparingDouble((MaterialResult m) -> -p.getOrDefault(m.material(), Double.NaN))
                .thenComparingDouble(m -> -m.sr()).thenComparing(MaterialResult::material));
        ReportTable.Builder tb = ReportTable.builder("criticality_eu_2017_recomputed", "EU 2017 assessment recomputed",
                "material", "sr_published", "sr_recomputed", "ei_published", "critical_published", "critical_recomputed",
                "p_critical");
        int critical = 0;
        int publishedCritical = 0;
        int sure = 0;
        int surelyNot = 0;
        List<String> changed = new ArrayList<>();
        List<String> uncertain = new ArrayList<>();
        List<Double> uncertainP = new ArrayList<>();
        for (MaterialResult m : mats) {
            Double srPub = srPublished.get(m.material());
            Verdict vPub = srPub == null ? Verdict.UNDETERMINED : o.classify(srPub, m.ei());
            double pc = p.getOrDefault(m.material(), Double.NaN);
            critical += m.verdict() == Verdict.CRITICAL ? 1 : 0;
            publishedCritical += vPub == Verdict.CRITICAL ? 1 : 0;
            if (vPub != m.verdict()) {
                changed.add(m.material() + " (published SR " + srPub + ", recomputed " + String.format(java.util.Locale.ROOT, "%.2f", m.sr())
                        + ")");
            }
            if (pc >= 0.95) {
                sure++;
            } else if (pc <= 0.05) {
                surelyNot++;
            } else if (!Double.isNaN(pc)) {
                uncertain.add(m.material());
                uncertainP.add(pc);
            }
            tb.row(m.material(), srPub, Double.isNaN(m.sr()) ? null : Math.round(m.sr() * 100) / 100.0, num(m.ei()), verdict(vPub),
                    verdict(m.verdict()), Double.isNaN(pc) ? null : pc);
        }
        List<String> sources = run.result().provenance().sources().stream().map(Source::citation).toList();
        StringBuilder para = new StringBuilder("EU 2017 assessment recomputed. The 2017 study prints every input of its supply "
                + "risk (Tables 3 and 18), so SR can be recomputed for its " + mats.size() + " individually assessed materials; "
                + "its EI cannot (the study prints no end uses), so the published EI is used as given. With the recomputed SR, "
                + critical + " materials are critical (" + publishedCritical + " with the published SR)");
        para.append(changed.isEmpty() ? "." : "; the verdict differs for " + String.join(", ", changed) + ".");
        para.append(" Letting the HHIs, IR, EOL-RIR and SI_SR vary within their printed precision (" + DRAWS_2017 + " draws, seed " + SEED_2017
                + "), " + sure + " materials are critical in at least 95 % of the draws, " + surelyNot + " in at most 5 %, and "
                + uncertain.size() + (uncertain.size() == 1 ? " is" : " are") + " uncertain"
                + (uncertain.isEmpty() ? "." : ": " + String.join(", ", uncertain) + "."));
        s.paragraph(para.toString());
        sources.forEach(tb::source);
        s.table(tb.note("SR recomputed with the aggregated HHI_WGI,t, IR, EOL-RIR, SI_SR and supply mode as printed (rounded here to "
                + "two decimals; the verdict rounds SR and EI to one decimal like the study). p_critical: share of " + DRAWS_2017
                + " seeded draws in which the material is critical, with (HHIWGI-t)GS and (HHIWGI-t)EU28 (+/- 0.05), IR and EOL-RIR "
                + "(+/- 0.5 percentage point) and SI_SR (+/- 0.05) uniform within their printed precision; the published EI is "
                + "not varied. Package eu-crm-2017; method: "
                + "docs/methods/criticality.md.").build());
        if (!uncertain.isEmpty()) {
            s.chart(new BarChart("crm_2017_uncertain", "EU 2017: materials whose verdict is uncertain (0.05 < p < 0.95)", "material",
                    "probability of being critical", "probability", uncertain, List.of(new Chart.Series("p_critical", List.of(),
                    uncertainP)), false, true, sources));
        }
    }

    /** Draws and seed of the report's Belgian Monte Carlo (the Belgian rules of the deterministic run, EU ranges with EU inputs). */
    static final int DRAWS_BE = 1000;
    static final long SEED_BE = 1;

    /** The group of a Belgian point in the matrix: what its SR rests on (sourcing, and whether IR is a proxy). */
    static String basisGroup(CriticalityService.Run run, MaterialResult b) {
        SourcingBasis src = b.sourcingBasis();
        String g = src == null ? "SR missing" : switch (src) {
            case OWN -> run.fromTrade(b.material(), b.bottleneck()) ? "BE sourcing from Comext" : "BE sourcing (package)";
            case GS_FALLBACK -> "GS fallback (no Belgian sourcing)";
            case NOT_USED -> "global supply only (EU supply mode GS)";
            case MISSING -> "Belgian sourcing missing";
        };
        IrBasis ir = b.irBasis();
        if (ir == IrBasis.EU_PROXY) {
            g += ", IR: EU proxy";
        } else if (ir == IrBasis.TRANSIT_SOURCING_ONLY || ir == IrBasis.TRANSIT_EU_IR) {
            g += ", transit fallback";
        }
        return g;
    }

    /**
     * The Belgian verdict whatever IR_BE in [0, 1] is, where IR is the EU proxy: SR is linear in IR at each stage and the
     * material SR is the larger stage SR, so SR ranges between its values with every proxied IR at 0 and at 1. "same" when
     * both ends give the verdict of the run, "depends on IR_BE" otherwise; empty when no stage uses the proxy.
     */
    static String verdictForAnyIr(CriticalityResult be, MaterialResult b, CriticalityOptions o) {
        double lo = Double.NaN;
        double hi = Double.NaN;
        boolean proxied = false;
        for (StageResult st : be.stages()) {
            if (!st.material().equals(b.material()) || Double.isNaN(st.sr())) {
                continue;
            }
            double a = st.sr();
            double z = st.sr();
            if (st.irBasis() == IrBasis.EU_PROXY) {
                proxied = true;
                double f = (1 - st.eolRir()) * st.siSr();
                a = st.hhiSourcing() * f; // IR = 0: sourcing only
                z = (st.hhiGs() / 2 + st.hhiSourcing() / 2) * f; // IR = 1: half and half
            }
            lo = Double.isNaN(lo) ? Math.min(a, z) : Math.max(lo, Math.min(a, z));
            hi = Double.isNaN(hi) ? Math.max(a, z) : Math.max(hi, Math.max(a, z));
        }
        if (!proxied || Double.isNaN(b.ei())) {
            return "";
        }
        return o.classify(lo, b.ei()) == o.classify(hi, b.ei()) ? "same" : "depends on IR_BE";
    }

    private static void belgianMatrix(Section.Builder s, CriticalityService.Run run, Map<String, double[]> published,
                                      CriticalityOptions o, List<String> sources, @Nullable String tradeProblem) {
        CriticalityResult eu = java.util.Objects.requireNonNull(run.eu());
        CriticalityResult be = run.result();
        BeSourcingResult sourcing = run.sourcing();
        Map<String, ScopeDifference> diff = new LinkedHashMap<>();
        run.comparison().forEach(d -> diff.put(d.material(), d));
        Map<String, Double> pCritical = new LinkedHashMap<>();
        if (run.uncertainty() != null) {
            run.uncertainty().materials().forEach(u -> pCritical.put(u.material(), u.pCritical()));
        }
        List<ScatterChart.Point> points = new ArrayList<>();
        ReportTable.Builder table = ReportTable.builder("criticality_be_2023", "Belgian criticality 2023: SR and EI with their basis",
                "material", "sr_be", "ei_be", "critical_be", "bottleneck_stage", "ir_basis", "sourcing_basis", "eu_inputs",
                "verdict_for_any_ir_be", "p_critical_be", "ei_be_eu_scale", "critical_be_eu_scale");
        ReportTable.Builder changes = ReportTable.builder("criticality_verdict_changes_eu_be",
                "Verdict changes EU against Belgium (same engine and 2023 inputs)", "material", "critical_eu_2023_published",
                "critical_eu", "critical_be", "sr_eu", "sr_be", "ei_eu", "ei_be", "ir_basis_be", "sourcing_basis_be",
                "verdict_for_any_ir_be", "sr_drivers_be_minus_eu", "ei_drivers_be_minus_eu", "ei_be_eu_scale",
                "critical_be_eu_scale");
        Map<String, Integer> groups = new java.util.TreeMap<>();
        List<String> notDrawn = new ArrayList<>();
        int criticalBe = 0;
        int criticalEu = 0;
        int criticalEuNoBe = 0; // critical for the EU, no Belgian verdict (e.g. the EU EI is the published one: no end uses)
        int proxied = 0;
        int proxiedRobust = 0;
        int changed = 0;
        int changedByEi = 0;
        int eiCompared = 0;
        int eiLower = 0;
        int criticalEuScale = 0; // sensitivity: Belgian structure on the EU scale (ei_be_eu_scale)
        List<String> changedByEiRemaining = new ArrayList<>(); // EI-driven changes that remain on the EU scale: structure
        List<String> srChanges = new ArrayList<>();
        for (MaterialResult b : be.materials()) {
            if (b.group()) {
                continue;
            }
            MaterialResult e = eu.material(b.material()).orElse(null);
            criticalBe += b.verdict() == Verdict.CRITICAL ? 1 : 0;
            criticalEu += e != null && e.verdict() == Verdict.CRITICAL ? 1 : 0;
            criticalEuNoBe += e != null && e.verdict() == Verdict.CRITICAL && b.verdict() == Verdict.UNDETERMINED ? 1 : 0;
            String any = verdictForAnyIr(be, b, o);
            Double pc = pCritical.get(b.material());
            Verdict euScale = o.classify(b.sr(), b.eiBeEuScale());
            criticalEuScale += euScale == Verdict.CRITICAL ? 1 : 0;
            table.row(b.material(), num(b.sr()), num(b.ei()), verdict(b.verdict()), b.bottleneck() == null ? null : b.bottleneck().name(),
                    b.irBasis() == null ? null : b.irBasis().label(Scope.BE), run.sourcingLabel(b), b.euInputs(), any,
                    pc == null || Double.isNaN(pc) ? null : pc, num(b.eiBeEuScale()), verdict(euScale));
            if (Double.isNaN(b.sr()) || Double.isNaN(b.ei())) {
                notDrawn.add(b.material());
                continue;
            }
            if (b.irBasis() == IrBasis.EU_PROXY) {
                proxied++;
                proxiedRobust += any.equals("same") ? 1 : 0;
            }
            String group = basisGroup(run, b);
            groups.merge(group, 1, Integer::sum);
            points.add(new ScatterChart.Point(b.verdict() == Verdict.CRITICAL ? b.material() : "", group, b.ei(), b.sr()));
            if (e != null && !Double.isNaN(e.ei())) {
                eiCompared++;
                eiLower += b.ei() < e.ei() ? 1 : 0;
            }
            if (e != null && e.verdict() != Verdict.UNDETERMINED && e.verdict() != b.verdict()) {
                changed++;
                boolean srSide = o.classify(b.sr(), Double.MAX_VALUE) != o.classify(e.sr(), Double.MAX_VALUE);
                changedByEi += srSide ? 0 : 1;
                if (!srSide && euScale != e.verdict()) {
                    changedByEiRemaining.add(b.material());
                }
                if (srSide) {
                    srChanges.add(b.material() + " (" + run.sourcingLabel(b) + (b.irBasis() == IrBasis.EU_PROXY ? ", IR: EU proxy" : "")
                            + ")");
                }
                double[] p = published.get(b.material());
                ScopeDifference d = diff.get(b.material());
                changes.row(b.material(), p == null ? null : verdict(o.classify(p[0], p[1])), verdict(e.verdict()), verdict(b.verdict()),
                        num(e.sr()), num(b.sr()), num(e.ei()), num(b.ei()), b.irBasis() == null ? null : b.irBasis().label(Scope.BE),
                        run.sourcingLabel(b), any, d == null ? "" : d.srDrivers(), d == null ? "" : d.eiDrivers(),
                        num(b.eiBeEuScale()), verdict(euScale));
            }
        }
        String sourcingText = sourcing == null
                ? "No Belgian sourcing is bundled (be-crm/MISSING.md: no published table of Belgian imports by origin per raw "
                + "material" + (tradeProblem == null ? "; no Comext data with Belgian months are in the workspace, see "
                + "`cambium data fetch comext 202101-202312 --import --reporter BE` or `cambium data import comext FILE... --reporter BE`, "
                + "then `cambium report --workspace DIR`)"
                : "; the Comext data of the workspace could not be used: " + tradeProblem + ")")
                + ", so every Belgian SR falls back to global supply only (the study's rule without sourcing data) or, "
                + "where the EU's supply mode is \"GS only\", is global supply only anyway."
                : "Belgian sourcing shares were derived from the Comext data in the workspace (reporter BE, " + window(sourcing)
                + ", " + vintages(sourcing) + ") for the materials whose CN codes are in be-crm/material_cn.csv (imports by "
                + "partner, Community concept: intra-EU partners are the member state of consignment, not origin; "
                + "confidential partners left out, flagged); the other materials fall back to global supply only.";
        String irText = proxied == 0 ? "" : " IR_BE is missing wherever Belgian production is unknown (every refining stage, "
                + "and industrial minerals): for the " + count(proxied, "material") + " whose SR uses Belgian sourcing there, the EU "
                + "IR of the stage stands in (group \"IR: EU proxy\"; `--be-ir missing` leaves these SR missing); for "
                + proxiedRobust + " of them the verdict is the same for any IR_BE between 0 and 1 (column verdict_for_any_ir_be).";
        String why = changed == 0 ? "" : changedByEi + " of them through EI alone"
                + (srChanges.isEmpty() ? "" : ", " + srChanges.size() + " through SR: " + String.join(", ", srChanges)
                + (sourcing == null ? " (without Belgian sourcing, an SR differs from the EU's only because global supply "
                + "replaces the EU sourcing)" : "")) + ". ";
        s.paragraph("Belgium. The Belgian assessment changes three inputs of the EU method (CAMBIUM design, reference page section "
                + "4.8): economic importance uses Belgian value added by NACE division (OECD IOT 2020) with the EU end-use "
                + "shares; supply risk uses Belgian sourcing (Belgian production plus imports by origin) and the Belgian import "
                + "reliance IR_BE. EOL-RIR, SI_SR, SI_EI and the supply mode are the EU's 2023 values (CritMAT transcription) by "
                + "design; results.csv of `cambium criticality --scope BE` names them per stage (eu_inputs). " + sourcingText
                + irText + " With these rules " + criticalBe + " materials are critical for Belgium and " + criticalEu
                + " for the EU recomputed with the same engine and inputs" + (criticalEuNoBe == 0 ? "" : " (" + criticalEuNoBe
                + " of them without a Belgian verdict: where no end uses are transcribed the EU EI is the published one, "
                + "which cannot be rescaled to Belgian value added)") + "; " + count(changed, "verdict") + " differ" + (changed == 0 ? ". "
                : ", " + why) + "The Belgian EI is scaled by the largest Belgian division (C21, pharmaceuticals) and compared "
                + "with the EU threshold 2.8, which was calibrated on the EU scaling (largest EU division C28); the Belgian EI "
                + "is below the EU EI for " + eiLower + " of the " + eiCompared + " materials with both. "
                + euScaleText(be, criticalEuScale, changedByEi, changedByEiRemaining)
                + (notDrawn.isEmpty() ? "" : notDrawn.size() + " materials are not drawn (SR or EI missing; "
                + "table below). ") + "Points by basis: " + groups.entrySet().stream().map(x -> x.getKey() + " " + x.getValue())
                .collect(java.util.stream.Collectors.joining("; ")) + ".");
        s.chart(new ScatterChart("crm_matrix_be", "Belgian criticality matrix 2023 (Belgian value added"
                + (sourcing == null ? ", SR from global supply" : ", Belgian sourcing from Comext " + window(sourcing)) + ")",
                "Economic importance, Belgian value added (EI)", "Supply risk (SR)", "index", declutter(points), o.eiThreshold(),
                o.srThreshold(), sourcing == null ? sources : withTrade(sources, sourcing)));
        sources.forEach(table::source);
        if (sourcing != null) {
            sourcing.provenance().sources().forEach(x -> table.source(x.citation()));
        }
        s.table(table.note("Belgian SR and EI of `cambium criticality --inputs be-crm --scope BE" + (sourcing == null ? "" : " --trade")
                + "` (rule --be-ir eu-ir). ir_basis: BE (IR_BE from Belgian production and trade), EU proxy (IR_BE missing, EU IR "
                + "of the stage), transit fallback (IR_BE <= 0: Belgian sourcing only), not used (the supply mode needs no IR). "
                + "sourcing_basis: BE trade (Comext), package, GS fallback (no Belgian sourcing), not used (supply mode GS). "
                + "eu_inputs: inputs of the bottleneck stage taken from the EU row. verdict_for_any_ir_be: whether the verdict "
                + "holds for every IR_BE in [0, 1] where IR is the EU proxy. p_critical_be: share of " + DRAWS_BE + " draws (seed "
                + SEED_BE + ") in which the material is critical for Belgium (shares, WGI; EU ranges travel with the EU inputs; "
                + "the bundled 2023 inputs have no other ranges). ei_be_eu_scale: sensitivity \"Belgian structure, EU scale\" "
                + "(CAMBIUM's, not an official method, not the verdict basis): 10 x Sum A_s x (Q_s,BE / Sum Q_BE) x (Sum Q_EU / "
                + "max Q_EU) x SI_EI over the NACE divisions with value added in both scopes; critical_be_eu_scale: its verdict "
                + "against the EU thresholds with sr_be. Empty cells are missing, never zero.").build());
        sources.forEach(changes::source);
        s.table(changes.note("Materials whose Belgian verdict differs from the EU verdict recomputed with the same engine and "
                + "inputs (critical_eu; the published 2023 verdict is shown beside it). Drivers (ScopeComparison, BE minus EU): "
                + "the sourcing-HHI contributions by country and the IR change of the bottleneck stage, with the Belgian flags; "
                + "the NACE divisions whose EI contributions differ most. Belgian EI is scaled by the largest Belgian division "
                + "(C21), the EU EI by the largest EU division (C28). ei_be_eu_scale and critical_be_eu_scale: the sensitivity "
                + "\"Belgian structure, EU scale\" (CAMBIUM's, not an official method; never the verdict basis).").build());
    }

    /**
     * The sentence on the sensitivity "Belgian structure, EU scale" (MaterialResult.eiBeEuScale): how many materials are
     * critical with it, and how many of the EI-driven verdict changes remain (structure) or vanish (normalisation).
     */
    private static String euScaleText(CriticalityResult be, int critical, int changedByEi, List<String> remaining) {
        String divisions = be.provenance().parameters().getOrDefault("ei_be_eu_scale_divisions", "");
        String coverage = be.provenance().parameters().getOrDefault("ei_be_eu_scale_eu_coverage", "");
        if (divisions.isBlank() || coverage.isBlank()) {
            return "";
        }
        int n = divisions.split(" ").length;
        return "A CAMBIUM sensitivity, not an official method, separates structure from normalisation: with the Belgian "
                + "value-added shares over the " + n + " NACE divisions both sources give (" + String.format(java.util.Locale.ROOT,
                "%.0f", 100 * Double.parseDouble(coverage)) + " % of EU value added) put on the EU scale (their EU total over the "
                + "largest EU division; column ei_be_eu_scale), " + count(critical, "material") + (critical == 1 ? " is" : " are")
                + " critical for Belgium, and " + remaining.size() + " of the " + changedByEi + " verdict changes through EI remain "
                + "(Belgium's industrial structure" + (remaining.isEmpty() ? "" : ": " + String.join(", ", remaining)) + "), "
                + (changedByEi - remaining.size()) + " vanish (the scaling by C21). ";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String window(BeSourcingResult b) {
        return b.years();
    }

    private static String vintages(BeSourcingResult b) {
        List<String> names = b.provenance().sources().stream().map(Source::vintage).toList();
        return names.isEmpty() ? "no file with rows of the mapped codes" : "file(s) " + String.join(", ", names);
    }

    private static List<String> withTrade(List<String> sources, BeSourcingResult b) {
        List<String> out = new ArrayList<>(sources);
        b.provenance().sources().forEach(x -> out.add(x.citation()));
        return out;
    }

    /** Belgian imports, IR_BE and the largest partners per material and stage, from the workspace's Comext data. */
    private static void belgianSourcing(Section.Builder s, BeSourcingResult b, CriticalityResult be) {
        ReportTable.Builder tb = ReportTable.builder("criticality_be_sourcing", "Belgian sourcing from Comext, " + window(b),
                "material", "stage", "imports_t", "exports_t", "ir_be", "largest_partners", "intra_eu_share", "not_observed_share",
                "hhi_be_sourcing", "note");
        Map<String, Double> hhi = new LinkedHashMap<>();
        for (StageResult st : be.stages()) {
            hhi.put(st.material() + "|" + st.stage(), st.hhiSourcing());
        }
        int rows = 0;
        for (SourcingStage st : b.stages()) {
            if (!st.hasShares() && st.importsKg() == 0 && st.exportsKg() == 0) {
                continue;
            }
            List<String> top = b.partners().stream().filter(p -> p.observed() && p.material().equals(st.material())
                            && p.stage() == st.stage()).sorted(Comparator.comparingDouble(p -> -p.share())).limit(3)
                    .map(p -> p.partner() + " " + Math.round(p.share() * 1000) / 10.0 + " %").toList();
            Double h = hhi.get(st.material() + "|" + st.stage());
            tb.row(st.material(), "E".equals(st.stage().name()) ? "extraction" : "processing", num(st.importsKg() / 1000),
                    num(st.exportsKg() / 1000), num(st.irBe()), String.join(", ", top), num(st.intraEuShare()),
                    num(st.notObservedShare()), h == null ? null : num(h), st.note());
            rows++;
        }
        s.paragraph("Belgian sourcing from Comext. " + rows + " of the " + b.stages().size() + " mapped material stages have Belgian "
                + "trade in " + window(b) + " (" + vintages(b) + "). Shares are of net mass over the partners observed (and "
                + "Belgian production where be_production gives it); IR_BE = (IMP - EXP) / (DP + IMP - EXP) only where Belgian "
                + "production is known for every year (stage E of metal ores: zero, BELSPO) and every month of the window is "
                + "present; an IR_BE <= 0 (exports above imports: re-export hub) switches the SR to Belgian sourcing only "
                + "(transit fallback). Every figure is traceable in `cambium criticality --inputs be-crm --scope BE --trade` "
                + "(be_sourcing.csv, be_ir.csv).");
        b.provenance().sources().forEach(x -> tb.source(x.citation()));
        s.table(tb.note("imports_t, exports_t: tonnes of net mass over the window, all partners except aggregates (confidential "
                + "partners included in the totals, not in the shares). intra_eu_share: share of the observed imports consigned "
                + "from EU member states (consignment, not origin). hhi_be_sourcing: HHI_WGI,t of the Belgian sourcing, 0-10. Empty "
                + "cells are missing, never zero. Method: docs/methods/criticality.md, \"Belgian sourcing from Comext\".").build());
    }

    /**
     * Blanks the labels that would overlap an already kept one (a box of 9 % of the x range by 5 % of the y range),
     * keeping the labels of the points with the highest y first. Every point stays drawn; the tables list them all.
     */
    static List<ScatterChart.Point> declutter(List<ScatterChart.Point> points) {
        double x0 = 0;
        double x1 = 0;
        double y0 = 0;
        double y1 = 0;
        for (ScatterChart.Point p : points) {
            x0 = Math.min(x0, p.x());
            x1 = Math.max(x1, p.x());
            y0 = Math.min(y0, p.y());
            y1 = Math.max(y1, p.y());
        }
        double bx = 0.09 * Math.max(x1 - x0, 1e-9);
        double by = 0.05 * Math.max(y1 - y0, 1e-9);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (!points.get(i).label().isEmpty()) {
                order.add(i);
            }
        }
        order.sort((a, b) -> Double.compare(points.get(b).y(), points.get(a).y()));
        List<ScatterChart.Point> kept = new ArrayList<>();
        Set<Integer> blank = new HashSet<>();
        for (int i : order) {
            ScatterChart.Point p = points.get(i);
            boolean clash = kept.stream().anyMatch(k -> Math.abs(k.x() - p.x()) < bx && Math.abs(k.y() - p.y()) < by);
            if (clash) {
                blank.add(i);
            } else {
                kept.add(p);
            }
        }
        List<ScatterChart.Point> out = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            ScatterChart.Point p = points.get(i);
            out.add(blank.contains(i) ? new ScatterChart.Point("", p.group(), p.x(), p.y()) : p);
        }
        return out;
    }

    /** Belgium's own shares of global supply and EU sourcing in the 2023 study. */
    private static void belgianRoles(Section.Builder s, @Nullable Table shares) {
        if (shares == null) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < shares.rowCount(); i++) {
            BigDecimal v = shares.number(i, "share");
            if ("BE".equals(shares.string(i, "country")) && v != null) {
                rows.add(new Object[] {shares.string(i, "material"), shares.string(i, "stage"), shares.string(i, "scope"),
                        v.doubleValue(), shares.string(i, "source")});
            }
        }
        rows.sort((a, b) -> Double.compare((Double) b[3], (Double) a[3]));
        ReportTable.Builder tb = ReportTable.builder("criticality_belgian_roles",
                "Belgium's own roles: its share of global supply (GS) and of EU sourcing (EU), 2023 study", "material", "stage",
                "share_of", "belgian_share", "unit", "source");
        for (Object[] r : rows) {
            tb.row(r[0], "E".equals(r[1]) ? "extraction" : "processing", "GS".equals(r[2]) ? "global supply" : "EU sourcing",
                    r[3], "fraction", r[4]);
        }
        s.table(tb.note("From the supply shares of the 2023 CRM study, Appendix 7 (country BE, t = 0.8). A Belgian producer "
                + "lowers the Belgian sourcing HHI once Belgian sourcing shares are assembled (domestic production counts with "
                + "t = 0.8).").build());
    }

    private static @Nullable Double num(double v) {
        return Double.isNaN(v) ? null : Math.round(v * 1000) / 1000.0;
    }

    private static @Nullable String verdict(Verdict v) {
        return v == Verdict.UNDETERMINED ? null : v == Verdict.CRITICAL ? "yes" : "no";
    }
}
