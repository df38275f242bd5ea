package be.cambium.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import be.cambium.report.model.LineChart;
import be.cambium.report.model.ReportTable;
import be.cambium.report.model.Section;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AccountsSectionTest {

    @Test
    void sectionShowsBelgiumAgainstEu27WithSources() {
        Section s = new AccountsSection().build(ReportContext.of(LocalDate.of(2026, 11, 29)));
        ReportTable t = s.tables().get(0);
        assertThat(t.id()).isEqualTo("mfa_indicators");
        int geo = t.columnIndex("geo");
        int year = t.columnIndex("year");
        int ind = t.columnIndex("indicator");
        int mat = t.columnIndex("material");
        int val = t.columnIndex("value");
        assertThat(t.rows()).anySatisfy(r -> {
            assertThat(r.get(geo)).isEqualTo("BE");
            assertThat(r.get(year)).isEqualTo(2021);
            assertThat(r.get(ind)).isEqualTo("DMC");
            assertThat(r.get(mat)).isEqualTo("TOTAL");
            assertThat(r.get(val)).isEqualTo(14.0);
        });
        assertThat(t.rows()).anySatisfy(r -> assertThat(r.get(geo)).isEqualTo("EU27_2020"));
        assertThat(t.sources()).anySatisfy(c -> assertThat(c).contains("indicators.be"));
        LineChart dmc = (LineChart) s.charts().get(0);
        assertThat(dmc.series()).extracting(x -> x.name()).containsExactly("Belgium", "EU-27");
        assertThat(dmc.sources()).isNotEmpty();
    }
}
