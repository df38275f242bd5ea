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

    @Test
    void presetModelReadsItsSourcesFromTheDataPackage() {
        var model = new StockflowService().loadPreset("wind-be");
        assertThat(model.report().errors()).isEmpty();
        assertThat(model.sources()).hasSize(43);
        assertThat(model.input().orElseThrow().provenance().sources()).hasSize(43);
    }
}
