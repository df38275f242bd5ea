package be.cambium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The criticality command run in-process. */
class CriticalityCommandTest {

    @TempDir
    Path tmp;

    record Outcome(int code, String out, String err) {
    }

    Outcome run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(CriticalityCommandTest.class.getResource("/criticality/" + name).toURI());
    }

    static List<Map<String, String>> csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] h = lines.get(0).split(",", -1);
        return lines.stream().skip(1).map(l -> {
            String[] v = l.split(",", -1);
            Map<String, String> m = new java.util.LinkedHashMap<>();
            for (int i = 0; i < h.length && i < v.length; i++) {
                m.put(h[i], v[i]);
            }
            return m;
        }).collect(Collectors.toList());
    }

    @Test
    void sample2017ReproducesPublishedSrAndWritesTheTables() throws Exception {
        Path out = tmp.resolve("out");
        Outcome o = run("criticality", "--inputs", resource("sample2017").toString(), "--draws", "500", "--seed", "7", "--out", out.toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("12 materials");
        Map<String, Double> published = Map.ofEntries(Map.entry("Aluminium", 0.5), Map.entry("Antimony", 4.3), Map.entry("Beryllium", 2.4),
                Map.entry("Cobalt", 1.6), Map.entry("Copper", 0.2), Map.entry("Gold", 0.2), Map.entry("Indium", 2.4),
                Map.entry("Natural cork", 1.1), Map.entry("Natural graphite", 2.9), Map.entry("Phosphorus", 4.1), Map.entry("Tantalum", 1.0),
                Map.entry("Tungsten", 1.8));
        List<Map<String, String>> results = csv(out.resolve("results.csv"));
        assertThat(results).hasSize(12);
        for (Map<String, String> r : results) {
            double sr = Math.round(Double.parseDouble(r.get("sr")) * 100) / 100.0;
            assertThat(Math.abs(sr - published.get(r.get("material")))).as(r.toString()).isLessThanOrEqualTo(0.15 + 1e-9);
            assertThat(r.get("critical")).isEmpty(); // no EI inputs in this package: undetermined, not false
            assertThat(r.get("scope")).isEqualTo("EU");
        }
        assertThat(Files.readAllLines(out.resolve("results.csv")).get(0)).startsWith(
                "material,scope,sr,ei,critical,bottleneck_stage,sr_e,sr_p,hhi_gs,hhi_sourcing,ir,eol_rir,si_sr,si_ei,supply_mode");
        assertThat(csv(out.resolve("uncertainty.csv"))).hasSize(12).allSatisfy(r -> assertThat(r.get("seed")).isEqualTo("7"));
        assertThat(out.resolve("contributions.csv")).exists();
        assertThat(out.resolve("issues.csv")).exists();
        // same seed, same numbers
        Path again = tmp.resolve("again");
        run("criticality", "--inputs", resource("sample2017").toString(), "--draws", "500", "--seed", "7", "--out", again.toString());
        assertThat(Files.readString(again.resolve("uncertainty.csv"))).isEqualTo(Files.readString(out.resolve("uncertainty.csv")));
    }

    @Test
    void badInputsGiveLocatedIssuesAndExit2() throws Exception {
        Path out = tmp.resolve("bad");
        Outcome o = run("criticality", "--inputs", resource("bad").toString(), "--out", out.toString());
        assertThat(o.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(o.err()).contains("supply_shares.csv:3 column=country: error CLS_UNKNOWN_GEO")
                .contains("material_stage.csv:2 column=imports: error IR_INPUT_NEGATIVE")
                .contains("material_stage.csv:3 column=stage: error CRIT_BAD_VALUE")
                .contains("supply_shares.csv:2 column=share: error SHARE_OUT_OF_RANGE");
        List<Map<String, String>> issues = csv(out.resolve("issues.csv"));
        assertThat(issues).anySatisfy(i -> {
            assertThat(i.get("code")).isEqualTo("WGI_MISSING_DEFAULT");
            assertThat(i.get("file")).endsWith("supply_shares.csv");
            assertThat(i.get("line")).isEqualTo("5");
        });
        Map<String, String> cobalt = csv(out.resolve("results.csv")).stream().filter(r -> r.get("material").equals("Cobalt")).findFirst().orElseThrow();
        assertThat(cobalt.get("sr")).isEmpty(); // never a silent zero
    }

    @Test
    void bundledPackagesRunForEuAndBelgium() throws Exception {
        Path eu = tmp.resolve("eu");
        Outcome o = run("criticality", "--inputs", "eu-crm-2023", "--out", eu.toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(csv(eu.resolve("contributions.csv"))).hasSizeGreaterThan(3000);
        Path be = tmp.resolve("be");
        Outcome b = run("criticality", "--inputs", "be-crm", "--scope", "BE", "--out", be.toString());
        assertThat(b.code()).as(b.err()).isZero();
        assertThat(be.resolve("comparison.csv")).exists();
        assertThat(o.out() + b.out()).contains("undetermined");
        assertThat(b.out()).contains("Belgian SR basis", "GS fallback=", "rule --be-ir eu-ir");
    }

    /** Without trade data: every Belgian SR is global supply only, with the EU's EOL-RIR and SI_SR; the Monte Carlo runs. */
    @Test
    void belgianRunNamesTheBasisOfEachSrAndRunsTheMonteCarlo() throws Exception {
        Path be = tmp.resolve("be-mc");
        Outcome b = run("criticality", "--inputs", "be-crm", "--scope", "BE", "--draws", "200", "--seed", "1", "--out", be.toString());
        assertThat(b.code()).as(b.err()).isZero();
        Map<String, Map<String, String>> r = csv(be.resolve("results.csv")).stream().collect(Collectors.toMap(m -> m.get("material"), m -> m));
        Map<String, String> cr = r.get("Chromium"); // eu_inputs "eol_rir; si_sr; supply_mode" has no comma: the naive split holds
        assertThat(cr).containsEntry("scope", "BE").containsEntry("ir_basis", "not used").containsEntry("sourcing_basis", "GS fallback")
                .containsEntry("eu_inputs", "eol_rir; si_sr; supply_mode").containsEntry("eol_rir", "0.21").containsEntry("si_sr", "0.93")
                .containsEntry("critical", "true");
        // the sensitivity "Belgian structure, EU scale" (appended column): Belgian EI 2.92 x (6.204 / 3.422), the ratios of the
        // summed to the largest value added over the 13 divisions both scopes give, EU (C28) and BE (C21)
        assertThat(Double.parseDouble(cr.get("ei_be_eu_scale"))).isCloseTo(Double.parseDouble(cr.get("ei")) * 1.813,
                org.assertj.core.data.Offset.offset(0.01));
        assertThat(Files.readAllLines(be.resolve("results.csv")).get(0)).endsWith(",eu_inputs,ei_be_eu_scale");
        assertThat(Files.readString(be.resolve("parameters.csv"))).contains("ei_be_eu_scale_divisions,B09 C19 C20 C21 C22 C23 C24 C25 "
                + "C26 C27 C28 C29 C30");
        assertThat(r.get("Platinum")).containsEntry("sourcing_basis", "not used (supply mode GS)").containsEntry("supply_mode", "GS");
        assertThat(r.values()).noneMatch(m -> m.get("ir_basis").equals("EU proxy")); // no Belgian sourcing: no proxy needed
        Map<String, String> u = csv(be.resolve("uncertainty.csv")).stream().filter(m -> m.get("material").equals("Chromium")).findFirst()
                .orElseThrow();
        // EI 2.92 sits near the 2.8 threshold and the printed-precision ranges of SI_EI/SI_SR are drawn: critical in almost every draw
        assertThat(u).containsEntry("scope", "BE");
        assertThat(Double.parseDouble(u.get("p_critical"))).isBetween(0.95, 1.0);
        assertThat(Files.readString(be.resolve("issues.csv"))).contains("INFO,BE_EU_INPUTS,");
        // without --trade the run uses no CN8 mapping or Belgian production: their sources are not cited
        assertThat(csv(be.resolve("sources.csv"))).extracting(m -> m.get("id")).contains("crm2023-annex4", "oecd-iot-bel-2020")
                .doesNotContain("eurostat-cn-concordance", "cambium-ref-trade-codes", "belspo-cambium");
        // germanium has no end uses: the EU side of comparison.csv carries the published EI 3.6 (si_ei.ei_published), the
        // Belgian side has no EI (a published EI is the EU's), with one warning per such material, and no p_critical
        assertThat(r.get("Germanium")).containsEntry("ei", "").containsEntry("critical", "");
        assertThat(r.get("Germanium").get("flags")).contains("EI missing: the published EI is the EU's");
        assertThat(csv(be.resolve("issues.csv"))).filteredOn(i -> i.get("code").equals("EI_PUBLISHED_EU_ONLY")).hasSize(26)
                .allSatisfy(i -> assertThat(i.get("severity")).isEqualTo("WARNING"));
        assertThat(csv(be.resolve("comparison.csv"))).filteredOn(m -> m.get("material").equals("Germanium")).singleElement()
                .satisfies(m -> assertThat(m).containsEntry("ei_eu", "3.6").containsEntry("ei_be", "").containsEntry("critical_eu", "true"));
        assertThat(csv(be.resolve("uncertainty.csv"))).filteredOn(m -> m.get("material").equals("Germanium")).singleElement()
                .satisfies(m -> assertThat(m).containsEntry("p_critical", ""));
        // the drivers are quoted (commas): read the Chromium line as text; the appended columns end it
        assertThat(Files.readAllLines(be.resolve("comparison.csv"))).filteredOn(l -> l.startsWith("Chromium,")).singleElement()
                .satisfies(l -> assertThat(l).contains(",false,true,").endsWith(",not used,GS fallback"));
    }

    @Test
    void eu2017PackageRecomputesSrWithThePublishedEi() throws Exception {
        Path out = tmp.resolve("crm2017");
        Outcome o = run("criticality", "--inputs", "eu-crm-2017", "--draws", "2000", "--seed", "1", "--out", out.toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("78 materials", "0 undetermined");
        Map<String, Map<String, String>> r = csv(out.resolve("results.csv")).stream()
                .collect(Collectors.toMap(m -> m.get("material"), m -> m));
        assertThat(r).hasSize(78);
        // antimony (Table 3: SR 4.3, EI 4.3; recomputed 7.1 * 1/2 + 5.7 * 1/2 = 6.4, x 0.72 x 0.9 = 4.1472)
        assertThat(Double.parseDouble(r.get("Antimony").get("sr"))).isCloseTo(4.1472, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.get("Antimony").get("ei")).isEqualTo("4.3");
        assertThat(r.get("Antimony").get("critical")).isEqualTo("true");
        assertThat(r.get("Antimony").get("flags")).contains("EI published (not recomputed)");
        // tantalum: published SR 1.0 (critical in 2017), recomputed 0.891 -> not critical; aluminium: SR 0.5
        assertThat(r.get("Tantalum").get("critical")).isEqualTo("false");
        assertThat(r.get("Aluminium").get("critical")).isEqualTo("false");
        Map<String, Map<String, String>> u = csv(out.resolve("uncertainty.csv")).stream()
                .collect(Collectors.toMap(m -> m.get("material"), m -> m));
        assertThat(u).hasSize(78);
        assertThat(u.get("Antimony").get("p_critical")).isEqualTo("1");
        assertThat(u.get("Aluminium").get("p_critical")).isEqualTo("0");
        double pRubber = Double.parseDouble(u.get("Natural Rubber").get("p_critical")); // SR 0.98 near the threshold
        assertThat(pRubber).isStrictlyBetween(0.05, 0.95);
        assertThat(csv(out.resolve("issues.csv"))).allSatisfy(i -> assertThat(i.get("code")).isEqualTo("EI_PUBLISHED"));
        assertThat(csv(out.resolve("sources.csv"))).anySatisfy(s -> assertThat(s.get("id")).isEqualTo("crm2017-t3-t18"));
    }

    @Test
    void invalidScopeIsUsageError() {
        assertThat(run("criticality", "--inputs", "x", "--scope", "FR", "--out", tmp.resolve("x").toString()).code()).isEqualTo(2);
    }
}
