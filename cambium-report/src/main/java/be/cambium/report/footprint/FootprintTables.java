package be.cambium.report.footprint;

import be.cambium.footprint.ExtensionAccounts;
import be.cambium.footprint.FootprintCalculator;
import be.cambium.footprint.FootprintResult;
import be.cambium.footprint.Label;
import be.cambium.footprint.RegionFootprint;
import be.cambium.linalg.DenseMatrix;
import be.cambium.provenance.Source;
import be.cambium.report.common.IssuesTable;
import be.cambium.report.common.SourcesTable;
import be.cambium.report.model.ReportTable;
import be.cambium.validate.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The tables of {@code cambium footprint --out}: {@code accounts}, {@code accounts_per_capita} (when the MRIO has a
 * population), {@code footprint}, {@code layers}, {@code paths}, {@code multipliers} (on request), {@code issues} and
 * {@code sources}. The report's footprint section shows {@link #footprint} and {@link #layers} under its own ids, so
 * for the same MRIO the command's CSV and the report's CSV are the same bytes.
 */
public final class FootprintTables {

    private FootprintTables() {
    }

    /**
     * Every table of the command, in file order.
     *
     * @param monetaryUnit the MRIO's monetary unit (the multipliers are stressor unit per monetary unit)
     * @param multipliers whether to add the {@code multipliers} table
     * @param issues every issue of the run (reading and computing)
     */
    public static List<ReportTable> of(FootprintResult result, String monetaryUnit, boolean multipliers, ValidationReport issues) {
        List<ReportTable> out = new ArrayList<>();
        out.add(accounts(result));
        if (result.accounts().stream().anyMatch(e -> e.perCapita() != null)) {
            out.add(accountsPerCapita(result));
        }
        RegionFootprint f = result.region();
        if (f != null) {
            out.add(footprint(f, citations(result)));
            out.add(layers(f, citations(result)));
            out.add(paths(f, citations(result)));
        }
        if (multipliers) {
            out.add(multipliers(result, monetaryUnit));
        }
        out.add(IssuesTable.of(issues));
        out.add(SourcesTable.of(result.provenance().sources()));
        return out;
    }

    /** The citations of the MRIO's sources, printed under each table. */
    public static List<String> citations(FootprintResult result) {
        return result.provenance().sources().stream().map(Source::citation).distinct().toList();
    }

    /** pymrio's regional accounts D_cba, D_pba, D_imp, D_exp (D_cba and D_pba with F_Y). */
    public static ReportTable accounts(FootprintResult r) {
        ReportTable.Builder t = ReportTable.builder("accounts", "EEIO accounts per region (pymrio's D_cba, D_pba, D_imp, D_exp)",
                "extension", "stressor", "region", "account", "value", "unit");
        regional(t, r, false);
        citations(r).forEach(t::source);
        return t.note("D_cba consumption-based, D_pba production-based (both with the stressors of final demand F_Y), D_imp "
                + "embodied in imports, D_exp embodied in exports, as pymrio defines them. Method: docs/methods/footprint.md.").build();
    }

    /** The regional accounts divided by population. */
    public static ReportTable accountsPerCapita(FootprintResult r) {
        ReportTable.Builder t = ReportTable.builder("accounts_per_capita", "EEIO accounts per region and person",
                "extension", "stressor", "region", "account", "value", "unit");
        regional(t, r, true);
        citations(r).forEach(t::source);
        return t.note("The accounts divided by the MRIO's population of each region.").build();
    }

    private static void regional(ReportTable.Builder t, FootprintResult r, boolean perCapita) {
        for (ExtensionAccounts e : r.accounts()) {
            if (perCapita && e.perCapita() == null) {
                continue;
            }
            for (int a = 0; a < ExtensionAccounts.ACCOUNTS.size(); a++) {
                String acc = ExtensionAccounts.ACCOUNTS.get(a);
                DenseMatrix m = perCapita ? e.perCapita().get(a) : e.byRegion(acc);
                for (int q = 0; q < e.stressors().size(); q++) {
                    String unit = e.units().get(q) + (perCapita ? "/cap" : "");
                    for (int reg = 0; reg < e.regions().size(); reg++) {
                        t.row(e.extension(), e.stressors().get(q), e.regions().get(reg), acc, m.get(q, reg), unit);
                    }
                }
            }
        }
    }

