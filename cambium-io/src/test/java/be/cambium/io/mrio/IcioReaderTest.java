package be.cambium.io.mrio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import be.cambium.footprint.Extension;
import be.cambium.footprint.IoSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OECD ICIO wide CSV on a hand-made 2 countries × 2 industries table (numbers in mrio/SOURCE.md, hand-checked). */
class IcioReaderTest {

    static Path fixture() throws Exception {
        return ExiobaseLayoutTest.resource("ICIO2023_fixture_2020.csv");
    }

    @Test
    void readsTheWideLayout() throws Exception {
        MrioReader.Result r = MrioReader.readWith(fixture(), MrioReader.Options.defaults());
        assertThat(r.layout()).isEqualTo("OECD ICIO CSV");
        IoSystem s = r.system();
        assertThat(s.sectors().regions()).containsExactly("BEL", "FRA");
        assertThat(s.sectors().items()).containsExactly("D01T02", "D05T06");
        assertThat(s.finalDemandCategories().items()).containsExactly("HFCE", "GGFC", "GFCF");
        assertThat(s.output()).containsExactly(100, 70, 151, 105);
        // hand-checked coefficients: a_ij = z_ij / x_j
        assertThat(s.technicalCoefficients().get(0, 0)).isCloseTo(10.0 / 100, offset(1e-15));
        assertThat(s.technicalCoefficients().get(3, 2)).isCloseTo(9.0 / 151, offset(1e-15));
        assertThat(s.technicalCoefficients().get(1, 3)).isCloseTo(10.0 / 105, offset(1e-15));
        assertThat(s.finalDemand().get(2, 3)).isEqualTo(70);
        Extension fi = s.extension("factor_inputs");
        assertThat(fi.stressors()).containsExactly("TLS", "VA");
        assertThat(fi.stressorsOfProduction().row(1)).containsExactly(75, 26, 103, 53);
        assertThat(fi.stressorsOfFinalDemand().row(0)).containsExactly(3, 0, 1, 4, 0, 2);
        assertThat(fi.units()).containsOnly("USD million");
        // x = Z 1 + Y 1 and x = column sums of Z + TLS + VA: the table balances, so no warning
        assertThat(r.report().withCode("OUTPUT_IDENTITY")).isEmpty();
        assertThat(r.report().withCode("MRIO_OUTPUT_ROW")).isEmpty();
        for (int j = 0; j < 4; j++) {
            double col = 0;
            for (int i = 0; i < 4; i++) {
                col += s.flows().get(i, j);
            }
            col += fi.stressorsOfProduction().get(0, j) + fi.stressorsOfProduction().get(1, j);
            assertThat(col).isCloseTo(s.output()[j], offset(1e-12));
        }
    }

    @Test
    void detectedByExtensionAndNormalisedToEurostat() throws Exception {
        MrioReader.Result r = MrioReader.readWith(fixture(), MrioReader.Options.defaults().withRegionCodes(RegionCodes.EUROSTAT));
        assertThat(r.system().sectors().regions()).containsExactly("BE", "FR");
        assertThat(r.system().finalDemandCategories().regions()).containsExactly("BE", "FR");
    }

    @Test
    void malformedFilesGiveFileLineColumn(@TempDir Path tmp) throws Exception {
        List<String> lines = Files.readAllLines(fixture());
        Path bad = tmp.resolve("bad.csv");
        List<String> b = new java.util.ArrayList<>(lines);
        b.set(3, b.get(3).replace(",30,", ",3o,"));
        Files.write(bad, b);
        assertThatThrownBy(() -> MrioReader.readWith(bad, MrioReader.Options.defaults()))
                .isInstanceOf(MrioReadException.class).hasMessageContaining("MRIO_NOT_A_NUMBER").hasMessageContaining("bad.csv:4:4");

        Path cut = tmp.resolve("cut.csv");
        Files.write(cut, List.of(lines.get(0), lines.get(1), lines.get(2), lines.get(3).substring(0, 20)));
        assertThatThrownBy(() -> MrioReader.readWith(cut, MrioReader.Options.defaults()))
                .isInstanceOf(MrioReadException.class).hasMessageContaining("MRIO_FIELD_COUNT").hasMessageContaining("cut.csv:4:");

        Path missing = tmp.resolve("missing.csv");
        Files.write(missing, List.of(lines.get(0), lines.get(1), lines.get(2), lines.get(3)));
        assertThatThrownBy(() -> MrioReader.readWith(missing, MrioReader.Options.defaults()))
                .isInstanceOf(MrioReadException.class).hasMessageContaining("MRIO_MISSING_ROW").hasMessageContaining("FRA_D05T06");

        Path badHead = tmp.resolve("head.csv");
        List<String> h = new java.util.ArrayList<>(lines);
        h.set(0, h.get(0).replace("\"FRA_GGFC\"", "\"GGFC\""));
        Files.write(badHead, h);
        assertThatThrownBy(() -> MrioReader.readWith(badHead, MrioReader.Options.defaults()))
                .isInstanceOf(MrioReadException.class).hasMessageContaining("head.csv:1:10");

        assertThatThrownBy(() -> MrioReader.readWith(fixture(), MrioReader.Options.defaults().withExtension("material")))
                .isInstanceOf(MrioReadException.class).hasMessageContaining("MRIO_MISSING_EXTENSION");
    }

    @Test
    void chinaSubTablesAreWarned(@TempDir Path tmp) throws Exception {
        Path cn = tmp.resolve("cn.csv");
        Files.writeString(cn, Files.readString(fixture()).replace("FRA_", "CN1_"));
        MrioReader.Result r = MrioReader.readWith(cn, MrioReader.Options.defaults());
        assertThat(r.system().sectors().regions()).containsExactly("BEL", "CN1");
        assertThat(r.report().withCode("MRIO_ICIO_SPLIT_REGIONS")).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("[CN1]"));
    }
}
