package be.cambium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.cambium.app.service.ComextFetchService;
import be.cambium.io.comext.ComextBulkClient;
import be.cambium.io.comext.ComextStore;
import be.cambium.io.http.HttpFetcher;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cambium data fetch comext} against a local server replaying Eurostat's files API with 7z archives in the
 * full_v2 layout, then the workspace store.
 */
class DataFetchComextCommandTest {

    @TempDir
    Path tmp;

    ComextServer server;
    Path ws;

    @BeforeEach
    void start() throws IOException {
        server = new ComextServer();
        ws = tmp.resolve("ws");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    Cli fetch(String... args) {
        List<String> a = new ArrayList<>(List.of("data", "fetch", "comext"));
        a.addAll(List.of(args));
        a.addAll(List.of("--workspace", ws.toString(), "--base-url", server.base()));
        return Cli.run(a.toArray(String[]::new));
    }

    byte[] month(int period, long beFromChina) throws IOException {
        return ComextServer.sevenZ(tmp, "full_v2_" + period + ".dat", ComextServer.month(period, beFromChina));
    }

    /** Rows per reporter and month of the store's current view, e.g. "BE 202401 2". */
    List<String> currentRows() throws Exception {
        List<String> out = new ArrayList<>();
        try (ComextStore store = ComextStore.open(ws.resolve("cambium.duckdb"));
             Statement s = store.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT reporter, period, count(*), sum(value_eur) FROM comext_current GROUP BY ALL ORDER BY ALL")) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getInt(2) + " " + rs.getInt(3) + " " + Math.round(rs.getDouble(4)));
            }
        }
        return out;
    }

    List<Path> downloads() throws IOException {
        try (Stream<Path> s = Files.list(ComextBulkClient.folder(ws))) {
            return s.sorted().toList();
        }
    }

    @Test
    void rangeWithImportFillsTheStoreAndAMissingMonthIsNamed() throws Exception {
        server.serve("full_v2_202401.7z", month(202401, 1000)).serve("full_v2_202402.7z", month(202402, 2000));

        Cli r = fetch("202401-202403", "--import", "--reporter", "BE");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(2); // 202403 is not published
        assertThat(server.requests).containsExactly(
                "/eurostat/api/dissemination/files?file=comext%2FCOMEXT_DATA%2FPRODUCTS%2Ffull_v2_202401.7z",
                "/eurostat/api/dissemination/files?file=comext%2FCOMEXT_DATA%2FPRODUCTS%2Ffull_v2_202402.7z",
                "/eurostat/api/dissemination/files?file=comext%2FCOMEXT_DATA%2FPRODUCTS%2Ffull_v2_202403.7z");
        assertThat(r.errLines()).anySatisfy(l -> assertThat(l).startsWith("NOT PUBLISHED 202403: Eurostat has no full_v2_202403.7z (HTTP 404")
                .contains("202403 is not published yet"));
        assertThat(r.outLines()).filteredOn(l -> l.startsWith("FETCHED ")).hasSize(2)
                .allSatisfy(l -> assertThat(l).contains(" rows, sha256 "));
        assertThat(r.outLines()).filteredOn(l -> l.startsWith("OK full_v2_2024")).hasSize(2);
        assertThat(currentRows()).containsExactly("BE 202401 2 1300", "BE 202402 2 2300");

        List<ComextBulkClient.Fetched> log = ComextBulkClient.log(ws);
        assertThat(log).extracting(ComextBulkClient.Fetched::period).containsExactly(202401, 202402);
        ComextBulkClient.Fetched jan = log.get(0);
        assertThat(jan.unchanged()).isFalse();
        assertThat(jan.file()).exists();
        assertThat(jan.file().getFileName().toString()).matches("full_v2_202401\\.\\d{8}T\\d{6}Z\\.7z");
        assertThat(jan.bytes()).isEqualTo(Files.size(jan.file()));
        assertThat(jan.sha256()).isEqualTo(be.cambium.io.comext.ComextReader.sha256(jan.file()));
        assertThat(jan.rows()).isEqualTo(3);
        assertThat(jan.lastModified()).isEqualTo("Fri, 14 Feb 2025 11:00:00 GMT");
        assertThat(jan.url().toString()).isEqualTo(server.base() + "api/dissemination/files?file=comext%2FCOMEXT_DATA%2FPRODUCTS%2Ffull_v2_202401.7z");
        assertThat(Files.readAllLines(ComextBulkClient.folder(ws).resolve("fetched.csv")).get(0))
                .isEqualTo("period,outcome,file,url,retrieved,bytes,sha256,rows,last_modified");
        assertThat(downloads()).extracting(p -> p.getFileName().toString()).noneMatch(n -> n.startsWith("."));
    }

