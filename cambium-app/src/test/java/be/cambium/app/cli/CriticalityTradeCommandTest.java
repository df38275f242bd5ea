package be.cambium.app.cli;

import static be.cambium.app.cli.CriticalityCommandTest.csv;
import static be.cambium.app.cli.MonitorCommandTest.V2;
import static be.cambium.app.cli.MonitorCommandTest.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cambium criticality --scope BE --trade WS} on a workspace built from hand-made Comext files (known numbers). */
class CriticalityTradeCommandTest {

    @TempDir
    Path tmp;

    /**
     * One file with every month of 2023 for reporter BE (a lithium-ion battery row per month keeps each month present):
     * cobalt P (81052000) CN 600 kg, US 100, DE 300 (intra-EU), QZ 100 (confidential), exports FR 200; cobalt E (26050000)
     * CD 100 kg, exports NL 300 (re-export hub, no Belgian mining); magnesium (81041100) CN 50 kg in 2022 only.
     */
    static Path workspace(Path dir) throws Exception {
        StringBuilder sb = new StringBuilder(V2);
        for (int m = 1; m <= 12; m++) {
            sb.append(row("BE", "CN", "E", "85076000", 1, 202300 + m, 10, 1));
        }
        sb.append(row("BE", "CN", "E", "81052000", 1, 202303, 6000, 600))
                .append(row("BE", "US", "E", "81052000", 1, 202303, 1000, 100))
                .append(row("BE", "DE", "I", "81052000", 1, 202309, 3000, 300))
                .append(row("BE", "QZ", "E", "81052000", 1, 202309, 900, 100))
                .append(row("BE", "FR", "I", "81052000", 2, 202310, 2500, 200))
                .append(row("BE", "CD", "E", "26050000", 1, 202305, 50, 100))
                .append(row("BE", "NL", "I", "26050000", 2, 202306, 150, 300))
                .append(row("NL", "CN", "E", "81052000", 1, 202303, 1, 99999));
        Path f = dir.resolve("full_v2_2023.dat");
        Files.writeString(f, sb.toString());
        Path jan22 = dir.resolve("full_v2_202201.dat");
        Files.writeString(jan22, V2 + row("BE", "CN", "E", "81041100", 1, 202201, 500, 50));
        Path ws = dir.resolve("ws");
        Cli imp = Cli.run("data", "import", "comext", f.toString(), jan22.toString(), "--workspace", ws.toString());
        assertThat(imp.exitCode()).as(imp.err()).isZero();
        return ws;
    }

    static Map<String, Map<String, String>> byKey(List<Map<String, String>> rows, String... cols) {
        return rows.stream().collect(Collectors.toMap(r -> String.join("|", java.util.Arrays.stream(cols).map(r::get).toList()),
                r -> r, (a, b) -> a));
    }

