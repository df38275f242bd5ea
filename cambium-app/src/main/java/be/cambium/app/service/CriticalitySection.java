package be.cambium.app.service;

import be.cambium.criticality.CriticalityOptions;
import be.cambium.criticality.CriticalityResult;
import be.cambium.criticality.MaterialResult;
import be.cambium.criticality.Scope;
import be.cambium.criticality.ScopeDifference;
import be.cambium.criticality.StageResult;
import be.cambium.criticality.Verdict;
import be.cambium.io.pkg.DataPackage;
import be.cambium.io.pkg.DataPackageReader;
import be.cambium.io.pkg.Table;
import be.cambium.provenance.Source;
import be.cambium.report.model.ReportTable;
import be.cambium.report.model.ScatterChart;
import be.cambium.report.model.Section;
import be.cambium.validate.ValidationReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Critical raw materials: the EU 2023 criticality matrix as published, and the EU-Belgium comparison the bundled
 * {@code be-crm} package allows (HHIs and unsubstituted EI; SR and verdicts where the inputs exist).
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
        context.progress().accept("criticality: be-crm (EU and BE)");
        CriticalityService service = new CriticalityService();
        ValidationReport.Builder problems = ValidationReport.builder();
        CriticalityService.Run run = service.run("be-crm", Scope.BE, null, 1, problems);
        Section.Builder s = Section.builder(id(), title());
        if (run == null || run.eu() == null) {
            return s.notice("The bundled criticality package could not be read; see `cambium criticality --inputs be-crm`.").build();
        }
        CriticalityResult eu = run.eu();
        CriticalityResult be = run.result();
        List<String> sources = eu.provenance().sources().stream().map(Source::citation).toList();
        CriticalityOptions o = CriticalityOptions.defaults();

        // published 2023 matrix (extra resource of the package)
        var rr = new DataPackageReader().readClasspath(CriticalitySection.class.getClassLoader(), "data/be-crm");
        DataPackage pkg = rr.dataPackage();
        List<ScatterChart.Point> points = new ArrayList<>();
        Map<String, double[]> published = new LinkedHashMap<>();
        Table t = pkg == null ? null : pkg.table("published_scores").orElse(null);
        if (t != null) {
            for (int i = 0; i < t.rowCount(); i++) {
                Object year = t.value(i, "year");
                BigDecimal sr = t.number(i, "sr");
                BigDecimal ei = t.number(i, "ei");
                if (year instanceof Number y && y.intValue() == 2023 && sr != null && ei != null) {
                    String m = t.string(i, "material");
                    published.put(m, new double[] {sr.doubleValue(), ei.doubleValue()});
                    boolean crit = o.classify(sr.doubleValue(), ei.doubleValue()) == Verdict.CRITICAL;
                    points.add(new ScatterChart.Point(m, crit ? "critical (EU 2023)" : "not critical", ei.doubleValue(), sr.doubleValue()));
                }
            }
        }
        s.paragraph("A raw material is critical for the EU when its economic importance (EI) is at least 2.8 and its supply "
                + "risk (SR) at least 1.0. The matrix shows the scores the European Commission published for the 2023 list; "
                + published.values().stream().filter(v -> o.classify(v[0], v[1]) == Verdict.CRITICAL).count()
                + " materials or groups pass both thresholds, the critical raw materials of the CRMA minus copper and nickel "
                + "(added as strategic).");
        s.chart(new ScatterChart("crm_matrix_eu_2023", "EU criticality matrix 2023 (published scores)", "Economic importance (EI)",
                "Supply risk (SR)", "index", points, 2.8, 1.0, sources));

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
        sources.forEach(tb::source);
        s.table(tb.note("HHI_WGI,t on the 0-10 scale from the 2023 supply shares, t and the WGI 2016-2020; EI before substitution "
                        + "(the 2023 SI_EI are not in the bundled data), Belgian EI with Belgian value added by NACE division. "
                        + "SR and the verdicts need IR, EOL-RIR and SI_SR of 2023 and Belgian sourcing shares, which the bundled "
                        + "packages do not hold (MISSING.md): they stay empty (':'), never zero. Method: docs/methods/criticality.md.")
                .build());
        return s.build();
    }

    private static @Nullable Double num(double v) {
        return Double.isNaN(v) ? null : Math.round(v * 1000) / 1000.0;
    }

    private static @Nullable String verdict(Verdict v) {
        return v == Verdict.UNDETERMINED ? null : v == Verdict.CRITICAL ? "yes" : "no";
    }
}
