package be.cambium.io.mrio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cambium.classification.Classifications;
import be.cambium.classification.Countries;
import be.cambium.footprint.Extension;
import be.cambium.footprint.IoSystem;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * EXIOBASE 3 layouts: v3.8 ({@code satellite/} with {@code F_hh}, ISO3 regions) and v3.9+ (one folder per
 * extension with {@code F_Y}, ISO2 regions), both hand-made from the same numbers (see mrio/SOURCE.md), and the
 * region-code normalisation to Eurostat's codes.
 */
class ExiobaseLayoutTest {

    static Path resource(String name) throws URISyntaxException {
        return Path.of(ExiobaseLayoutTest.class.getResource("/mrio/" + name).toURI());
    }

    static MrioReader.Options opts(RegionCodes rc) {
        return MrioReader.Options.defaults().withRegionCodes(rc);
    }

    @Test
    void v38AndV39LayoutsReadToTheSameSystem() throws Exception {
        IoSystem v38 = MrioReader.readWith(resource("exio3-v38-iso3"), opts(RegionCodes.AS_WRITTEN)).system();
        IoSystem v39 = MrioReader.readWith(resource("exio3-v39-iso2"), opts(RegionCodes.AS_WRITTEN)).system();
        assertThat(v38.sectors().regions()).containsExactly("GRC", "WWF");
        assertThat(v39.sectors().regions()).containsExactly("GR", "WF");
        assertThat(v38.extensions()).extracting(Extension::name).containsExactly("satellite");
        assertThat(v39.extensions()).extracting(Extension::name).containsExactly("air_emissions", "material");
        assertThat(v38.technicalCoefficients().maxAbsDifference(v39.technicalCoefficients())).isZero();
        assertThat(v38.finalDemand().maxAbsDifference(v39.finalDemand())).isZero();
        Extension sat = v38.extension("satellite");
        Extension mat = v39.extension("material");
        Extension air = v39.extension("air_emissions");
        assertThat(sat.stressors()).containsExactly(mat.stressors().get(0), air.stressors().get(0));
        assertThat(sat.units()).containsExactly("kt", "kg");
        assertThat(sat.stressorsOfProduction().row(0)).containsExactly(mat.stressorsOfProduction().row(0));
        assertThat(sat.stressorsOfProduction().row(1)).containsExactly(air.stressorsOfProduction().row(0));
        // F_hh (v3.8 name) and F_Y (v3.9 name) both land in F_Y
        assertThat(sat.stressorsOfFinalDemand().row(1)).containsExactly(30.0, 20.0);
        assertThat(air.stressorsOfFinalDemand().row(0)).containsExactly(30.0, 20.0);
        // x solves x = A x + Y 1 (A and Y are the fixture's hand-chosen numbers)
        double[] x = v39.output();
        double[] ax = v39.technicalCoefficients().times(x);
        double[][] y = v39.finalDemand().toRows();
        for (int i = 0; i < x.length; i++) {
            assertThat(ax[i] + y[i][0] + y[i][1]).isCloseTo(x[i], org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void bothCodeSystemsNormaliseToEurostatCodes() throws Exception {
        MrioReader.Result r38 = MrioReader.readWith(resource("exio3-v38-iso3"), opts(RegionCodes.EUROSTAT));
        MrioReader.Result r39 = MrioReader.readWith(resource("exio3-v39-iso2"), opts(RegionCodes.EUROSTAT));
        assertThat(r38.system().sectors().regions()).containsExactly("EL", "WF");
        assertThat(r39.system().sectors().regions()).containsExactly("EL", "WF");
        assertThat(r38.system().finalDemandCategories().regions()).containsExactly("EL", "WF");
        assertThat(r38.report().withCode("MRIO_REGION_UNKNOWN")).isEmpty();
    }

    @Test
    void codeMapping() {
        Countries c = Classifications.standard().countries();
        assertThat(RegionCodes.toEurostat("GRC", c)).contains("EL");
        assertThat(RegionCodes.toEurostat("GR", c)).contains("EL");
        assertThat(RegionCodes.toEurostat("GBR", c)).contains("UK");
        assertThat(RegionCodes.toEurostat("GB", c)).contains("UK");
        assertThat(RegionCodes.toEurostat("BEL", c)).contains("BE");
        assertThat(RegionCodes.toEurostat("BE", c)).contains("BE");
        assertThat(RegionCodes.toEurostat("EL", c)).contains("EL");
        assertThat(RegionCodes.toEurostat("TWN", c)).contains("TW");
        // EXIOBASE rest-of-world regions are not ISO countries (ISO WF is Wallis and Futuna)
        assertThat(RegionCodes.toEurostat("WWF", c)).contains("WF");
        assertThat(RegionCodes.toEurostat("WF", c)).contains("WF");
        assertThat(RegionCodes.toEurostat("WWM", c)).contains("WM");
        assertThat(RegionCodes.toEurostat("XYZ", c)).isEmpty();
        assertThat(RegionCodes.parse("eurostat")).isEqualTo(RegionCodes.EUROSTAT);
    }

    @Test
    void unknownCodeWarnedAndClashRejected(@TempDir Path tmp) throws Exception {
        Path d = copy(resource("exio3-v39-iso2"), tmp.resolve("a"));
        replaceAll(d, "WF", "QQ");
        MrioReader.Result r = MrioReader.readWith(d, opts(RegionCodes.EUROSTAT));
        assertThat(r.system().sectors().regions()).containsExactly("EL", "QQ");
        assertThat(r.report().withCode("MRIO_REGION_UNKNOWN")).hasSize(1);

        Path e = copy(resource("exio3-v39-iso2"), tmp.resolve("b"));
        replaceAll(e, "\tWF", "\tGRC");
        replaceAll(e, "WF\t", "GRC\t");
        assertThatThrownBy(() -> MrioReader.readWith(e, opts(RegionCodes.EUROSTAT)))
                .isInstanceOf(MrioReadException.class).hasMessageContaining("MRIO_REGION_CLASH").hasMessageContaining("A.txt");
    }

    static Path copy(Path from, Path to) throws IOException {
        try (var s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return to;
    }

    static void replaceAll(Path dir, String a, String b) throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".txt")).toList()) {
                Files.writeString(p, Files.readString(p).replace(a, b));
            }
        }
    }

}
