package be.cambium.io.mrio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad inputs give a located, readable {@link MrioReadException} or warning, never a wrong number. */
class MrioReaderBadInputTest {

    @TempDir
    Path dir;

    static final String HEAD2 = "region\t\tR1\tR1\tR2\tR2\nsector\t\ta\tb\ta\tb\nregion\tsector\t\t\t\t\n";

    @BeforeEach
    void writeGoodFolder() throws IOException {
        Files.writeString(dir.resolve("file_parameters.json"), "{\"files\": {\"Z\": {\"name\": \"Z.txt\", \"nr_index_col\": \"2\", \"nr_header\": \"2\"},"
                + " \"Y\": {\"name\": \"Y.txt\", \"nr_index_col\": \"2\", \"nr_header\": \"2\"},"
                + " \"unit\": {\"name\": \"unit.txt\", \"nr_index_col\": \"2\", \"nr_header\": \"1\"}}, \"systemtype\": \"IOSystem\"}");
        writeZ("1", "2");
        Files.writeString(dir.resolve("Y.txt"), "region\t\tR1\tR2\ncategory\t\thh\thh\nregion\tsector\t\t\n"
                + "R1\ta\t10\t5\nR1\tb\t8\t2\nR2\ta\t3\t9\nR2\tb\t1\t12\n");
        Files.writeString(dir.resolve("unit.txt"), "region\tsector\tunit\nR1\ta\tM.EUR\nR1\tb\tM.EUR\nR2\ta\tM.EUR\nR2\tb\tM.EUR\n");
        Path sat = Files.createDirectories(dir.resolve("material"));
        Files.writeString(sat.resolve("file_parameters.json"), "{\"files\": {\"F\": {\"name\": \"F.txt\", \"nr_index_col\": \"1\", \"nr_header\": \"2\"},"
                + " \"unit\": {\"name\": \"unit.txt\", \"nr_index_col\": \"1\", \"nr_header\": \"1\"}}, \"systemtype\": \"Extension\"}");
        Files.writeString(sat.resolve("F.txt"), "region\tR1\tR1\tR2\tR2\nsector\ta\tb\ta\tb\nDomestic Extraction Used - Metal Ores - Copper ores\t5\t0\t7\t1\n");
        Files.writeString(sat.resolve("unit.txt"), "stressor\tunit\nDomestic Extraction Used - Metal Ores - Copper ores\tkt\n");
    }

    private void writeZ(String z11, String z12) throws IOException {
        Files.writeString(dir.resolve("Z.txt"), HEAD2 + "R1\ta\t" + z11 + "\t" + z12 + "\t1\t0\nR1\tb\t2\t1\t0\t1\nR2\ta\t1\t0\t2\t3\nR2\tb\t0\t1\t1\t2\n");
    }

    @Test
    void goodFolderReads() throws Exception {
        MrioReader.Result r = MrioReader.read(dir, "material");
        assertThat(r.system().sectors().size()).isEqualTo(4);
        assertThat(r.system().monetaryUnit()).isEqualTo("M.EUR");
        assertThat(r.system().extension("material").units()).containsExactly("kt");
        assertThat(r.report().hasErrors()).isFalse();
    }

    @Test
    void negativeFlowIsWarnedWithItsCell() throws Exception {
        writeZ("-1", "2");
        MrioReader.Result r = MrioReader.read(dir, null);
        assertThat(r.report().withCode("NEGATIVE_FLOW")).hasSize(1);
        assertThat(r.report().withCode("NEGATIVE_FLOW").get(0).toString())
                .contains("row_region=R1", "row_sector=a", "col_region=R1", "col_sector=a", "warning");
    }

