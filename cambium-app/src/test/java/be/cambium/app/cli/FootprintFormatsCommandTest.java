package be.cambium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code cambium footprint --mrio} on an OECD ICIO CSV and a long-CSV folder, with region codes and aggregation. */
class FootprintFormatsCommandTest {

    /** The hand-checked ICIO fixture of cambium-io (mrio/ICIO2023_fixture_2020.csv, see its SOURCE.md). */
    static final String ICIO = String.join("\n",
            ",\"BEL_D01T02\",\"BEL_D05T06\",\"FRA_D01T02\",\"FRA_D05T06\",\"BEL_HFCE\",\"BEL_GGFC\",\"BEL_GFCF\",\"FRA_HFCE\",\"FRA_GGFC\",\"FRA_GFCF\",OUT",
            "\"BEL_D01T02\",10,20,5,0,40,5,10,8,0,2,100",
            "\"BEL_D05T06\",5,15,0,10,12,0,20,3,0,5,70",
            "\"FRA_D01T02\",8,0,30,12,6,0,1,70,10,14,151",
            "\"FRA_D05T06\",0,6,9,25,2,0,3,30,5,25,105",
            "\"TLS\",2,3,4,5,3,0,1,4,0,2,24",
            "\"VA\",75,26,103,53,0,0,0,0,0,0,257",
            "\"OUT\",100,70,151,105,63,5,35,115,15,48,") + "\n";

    @TempDir
    Path tmp;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    static double value(List<String> lines, String prefix) {
        String l = lines.stream().filter(x -> x.startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError("no " + prefix));
        return Double.parseDouble(l.split(",")[4]);
    }

    @Test
    void icioCsvDetectedWithEurostatCodes() throws Exception {
        Path icio = tmp.resolve("ICIO2023_2020.csv");
        Files.writeString(icio, ICIO);
        Path o = tmp.resolve("out");
        int code = run("footprint", "--mrio", icio.toString(), "--region-codes", "eurostat", "--region", "BE", "--out", o.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).contains("read OECD ICIO CSV: 2 regions x 2 sectors");
        List<String> acc = Files.readAllLines(o.resolve("accounts.csv"));
        // value added produced in Belgium = 75 + 26 (hand sum of the VA row)
        assertThat(value(acc, "factor_inputs,VA,BE,D_pba,")).isCloseTo(101, org.assertj.core.data.Offset.offset(1e-9));
        // all value added (257) is bought by final demand somewhere: D_cba over regions sums to it
        assertThat(value(acc, "factor_inputs,VA,BE,D_cba,") + value(acc, "factor_inputs,VA,FR,D_cba,"))
                .isCloseTo(257, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(acc).allMatch(l -> l.startsWith("extension,") || l.endsWith(",USD million"));
    }

    @Test
    void longCsvAggregatedToOneRegion() throws Exception {
        Path d = Files.createDirectories(tmp.resolve("long"));
        Files.writeString(d.resolve("Z.csv"), "region_from,sector_from,region_to,sector_or_category_to,value,unit\n"
                + "BEL,a,BEL,a,10,M.EUR\nBEL,a,FRA,a,5,M.EUR\nFRA,a,BEL,a,8,M.EUR\nFRA,a,FRA,a,30,M.EUR\n");
        Files.writeString(d.resolve("Y.csv"), "region_from,sector_from,region_to,sector_or_category_to,value,unit\n"
                + "BEL,a,BEL,hh,40,M.EUR\nFRA,a,FRA,hh,70,M.EUR\n");
        Files.writeString(d.resolve("material.csv"), "stressor,region,sector,value,unit\nore,BEL,a,2,kt\nore,FRA,a,3,kt\n");
        Path conc = tmp.resolve("agg.csv");
        Files.writeString(conc, "axis,code,group\nregion,BEL,EU\nregion,FRA,EU\n");
        Path o = tmp.resolve("out");
        int code = run("footprint", "--mrio", d.toString(), "--format", "long", "--aggregate", conc.toString(), "--region", "EU",
                "--out", o.toString());
        assertThat(code).as(err.toString()).isZero();
        List<String> acc = Files.readAllLines(o.resolve("accounts.csv"));
        // one region: everything extracted is consumed there
        assertThat(value(acc, "material,ore,EU,D_pba,")).isCloseTo(5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(value(acc, "material,ore,EU,D_cba,")).isCloseTo(5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(value(acc, "material,ore,EU,D_imp,")).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void badFormatAndUnmappedConcordanceExit2() throws Exception {
        Path icio = tmp.resolve("t.csv");
        Files.writeString(icio, ICIO);
        assertThat(run("footprint", "--mrio", icio.toString(), "--format", "xlsx", "--out", tmp.resolve("o").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("format must be");
        Path conc = tmp.resolve("agg.csv");
        Files.writeString(conc, "axis,code,group\nregion,BEL,EU\n");
        assertThat(run("footprint", "--mrio", icio.toString(), "--aggregate", conc.toString(), "--region", "EU",
                "--out", tmp.resolve("o").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("MRIO_CONCORDANCE_UNMAPPED").contains("[FRA]");
        assertThat(tmp.resolve("o")).doesNotExist();
    }
}
