package be.cambium.report.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cambium.provenance.Provenance;
import be.cambium.report.common.IssuesTable;
import be.cambium.report.common.SourcesTable;
import be.cambium.report.model.ReportTable;
import be.cambium.report.render.CsvTableWriter;
import be.cambium.trade.Flow;
import be.cambium.trade.Indicator;
import be.cambium.validate.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class TradeTablesTest {

    @Test
    void theCommandsFilesInOrderWithTheOneIssuesAndSourcesTables() {
        TradeRun run = TradeFixtures.run(List.of("permanent_magnets"));
        List<ReportTable> t = TradeTables.of(run);
        assertThat(t).extracting(ReportTable::id).containsExactly("indicators", "alerts", "provenance", "issues", "sources");
        assertThat(t.get(0).columns()).containsExactly("reporter", "basket", "flow", "period", "indicator", "value", "unit", "flags");
        assertThat(t.get(1).columns()).containsExactly("reporter", "basket", "flow", "period", "indicator", "method", "score",
                "severity", "message");
        assertThat(t.get(0).rows()).hasSize(run.indicators().indicators().size());
        assertThat(t.get(3)).isEqualTo(IssuesTable.of(run.report()));
        assertThat(t.get(4)).isEqualTo(SourcesTable.of(run.provenance().sources()));
        assertThat(t.get(4).rows()).extracting(r -> r.get(0)).containsExactly("cambium-trade-baskets", "comext-vintage-1");
    }

    @Test
    void indicatorsAsTheCsvShowsThem() {
        String csv = new CsvTableWriter().toCsv(TradeTables.indicators(TradeFixtures.indicators(List.of("permanent_magnets"))
                .indicators().subList(0, 3)));
        // 0.36 + 0.09 + 0.01 is 0.45999999999999996 in binary; 12 significant digits give 0.46. NaN is an empty cell,
        // flags keep their ';'.
        assertThat(csv).isEqualTo("reporter,basket,flow,period,indicator,value,unit,flags\r\n"
                + "BE,permanent_magnets,import,2024-01,value_eur,1000,EUR_CURRENT,quasi_transit\r\n"
                + "BE,permanent_magnets,import,2024-01,unit_value,,EUR_CURRENT/kg,quasi_transit;no_mass\r\n"
                + "BE,permanent_magnets,import,2024-01,hhi,0.46,1,quasi_transit\r\n");
    }

    @Test
    void alertsAsTheCsvShowsThem() {
        String csv = new CsvTableWriter().toCsv(TradeTables.alerts(TradeFixtures.alerts("cobalt")));
        assertThat(csv).isEqualTo("reporter,basket,flow,period,indicator,method,score,severity,message\r\n"
                + "BE,cobalt,import,2024-02,value_eur,robust_z,4.123456789,medium,old alert\r\n"
                + "BE,cobalt,import,2025-02,value_eur,cusum,7.77777,high,\"Imports of cobalt rose to EUR 1.0 M in 2025-02, up 91 %\"\r\n");
    }

    @Test
    void valuesKeepTwelveSignificantDigits() {
        assertThat(TradeTables.rounded(1.0 / 3)).isEqualTo(0.333333333333);
        assertThat(TradeTables.rounded(123_456_789.123456789)).isEqualTo(123_456_789.123);
        assertThat(TradeTables.rounded(-0.0)).isEqualTo(0.0);
        assertThat(TradeTables.rounded(Double.NaN)).isNaN();
        Indicator inf = new Indicator("BE", "x", Flow.IMPORT, TradeFixtures.FIRST, "hhi", Double.POSITIVE_INFINITY, "1", List.of());
        assertThatThrownBy(() -> TradeTables.indicators(List.of(inf))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("infinite");
    }

    @Test
    void provenanceListsStepsThenParameters() {
        ReportTable p = TradeTables.provenance(Provenance.empty().withStep("read a.dat (sha256 00)").withStep("indicators")
                .withParameter("window", "36").withParameter("z_threshold", "4.0"));
        assertThat(p.columns()).containsExactly("kind", "name", "value");
        assertThat(p.rows()).containsExactly(List.of("step", "", "read a.dat (sha256 00)"), List.of("step", "", "indicators"),
                List.of("parameter", "window", "36"), List.of("parameter", "z_threshold", "4.0"));
    }

    @Test
    void aRunWithoutFiguresHasNoTables() {
        TradeRun failed = TradeRun.failed(ValidationReport.empty(), Provenance.empty());
        assertThat(failed.complete()).isFalse();
        assertThatThrownBy(() -> TradeTables.of(failed)).isInstanceOf(IllegalArgumentException.class);
    }
}
