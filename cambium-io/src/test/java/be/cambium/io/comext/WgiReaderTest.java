package be.cambium.io.comext;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WgiReaderTest {

    @Test
    void belgium2022FromTheSharedFixture() throws Exception {
        String shared = System.getProperty("cambium.sharedData");
        Path p = shared == null ? null : Path.of(shared, "wgi", "WGIData.csv");
        Assumptions.assumeTrue(p != null && Files.isRegularFile(p), "shared fixture wgi/WGIData.csv not found (cambium.sharedData)");
        WgiReader.Result r = WgiReader.read(p, 2022);
        assertThat(r.report().hasErrors()).isFalse();
        // SOURCE.md: BE 2022 CC 1.495, GE 1.228, PV 0.576, RQ 1.253, RL 1.349, VA 1.293 (shown to 3 decimals)
        double mean = (1.495 + 1.228 + 0.576 + 1.253 + 1.349 + 1.293) / 6;
        assertThat(r.scaledByIso2().get("BE")).isCloseTo(5 - 2 * mean, within(2 * 0.0005));
        assertThat(r.scaledByIso2()).containsKeys("CN", "US", "GR", "EL", "XK");
        assertThat(r.scaledByIso2().get("CN")).isGreaterThan(5.0);
        assertThat(r.scaledByIso2().size()).isGreaterThan(180);
    }

    @Test
    void needsAllSixDimensions() throws Exception {
        String csv = "\uFEFF\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2021\",\"2022\",\r\n"
                + "\"A\",\"BEL\",\"x\",\"VA.EST\",\"\",\"1.0\",\r\n"
                + "\"A\",\"BEL\",\"x\",\"PV.EST\",\"\",\"1.0\",\r\n"
                + "\"A\",\"BEL\",\"x\",\"GE.EST\",\"\",\"1.0\",\r\n"
                + "\"A\",\"BEL\",\"x\",\"RQ.EST\",\"\",\"1.0\",\r\n"
                + "\"A\",\"BEL\",\"x\",\"RL.EST\",\"\",\"1.0\",\r\n"
                + "\"A\",\"BEL\",\"x\",\"CC.EST\",\"\",\"-2.0\",\r\n"
                + "\"A\",\"BEL\",\"x\",\"CC.STD.ERR\",\"\",\"0.2\",\r\n"
                + "\"B\",\"CHN\",\"x\",\"VA.EST\",\"\",\"-1.5\",\r\n";
        WgiReader.Result r = WgiReader.read(new StringReader(csv), "w.csv", 2022);
        assertThat(r.scaledByIso2()).containsOnlyKeys("BE");
        assertThat(r.scaledByIso2().get("BE")).isCloseTo(5 - 2 * 0.5, within(1e-12));
    }
}
