package be.cambium.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import be.cambium.io.pkg.DataPackage;
import be.cambium.io.pkg.ReadResult;
import be.cambium.io.pkg.Table;
import be.cambium.provenance.Source;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bundled packages are valid, every row cites a source with URL and vintage, and the figures add up. */
class BundledDataTest {

    private final DataService service = new DataService();

    @Test
    void everyBundledPackageValidatesAndEveryRowCitesASource() {
        assertThat(service.bundledNames()).contains("be-population");
        for (String name : service.bundledNames()) {
            ReadResult r = service.readBundled(name);
            assertThat(r.report().issues()).as(name).isEmpty();
            for (Table t : r.dataPackage().tables()) {
                for (int row = 0; row < t.rowCount(); row++) {
                    Source s = t.source(row).orElseThrow(() -> new AssertionError(name + "/" + t.name() + " has a row without source"));
                    assertThat(s.url()).as(s.id()).isNotNull();
                    assertThat(s.vintage()).as(s.id()).isNotBlank();
                }
            }
        }
    }

    @Test
    void regionsAddUpExactlyToBelgiumEveryYear() {
        DataPackage p = service.readBundled("be-population").dataPackage();
        Table pop = p.table("population").orElseThrow();
        Map<Integer, Long> belgium = new HashMap<>();
        Map<Integer, Long> regions = new HashMap<>();
        for (int row = 0; row < pop.rowCount(); row++) {
            int year = (Integer) pop.value(row, "year");
            long persons = (Long) pop.value(row, "population");
            if ("BE".equals(pop.string(row, "region"))) {
                belgium.put(year, persons);
            } else {
                regions.merge(year, persons, Long::sum);
            }
        }
        assertThat(belgium).containsOnlyKeys(2019, 2024, 2025);
        assertThat(regions).isEqualTo(belgium);
        assertThat(belgium.get(2025)).isEqualTo(11_825_551L);
    }
}
