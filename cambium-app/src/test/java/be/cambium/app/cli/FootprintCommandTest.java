package be.cambium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FootprintCommandTest {

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

    static Path testMrio() {
        Path p = Path.of(System.getProperty("cambium.sharedData", "../shared/data"), "pymrio-test-mrio");
        Assumptions.assumeTrue(Files.isDirectory(p), "shared fixture " + p + " is absent; skipping");
        return p;
    }

    @Test
    void writesTheFourTablesAndMultipliers() throws Exception {
        Path mrio = testMrio();
        Path bridge = tmp.resolve("bridge.csv");
        Files.writeString(bridge, "extension,stressor,material,factor,unit\nemissions,emission_type1/air,EMI,0.001,t\n"
                + "emissions,emission_type2/water,EMI,0.001,t\n");
        Path o = tmp.resolve("out");
        int code = run("footprint", "--mrio", mrio.toString(), "--region", "reg2", "--extension", "emissions",
                "--concordance", bridge.toString(), "--multipliers", "--out", o.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).contains("footprint: linear algebra: ");
        assertThat(out.toString()).startsWith("OK ").contains("region reg2", "1 materials");
        List<String> acc = Files.readAllLines(o.resolve("accounts.csv"));
        assertThat(acc.get(0)).isEqualTo("extension,stressor,region,account,value,unit");
        assertThat(acc).hasSize(1 + 2 * 4 * 6);
        // numbers in plain decimal notation (CsvTableWriter): 2.0775210443162808E8 kg
        assertThat(acc.get(1)).startsWith("emissions,emission_type1/air,reg1,D_cba,207752104.4316").endsWith(",kg");
        List<String> fp = Files.readAllLines(o.resolve("footprint.csv"));
        assertThat(fp.get(0)).isEqualTo("region,extension,item,indicator,value,unit");
        assertThat(fp).anyMatch(l -> l.startsWith("reg2,*,EMI,RMC,")).hasSize(1 + 8);
        // the layers of the same items: the bridged material, tiers 0-7 and the remainder
        List<String> layers = Files.readAllLines(o.resolve("layers.csv"));
        assertThat(layers.get(0)).isEqualTo("region,extension,item,tier,value,share,unit");
        assertThat(layers).hasSize(1 + 9).allMatch(l -> l.startsWith("region,") || l.startsWith("reg2,*,EMI,"));
        assertThat(layers.get(9)).startsWith("reg2,*,EMI,remainder,");
        assertThat(Files.readAllLines(o.resolve("paths.csv"))).hasSizeGreaterThan(1);
        List<String> m = Files.readAllLines(o.resolve("multipliers.csv"));
        assertThat(m.get(0)).isEqualTo("extension,stressor,region,sector,value,unit");
        assertThat(m).hasSize(1 + 2 * 48);
        assertThat(m.get(1)).endsWith(",kg/Mill USD");
        assertThat(Files.exists(o.resolve("accounts_per_capita.csv"))).isTrue();
        assertThat(Files.readAllLines(o.resolve("issues.csv")).get(0)).isEqualTo("severity,code,message,file,line,column,cell");
        List<String> src = Files.readAllLines(o.resolve("sources.csv"));
        assertThat(src.get(0)).isEqualTo("id,title,publisher,url,dataset,vintage,retrieved,licence");
        assertThat(src).anyMatch(l -> l.startsWith("pymrio-test-mrio,"));
    }

    @Test
    void unknownRegionIsInvalidInputWithTheRegionsListed() {
        Path mrio = testMrio();
        int code = run("footprint", "--mrio", mrio.toString(), "--out", tmp.resolve("o").toString());
        assertThat(code).isEqualTo(ExitCodes.INVALID);
        assertThat(err.toString()).contains("FOOTPRINT_REGION", "'BE'", "reg1");
        assertThat(Files.exists(tmp.resolve("o"))).isFalse();
    }

    @Test
    void missingExtensionAndBrokenFolderAreInvalidInput() throws Exception {
        Path mrio = testMrio();
        assertThat(run("footprint", "--mrio", mrio.toString(), "--extension", "water", "--region", "reg1", "--out",
                tmp.resolve("o").toString())).isEqualTo(ExitCodes.INVALID);
        assertThat(err.toString()).contains("MRIO_MISSING_EXTENSION", "factor_inputs");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThat(run("footprint", "--mrio", empty.toString(), "--out", tmp.resolve("o").toString())).isEqualTo(ExitCodes.INVALID);
        assertThat(err.toString()).contains("MRIO_FORMAT");
        assertThat(run("footprint", "--mrio", mrio.toString(), "--solver", "magic", "--out", tmp.resolve("o").toString()))
                .isEqualTo(ExitCodes.INVALID);
    }
}
