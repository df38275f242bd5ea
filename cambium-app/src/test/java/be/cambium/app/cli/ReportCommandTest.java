package be.cambium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path tmp;

    @Test
    void missingMrioIsInvalidInputAndWritesNothing() {
        Path out = tmp.resolve("report");
        Cli r = Cli.run("report", "--mrio", tmp.resolve("no-such.zip").toString(), "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(r.err()).contains("no-such.zip: no such file or folder");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void concordanceWithoutMrioIsInvalidUsage() {
        Cli r = Cli.run("report", "--concordance", tmp.toString(), "--out", tmp.resolve("report").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(r.err()).contains("--extension and --concordance need --mrio");
    }

    @Test
    void helpNamesTheMrioOption() {
        Cli r = Cli.run("report", "--help");
        assertThat(r.out()).contains("--mrio=DIR_OR_ZIP", "--extension=NAME", "--concordance=FILE");
    }
}
