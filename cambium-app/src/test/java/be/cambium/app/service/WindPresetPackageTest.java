package be.cambium.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import be.cambium.io.pkg.ReadResult;
import be.cambium.io.pkg.Table;
import be.cambium.provenance.Source;
import org.junit.jupiter.api.Test;

/** The wind-be preset is a valid data package: schemas, and every row cites a listed source with a vintage. */
class WindPresetPackageTest {

    @Test
    void windPresetValidatesAsADataPackageAndEveryRowCitesASource() {
        ReadResult r = new DataService().readBundled("wind-be");
        assertThat(r.report().issues()).isEmpty();
        assertThat(r.dataPackage().tables()).hasSize(11);
        for (Table t : r.dataPackage().tables()) {
            for (int row = 0; row < t.rowCount(); row++) {
                int rr = row;
                Source s = t.source(row).orElseThrow(() -> new AssertionError("wind-be/" + t.name() + " row " + rr + " has no source"));
                assertThat(s.url()).as(s.id()).isNotNull();
                assertThat(s.vintage()).as(s.id()).isNotBlank();
            }
        }
    }

    /** Issue 6: the fleet since 1996; Eurostat's national capacity 1996-1999 and its regional split add up. */
    @Test
    void fleetStartsIn1996WithEurostatCapacityAndTheRegionsAddUpToTheNationalAnchors() {
        var pkg = new DataService().readBundled("wind-be").dataPackage();
        Table national = pkg.table("onshore_national").orElseThrow();
        Table fl = pkg.table("onshore_flanders_stock").orElseThrow();
        Table wa = pkg.table("onshore_wallonia_stock").orElseThrow();
        java.util.Map<Integer, Double> expected = java.util.Map.of(1996, 5.0, 1997, 5.0, 1998, 6.0, 1999, 10.0, 2000, 14.0);
        for (var e : expected.entrySet()) {
            int n = rowOf(national, e.getKey());
            assertThat(((Number) national.value(n, "value")).doubleValue()).as("national " + e.getKey()).isEqualTo(e.getValue());
            double regions = ((Number) fl.value(rowOf(fl, e.getKey()), "value")).doubleValue()
                    + ((Number) wa.value(rowOf(wa, e.getKey()), "value")).doubleValue();
            assertThat(regions).as("Flanders + Wallonia " + e.getKey()).isCloseTo(e.getValue(), org.assertj.core.api.Assertions.within(0.011));
            if (e.getKey() < 2000) {
                assertThat(national.string(n, "source")).isEqualTo("eurostat-nrg-inf-epcrw");
                assertThat(national.string(n, "confidence")).isEqualTo("S");
            }
        }
        var model = new StockflowService().loadPreset("wind-be");
        var base = new StockflowService().run(model, StockflowService.Options.defaults()).results().get("base");
        assertThat(base.years()[0]).isEqualTo(1996);
        double[] stock = base.productStock().sum(base.productStock().dimensions().stream()
                .map(d -> d.equals("location") ? "onshore" : null).toList());
        assertThat(stock[0]).isCloseTo(5.0, org.assertj.core.api.Assertions.within(0.011));
        assertThat(stock[1999 - 1996]).isCloseTo(10.0, org.assertj.core.api.Assertions.within(0.011));
    }

    private static int rowOf(Table t, int year) {
        for (int i = 0; i < t.rowCount(); i++) {
            if (((Number) t.value(i, "year")).intValue() == year) {
                return i;
            }
        }
        throw new AssertionError(t.name() + " has no year " + year);
    }

    @Test
    void presetModelReadsItsSourcesFromTheDataPackage() {
        var model = new StockflowService().loadPreset("wind-be");
        assertThat(model.report().errors()).isEmpty();
        assertThat(model.sources()).hasSize(47);
        assertThat(model.input().orElseThrow().provenance().sources()).hasSize(47);
    }
}
