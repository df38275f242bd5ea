package be.cambium.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import be.cambium.io.pkg.DataPackageReader;
import be.cambium.io.pkg.Table;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The Monte Carlo ranges that {@code cambium-bench/scripts/build_crm_packages.py} writes into the bundled
 * {@code eu-crm-2023} and {@code be-crm}: for every 2023 IR, EOL-RIR, SI_SR and SI_EI, the value +/- half a unit of the
 * last digit printed in the CritMAT transcription (precision read from each value's own text, here again independently of
 * the script), clamped to [0, 1], containing the value; no range where the value is empty; be-crm carries the same rows.
 */
class Crm2023PrintedRangesTest {

    private static final Map<String, String> CRITMAT_NAME = Map.of("Lime", "Limestone", "Natural Rubber", "Natural rubber",
            "Natural Teak wood", "Natural teak wood", "Silica Sand", "Silica sand", "Sulfur", "Sulphur",
            "Talc, Steatite & Pyrophyllite", "Talc");

    /** The transcribed text of each CritMAT cell, by package material name (first row of a repeated material). */
    private static Map<String, Map<String, String>> critmat() throws IOException {
        Path f = Path.of("../cambium-bench/scripts/crm2023-critmat/eureport_results.csv");
        if (!Files.exists(f)) {
            f = Path.of("cambium-bench/scripts/crm2023-critmat/eureport_results.csv");
        }
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        List<String> head = split(lines.get(0));
        Map<String, Map<String, String>> out = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = split(line);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < head.size(); i++) {
                row.put(head.get(i), i < cells.size() ? cells.get(i) : "");
            }
            String name = row.get("material_name");
            out.putIfAbsent(CRITMAT_NAME.getOrDefault(name, name), row);
        }
        return out;
    }

    /** RFC 4180 line split (the file quotes only "Talc, Steatite & Pyrophyllite"). */
    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                q = !q;
            } else if (c == ',' && !q) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    /** [lo, hi] of a printed text: half a unit of its last printed digit, divided by {@code per}, clamped to [0, 1]. */
    static BigDecimal[] expected(String text, int per) {
        BigDecimal v = new BigDecimal(text.strip().replace("%", ""));
        BigDecimal half = BigDecimal.valueOf(5, v.scale() + 1);
        BigDecimal p = BigDecimal.valueOf(per);
        BigDecimal lo = v.subtract(half).divide(p).max(BigDecimal.ZERO);
        BigDecimal hi = v.add(half).divide(p).min(BigDecimal.ONE);
        return new BigDecimal[] {lo, hi};
    }

    private static Table table(String pkg, String name) {
        var rr = new DataPackageReader().readClasspath(Crm2023PrintedRangesTest.class.getClassLoader(), "data/" + pkg);
        return Objects.requireNonNull(rr.dataPackage(), pkg).table(name).orElseThrow();
    }

    private static void assertRange(String what, @Nullable String text, int per, @Nullable BigDecimal value, @Nullable BigDecimal lo,
                                    @Nullable BigDecimal hi) {
        if (text == null || text.isBlank()) {
            assertThat(value).as(what + " value").isNull();
            assertThat(lo).as(what + " min").isNull();
            assertThat(hi).as(what + " max").isNull();
            return;
        }
        BigDecimal[] e = expected(text, per);
        assertThat(lo).as(what + " min of \"" + text + "\"").isEqualByComparingTo(e[0]);
        assertThat(hi).as(what + " max of \"" + text + "\"").isEqualByComparingTo(e[1]);
        assertThat(value).as(what).isNotNull();
        assertThat(Objects.requireNonNull(value)).as(what + " within its range").isBetween(lo, hi);
    }

    @Test
    void everyTranscribedValueHasItsPrintedPrecisionAsRange() throws IOException {
        Map<String, Map<String, String>> cm = critmat();
        Table st = table("eu-crm-2023", "material_stage");
        int checked = 0;
        for (int i = 0; i < st.rowCount(); i++) {
            if (!"EU".equals(st.string(i, "scope"))) {
                assertThat(st.number(i, "ir_min")).isNull(); // stage rows without inputs carry no range
                continue;
            }
            String m = st.string(i, "material");
            String stage = st.string(i, "stage");
            Map<String, String> r = Objects.requireNonNull(cm.get(m), m);
            String what = m + " " + stage + " ";
            assertRange(what + "ir", r.get("E".equals(stage) ? "import_reliance_primary" : "import_reliance_refined"), 100,
                    st.number(i, "ir"), st.number(i, "ir_min"), st.number(i, "ir_max"));
            assertRange(what + "eol_rir", r.get("end_of_life"), 100, st.number(i, "eol_rir"), st.number(i, "eol_rir_min"),
                    st.number(i, "eol_rir_max"));
            assertRange(what + "si_sr", r.get("si_sr"), 1, st.number(i, "si_sr"), st.number(i, "si_sr_min"), st.number(i, "si_sr_max"));
            checked++;
        }
        assertThat(checked).isEqualTo(123);
        Table si = table("eu-crm-2023", "si_ei");
        for (int i = 0; i < si.rowCount(); i++) {
            String m = si.string(i, "material");
            assertRange(m + " si_ei", Objects.requireNonNull(cm.get(m), m).get("si_ei"), 1, si.number(i, "si_ei"),
                    si.number(i, "si_ei_min"), si.number(i, "si_ei_max"));
        }
        assertThat(si.rowCount()).isEqualTo(86);
    }

    @Test
    void precisionIsReadPerValueFromItsText() {
        // whole percentages: +/- half a percentage point
        assertThat(expected("89", 100)).containsExactly(new BigDecimal("0.885"), new BigDecimal("0.895"));
        assertThat(expected("34%", 100)).containsExactly(new BigDecimal("0.335"), new BigDecimal("0.345"));
        assertThat(expected("0", 100)[0]).isEqualByComparingTo("0");
        assertThat(expected("100", 100)[1]).isEqualByComparingTo("1");
        // one printed decimal: +/- 0.05; two: +/- 0.005
        assertThat(expected("0.9", 1)).containsExactly(new BigDecimal("0.85"), new BigDecimal("0.95"));
        assertThat(expected("0.90", 1)).containsExactly(new BigDecimal("0.895"), new BigDecimal("0.905"));
        Table st = table("eu-crm-2023", "material_stage");
        Map<String, BigDecimal[]> siSr = new HashMap<>();
        Map<String, BigDecimal[]> ir = new HashMap<>();
        for (int i = 0; i < st.rowCount(); i++) {
            if ("EU".equals(st.string(i, "scope"))) {
                String k = st.string(i, "material") + "|" + st.string(i, "stage");
                siSr.put(k, new BigDecimal[] {st.number(i, "si_sr_min"), st.number(i, "si_sr_max")});
                ir.put(k, new BigDecimal[] {st.number(i, "ir_min"), st.number(i, "ir_max")});
            }
        }
        // natural rubber SI_SR printed "0.9" in CritMAT, silver "0.99", aggregates "1.0" (clamped at 1)
        assertThat(siSr.get("Natural rubber|E")).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.85"), new BigDecimal("0.95"));
        assertThat(siSr.get("Silver|E")).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.985"), new BigDecimal("0.995"));
        assertThat(siSr.get("Aggregates|E")).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.95"), BigDecimal.ONE);
        assertThat(ir.get("Aluminium|E")).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.885"), new BigDecimal("0.895"));
    }

    @Test
    void beCrmCarriesTheSameEuRowsAndRanges() {
        for (String name : List.of("material_stage", "si_ei")) {
            Table eu = table("eu-crm-2023", name);
            Table be = table("be-crm", name);
            assertThat(be.rowCount()).as(name).isEqualTo(eu.rowCount());
            for (String col : List.of("ir_min", "ir_max", "eol_rir_min", "eol_rir_max", "si_sr_min", "si_sr_max", "si_ei_min",
                    "si_ei_max")) {
                if (!eu.columns().contains(col)) {
                    continue;
                }
                for (int i = 0; i < eu.rowCount(); i++) {
                    assertThat(be.number(i, col)).as(name + " " + col + " row " + i).isEqualTo(eu.number(i, col));
                }
            }
        }
    }
}
