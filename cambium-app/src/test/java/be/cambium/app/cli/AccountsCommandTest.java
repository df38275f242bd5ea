package be.cambium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code cambium accounts} in process, on a TSV fixture with planted errors and on the bundled package. */
class AccountsCommandTest {

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    static Run cambium(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(AccountsCommandTest.class.getResource("/accounts/" + name)).toURI());
    }

    static List<String> lines(Path f) throws IOException {
        return Files.readAllLines(f, StandardCharsets.UTF_8);
    }

    @Test
    void brokenIdentityAndParentSumAreReportedWithTheirCellsAndNothingIsFixed() throws Exception {
        Path tsv = fixture("env_ac_mfa.tsv");
        Path out = tmp.resolve("out");
        Run r = cambium("accounts", "--data", tsv.toString(), "--geo", "BE", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("issues");

        List<String> issues = lines(out.resolve("issues.csv"));
        assertThat(issues.get(0)).isEqualTo("severity,code,message,location");
        List<String> identity = issues.stream().filter(l -> l.contains(",MFA_IDENTITY,")).toList();
        assertThat(identity).singleElement().satisfies(l -> {
            assertThat(l).startsWith("error,MFA_IDENTITY,");
            assertThat(l).contains(tsv + ":19:3 geo=BE, year=2020, indicator=DMC, material=TOTAL");
            assertThat(l).contains("131000").contains("126000");
        });
        List<String> parent = issues.stream().filter(l -> l.contains(",MFA_PARENT_SUM,")).toList();
        assertThat(parent).singleElement().satisfies(l -> {
            assertThat(l).startsWith("error,MFA_PARENT_SUM,");
            assertThat(l).contains(tsv + ":21:2 geo=BE, year=2019, indicator=IMP, material=TOTAL");
            assertThat(l).contains("270000").contains("268000");
        });

        List<String> ind = lines(out.resolve("indicators.csv"));
        assertThat(ind.get(0)).isEqualTo("geo,year,indicator,material,value,unit,flags,origin,sources");
        // the published values stay as published, the computed ones sit beside them
        assertThat(ind).contains("BE,2020,DMC,TOTAL,131000,kt,,published,eurostat-env_ac_mfa");
        assertThat(ind).contains("BE,2020,DMC,TOTAL,126000,kt,,computed,eurostat-env_ac_mfa");
        assertThat(ind).contains("BE,2019,IMP,TOTAL,270000,kt,,published,eurostat-env_ac_mfa");
        assertThat(ind).contains("BE,2020,IMP,MF4,112000,kt,p,published,eurostat-env_ac_mfa");
        // flags travel into computed values
        assertThat(ind).contains("BE,2020,DMC,MF4,30000,kt,p,computed,eurostat-env_ac_mfa");
        assertThat(lines(out.resolve("sources.csv"))).anySatisfy(l -> assertThat(l).startsWith("eurostat-env_ac_mfa,"));
    }

    @Test
    void bundledBelgianPackageGivesPublishedIndicatorsWithSources() throws Exception {
        Path out = tmp.resolve("be");
        Run r = cambium("accounts", "--geo", "BE", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        List<String> ind = lines(out.resolve("indicators.csv"));
        assertThat(ind).contains("BE,2021,DMC,TOTAL,14,t/cap,,published,fpb-dmc-2022");
        assertThat(ind).contains("BE,2024,CMU,TOTAL,22.7,%,,published,belga-cmu-2025");
        assertThat(ind).contains("BE,2022,DMC,TOTAL,151.7,Mt,,published,feb-ce-2024");
        assertThat(ind).allSatisfy(l -> assertThat(l).doesNotStartWith("EU27_2020"));
        List<String> issues = lines(out.resolve("issues.csv"));
        // older vintages are noted, not used: 2016 was 12.6 (2017 vintage) and 13.3 (2022 vintage)
        assertThat(issues).anySatisfy(l -> assertThat(l).contains("MFA_VINTAGE").contains("2017-11-06 gave 12.6")
                .contains("vintage 2022-10-26, which gives 13.3").contains("year=2016, indicator=DMC, material=TOTAL"));
        // a series never mixes vintages: 2019 (10.7, June 2021 vintage) is not used beside the 2022 vintage
        assertThat(ind).noneSatisfy(l -> assertThat(l).startsWith("BE,2019,DMC,TOTAL"));
        assertThat(issues).anySatisfy(l -> assertThat(l).contains("2021-06-02 gave 10.7").contains("which has no value for this year"));
        assertThat(issues).anySatisfy(l -> assertThat(l).contains("2023-11-14 gave 22.2").contains("year=2022, indicator=CMU"));
        assertThat(lines(out.resolve("sources.csv"))).anySatisfy(l -> assertThat(l).startsWith("fpb-dmc-2022,"));
    }

    @Test
    void yearRangeAndGeoFilter() throws Exception {
        Path out = tmp.resolve("eu");
        Run r = cambium("accounts", "--geo", "EU27_2020", "--from", "2022", "--to", "2022", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        List<String> ind = lines(out.resolve("indicators.csv"));
        assertThat(ind.subList(1, ind.size())).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("EU27_2020,2022,"));
    }

    @Test
    void malformedInputExits2AndWritesNothing() throws Exception {
        Path bad = tmp.resolve("env_ac_mfa.tsv");
        Files.writeString(bad, "freq,material,indic_env,unit,geo\\TIME_PERIOD\t2020 \nA,MF1,DE,THS_T,BE\t12x3 \n");
        Path out = tmp.resolve("bad-out");
        Run r = cambium("accounts", "--data", bad.toString(), "--out", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(bad + ":2:2").contains("EUROSTAT_VALUE");
        assertThat(out).doesNotExist();
    }

    @Test
    void unknownFileTypeExits2() {
        Run r = cambium("accounts", "--data", tmp.resolve("x.xlsx").toString(), "--out", tmp.resolve("o").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("ACCOUNTS_INPUT");
    }
}
