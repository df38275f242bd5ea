package be.cambium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar runs {@code cambium stockflow --preset wind-be} end to end in its own JVM. */
class StockflowCliIT {

    @TempDir
    Path tmp;

    @Test
    void windPresetFromTheShadedJar() throws IOException, InterruptedException {
        String jar = System.getProperty("cambium.jar");
        Assumptions.assumeTrue(jar != null && Files.exists(Path.of(jar)), "the shaded cambium.jar is built by 'mvn package'");
        Path out = tmp.resolve("wind");
        Path log = tmp.resolve("stderr.txt");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar,
                "stockflow", "--preset", "wind-be", "--out", out.toString(), "--scenario", "pez"))
                .redirectError(log.toFile()).redirectOutput(tmp.resolve("stdout.txt").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(log, StandardCharsets.UTF_8)).isZero();
        assertThat(Files.readString(tmp.resolve("stdout.txt"))).contains("base, pez");
        String stock = Files.readString(out.resolve("stock.csv"));
        assertThat(stock).startsWith("scenario,location,region,technology,layer,component,material,year,value,unit")
                .contains("pez,offshore,BEZ,DD-PMSG,material,generator,Nd,2050,");
        assertThat(Files.readString(out.resolve("balance.csv"))).doesNotContain(",false");
    }
}
