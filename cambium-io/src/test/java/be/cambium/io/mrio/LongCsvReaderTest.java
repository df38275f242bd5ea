package be.cambium.io.mrio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cambium.footprint.Extension;
import be.cambium.footprint.IoSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generic long CSV layout, on the ICIO fixture's numbers written long (mrio/long-2x2). */
class LongCsvReaderTest {

    static Path fixture() throws Exception {
        return ExiobaseLayoutTest.resource("long-2x2");
    }

    @Test
    void sameSystemAsTheWideIcioFile() throws Exception {
        MrioReader.Result r = MrioReader.readWith(fixture(), MrioReader.Options.defaults());
        assertThat(r.layout()).isEqualTo("long CSV folder");
        IoSystem lng = r.system();
        IoSystem wide = MrioReader.readWith(IcioReaderTest.fixture(), MrioReader.Options.defaults()).system();
        assertThat(lng.sectors()).isEqualTo(wide.sectors());
        assertThat(lng.finalDemandCategories()).isEqualTo(wide.finalDemandCategories());
        assertThat(lng.flows().maxAbsDifference(wide.flows())).isZero();
        assertThat(lng.finalDemand().maxAbsDifference(wide.finalDemand())).isZero();
        assertThat(lng.output()).containsExactly(wide.output());
        assertThat(lng.monetaryUnit()).isEqualTo("USD million");
        Extension m = lng.extension("material");
        assertThat(m.stressors()).containsExactly("Domestic Extraction Used - Primary Crops - Wheat",
                "Domestic Extraction Used - Metal Ores - Iron ores");
        assertThat(m.units()).containsExactly("kt", "kt");
        assertThat(m.stressorsOfProduction().row(0)).containsExactly(120, 3.5, 80, 1.25);
        assertThat(m.stressorsOfProduction().row(1)).containsExactly(0, 40, 0, 22);
        assertThat(m.stressorsOfFinalDemand().row(0)).containsExactly(0.5, 0, 0, 0, 0, 0);
    }

    @Test
    void badInputsAreLocated(@TempDir Path tmp) throws Exception {
        Path d = ExiobaseLayoutTest.copy(fixture(), tmp.resolve("a"));
        Files.writeString(d.resolve("Y.csv"), "BEL,D01T02,FRA,GGFC,x1,USD million\n", StandardOpenOption.APPEND);
        assertThatThrownBy(() -> MrioReader.readWith(d, MrioReader.Options.defaults()))
                .isInstanceOf(MrioReadException.class).hasMessageContaining("Y.csv:21:5").hasMessageContaining("MRIO_NOT_A_NUMBER");

        Path e = ExiobaseLayoutTest.copy(fixture(), tmp.resolve("b"));
        Files.writeString(e.resolve("Y.csv"), "BEL,D01T02,BEL,HFCE,1,USD million\n", StandardOpenOption.APPEND);
        assertThatThrownBy(() -> MrioReader.readWith(e, MrioReader.Options.defaults()))
                .isInstanceOf(MrioReadException.class).hasMessageContaining("MRIO_DUPLICATE").hasMessageContaining("Y.csv:21:1");

        Path f = ExiobaseLayoutTest.copy(fixture(), tmp.resolve("c"));
        Files.writeString(f.resolve("material.csv"), "Other,DEU,D01T02,1,kt\n", StandardOpenOption.APPEND);
        assertThatThrownBy(() -> MrioReader.readWith(f, MrioReader.Options.defaults()))
                .isInstanceOf(MrioReadException.class).hasMessageContaining("MRIO_LABEL_MISMATCH").hasMessageContaining("material.csv:11:2");

        Path g = ExiobaseLayoutTest.copy(fixture(), tmp.resolve("g"));
        Files.writeString(g.resolve("Z.csv"), "BEL,D01T02,FRA\n", StandardOpenOption.APPEND);
        assertThatThrownBy(() -> MrioReader.readWith(g, MrioReader.Options.defaults()))
                .isInstanceOf(MrioReadException.class).hasMessageContaining("MRIO_FIELD_COUNT").hasMessageContaining("Z.csv:14:4");

        assertThatThrownBy(() -> MrioReader.readWith(fixture(), MrioReader.Options.defaults().withExtension("water")))
                .isInstanceOf(MrioReadException.class).hasMessageContaining("MRIO_MISSING_EXTENSION").hasMessageContaining("material");
    }
}
