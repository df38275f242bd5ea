package be.cambium.io.eurostat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The reader contract: one dataset written in Eurostat's TSV (plain and gzip), SDMX-CSV and JSON-stat
 * (sparse and dense) reads to the same {@link EurostatDataset}. Fixture: src/test/resources/eurostat/three-ways
 * (see SOURCE.md there).
 */
class EurostatReaderContractTest {

    static Path fixture(String name) {
        try {
            return Path.of(Objects.requireNonNull(EurostatReaderContractTest.class.getResource("/eurostat/three-ways/" + name)).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static EurostatReadResult read(String name) throws IOException {
        return EurostatReader.readFile(fixture(name), null);
    }

    static Stream<Arguments> formats() {
        return Stream.of(Arguments.of("env_ac_mfa.tsv"), Arguments.of("env_ac_mfa.tsv.gz"), Arguments.of("env_ac_mfa.csv"),
                Arguments.of("env_ac_mfa.json"), Arguments.of("env_ac_mfa.dense.json"));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void everyFormatReadsWithoutIssues(String name) throws IOException {
        EurostatReadResult r = read(name);
        assertThat(r.report().issues()).isEmpty();
        EurostatDataset d = r.requireDataset();
        assertThat(d.code()).isEqualTo("env_ac_mfa");
        assertThat(d.dimensions()).containsExactly("freq", "material", "indic_env", "unit", "geo", "time");
        assertThat(d.items("material")).containsExactly("MF1", "MF4", "TOTAL");
        assertThat(d.items("geo")).containsExactly("BE", "EU27_2020");
        assertThat(d.items("time")).containsExactly("2015", "2016", "2020", "2021");
        assertThat(d.cellCount()).isEqualTo(24);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void everyFormatGivesTheSameDatasetAsTheTsv(String name) throws IOException {
        EurostatDataset tsv = read("env_ac_mfa.tsv").requireDataset();
        EurostatDataset other = read(name).requireDataset();
        assertThat(other.differencesFrom(tsv)).isEmpty();
        assertThat(other.sameContentAs(tsv)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("formats")
    void valuesFlagsAndMissingCellsAreKept(String name) throws IOException {
        EurostatDataset d = read(name).requireDataset();
        assertThat(d.value("A", "TOTAL", "DMC", "T_HAB", "BE", "2021")).isEqualTo(14.0);
        assertThat(d.flags(d.cell("A", "TOTAL", "DMC", "T_HAB", "BE", "2021"))).isEqualTo("p");
        assertThat(d.decimals(d.cell("A", "TOTAL", "DMC", "T_HAB", "BE", "2021"))).isEqualTo(1);
        assertThat(d.flags(d.cell("A", "TOTAL", "DMC", "T_HAB", "BE", "2015"))).isEqualTo("b");
        assertThat(d.flags(d.cell("A", "TOTAL", "DMC", "T_HAB", "EU27_2020", "2021"))).isEqualTo("e");
        int conf = d.cell("A", "MF4", "DMC", "T_HAB", "EU27_2020", "2015");
        assertThat(d.isMissing(conf)).isTrue();
        assertThat(d.flags(conf)).isEqualTo("c");
        int missing = d.cell("A", "MF1", "DMC", "T_HAB", "EU27_2020", "2016");
        assertThat(d.isMissing(missing)).isTrue();
        assertThat(d.flags(missing)).isEmpty();
        assertThat(d.value("A", "MF1", "DMC", "T_HAB", "BE", "2016")).isEqualTo(4.0);
    }

    @Test
    void lastUpdateComesFromSdmxCsvAndJsonStatOnly() throws IOException {
        assertThat(read("env_ac_mfa.tsv").requireDataset().lastUpdate()).isNull();
        assertThat(read("env_ac_mfa.csv").requireDataset().lastUpdate()).isEqualTo(LocalDate.of(2022, 10, 26));
        assertThat(read("env_ac_mfa.json").requireDataset().lastUpdate()).isEqualTo(LocalDate.of(2022, 10, 26));
    }

    @Test
    void gzipIsRecognisedByContentNotName() throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(fixture("env_ac_mfa.tsv.gz"))) {
            EurostatReadResult r = new EurostatTsvReader().read(in, "env_ac_mfa.tsv");
            assertThat(r.report().issues()).isEmpty();
            assertThat(r.requireDataset().sameContentAs(read("env_ac_mfa.tsv").requireDataset())).isTrue();
        }
    }

    @Test
    void labelsListTheCellsCodesInDimensionOrder() throws IOException {
        EurostatDataset d = read("env_ac_mfa.csv").requireDataset();
        int c = d.cell("A", "MF1", "DMC", "T_HAB", "BE", "2020");
        assertThat(List.copyOf(d.labels(c).values())).containsExactly("A", "MF1", "DMC", "T_HAB", "BE", "2020");
    }
}
