package be.cambium.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import be.cambium.app.cli.Main;
import be.cambium.report.common.IssuesTable;
import be.cambium.report.common.SourcesTable;
import be.cambium.report.trade.TradeSection;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 12: for the same workspace, {@code cambium monitor --out X} and the report's trade section write the same
 * tables, byte for byte ({@code X/indicators.csv} = {@code report/tables/trade_indicators.csv}, ...).
 */
class MonitorCommandMatchesReportTest {

    static int cambium(StringWriter err, String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void monitorFilesAreTheReportsTradeTables(@TempDir Path dir) throws Exception {
        List<Path> files = MonitoringSectionTest.fixture(dir);
        Path ws = dir.resolve("ws");
        StringWriter err = new StringWriter();
        List<String> imp = new ArrayList<>(List.of("data", "import", "comext"));
        files.forEach(f -> imp.add(f.toString()));
        imp.addAll(List.of("--reporter", "BE", "--workspace", ws.toString()));
        assertThat(cambium(err, imp.toArray(String[]::new))).as(err.toString()).isZero();

        Path out = dir.resolve("mon");
        assertThat(cambium(err, "monitor", "--workspace", ws.toString(), "--reporter", "BE", "--out", out.toString()))
                .as(err.toString()).isZero();
        Path report = dir.resolve("report");
        new ReportService(List.of(new TradeSectionProvider())).write(MonitoringSectionTest.context(ws), report);

        Map<String, String> full = Map.of("indicators", "trade_indicators", "alerts", "trade_alerts_all",
                "provenance", "trade_provenance");
        assertThat(TradeSection.FULL_TABLES).containsKeys(full.keySet().toArray(String[]::new));
        for (Map.Entry<String, String> e : full.entrySet()) {
            byte[] command = Files.readAllBytes(out.resolve(e.getKey() + ".csv"));
            byte[] section = Files.readAllBytes(report.resolve("tables").resolve(e.getValue() + ".csv"));
            assertThat(new String(section, java.nio.charset.StandardCharsets.UTF_8)).as(e.getValue())
                    .isEqualTo(new String(command, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(section).as(e.getValue()).isEqualTo(command);
        }
        // the fixture has alerts (a level shift of CN magnets in 2025-04), so the comparison is not of two empty tables
        assertThat(Files.readAllLines(out.resolve("alerts.csv"))).hasSizeGreaterThan(1);
        assertThat(Files.readAllLines(out.resolve("indicators.csv"))).hasSizeGreaterThan(1000);
        // the fixture is clean: no issue in the command's issues.csv, no trade_issues table in the report
        assertThat(Files.readAllLines(out.resolve("issues.csv"))).containsExactly(String.join(",", IssuesTable.COLUMNS));
        assertThat(report.resolve("tables").resolve("trade_issues.csv")).doesNotExist();
        assertThat(Files.readAllLines(out.resolve("sources.csv")).get(0)).isEqualTo(String.join(",", SourcesTable.COLUMNS));
        assertThat(Files.readString(out.resolve("sources.csv"))).contains("comext-vintage-1", "full_v2_2023.dat", "DS-045409",
                "cambium-trade-baskets");
    }
}
