package be.cambium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cambium accounts} run from the shaded jar as a process, as a user would. */
class AccountsJarIT {

    @TempDir
    Path tmp;

    @BeforeAll
    static void findJar() {
        CambiumJarIT.findJar();
    }

    @Test
    void plantedErrorsAreWrittenAndTheRunSucceeds() throws Exception {
        Path tsv = AccountsCommandTest.fixture("env_ac_mfa.tsv");
        Path out = tmp.resolve("out");
        CambiumJarIT.Run r = CambiumJarIT.cambium(tmp, "accounts", "--data", tsv.toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(String.join("\n", r.err())).isZero();
        List<String> issues = Files.readAllLines(out.resolve("issues.csv"));
        assertThat(issues).anySatisfy(l -> assertThat(l).startsWith("error,MFA_IDENTITY,")
                .contains("geo=BE, year=2020, indicator=DMC, material=TOTAL"));
        assertThat(issues).anySatisfy(l -> assertThat(l).startsWith("error,MFA_PARENT_SUM,")
                .contains("geo=BE, year=2019, indicator=IMP, material=TOTAL"));
        assertThat(Files.readAllLines(out.resolve("indicators.csv"))).contains("BE,2020,DMC,TOTAL,131000,kt,,published,eurostat-env_ac_mfa");
        assertThat(tmp).isDirectoryNotContaining("glob:**/.out.tmp*");
    }

    @Test
    void bundledRunPrintsASummary() throws Exception {
        CambiumJarIT.Run r = CambiumJarIT.cambium(tmp, "accounts", "--out", tmp.resolve("be").toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).singleElement().asString().startsWith("accounts for BE from bundled:be-mfa: ");
    }
}
