package be.cambium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code cambium stockflow} run in-process through the real command line. */
class StockflowCommandTest {

    @TempDir
    Path tmp;

    private record Out(int code, String out, String err) {
    }

    private static Out run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter o = new StringWriter(), e = new StringWriter();
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(e));
        int code = cl.execute(args);
        return new Out(code, o.toString(), e.toString());
    }

    private static List<String[]> csv(Path f) throws IOException {
        // the files written here have no quoted commas in the columns the tests read
        return Files.readAllLines(f).stream().skip(1).map(l -> l.split(",", -1)).toList();
    }

    @Test
    void windPresetWritesLongTablesThatBalance() throws IOException {
        Path dir = tmp.resolve("wind");
        Out r = run("stockflow", "--preset", "wind-be", "--out", dir.toString(), "--draws", "4", "--seed", "5", "--cohorts");
        assertThat(r.code()).as(r.err()).isZero();
        for (String f : List.of("stock.csv", "inflow.csv", "outflow.csv", "end_of_life.csv", "eol_summary.csv", "balance.csv", "issues.csv",
                "sources.csv", "by_cohort.csv", "intervals.csv")) {
            assertThat(dir.resolve(f)).exists();
        }
        assertThat(Files.readAllLines(dir.resolve("stock.csv")).get(0))
                .isEqualTo("scenario,location,region,technology,layer,component,material,year,value,unit");
        // offshore capacity added 2009-2020 is 2261.2 MW (eight farms); from 2021 the stock target holds it
        double offshore2021 = csv(dir.resolve("stock.csv")).stream()
                .filter(x -> x[0].equals("base") && x[1].equals("offshore") && x[4].equals("product") && x[7].equals("2021"))
                .mapToDouble(x -> Double.parseDouble(x[8])).sum();
        assertThat(offshore2021).isCloseTo(2261.2, within(1e-6));
        double added = csv(dir.resolve("inflow.csv")).stream()
                .filter(x -> x[0].equals("base") && x[1].equals("offshore") && x[4].equals("product")
                        && Integer.parseInt(x[7]) <= 2020)
                .mapToDouble(x -> Double.parseDouble(x[8])).sum();
        assertThat(added).isCloseTo(2261.2, within(1e-6));
        // Nd in direct-drive offshore turbines, 2021: inflow cohorts 2013 (6 MW), 2018 (308.7), 2020 (487.2) x 0.18 t/MW,
        // less the little that has retired by then (Weibull mean 25)
        double ndDd = csv(dir.resolve("stock.csv")).stream()
                .filter(x -> x[0].equals("base") && x[3].equals("DD-PMSG") && x[6].equals("Nd") && x[7].equals("2020"))
                .mapToDouble(x -> Double.parseDouble(x[8])).sum();
        assertThat(ndDd).isCloseTo((6 + 308.7 + 487.2) * 0.18, within(0.5));
        assertThat(csv(dir.resolve("balance.csv"))).allSatisfy(x -> assertThat(x[7]).isEqualTo("true"));
        String issues = Files.readString(dir.resolve("issues.csv"));
        assertThat(issues).contains("WIND_DECOMMISSIONING_CHECK").doesNotContain("error,");
        assertThat(Files.readString(dir.resolve("intervals.csv"))).contains("material_outflow");
        assertThat(r.out()).contains("base, pez, pez-high, lifetime-20, lifetime-29");
        // bottlenecks visible: blade composites are not recovered, steel is (90% recycling in the preset)
        List<String[]> summary = csv(dir.resolve("eol_summary.csv"));
        assertThat(summary).anySatisfy(x -> assertThat(String.join(",", x)).startsWith("base,offshore,BEZ,blades,composites,1996,2050")
                .endsWith(",0,t"));
        assertThat(summary).filteredOn(x -> x[0].equals("base") && x[4].equals("steel"))
                .allSatisfy(x -> assertThat(Double.parseDouble(x[12])).isCloseTo(0.9, within(1e-9)));
        assertThat(issues).contains("Wallonia (BE3)");
    }

    @Test
    void minimalModelFileRunsAndBadInputExitsTwoWithLocation() throws IOException {
        String years = IntStream.rangeClosed(1990, 2050).mapToObj(Integer::toString).collect(Collectors.joining(","));
        String inflow = IntStream.rangeClosed(1990, 2050).mapToObj(y -> "10").collect(Collectors.joining(","));
        Path m = tmp.resolve("m.json");
        Files.writeString(m, "{\"years\": [" + years + "], \"inflow\": [" + inflow
                + "], \"lifetime\": {\"type\": \"Weibull\", \"shape\": 2.2, \"scale\": 25}, \"timing\": \"end\"}");
        Out ok = run("stockflow", "--model", m.toString(), "--out", tmp.resolve("o").toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(Files.readAllLines(tmp.resolve("o/stock.csv"))).hasSize(62);

        Out noMc = run("stockflow", "--model", m.toString(), "--out", tmp.resolve("mc").toString(), "--draws", "5");
        assertThat(noMc.code()).isEqualTo(2);
        assertThat(noMc.err()).contains("MONTE_CARLO_SETTINGS_MISSING");

        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"years\": [2000, 2001], \"inflow\": [1, -2], \"lifetime\": {\"type\": \"Fixed\", \"mean\": 3}}");
        Out b = run("stockflow", "--model", bad.toString(), "--out", tmp.resolve("b").toString());
        assertThat(b.code()).isEqualTo(2);
        assertThat(b.err()).contains("NEGATIVE_INFLOW").contains("year=2001");
        assertThat(tmp.resolve("b")).doesNotExist();

        Out none = run("stockflow", "--preset", "nope", "--out", tmp.resolve("n").toString());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("UNKNOWN_PRESET").contains("wind-be");
        assertThat(run("stockflow", "--out", tmp.resolve("x").toString()).code()).isEqualTo(2);
    }
}
