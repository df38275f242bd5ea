package be.cambium.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import be.cambium.app.cli.Main;
import be.cambium.report.footprint.FootprintSection;
import be.cambium.report.model.ReportTable;
import be.cambium.report.model.Section;
import be.cambium.report.render.CsvTableWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code cambium footprint --mrio M --out X} and the report's footprint section on the same MRIO
 * ({@link ReportContext#withMrio}) write the same bytes: X/footprint.csv is the report's footprint_mrio.csv and
 * X/layers.csv its footprint_layers.csv.
 */
class FootprintCommandMatchesReportTest {

    /** The region of pymrio's test MRIO the footprint is split for (it has no Belgium). */
    static final String REGION = "reg2";
    /** The command's file and the report table with the same rows. */
    static final Map<String, String> SAME = Map.of("footprint.csv", "footprint_mrio", "layers.csv", "footprint_layers");

    @TempDir
    Path tmp;

    static Path testMrio() {
        Path p = Path.of(System.getProperty("cambium.sharedData", "../shared/data"), "pymrio-test-mrio");
        Assumptions.assumeTrue(Files.isDirectory(p), "shared fixture " + p + " is absent; skipping");
        return p;
    }

    Path command(String... args) {
        Path out = tmp.resolve("out" + args.length);
        List<String> all = new ArrayList<>(List.of("footprint", "--out", out.toString()));
        all.addAll(List.of(args));
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute(all.toArray(String[]::new))).as(err.toString()).isZero();
        return out;
    }

    static Section report(Path mrio, String extension, Path concordance) {
        return new FootprintSectionProvider(REGION).build(ReportContext.of(LocalDate.of(2026, 11, 29))
                .withMrio(mrio, extension, concordance));
    }

    static void assertSameBytes(Path out, Section s) throws Exception {
        for (Map.Entry<String, String> e : SAME.entrySet()) {
            ReportTable t = s.tables().stream().filter(x -> x.id().equals(e.getValue())).findFirst()
                    .orElseThrow(() -> new AssertionError("the report has no table " + e.getValue()));
            assertThat(t.rows()).as(e.getValue()).isNotEmpty();
            assertThat(new CsvTableWriter().toCsv(t)).as(e.getKey() + " against " + e.getValue())
                    .isEqualTo(Files.readString(out.resolve(e.getKey()), StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyStressorOfEveryExtension() throws Exception {
        Path mrio = testMrio();
        Path out = command("--mrio", mrio.toString(), "--region", REGION);
        Section s = report(mrio, null, null);
        assertSameBytes(out, s);
        // factor_inputs and emissions: 3 stressors, 8 indicators each
        assertThat(Files.readAllLines(out.resolve("footprint.csv"))).hasSize(1 + 3 * 8);
    }

    @Test
    void oneExtensionBridgedToAMaterial() throws Exception {
        Path mrio = testMrio();
        Path bridge = tmp.resolve("bridge.csv");
        Files.writeString(bridge, "extension,stressor,material,factor,unit\nemissions,emission_type1/air,EMI,0.001,t\n"
                + "emissions,emission_type2/water,EMI,0.001,t\n");
        Path out = command("--mrio", mrio.toString(), "--region", REGION, "--extension", "emissions", "--concordance", bridge.toString(),
                "--multipliers");
        Section s = report(mrio, "emissions", bridge);
        assertSameBytes(out, s);
        assertThat(Files.readAllLines(out.resolve("layers.csv"))).hasSize(1 + FootprintSection.LAYERS + 1)
                .allMatch(l -> l.startsWith("region,") || l.startsWith(REGION + ",*,EMI,"));
    }
}
