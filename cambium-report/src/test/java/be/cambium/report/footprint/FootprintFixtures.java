package be.cambium.report.footprint;

import be.cambium.accounts.IndicatorValue;
import be.cambium.accounts.Origin;
import be.cambium.footprint.FootprintResult;
import be.cambium.footprint.Label;
import be.cambium.footprint.RegionFootprint;
import be.cambium.footprint.RegionFootprint.Indicators;
import be.cambium.footprint.RegionFootprint.LayerValue;
import be.cambium.footprint.RegionFootprint.StructuralPath;
import be.cambium.provenance.Provenance;
import be.cambium.provenance.Source;
import be.cambium.unit.Unit;
import be.cambium.validate.ValidationReport;
import java.util.ArrayList;
import java.util.List;

/** Hand-made footprint records for the report tests (numbers chosen to be checked by hand). */
final class FootprintFixtures {

    static final Source MRIO = Source.of("test-mrio", "Hand-made MRIO", "https://example.org/mrio", "v1");
    static final Source RME = Source.of("env_ac_rme", "Material flow accounts in raw material equivalents",
            "https://ec.europa.eu/eurostat/databrowser/view/env_ac_rme", "2023-10-03");
    static final Source MFA = Source.of("env_ac_mfa", "Material flow accounts", "https://ec.europa.eu/eurostat/databrowser/view/env_ac_mfa",
            "2023-11-20");

    private FootprintFixtures() {
    }

    /** DE, IMP_RME (= final + intermediate + re-export), EXP_RME, RMI = DE + IMP, RMC = RMI - EXP. */
    static Indicators ind(String ext, String name, String unit, double de, double fin, double inter, double reexp, double exp) {
        double imp = fin + inter + reexp;
        return new Indicators(ext, name, unit, de, imp, fin, inter, reexp, exp, de + imp, de + imp - exp);
    }

    /** Tiers 0, 1 and the remainder of an item: halves, a quarter, a quarter of its RMC. */
    static List<LayerValue> layers(Indicators i) {
        double rmc = i.rawMaterialConsumption();
        return List.of(new LayerValue(i.extension(), i.name(), i.unit(), 0, rmc / 2, 0.5),
                new LayerValue(i.extension(), i.name(), i.unit(), 1, rmc / 4, 0.25),
                new LayerValue(i.extension(), i.name(), i.unit(), -1, rmc / 4, 0.25));
    }

    static List<LayerValue> layers(List<Indicators> items) {
        List<LayerValue> out = new ArrayList<>();
        items.forEach(i -> out.addAll(layers(i)));
        return out;
    }

    static final Indicators ORE = ind("material", "Domestic Extraction Used - Metal Ores - Iron ores", "kt", 10, 20, 10, 10, 30);
    static final Indicators SAND = ind("material", "Domestic Extraction Used - Non-Metallic Minerals - Sand", "kt", 50, 2, 2, 1, 5);
    static final Indicators CO2 = ind("air", "CO2 - combustion", "kg", 1000, 300, 100, 100, 200);
    static final Indicators MF2 = ind("*", "MF2", "t", 10_000, 20_000, 10_000, 10_000, 30_000);
    static final Indicators MF4 = ind("*", "MF4", "t", 50_000, 2_000, 2_000, 1_000, 5_000);

    static final StructuralPath PATH = new StructuralPath("material", ORE.name(), "kt", 1,
            List.of(Label.of("BE", "cars"), Label.of("BE", "steel"), Label.of("SE", "mining")), 7.5, 0.25);

    /** Stressors only (no concordance): the EXIOBASE-like material rows and an air emission. */
    static RegionFootprint stressors(String region) {
        List<Indicators> st = List.of(ORE, SAND, CO2);
        return new RegionFootprint(region, st, List.of(), layers(st), List.of(), List.of(PATH));
    }

    /** With a concordance: the same stressors and two bridged materials. */
    static RegionFootprint bridged(String region) {
        List<Indicators> st = List.of(ORE, SAND, CO2);
        List<Indicators> mats = List.of(MF2, MF4);
        return new RegionFootprint(region, st, mats, layers(st), layers(mats), List.of(PATH));
    }

    static FootprintResult result(RegionFootprint f) {
        return new FootprintResult(List.of(), f, "test solver", ValidationReport.empty(), Provenance.of(MRIO));
    }

    static IndicatorValue pub(String geo, int year, String indicator, double value) {
        return new IndicatorValue(geo, year, indicator, "TOTAL", value, Unit.parse("t/cap"), "", Origin.PUBLISHED,
                List.of(indicator.equals("RMC") ? "env_ac_rme" : "env_ac_mfa"));
    }

    /** Belgium 2010-2011 and the EU-27 2011, plus rows the section must leave out. */
    static FootprintSection.Published published() {
        List<IndicatorValue> v = List.of(pub("BE", 2010, "DMC", 14.5), pub("BE", 2010, "RMC", 13.7),
                pub("BE", 2011, "DMC", 14.0), pub("BE", 2011, "RMC", 14.0), pub("BE", 2012, "DMC", 13.0),
                pub("EU27_2020", 2011, "DMC", 13.9), pub("EU27_2020", 2011, "RMC", 14.9),
                // left out: computed, another material, another unit, missing
                new IndicatorValue("BE", 2011, "DMC", "TOTAL", 99, Unit.parse("t/cap"), "", Origin.COMPUTED, List.of("env_ac_mfa")),
                new IndicatorValue("BE", 2011, "RMC", "MF1", 99, Unit.parse("t/cap"), "", Origin.PUBLISHED, List.of("env_ac_rme")),
                new IndicatorValue("BE", 2011, "RMC", "TOTAL", 99, Unit.parse("kt"), "", Origin.PUBLISHED, List.of("env_ac_rme")),
                new IndicatorValue("BE", 2013, "RMC", "TOTAL", Double.NaN, Unit.parse("t/cap"), "", Origin.PUBLISHED,
                        List.of("env_ac_rme")));
        return new FootprintSection.Published(v, List.of(RME, MFA), "be-mfa");
    }
}
