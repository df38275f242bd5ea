package be.cambium.criticality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CRM study 2017 sample of 12 materials (see src/test/resources/criticality/crm2017/SOURCE.md). */
class Crm2017ReferenceTest {

    record Row(String material, Stage stage, double srPublished, double ir, double eol, double siSr, double hhiGs,
               double hhiEu, SupplyMode mode) {
    }

    static List<Row> rows() throws IOException {
        try (InputStream in = Crm2017ReferenceTest.class.getResourceAsStream("/criticality/crm2017/sample12.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<Row> out = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split(",", -1);
                out.add(new Row(f[0], Stage.parse(f[1]), d(f[2]), d(f[3]) / 100, d(f[4]) / 100, d(f[6]), d(f[7]), d(f[8]),
                        SupplyMode.parse(f[9])));
            }
            return out;
        }
    }

    static double d(String s) {
        return s.isBlank() ? Double.NaN : Double.parseDouble(s);
    }

    @Test
    void twelveMaterialsWithinPublishedPrecision() throws IOException {
        List<Row> rows = rows();
        List<MaterialStage> stages = rows.stream()
                .map(r -> MaterialStage.of(r.material, r.stage, r.ir, r.eol, r.siSr, r.mode).withHhi(r.hhiGs, r.hhiEu))
                .toList();
        CriticalityResult res = CriticalityCalculator.compute(CriticalityInput.ofStages(stages));

        assertThat(res.report().hasErrors()).as(res.report().toString()).isFalse();
        assertThat(rows).hasSize(12);
        for (Row r : rows) {
            MaterialResult m = res.material(r.material).orElseThrow();
            double sr2 = Math.round(m.sr() * 100) / 100.0;
            assertThat(sr2).as(r.material + " SR %s vs published %s", m.sr(), r.srPublished)
                    .isCloseTo(r.srPublished, org.assertj.core.data.Offset.offset(0.15 + 1e-9));
            assertThat(m.bottleneck()).isEqualTo(r.stage);
            assertThat(m.mode()).isEqualTo(r.mode);
        }
        // spot values: (3.2 x 0.495 + 2.9 x 0.505) x 0.97 and (7.5 x 0.22 + 1.9 x 0.78) x 0.58
        assertThat(res.material("Natural graphite").orElseThrow().sr()).isCloseTo(2.957045, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(res.material("Tungsten").orElseThrow().sr()).isCloseTo(1.81656, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(res.material("Indium").orElseThrow().sr()).isEqualTo(2.5);
    }
}