    @Test
    void aRevisedFileWithTheSameNameIsCitedAsItsOwnVintageOnly() throws Exception {
        Path ws = workspace(tmp);
        // Eurostat revises 2023 under the same file name: the new vintage replaces every month it holds
        StringBuilder sb = new StringBuilder(V2);
        for (int m = 1; m <= 12; m++) {
            sb.append(row("BE", "CN", "E", "81052000", 1, 202300 + m, 700, 70));
        }
        Path revised = Files.createDirectories(tmp.resolve("revised")).resolve("full_v2_2023.dat");
        Files.writeString(revised, sb.toString());
        assertThat(Cli.run("data", "import", "comext", revised.toString(), "--workspace", ws.toString()).exitCode()).isZero();
        Path out = tmp.resolve("out-rev");
        Cli r = Cli.run("criticality", "--inputs", "be-crm", "--scope", "BE", "--trade", ws.toString(), "--trade-years", "2023",
                "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        Map<String, Map<String, String>> src = byKey(csv(out.resolve("be_sourcing.csv")), "material", "stage", "partner");
        assertThat(src.get("Cobalt|P|CN")).containsEntry("quantity_kg", "840").containsEntry("share", "1");
        assertThat(src.get("Cobalt|P|CN").get("source")).contains("full_v2_2023.dat (vintage 3)").doesNotContain("vintage 1");
        List<String> cited = csv(out.resolve("sources.csv")).stream().map(m -> m.get("id")).filter(i -> i.startsWith("comext-")).toList();
        assertThat(cited).containsExactly("comext-3"); // not the superseded vintage 1 of the same name
    }

    @Test
    void belgianSharesAndIrFromTheWorkspace() throws Exception {
        Path ws = workspace(tmp);
        Path out = tmp.resolve("out");
        Cli r = Cli.run("criticality", "--inputs", "be-crm", "--scope", "BE", "--trade", ws.toString(), "--trade-years", "2023",
                "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Belgian sourcing from Comext 2023");

        Map<String, Map<String, String>> src = byKey(csv(out.resolve("be_sourcing.csv")), "material", "stage", "partner");
        assertThat(Double.parseDouble(src.get("Cobalt|P|CN").get("share"))).isCloseTo(0.6, within(1e-12));
        assertThat(Double.parseDouble(src.get("Cobalt|P|US").get("share"))).isCloseTo(0.1, within(1e-12));
        assertThat(src.get("Cobalt|P|DE")).containsEntry("share", "0.3").containsEntry("t", "0.8").containsEntry("trade_type", "I");
        assertThat(src.get("Cobalt|P|CN")).containsEntry("quantity_kg", "600").containsEntry("value_eur", "6000")
                .containsEntry("periods", "2023-03..2023-03");
        assertThat(src.get("Cobalt|P|CN").get("source")).contains("full_v2_2023.dat");
        assertThat(src.get("Cobalt|P|QZ")).containsEntry("share", "").containsEntry("in_shares", "false")
                .containsEntry("quantity_kg", "100");
        assertThat(src.get("Cobalt|E|CD")).containsEntry("share", "1");

        Map<String, Map<String, String>> ir = byKey(csv(out.resolve("be_ir.csv")), "material", "stage");
        assertThat(ir.get("Cobalt|P")).containsEntry("imports_kg", "1100").containsEntry("exports_kg", "200")
                .containsEntry("ir_be", "").containsEntry("production_kg", "");
        assertThat(ir.get("Cobalt|E")).containsEntry("production_kg", "0").containsEntry("imports_kg", "100")
                .containsEntry("exports_kg", "300").containsEntry("ir_inputs_complete", "true");
        assertThat(ir.get("Magnesium|P")).containsEntry("has_shares", "false"); // 2022 rows are outside the window

        // derived shares feed the Belgian HHI: BE sourcing contributions for cobalt P
        assertThat(csv(out.resolve("contributions.csv"))).anySatisfy(c -> assertThat(c).containsEntry("material", "Cobalt")
                .containsEntry("stage", "P").containsEntry("share_scope", "BE").containsEntry("country", "CN"));
        List<String> issues = Files.readAllLines(out.resolve("issues.csv"));
        // cobalt E is a re-export hub (IR_BE < 0), but its supply mode is the EU's "GS only" (eu_inputs): no transit fallback
        // is needed, the Belgian sourcing is not used; cobalt P has Belgian sourcing and no IR_BE: the EU IR as a proxy
        assertThat(issues).noneMatch(l -> l.startsWith("WARNING,BE_TRANSIT_FALLBACK,"));
        Map<String, Map<String, String>> st = byKey(csv(out.resolve("stages.csv")), "material", "stage");
        assertThat(st.get("Cobalt|E")).containsEntry("ir_basis", "not used").containsEntry("sourcing_basis", "not used (supply mode GS)")
                .containsEntry("supply_mode", "GS");
        assertThat(st.get("Cobalt|E").get("eu_inputs")).contains("supply_mode");
        assertThat(st.get("Cobalt|P")).containsEntry("ir_basis", "EU proxy").containsEntry("sourcing_basis", "BE trade")
                .containsEntry("ir_input", "").containsEntry("supply_mode", "GS+EU");
        assertThat(st.get("Aluminium|P")).containsEntry("sourcing_basis", "GS fallback").containsEntry("ir_basis", "not used");
        assertThat(issues).anySatisfy(l -> assertThat(l).startsWith("WARNING,BE_IR_EU_PROXY,Cobalt P"));
        assertThat(r.out()).contains("Belgian SR basis", "EU proxy=", "BE trade=");
        assertThat(ir.get("Aluminium|E")).containsEntry("ir_inputs_complete", "false").containsEntry("note",
                "IR_BE undefined: no production and no trade in 2023; no observed imports in 2023");
        assertThat(issues).anySatisfy(l -> assertThat(l).startsWith("WARNING,BE_PARTNER_NOT_OBSERVED,\"Cobalt P").contains("9.1 %", "100 kg"));
        assertThat(issues).anySatisfy(l -> assertThat(l).startsWith("WARNING,BE_PRODUCTION_MISSING,Cobalt P"));
        assertThat(issues).anySatisfy(l -> assertThat(l).startsWith("INFO,BE_INTRA_EU_CONSIGNMENT,\"Cobalt P").contains("30.0 %"));
        assertThat(Files.readString(out.resolve("sources.csv"))).contains("comext-1,", "bulk file full_v2_2023.dat (sha256 ");
        // the CN8 mapping and Belgian production sources are cited by the run that used them
        assertThat(csv(out.resolve("sources.csv"))).extracting(m -> m.get("id"))
                .contains("eurostat-cn-concordance", "cambium-ref-trade-codes", "belspo-cambium");
    }

    @Test
    void beIrMissingLeavesTheProxiedSrMissingAndResultsNameTheBasis() throws Exception {
        Path ws = workspace(tmp);
        Path out = tmp.resolve("missing");
        Cli r = Cli.run("criticality", "--inputs", "be-crm", "--scope", "BE", "--trade", ws.toString(), "--trade-years", "2023",
                "--be-ir", "missing", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("rule --be-ir missing").doesNotContain("EU proxy=");
        Map<String, Map<String, String>> st = byKey(csv(out.resolve("stages.csv")), "material", "stage");
        assertThat(st.get("Cobalt|P")).containsEntry("sr", "").containsEntry("ir", "").containsEntry("ir_basis", "missing")
                .containsEntry("sourcing_basis", "BE trade");
        assertThat(Files.readString(out.resolve("issues.csv"))).contains("WARNING,BE_IR_MISSING,Cobalt P");
        assertThat(Files.readString(out.resolve("parameters.csv"))).contains("be_ir_rule,MISSING");
        // the columns are appended: existing readers keep their positions
        assertThat(Files.readAllLines(out.resolve("results.csv")).get(0)).endsWith(",flags,ir_basis,sourcing_basis,eu_inputs,ei_be_eu_scale");
        assertThat(Files.readAllLines(out.resolve("comparison.csv")).get(0)).endsWith(",ei_drivers,ir_basis_be,sourcing_basis_be");
        Cli bad = Cli.run("criticality", "--inputs", "be-crm", "--scope", "BE", "--be-ir", "zero", "--out", tmp.resolve("z").toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--be-ir");
    }

    @Test
    void defaultWindowEndsAtTheLatestCompleteYear() throws Exception {
        Path ws = workspace(tmp);
        Path out = tmp.resolve("out");
        Cli r = Cli.run("criticality", "--inputs", "be-crm", "--scope", "BE", "--trade", ws.toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Belgian sourcing from Comext 2021-2023");
        // 2021 and 2022 are not fully present: IR_BE is not computed, the shares are
        assertThat(byKey(csv(out.resolve("be_ir.csv")), "material", "stage").get("Cobalt|E")).containsEntry("ir_inputs_complete", "false");
        assertThat(Files.readString(out.resolve("issues.csv"))).contains("BE_TRADE_MONTHS_MISSING");
        assertThat(byKey(csv(out.resolve("be_sourcing.csv")), "material", "stage", "partner")).containsKey("Magnesium|P|CN");
    }

    @Test
    void emptyStoreOrNoRowsInTheYearsExit2WithAMessage() throws Exception {
        Path empty = tmp.resolve("nothing");
        Cli a = Cli.run("criticality", "--inputs", "be-crm", "--scope", "BE", "--trade", empty.toString(), "--out",
                tmp.resolve("a").toString());
        assertThat(a.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(a.err()).contains("BE_TRADE_NO_DATA", "cambium data import comext");
        assertThat(tmp.resolve("a")).doesNotExist();
        assertThat(empty.resolve("cambium.duckdb")).doesNotExist();

        Path ws = workspace(tmp);
        Cli b = Cli.run("criticality", "--inputs", "be-crm", "--scope", "BE", "--trade", ws.toString(), "--trade-years", "2019-2020",
                "--out", tmp.resolve("b").toString());
        assertThat(b.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(b.err()).contains("BE_TRADE_NO_DATA", "2019-2020");
        assertThat(tmp.resolve("b")).doesNotExist();
    }

    @Test
    void bundledMappingValidatesAndNamesOnlyMaterialsOfThePackage() throws Exception {
        Path pkg = Path.of("src/main/resources/data/be-crm");
        Cli v = Cli.run("data", "validate", pkg.toString());
        assertThat(v.exitCode()).as(v.err() + v.out()).isZero();
        java.util.Set<String> stages = csv(pkg.resolve("material_stage.csv")).stream().map(r -> r.get("material") + "|" + r.get("stage"))
                .collect(Collectors.toSet());
        var reader = new be.cambium.io.criticality.CriticalityPackageReader();
        var read = reader.read(pkg, be.cambium.criticality.CriticalityOptions.defaults());
        assertThat(read.materialCodes()).hasSizeGreaterThan(30)
                .allSatisfy(c -> assertThat(stages).contains(c.material() + "|" + c.stage()));
        assertThat(read.production()).isNotEmpty().allSatisfy(d -> {
            assertThat(d.stage()).isEqualTo(be.cambium.criticality.Stage.E);
            assertThat(d.tonnes()).isZero();
            assertThat(d.source()).isEqualTo("belspo-cambium");
        });
    }

    @Test
    void tradeWithoutAValueReadsTheDefaultWorkspace() {
        String home = System.getProperty("user.home");
        try {
            System.setProperty("user.home", tmp.toString());
            Cli r = Cli.run("criticality", "--inputs", "be-crm", "--scope", "BE", "--trade", "--out", tmp.resolve("z").toString());
            assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID);
            assertThat(r.err()).contains("BE_TRADE_NO_DATA", tmp.resolve(".cambium").resolve("cambium.duckdb").toString());
        } finally {
            System.setProperty("user.home", home);
        }
    }

    @Test
    void tradeNeedsScopeBe() {
        Cli r = Cli.run("criticality", "--inputs", "be-crm", "--trade", "--out", tmp.resolve("x").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(r.err()).contains("--scope BE");
        Cli y = Cli.run("criticality", "--inputs", "be-crm", "--scope", "BE", "--trade", tmp.toString(), "--trade-years", "23",
                "--out", tmp.resolve("y").toString());
        assertThat(y.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(y.err()).contains("--trade-years");
    }
}