    @Test
    void aDamagedDownloadLogIsALocatedInputErrorNotABug() throws Exception {
        server.serve("full_v2_202401.7z", month(202401, 1000));
        assertThat(fetch("202401").exitCode()).isZero();
        Path log = ComextBulkClient.folder(ws).resolve("fetched.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(log));
        lines.set(1, lines.get(1).replaceFirst("\\d{4}-\\d{2}-\\d{2}T[^,]*Z", "yesterday"));
        Files.write(log, lines);

        Cli damaged = fetch("202401", "--missing-only");

        assertThat(damaged.exitCode()).as(damaged.err()).isEqualTo(2);
        assertThat(damaged.err()).contains("could not be used").contains("fetched.csv:2").contains("not a line of the download log");
    }

    @Test
    void refetchOfTheSameFileStoresAndImportsNothingTwiceAndARevisionSupersedes() throws Exception {
        server.serve("full_v2_202401.7z", month(202401, 1000));
        assertThat(fetch("202401", "--import").exitCode()).isZero();
        List<Path> first = downloads();

        Cli again = fetch("202401", "--import");

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("UNCHANGED 202401: identical (sha256 ").contains("not stored again")
                .contains("SKIP full_v2_202401.");
        assertThat(downloads()).isEqualTo(first);
        assertThat(ComextBulkClient.log(ws)).extracting(ComextBulkClient.Fetched::unchanged).containsExactly(false, true);
        assertThat(currentRows()).containsExactly("BE 202401 2 1300", "NL 202401 1 5000");

        // --missing-only: no request at all for a month already there
        int before = server.requests.size();
        Cli present = fetch("202401", "--missing-only");
        assertThat(present.exitCode()).isZero();
        assertThat(present.out()).startsWith("PRESENT 202401: already in the workspace as full_v2_202401.");
        assertThat(server.requests).hasSize(before);

        // Eurostat revises the month: a new file beside the old one, and its rows are the current ones
        server.serve("full_v2_202401.7z", month(202401, 1100));
        Cli revised = fetch("202401", "--import");
        assertThat(revised.exitCode()).as(revised.err()).isZero();
        assertThat(revised.out()).contains("FETCHED 202401").contains("vintage 2");
        assertThat(ComextBulkClient.stored(ws, 202401)).hasSize(2);
        assertThat(currentRows()).containsExactly("BE 202401 2 1400", "NL 202401 1 5000");
    }

    @Test
    void unusableAnswersAreNamedAndLeaveNothingBehind() throws Exception {
        byte[] good = month(202401, 1000);
        server.answer("full_v2_202401.7z", 200, good, ComextServer.Mode.CUT)
                .answer("full_v2_202402.7z", 200, month(202402, 1000), ComextServer.Mode.CUT_CHUNKED)
                .serve("full_v2_202403.7z", "<html><body>The service is under maintenance</body></html>".getBytes(StandardCharsets.UTF_8))
                .serve("full_v2_202404.7z", ComextServer.sevenZ(tmp, "x.dat", "A,B,C\n1,2,3\n"))
                .serve("full_v2_202405.7z", ComextServer.sevenZ(tmp, "full_v2_202405.dat", ComextServer.month(202406, 5)))
                .answer("full_v2_202406.7z", 503, "Service Unavailable".getBytes(StandardCharsets.UTF_8), ComextServer.Mode.OK)
                .serve("full_v2_202407.7z", month(202407, 700));

        Cli r = fetch("202401-202407", "--import");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()).filteredOn(l -> l.startsWith("FAILED ")).satisfiesExactly(
                l -> assertThat(l).startsWith("FAILED 202401: ").contains("truncated body"),
                l -> assertThat(l).startsWith("FAILED 202402: ").contains("truncated or damaged 7z archive"),
                l -> assertThat(l).startsWith("FAILED 202403: ").contains("is not a 7z archive").contains("<html><body>The service"),
                l -> assertThat(l).startsWith("FAILED 202404: full_v2_202404.7z!x.dat:1: header is neither the Comext full_v2 layout"),
                l -> assertThat(l).startsWith("FAILED 202405: full_v2_202405.7z!full_v2_202405.dat:2:14: PERIOD '202406', but the file "
                        + "of 202405 was asked for"),
                l -> assertThat(l).startsWith("FAILED 202406: HTTP 503 from ").endsWith(": Service Unavailable"));
        // the one good month is still fetched and imported
        assertThat(r.outLines()).filteredOn(l -> l.startsWith("FETCHED ")).singleElement().asString().startsWith("FETCHED 202407 ");
        assertThat(currentRows()).containsExactly("BE 202407 2 1000", "NL 202407 1 5000");
        assertThat(downloads()).extracting(p -> p.getFileName().toString())
                .containsExactly("fetched.csv", ComextBulkClient.log(ws).get(0).file().getFileName().toString());
    }

