package be.cambium.io.criticality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import be.cambium.criticality.WgiRecord;
import be.cambium.criticality.WgiScaling;
import be.cambium.validate.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class WgiBulkCsvTest {

    @Test
    void belgium2022() {
        ValidationReport.Builder issues = ValidationReport.builder();
        List<WgiRecord> w = WgiBulkCsv.read(SharedData.dir("wgi").resolve("WGIData.csv"), 2022, 2022, issues);
        WgiRecord be = w.stream().filter(r -> r.country().equals("BE")).findFirst().orElseThrow();
        double[] e = be.estimates();
        double[] expected = {1.293, 0.576, 1.228, 1.253, 1.349, 1.495}; // VA, PV, GE, RQ, RL, CC
        for (int i = 0; i < 6; i++) {
            assertThat(e[i]).isCloseTo(expected[i], offset(0.0005));
        }
        assertThat(be.hasStdErrors()).isTrue();
        assertThat(w.stream().filter(r -> r.country().equals("EL")).count()).isEqualTo(1); // Greece under its Eurostat code
        double scaled = WgiScaling.euConvention().scale(e);
        assertThat(scaled).isCloseTo(5 - 2 * (1.293 + 0.576 + 1.228 + 1.253 + 1.349 + 1.495) / 6, offset(0.001));
        assertThat(issues.build().hasErrors()).isFalse();
    }
}
