package be.cambium.io.comext;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CnConcordanceReaderTest {

    static Path table() {
        String shared = System.getProperty("cambium.sharedData");
        Path p = shared == null ? null : Path.of(shared, "cn-concordances", "CN_concordances_1988_2025_XLS_FORMAT.xls");
        Assumptions.assumeTrue(p != null && Files.isRegularFile(p),
                "shared fixture cn-concordances/CN_concordances_1988_2025_XLS_FORMAT.xls not found (cambium.sharedData)");
        return p;
    }

    @Test
    void readsTheRowsSourceMdNames() throws Exception {
        CnConcordanceReader.Result r = CnConcordanceReader.read(table());
        assertThat(r.report().hasErrors()).as(r.report().toString()).isFalse();
        List<CnRelation> rel = r.relations();
        assertThat(rel).hasSize(16_962);
        assertThat(rel.get(0)).isEqualTo(new CnRelation(1988, "02012011", "02012021"));
        assertThat(rel.get(rel.size() - 1)).isEqualTo(new CnRelation(2024, "85299097", "85299096"));
        assertThat(rel).contains(new CnRelation(2021, "85074000", "85078000"),
                new CnRelation(2022, "28053020", "28053021"), new CnRelation(2022, "28469010", "28469040"));
    }
}