    @Test
    void notProductiveTableIsRejectedNamingTheColumn() throws Exception {
        writeZ("500", "2"); // column R1/a: inputs 503 against an output of 518 -> fine; make the whole column exceed
        Files.writeString(dir.resolve("Z.txt"), HEAD2 + "R1\ta\t10\t2\t1\t0\nR1\tb\t20\t1\t0\t1\nR2\ta\t30\t0\t2\t3\nR2\tb\t0\t1\t1\t2\n");
        Files.writeString(dir.resolve("file_parameters.json"), Files.readString(dir.resolve("file_parameters.json")).replace("\"Z\"", "\"A\""));
        // read as coefficients: A column R1/a sums to 60
        assertThatThrownBy(() -> MrioReader.read(dir, null)).isInstanceOf(MrioReadException.class)
                .hasMessageContaining("NOT_PRODUCTIVE").hasMessageContaining("region=R1, sector=a");
    }

    @Test
    void mismatchedLabelsBetweenYAndZ() throws Exception {
        Files.writeString(dir.resolve("Y.txt"), "region\t\tR1\tR2\ncategory\t\thh\thh\n"
                + "R1\ta\t10\t5\nR1\tb\t8\t2\nR2\tb\t3\t9\nR2\ta\t1\t12\n");
        assertThatThrownBy(() -> MrioReader.read(dir, null)).isInstanceOf(MrioReadException.class)
                .hasMessageContaining("MRIO_LABEL_MISMATCH").hasMessageContaining("Y.txt").hasMessageContaining("position 3");
    }

    @Test
    void missingExtensionListsWhatIsThere() {
        assertThatThrownBy(() -> MrioReader.read(dir, "water")).isInstanceOf(MrioReadException.class)
                .hasMessageContaining("MRIO_MISSING_EXTENSION").hasMessageContaining("[material]");
    }

    @Test
    void truncatedFileSaysWhereItEnds() throws Exception {
        String z = Files.readString(dir.resolve("Z.txt"));
        Files.writeString(dir.resolve("Z.txt"), z.substring(0, z.length() - 6)); // cut inside the last row
        assertThatThrownBy(() -> MrioReader.read(dir, null)).isInstanceOf(MrioReadException.class)
                .hasMessageContaining("MRIO_TRUNCATED").hasMessageContaining("Z.txt:7");
    }

    @Test
    void missingRowsAreTruncationToo() throws Exception {
        String z = Files.readString(dir.resolve("Z.txt"));
        Files.writeString(dir.resolve("Z.txt"), z.substring(0, z.lastIndexOf("R2\tb")));
        assertThatThrownBy(() -> MrioReader.read(dir, null)).isInstanceOf(MrioReadException.class)
                .hasMessageContaining("MRIO_LABEL_MISMATCH");
    }

    @Test
    void textInANumberCellIsLocated() throws Exception {
        writeZ("1,5", "2");
        assertThatThrownBy(() -> MrioReader.read(dir, null)).isInstanceOf(MrioReadException.class)
                .hasMessageContaining("MRIO_NOT_A_NUMBER").hasMessageContaining("Z.txt:4:3").hasMessageContaining("'1,5'");
    }

    @Test
    void emptyCellIsNotZero() throws Exception {
        writeZ("", "2");
        assertThatThrownBy(() -> MrioReader.read(dir, null)).hasMessageContaining("MRIO_EMPTY_CELL");
    }

    @Test
    void notAnMrioFolder() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> MrioReader.read(empty, null)).hasMessageContaining("MRIO_FORMAT");
        assertThatThrownBy(() -> MrioReader.read(dir.resolve("nope"), null)).hasMessageContaining("MRIO_MISSING_FILE");
    }

    @Test
    void zipArchiveWithATopFolderIsReadInPlace() throws Exception {
        Path zip = dir.getParent().resolve(dir.getFileName() + "-IOT_test_pxp.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip)); var files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new java.util.zip.ZipEntry("IOT_test_pxp/" + dir.relativize(p).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(p));
                out.closeEntry();
            }
        }
        try {
            MrioReader.Result r = MrioReader.read(zip, null);
            assertThat(r.layout()).contains("archive");
            assertThat(r.system().sectors().size()).isEqualTo(4);
            assertThat(r.system().extension("material").stressorsOfProduction().get(0, 2)).isEqualTo(7.0);
        } finally {
            Files.deleteIfExists(zip);
        }
    }
}
