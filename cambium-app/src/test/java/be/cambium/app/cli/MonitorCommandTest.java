package be.cambium.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MonitorCommandTest {

    static final String V2 = "REPORTER,PARTNER,TRADE_TYPE,PRODUCT_NC,PRODUCT_SITC,PRODUCT_CPA21,PRODUCT_CPA22,PRODUCT_BEC,"
            + "PRODUCT_BEC5,PRODUCT_SECTION,FLOW,STAT_PROCEDURE,SUPPL_UNIT,PERIOD,VALUE_EUR,VALUE_NAC,QUANTITY_KG,QUANTITY_SUPPL_UNIT\n";

    static String row(String rep, String partner, String cn, int flow, int period, long value, long kg) {
        return row(rep, partner, "E", cn, flow, period, value, kg);
    }

    static String row(String rep, String partner, String tradeType, String cn, int flow, int period, long value, long kg) {
        return rep + "," + partner + "," + tradeType + "," + cn + ",x,x,x,x,x,x," + flow + ",1,NO_SU," + period + "," + value + ","
                + value + "," + kg + ",0\n";
    }

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Dec 2022 (old magnet code) and Jan 2023 (new codes): CN 600 + DE 300 + US 100 in January. */
    static List<Path> twoMonths(Path dir) throws Exception {
        Path dec = dir.resolve("full_v2_202212.dat");
        Files.writeString(dec, V2 + row("BE", "CN", "85051100", 1, 202212, 1000, 10) + row("NL", "CN", "85051100", 1, 202212, 7, 1));
        Path jan = dir.resolve("full_v2_202301.dat");
        Files.writeString(jan, V2 + row("BE", "CN", "85051110", 1, 202301, 600, 6) + row("BE", "DE", "85051190", 1, 202301, 300, 3)
                + row("BE", "US", "85051110", 1, 202301, 100, 1) + row("BE", "DE", "85051110", 2, 202301, 200, 2));
        return List.of(dec, jan);
    }

    @Test
    void monitorWritesIndicatorsAndAlerts(@TempDir Path dir) throws Exception {
        List<Path> files = twoMonths(dir);
        Path out = dir.resolve("out");
        Run r = run("monitor", "--trade", files.get(0).toString(), files.get(1).toString(), "--reporter", "BE",
                "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("OK ");
        List<String> ind = Files.readAllLines(out.resolve("indicators.csv"));
        assertThat(ind.get(0)).isEqualTo("reporter,basket,flow,period,indicator,value,unit,flags");
        assertThat(ind).contains("BE,permanent_magnets,import,2023-01,hhi,0.46,1,quasi_transit",
                "BE,permanent_magnets,import,2022-12,value_eur,1000,EUR_CURRENT,quasi_transit",
                "BE,permanent_magnets,import,2023-01,top3_share,1,1,quasi_transit",
                "BE,permanent_magnets,import,2023-01,import_export_ratio,5,1,quasi_transit",
                "BE,permanent_magnets,import,2023-01,hhi_wgi,,1,quasi_transit;wgi_missing_share=1.0000");
        assertThat(ind).noneMatch(l -> l.startsWith("NL,"));
        assertThat(Files.readAllLines(out.resolve("alerts.csv")).get(0))
                .isEqualTo("reporter,basket,flow,period,indicator,method,score,severity,message");
        // provenance.txt became provenance.csv (steps, parameters) and sources.csv (the one sources table)
        assertThat(Files.readAllLines(out.resolve("provenance.csv")).get(0)).isEqualTo("kind,name,value");
        assertThat(Files.readString(out.resolve("provenance.csv"))).contains("sha256");
        assertThat(Files.readAllLines(out.resolve("sources.csv")).get(0))
                .isEqualTo("id,title,publisher,url,dataset,vintage,retrieved,licence");
        assertThat(Files.readString(out.resolve("sources.csv"))).contains("CN8 correspondence table", "full_v2_202212.dat",
                "full_v2_202301.dat", "sha256");
        assertThat(Files.readAllLines(out.resolve("issues.csv")).get(0)).isEqualTo("severity,code,message,file,line,column,cell");
    }

    @Test
    void badInputExitsTwoAndWritesNothing(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.dat");
        Files.writeString(bad, "A,B\n1,2\n");
        Path out = dir.resolve("out");
        Run r = run("monitor", "--trade", bad.toString(), "--out", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad.dat:1", "COMEXT_HEADER");
        assertThat(out).doesNotExist();
        assertThat(run("monitor", "--trade", bad.toString(), "--from", "202313", "--out", out.toString()).exit()).isEqualTo(2);
    }

    @Test
    void importOnceThenMonitorFromTheWorkspace(@TempDir Path dir) throws Exception {
        List<Path> files = twoMonths(dir);
        Path ws = dir.resolve("ws");
        Run imp = run("data", "import", "comext", files.get(0).toString(), files.get(1).toString(), "--reporter", "BE",
                "--workspace", ws.toString());
        assertThat(imp.exit()).as(imp.err()).isZero();
        assertThat(imp.out()).contains("OK full_v2_202212.dat: vintage 1", "OK full_v2_202301.dat: vintage 2");
        Run again = run("data", "import", "comext", files.get(1).toString(), "--workspace", ws.toString());
        assertThat(again.out()).contains("SKIP full_v2_202301.dat");

        Path fromStore = dir.resolve("a");
        Path fromFiles = dir.resolve("b");
        assertThat(run("monitor", "--workspace", ws.toString(), "--reporter", "BE", "--out", fromStore.toString()).exit()).isZero();
        assertThat(run("monitor", "--trade", files.get(0).toString(), files.get(1).toString(), "--reporter", "BE",
                "--out", fromFiles.toString()).exit()).isZero();
        assertThat(Files.readAllLines(fromStore.resolve("indicators.csv")))
                .isEqualTo(Files.readAllLines(fromFiles.resolve("indicators.csv")));
        // the workspace is an input: an --out inside it is refused before anything is written
        Run inside = run("monitor", "--workspace", ws.toString(), "--out", ws.resolve("mon").toString());
        assertThat(inside.exit()).isEqualTo(2);
        assertThat(inside.err()).contains("lies inside");
        assertThat(ws.resolve("mon")).doesNotExist();
        List<String> args = new ArrayList<>(List.of("data", "import", "comext", dir.resolve("missing.dat").toString()));
        assertThat(run(args.toArray(String[]::new)).exit()).isEqualTo(2);
    }

    @Test
    void aMonthInTwoFilesIsTakenFromTheLaterOne(@TempDir Path dir) throws Exception {
        List<Path> files = twoMonths(dir);
        Path revised = dir.resolve("full_v2_202301_revised.dat");
        Files.writeString(revised, V2 + row("BE", "CN", "85051110", 1, 202301, 500, 5) + row("BE", "JP", "85051190", 1, 202301, 500, 5));
        Path out = dir.resolve("out");
        Run r = run("monitor", "--trade", files.get(0).toString(), files.get(1).toString(), revised.toString(),
                "--reporter", "BE", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("MONITOR_MONTH_TWICE", "full_v2_202301_revised.dat");
        assertThat(Files.readAllLines(out.resolve("issues.csv")))
                .anySatisfy(l -> assertThat(l).startsWith("warning,MONITOR_MONTH_TWICE,").contains("full_v2_202301_revised.dat"));
        assertThat(Files.readAllLines(out.resolve("indicators.csv")))
                .contains("BE,permanent_magnets,import,2023-01,value_eur,1000,EUR_CURRENT,quasi_transit",
                        "BE,permanent_magnets,import,2023-01,hhi,0.5,1,quasi_transit");
    }
}
