package be.cambium.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cambium.report.model.ReportTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

    @TempDir
    Path tmp;

    private static List<ReportTable> tables(double v) {
        return List.of(ReportTable.builder("results", "Results", "a", "b").row("x", v).build());
    }

    @Test
    void writesIntoANewFolderWithTheMarker() throws Exception {
        Path out = tmp.resolve("out");
        OutputFolder.writeTables(out, List.of(), tables(1.5));
        assertThat(out.resolve("results.csv")).hasContent("a,b\r\nx,1.5");
        assertThat(out.resolve(OutputFolder.MARKER)).isRegularFile();
        assertThat(Files.list(tmp).map(p -> p.getFileName().toString())).containsExactly("out");
    }

    @Test
    void replacesAFolderItWroteBefore() throws Exception {
        Path out = tmp.resolve("out");
        OutputFolder.writeTables(out, List.of(), tables(1));
        Files.writeString(out.resolve("stale.csv"), "old");
        OutputFolder.writeTables(out, List.of(), tables(2));
        assertThat(out.resolve("results.csv")).hasContent("a,b\r\nx,2");
        assertThat(out.resolve("stale.csv")).doesNotExist();
    }

    @Test
    void writesIntoAnEmptyFolder() throws Exception {
        Path out = Files.createDirectory(tmp.resolve("empty"));
        OutputFolder.writeTables(out, List.of(), tables(1));
        assertThat(out.resolve("results.csv")).exists();
    }

    @Test
    void refusesAFolderWithTheUsersFilesAndKeepsThem() throws Exception {
        Path out = Files.createDirectory(tmp.resolve("mine"));
        Files.writeString(out.resolve("USER_NOTES.txt"), "keep me");
        assertThatThrownBy(() -> OutputFolder.writeTables(out, List.of(), tables(1)))
                .isInstanceOf(OutputRefusedException.class).hasMessageContaining("did not write");
        assertThat(out.resolve("USER_NOTES.txt")).hasContent("keep me");
        assertThat(Files.list(tmp).map(p -> p.getFileName().toString())).containsExactly("mine");
    }

    @Test
    void refusesARegularFile() throws Exception {
        Path f = Files.writeString(tmp.resolve("f.txt"), "x");
        assertThatThrownBy(() -> OutputFolder.writeTables(f, List.of(), tables(1)))
                .isInstanceOf(OutputRefusedException.class).hasMessageContaining("not a folder");
        assertThat(f).hasContent("x");
    }

    @Test
    void refusesAnInputTheFolderHoldingAnInputAndAFolderInsideAnInput() throws Exception {
        Path pkg = Files.createDirectories(tmp.resolve("pkg"));
        Files.writeString(pkg.resolve("datapackage.json"), "{}");
        for (Path out : List.of(pkg, tmp, pkg.resolve("sub"))) {
            assertThatThrownBy(() -> OutputFolder.writeTables(out, List.of(pkg), tables(1)))
                    .as(out.toString()).isInstanceOf(OutputRefusedException.class).hasMessageContaining("reads");
        }
        assertThat(pkg.resolve("datapackage.json")).hasContent("{}");
    }

    @Test
    void refusesTheCurrentFolderAndItsParents() {
        Path cwd = Path.of("").toAbsolutePath();
        for (Path out : List.of(Path.of("."), Path.of(""), cwd, cwd.getParent())) {
            assertThatThrownBy(() -> OutputFolder.writeTables(out, List.of(), tables(1)))
                    .as(out.toString()).isInstanceOf(OutputRefusedException.class).hasMessageContaining("current folder");
        }
    }

    @Test
    void aFailingWriterLeavesNothingBehind() throws Exception {
        Path out = tmp.resolve("out");
        assertThatThrownBy(() -> OutputFolder.write(out, List.of(), dir -> {
            Files.writeString(dir.resolve("half.csv"), "x");
            throw new java.io.IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.list(tmp)).isEmpty();
    }
}
