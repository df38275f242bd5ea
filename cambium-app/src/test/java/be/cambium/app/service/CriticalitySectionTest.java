package be.cambium.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import be.cambium.report.model.ReportTable;
import be.cambium.report.model.ScatterChart;
import be.cambium.report.model.Section;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CriticalitySectionTest {

    @Test
    void matrixAndEuBelgiumTableFromTheBundledPackage() {
        Section s = new CriticalitySection().build(ReportContext.of(LocalDate.of(2026, 11, 29)));
        ScatterChart chart = (ScatterChart) s.charts().get(0);
        assertThat(chart.xThreshold()).isEqualTo(2.8);
        assertThat(chart.yThreshold()).isEqualTo(1.0);
        assertThat(chart.points()).filteredOn(p -> p.group().startsWith("critical")).hasSize(32);
        ReportTable t = s.tables().get(0);
        List<Object> ga = t.rows().stream().filter(r -> "Gallium".equals(r.get(0))).findFirst().map(r -> (List<Object>) (List<?>) r).orElseThrow();
        assertThat(ga.get(t.columnIndex("ei_unsubstituted_eu"))).isEqualTo(3.923);
        assertThat(ga.get(t.columnIndex("sr_eu_published"))).isEqualTo(3.9);
        assertThat(ga.get(t.columnIndex("sr_eu"))).isNull(); // 2023 IR/EOL-RIR/SI not bundled: missing, not zero
        assertThat((Double) ga.get(t.columnIndex("ei_unsubstituted_be"))).isNotNull();
        assertThat(t.sources()).isNotEmpty();
    }
}
