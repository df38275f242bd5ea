package be.cambium.app.cli;

import static be.cambium.app.cli.MonitorCommandTest.V2;
import static be.cambium.app.cli.MonitorCommandTest.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar end to end, as an analyst would: import a Comext file into a workspace, then derive Belgian sourcing and
 * IR_BE from it in {@code cambium criticality --scope BE --trade}.
 */
class CriticalityTradeJarIT {

    @TempDir
    Path tmp;

    @BeforeAll
    static void findJar() {
        CambiumJarIT.findJar();
    }

    @Test
    void importThenCriticalityWithTrade() throws Exception {
        StringBuilder sb = new StringBuilder(V2);
        for (int m = 1; m <= 12; m++) {
            sb.append(row("BE", "CN", "E", "85076000", 1, 202300 + m, 10, 1));
        }
        // tungsten ores: Belgium mines none (be_production zero), imports 1,000 kg (RW 750, PT 250), exports 200 kg;
        // t of Rwanda from the package GS table (1.1, CRM 2023 Appendix 7)
        sb.append(row("BE", "RW", "E", "26110000", 1, 202302, 7000, 750))
                .append(row("BE", "PT", "I", "26110000", 1, 202306, 2000, 250))
                .append(row("BE", "DE", "I", "26110000", 2, 202308, 1500, 200));
        Path file = tmp.resolve("full_v2_2023.dat");
        Files.writeString(file, sb.toString());
        Path ws = tmp.resolve("ws");
        CambiumJarIT.Run imp = CambiumJarIT.cambium(tmp, "data", "import", "comext", file.toString(), "--reporter", "BE",
                "--workspace", ws.toString());
        assertThat(imp.exitCode()).as(String.join("\n", imp.err())).isZero();

        Path out = tmp.resolve("out");
        CambiumJarIT.Run r = CambiumJarIT.cambium(tmp, "criticality", "--inputs", "be-crm", "--scope", "BE", "--trade", ws.toString(),
                "--trade-years", "2023", "--out", out.toString());
        assertThat(r.exitCode()).as(String.join("\n", r.err())).isZero();
        assertThat(r.out()).anySatisfy(l -> assertThat(l).startsWith("Belgian sourcing from Comext 2023: "));
        List<String> sourcing = Files.readAllLines(out.resolve("be_sourcing.csv"));
        assertThat(sourcing.get(0)).isEqualTo("material,stage,partner,trade_type,quantity_kg,value_eur,share,t,t_source,in_shares,"
                + "periods,source");
        assertThat(sourcing).contains("Tungsten,E,RW,E,750,7000,0.75,1.1,package GS t,true,2023-02..2023-02,"
                        + "Eurostat Comext full_v2_2023.dat (vintage 1)",
                "Tungsten,E,PT,I,250,2000,0.25,0.8,EU member state (0.8),true,2023-06..2023-06,Eurostat Comext full_v2_2023.dat (vintage 1)");
        // IR_BE = (1000 - 200) / (0 + 1000 - 200) = 1
        assertThat(Files.readAllLines(out.resolve("be_ir.csv"))).anySatisfy(l -> assertThat(l)
                .startsWith("Tungsten,E,2023,0,1000,200,9000,1500,1,0.25,0,true,true,"));
        assertThat(Files.readString(out.resolve("stages.csv"))).contains("Tungsten,E,BE,");
        assertThat(tmp).isDirectoryNotContaining("glob:**/.out.tmp*");

        CambiumJarIT.Run none = CambiumJarIT.cambium(tmp, "criticality", "--inputs", "be-crm", "--scope", "BE", "--trade",
                tmp.resolve("no-ws").toString(), "--out", tmp.resolve("none").toString());
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(String.join("\n", none.err())).contains("BE_TRADE_NO_DATA");
        assertThat(tmp.resolve("none")).doesNotExist();
    }
}