    @Test
    void timeOutIsAFailureOfThatPeriodOnly() throws Exception {
        server.answer("full_v2_202401.7z", 200, new byte[0], ComextServer.Mode.SLOW).serve("full_v2_202402.7z", month(202402, 1));
        ComextFetchService service = new ComextFetchService(new HttpFetcher(Duration.ofSeconds(2), Duration.ofMillis(300)),
                Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC));

        ComextFetchService.Result res = service.fetch(new ComextFetchService.Request(List.of("202401", "202402"), ws, false, Set.of(),
                false, URI.create(server.base())), line -> { });

        assertThat(res.failed()).isTrue();
        assertThat(res.periods()).extracting(ComextFetchService.PeriodResult::status)
                .containsExactly(ComextFetchService.Status.FAILED, ComextFetchService.Status.STORED);
        assertThat(res.periods().get(0).message()).contains("time-out");
        assertThat(res.periods().get(1).fetched().file()).hasFileName("full_v2_202402.20261129T100000Z.7z");
    }

    @Test
    void annualFileIsFetchedButNotImportedAndBadPeriodsAreUsageErrors() throws Exception {
        server.serve("full_v2_202452.7z", ComextServer.sevenZ(tmp, "full_v2_202452.dat",
                ComextServer.V2 + ComextServer.row("BE", "CN", "E", "85051110", 1, 202452, 12000, 120)));

        Cli annual = fetch("2024");
        assertThat(annual.exitCode()).as(annual.err()).isZero();
        assertThat(annual.out()).startsWith("FETCHED 202452 ");

        Cli withImport = fetch("2024", "--import");
        assertThat(withImport.exitCode()).isEqualTo(2);
        assertThat(withImport.err()).contains("--import takes monthly periods only, not [202452]").contains("202401-202412");

        int before = server.requests.size();
        for (String bad : List.of("202413", "200112", "202405-202401", "24")) {
            Cli r = fetch(bad);
            assertThat(r.exitCode()).as(bad).isEqualTo(2);
            assertThat(r.err()).as(bad).startsWith("cambium data fetch comext: period '" + bad + "'");
        }
        assertThat(fetch("202401", "--reporter", "BE").err()).contains("--reporter only applies with --import");
        assertThat(server.requests).hasSize(before);
    }

    @Test
    void helpNamesBothSourcesAndTheBaseUrl() {
        Cli fetchHelp = Cli.run("data", "fetch", "--help");
        assertThat(fetchHelp.exitCode()).isZero();
        assertThat(fetchHelp.out()).contains("eurostat").contains("comext").contains("Download Eurostat's Comext bulk trade files");
        Cli help = Cli.run("data", "fetch", "comext", "--help");
        assertThat(help.out()).contains("--base-url=URL").contains("--import").contains("--missing-only").contains("fetched.csv")
                .contains("cambium data fetch comext 202401-202412 --import --reporter BE");
        assertThat(Cli.run("data", "fetch", "worldbank", "x").exitCode()).isEqualTo(2);
    }
}