    /**
     * The footprint of the focus region: the eight indicators of every bridged material (extension {@code *}), or of
     * every stressor when no concordance was given.
     */
    public static ReportTable footprint(RegionFootprint f, List<String> sources) {
        ReportTable.Builder t = ReportTable.builder("footprint", "Material footprint of " + f.region(),
                "region", "extension", "item", "indicator", "value", "unit");
        for (RegionFootprint.Indicators ind : f.items()) {
            for (Object[] kv : ind.rows()) {
                t.row(f.region(), ind.extension(), ind.name(), kv[0], kv[1], ind.unit());
            }
        }
        sources.forEach(t::source);
        return t.note("DE domestic extraction; IMP_RME imports in raw-material equivalents = IMP_RME_FINAL (bought by final demand) + "
                + "IMP_RME_INTERMEDIATE (used by domestic industries for domestic final demand) + IMP_RME_REEXPORT (leaving again "
                + "in exports, processed or not); RMI = DE + IMP_RME; RMC = RMI - EXP_RME. Items are the materials of the "
                + "concordance (extension *) or, without one, the stressors. Method: docs/methods/footprint.md.").build();
    }

    /** The production layers of the same items as {@link #footprint}: tier 0, 1, ... and the remainder. */
    public static ReportTable layers(RegionFootprint f, List<String> sources) {
        ReportTable.Builder t = ReportTable.builder("layers", "Footprint of " + f.region() + " by production layer",
                "region", "extension", "item", "tier", "value", "share", "unit");
        int last = -1;
        for (RegionFootprint.LayerValue l : f.itemLayers()) {
            t.row(f.region(), l.extension(), l.stressor(), l.tier() < 0 ? "remainder" : Integer.toString(l.tier()), l.value(),
                    l.share(), l.unit());
            last = Math.max(last, l.tier());
        }
        sources.forEach(t::source);
        return t.note("Tier k is the extraction S A^k y of " + f.region() + "'s final demand y at the k-th step up its supply "
                + "chains (Wieland et al. 2018); 'remainder' is the footprint (M y) minus tiers 0-" + last + ", so the tiers add "
                + "up to it. Share is a fraction of that footprint.").build();
    }

    /** The largest structural paths of every stressor, from the final product (first) to the extracting sector (last). */
    public static ReportTable paths(RegionFootprint f, List<String> sources) {
        ReportTable.Builder t = ReportTable.builder("paths", "Largest supply-chain paths of the footprint of " + f.region(),
                "region", "extension", "stressor", "rank", "tier", "path", "value", "share", "unit");
        for (RegionFootprint.StructuralPath s : f.paths()) {
            t.row(f.region(), s.extension(), s.stressor(), s.rank(), s.path().size() - 1,
                    s.path().stream().map(Label::toString).collect(Collectors.joining(" <- ")), s.value(), s.share(), s.unit());
        }
        sources.forEach(t::source);
        return t.note("A path reads region/product <- supplier <- ... <- the sector where the stressor occurs; tier is the "
                + "number of steps. Share is a fraction of the stressor's footprint.").build();
    }

    /** M = S L per stressor, region and sector: stressor per unit of final demand. */
    public static ReportTable multipliers(FootprintResult r, String monetaryUnit) {
        ReportTable.Builder t = ReportTable.builder("multipliers", "Multipliers M = S L by region and sector",
                "extension", "stressor", "region", "sector", "value", "unit");
        for (ExtensionAccounts e : r.accounts()) {
            for (int q = 0; q < e.stressors().size(); q++) {
                String unit = FootprintCalculator.multiplierUnit(e.units().get(q), monetaryUnit);
                for (int j = 0; j < e.sectors().size(); j++) {
                    Label l = e.sectors().label(j);
                    t.row(e.extension(), e.stressors().get(q), l.region(), l.item(), e.multipliers().get(q, j), unit);
                }
            }
        }
        citations(r).forEach(t::source);
        return t.note("The stressor caused along the whole supply chain per unit of final demand for the product of that "
                + "region and sector.").build();
    }
}
