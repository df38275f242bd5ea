package be.cambium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the shaded {@code cambium.jar} as a process, as a user would. */
class CambiumJarIT {

    static Path jar;

    record Run(int exitCode, List<String> out, List<String> err) {
    }

    @BeforeAll
    static void findJar() {
        String p = System.getProperty("cambium.jar");
        assumeTrue(p != null, "system property cambium.jar is not set (run through Maven failsafe)");
        jar = Path.of(p);
        assertThat(jar).as("the shaded jar built by the package phase").isRegularFile();
    }

    static Run cambium(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("cambium-it", ".out");
        Path err = Files.createTempFile("cambium-it", ".err");
        try {
            Process p = new ProcessBuilder(cmd).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("cambium finished").isTrue();
            return new Run(p.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8), Files.readAllLines(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void validateBrokenPackageExitsTwoWithEveryLocatedProblem() throws Exception {
        Path fixtures = Fixtures.pkg("broken").getParent();

        Run r = cambium(fixtures, "data", "validate", "broken");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().subList(0, r.err().size() - 1)).containsExactlyElementsOf(Fixtures.BROKEN_LINES);
        assertThat(r.err().get(r.err().size() - 1)).isEqualTo("INVALID broken: 21 errors");
    }

    @Test
    void validateValidPackageExitsZero() throws Exception {
        Run r = cambium(Fixtures.pkg("valid").getParent(), "data", "validate", "valid");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsExactly("OK valid: package 'test-valid', 3 resources, 10 rows, 2 sources, no problems");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void helpVersionAndList() throws Exception {
        Path here = Path.of(".").toAbsolutePath();

        Run help = cambium(here, "--help");
        Run version = cambium(here, "--version");
        Run list = cambium(here, "data", "list");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out().get(0)).isEqualTo("Usage: cambium [-hV] [COMMAND]");
        assertThat(String.join("\n", help.out())).containsPattern("\\n  data +List or validate data packages; fetch or import data\\.");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).singleElement().asString().matches("cambium \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out().get(0)).isEqualTo("be-population 2026.11.29: Population of Belgium and its regions on 1 January (Statbel)");
        int end = 1; // the be-population block ends where the next bundled package starts
        while (end < list.out().size() && list.out().get(end).startsWith("  ")) {
            end++;
        }
        assertThat(list.out().subList(0, end)).filteredOn(l -> l.startsWith("  source ")).hasSize(5);
        assertThat(list.out()).anyMatch(l -> l.startsWith("eu-crm-2023 ")).anyMatch(l -> l.startsWith("be-crm "))
                .anyMatch(l -> l.startsWith("be-mfa "));
        assertThat(list.err()).isEmpty();
    }

    @Test
    void invalidUsageExitsTwo() throws Exception {
        Run r = cambium(Path.of(".").toAbsolutePath(), "data", "nope");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().get(0)).isEqualTo("Unmatched argument at index 1: 'nope'");
    }
}
