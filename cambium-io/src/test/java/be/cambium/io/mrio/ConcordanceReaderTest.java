package be.cambium.io.mrio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cambium.footprint.IoAggregation;
import be.cambium.footprint.IoSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The aggregation concordance CSV, checked against the ICIO fixture, and the aggregate it gives (hand-checked). */
class ConcordanceReaderTest {

    @TempDir
    Path tmp;

    static IoSystem icio() throws Exception {
        return MrioReader.readWith(IcioReaderTest.fixture(), MrioReader.Options.defaults()).system();
    }

    @Test
    void aggregatesTheIcioFixture() throws Exception {
        Path c = tmp.resolve("conc.csv");
        Files.writeString(c, "axis,code,group\nregion,BEL,EU\nregion,FRA,EU\nsector,D01T02,PRIMARY\nsector,D05T06,PRIMARY\n"
                + "category,HFCE,C\ncategory,GGFC,C\ncategory,GFCF,I\n");
        ConcordanceReader.Result r = ConcordanceReader.read(c, icio());
        assertThat(r.report().issues()).isEmpty();
        IoSystem a = IoAggregation.aggregate(icio(), r.regions(), r.sectors(), r.categories());
        // hand check: one sector, x = 100 + 70 + 151 + 105 = 426, Z = sum of all Z = 155 (= 426 - 271 of Y)
        assertThat(a.sectors().size()).isEqualTo(1);
        assertThat(a.output()).containsExactly(426);
        assertThat(a.flows().get(0, 0)).isEqualTo(155);
        // C = 40+5+8+0 + 12+0+3+0 + 6+0+70+10 + 2+0+30+5 = 191; I = 10+2+20+5+1+14+3+25 = 80
        assertThat(a.finalDemand().row(0)).containsExactly(191, 80);
        assertThat(a.extension("factor_inputs").stressorsOfProduction().column(0)).containsExactly(14, 257);
        assertThat(a.extension("factor_inputs").stressorsOfFinalDemand().row(0)).containsExactly(3 + 0 + 4 + 0, 1 + 2);
    }

    @Test
    void unmappedDuplicateUnusedAreLocated() throws Exception {
        Path c = tmp.resolve("bad.csv");
        Files.writeString(c, "axis,code,group\nregion,BEL,EU\nregion,BEL,BENELUX\nregion,DEU,EU\nsector,D01T02,P\nlevel,x,y\n");
        assertThatThrownBy(() -> ConcordanceReader.read(c, icio())).isInstanceOf(MrioReadException.class)
                .hasMessageContaining("bad.csv:3:3: error MRIO_CONCORDANCE_DUPLICATE")
                .hasMessageContaining("bad.csv:6:1: error MRIO_FORMAT")
                .hasMessageContaining("MRIO_CONCORDANCE_UNMAPPED 1 region code(s) of the system have no group: [FRA]")
                .hasMessageContaining("MRIO_CONCORDANCE_UNMAPPED 1 sector code(s) of the system have no group: [D05T06]");
        Path ok = tmp.resolve("ok.csv");
        Files.writeString(ok, "axis,code,group\nregion,BEL,EU\nregion,FRA,EU\nregion,DEU,EU\n");
        ConcordanceReader.Result r = ConcordanceReader.read(ok, icio());
        assertThat(r.report().withCode("MRIO_CONCORDANCE_UNUSED")).singleElement()
                .satisfies(i -> assertThat(i.location().toString()).endsWith("ok.csv:4:2"));
        assertThat(r.sectors()).isEmpty();
    }
}
