package be.cambium.io.mrio;

import static org.assertj.core.api.Assertions.assertThat;

import be.cambium.footprint.ExtensionAccounts;
import be.cambium.footprint.FootprintCalculator;
import be.cambium.footprint.FootprintInput;
import be.cambium.footprint.IoSystem;
import be.cambium.linalg.Solvers;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * pymrio's EXIOBASE 3 mock (../shared/data/pymrio-exio3-mock): the test MRIO written as A, Y and a
 * satellite folder. As in pymrio's tests/test_parsers.py::test_parse_exio3, A must equal the test MRIO's
 * A and satellite D_cba its emissions D_cba. A.txt stores 12 significant digits, so the comparison is to 1e-9 relative.
 */
class Exio3MockReferenceTest {

    static Path shared(String name) {
        Path p = Path.of(System.getProperty("cambium.sharedData", "../shared/data"), name);
        Assumptions.assumeTrue(Files.isDirectory(p), "shared fixture " + p + " is absent; skipping");
        return p;
    }

    @Test
    void mockReproducesTheTestMrio() throws Exception {
        MrioReader.Result mock = MrioReader.read(shared("pymrio-exio3-mock"), null);
        assertThat(mock.layout()).contains("EXIOBASE");
        IoSystem exio = mock.system();
        IoSystem test = MrioReader.read(shared("pymrio-test-mrio"), "emissions").system();
        assertThat(exio.sectors().regions()).containsExactly("AUS", "BRA", "FIN", "FRA", "KOR", "WWF");
        assertThat(exio.extensions()).hasSize(1);
        assertThat(exio.extensions().get(0).name()).isEqualTo("satellite");
        assertThat(exio.extensions().get(0).units()).containsExactly("kg", "kg");
        for (int j = 0; j < 48; j++) {
            for (int i = 0; i < 48; i++) {
                double t = test.technicalCoefficients().get(i, j);
                assertThat(Math.abs(exio.technicalCoefficients().get(i, j) - t)).isLessThanOrEqualTo(1e-11 * Math.max(Math.abs(t), 1e-3));
            }
        }
        var solver = Solvers.automatic().solver();
        ExtensionAccounts a = FootprintCalculator.compute(FootprintInput.of(exio, solver)).accounts("satellite");
        ExtensionAccounts b = FootprintCalculator.compute(FootprintInput.of(test, solver)).accounts("emissions");
        for (int q = 0; q < 2; q++) {
            for (int j = 0; j < 48; j++) {
                double want = b.consumption().get(q, j);
                assertThat(Math.abs(a.consumption().get(q, j) - want)).as("D_cba[%d][%d]", q, j)
                        .isLessThanOrEqualTo(1e-9 * Math.abs(want) + 1e-6);
            }
        }
    }

    /** pymrio's parse_exiobase3 renames the mock's regions to AU, BR, FI, FR, KR, WF (tests/test_parsers.py); so do we on request. */
    @Test
    void eurostatCodesMatchPymriosRenaming() throws Exception {
        MrioReader.Result r = MrioReader.readWith(shared("pymrio-exio3-mock"),
                MrioReader.Options.defaults().withRegionCodes(RegionCodes.EUROSTAT));
        assertThat(r.system().sectors().regions()).containsExactly("AU", "BR", "FI", "FR", "KR", "WF");
        assertThat(r.report().withCode("MRIO_REGION_UNKNOWN")).isEmpty();
    }
}
