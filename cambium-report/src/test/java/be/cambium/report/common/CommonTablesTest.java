package be.cambium.report.common;

import static org.assertj.core.api.Assertions.assertThat;

import be.cambium.provenance.Source;
import be.cambium.report.model.ReportTable;
import be.cambium.report.render.CsvTableWriter;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommonTablesTest {

    @Test
    void issuesHaveOneLayoutWithEmptyCellsWhereNotApplicable() {
        ValidationReport r = ValidationReport.builder()
                .error("PKG_TYPE", "not a number: 'abc'", Location.at("pkg/obs.csv", 3, 5))
                .warning("MFA_IDENTITY", "DMC, DMI differ", Location.cell("geo", "BE", "year", "2020"))
                .info("X", "whole input", Location.none())
                .build();
        ReportTable t = IssuesTable.of(r);
        assertThat(t.id()).isEqualTo("issues");
        assertThat(new CsvTableWriter().toCsv(t)).isEqualTo(
                "severity,code,message,file,line,column,cell\r\n"
                        + "error,PKG_TYPE,not a number: 'abc',pkg/obs.csv,3,5,\r\n"
                        + "warning,MFA_IDENTITY,\"DMC, DMI differ\",,,,geo=BE; year=2020\r\n"
                        + "info,X,whole input,,,,\r\n");
    }

    @Test
    void sourcesHaveOneLayoutOneRowPerIdAndAPublisher() {
        Source a = Source.of("eurostat-env_ac_mfa", "Material flow accounts", "https://ec.europa.eu/eurostat/x", "2024-12-16")
                .withDatasetCode("env_ac_mfa").withRetrieved(java.time.LocalDate.of(2025, 1, 2)).withLicence("CC-BY-4.0");
        Source b = Source.of("fpb", "FPB indicators", null, "2023").withPublisher("Federal Planning Bureau");
        ReportTable t = SourcesTable.of(List.of(a, b, a));
        assertThat(t.columns()).containsExactly("id", "title", "publisher", "url", "dataset", "vintage", "retrieved", "licence");
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows().get(0)).containsExactly("eurostat-env_ac_mfa", "Material flow accounts", "ec.europa.eu",
                "https://ec.europa.eu/eurostat/x", "env_ac_mfa", "2024-12-16", "2025-01-02", "CC-BY-4.0");
        assertThat(t.rows().get(1).get(2)).isEqualTo("Federal Planning Bureau");
    }
}
