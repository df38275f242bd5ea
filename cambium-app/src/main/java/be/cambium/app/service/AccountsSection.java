package be.cambium.app.service;

import be.cambium.accounts.IndicatorValue;
import be.cambium.accounts.Origin;
import be.cambium.provenance.Source;
import be.cambium.report.model.Chart;
import be.cambium.report.model.LineChart;
import be.cambium.report.model.ReportTable;
import be.cambium.report.model.Section;
import be.cambium.validate.Issue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's accounts section: the bundled Belgian package through the accounts engine, Belgium against
 * EU-27 (DMC and RMC per capita, CMU), every value with its unit, flags, origin and source, and the checks.
 */
final class AccountsSection implements SectionProvider {

    private static final List<String> GEOS = List.of("BE", "EU27_2020");

    @Override
    public String id() {
        return "accounts";
    }

    @Override
    public String title() {
        return "Material accounts and circular economy";
    }

    @Override
    public Section build(ReportContext context) {
        context.progress().accept("accounts: bundled package " + AccountsService.BUNDLED);
        AccountsService service = new AccountsService();
        List<IndicatorValue> values = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        Map<String, Source> sources = new LinkedHashMap<>();
        for (String geo : GEOS) {
            AccountsService.Outcome o = service.run(new AccountsService.Request(List.of(), geo, null, null));
            values.addAll(o.result().values());
            issues.addAll(o.allIssues().issues());
            o.result().provenance().sources().forEach(s -> sources.putIfAbsent(s.id(), s));
        }
        ReportTable.Builder t = ReportTable.builder("mfa_indicators", "Material flow and circular-economy indicators, Belgium and EU-27",
                "geo", "year", "indicator", "material", "value", "unit", "flags", "origin", "source");
        for (IndicatorValue v : values) {
            t.row(v.geo(), v.year(), v.indicator(), v.material(), v.value(), v.unit().toString(), v.flags(), v.origin().code(),
                    String.join(" ", v.sources()));
        }
        sources.values().forEach(s -> t.source(s.citation()));
        t.note("Published values as released (newest vintage per series; older vintages are listed as MFA_VINTAGE notes); "
                + "computed values follow docs/methods/accounts.md. Missing stays missing.");
        long errors = issues.stream().filter(Issue::isError).count();
        return Section.builder(id(), title())
                .paragraph("Domestic material consumption (DMC) and raw material consumption (RMC) per person, and the circular "
                        + "material use rate, for Belgium against the EU-27, from the bundled package of published figures. "
                        + "Each series uses one release only, because Belgian DMC is heavily revised between releases.")
                .chart(line("dmc_per_capita", "Domestic material consumption per person", "DMC", "t/cap", values, sources))
                .chart(line("rmc_per_capita", "Raw material consumption (material footprint) per person", "RMC", "t/cap", values, sources))
                .table(t.build())
                .paragraph("Checks: " + issues.size() + " issues (" + errors + " errors); see issues.csv of `cambium accounts` for "
                        + "each one with its cell.")
                .build();
    }

    private static LineChart line(String id, String title, String indicator, String unit, List<IndicatorValue> values,
                                  Map<String, Source> sources) {
        List<Chart.Series> series = new ArrayList<>();
        List<String> cited = new ArrayList<>();
        for (String geo : GEOS) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (IndicatorValue v : values) {
                if (v.geo().equals(geo) && v.indicator().equals(indicator) && v.material().equals("TOTAL")
                        && v.unit().toString().equals(unit) && v.origin() == Origin.PUBLISHED && !Double.isNaN(v.value())) {
                    x.add((double) v.year());
                    y.add(v.value());
                    v.sources().stream().map(sources::get).filter(s -> s != null && !cited.contains(s.citation()))
                            .forEach(s -> cited.add(s.citation()));
                }
            }
            if (!x.isEmpty()) {
                series.add(new Chart.Series(geo.equals("BE") ? "Belgium" : "EU-27", x, y));
            }
        }
        return new LineChart(id, title, "year", indicator + " (" + unit + ")", unit, series, false, cited);
    }
}
