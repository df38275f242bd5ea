package be.cambium.io.eurostat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cambium.io.http.FetchException;
import be.cambium.io.http.HttpFetcher;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The download client against a local server that replays Eurostat answers written by us (the three-way
 * fixture), including a time-out, an HTTP error, a truncated body and a changed format.
 */
class EurostatClientTest {

    @TempDir
    Path workspace;

    HttpServer server;
    final AtomicReference<String> mode = new AtomicReference<>("ok");
    final CountDownLatch release = new CountDownLatch(1);
    final List<String> paths = new java.util.concurrent.CopyOnWriteArrayList<>();

    static byte[] fixture(String name) throws IOException {
        return Files.readAllBytes(EurostatReaderContractTest.fixture(name));
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        paths.add(ex.getRequestURI().toString());
        try (ex) {
            switch (mode.get()) {
                case "ok" -> {
                    boolean tsv = ex.getRequestURI().getQuery().contains("TSV");
                    boolean json = ex.getRequestURI().getPath().contains("/statistics/");
                    byte[] b = fixture(tsv ? "env_ac_mfa.tsv.gz" : json ? "env_ac_mfa.json" : "env_ac_mfa.csv");
                    ex.getResponseHeaders().add("Last-Modified", "Wed, 26 Oct 2022 21:00:00 GMT");
                    ex.sendResponseHeaders(200, b.length);
                    ex.getResponseBody().write(b);
                }
                case "slow" -> {
                    try {
                        release.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    ex.sendResponseHeaders(200, -1);
                }
                case "error" -> {
                    byte[] b = "Service Unavailable: maintenance".getBytes(StandardCharsets.UTF_8);
                    ex.sendResponseHeaders(503, b.length);
                    ex.getResponseBody().write(b);
                }
                case "truncated" -> {
                    byte[] b = fixture("env_ac_mfa.csv");
                    ex.sendResponseHeaders(200, b.length);
                    OutputStream o = ex.getResponseBody();
                    o.write(b, 0, b.length / 2);
                    o.flush();
                    // close the exchange with half of the announced body sent
                }
                case "truncated-gzip" -> {
                    byte[] all = fixture("env_ac_mfa.tsv.gz");
                    byte[] b = java.util.Arrays.copyOf(all, all.length / 2);
                    ex.sendResponseHeaders(200, 0); // chunked: no length to compare, the gzip stream is cut
                    ex.getResponseBody().write(b);
                }
                case "html" -> {
                    byte[] b = "<html><body>We are updating the database</body></html>".getBytes(StandardCharsets.UTF_8);
                    ex.sendResponseHeaders(200, b.length);
                    ex.getResponseBody().write(b);
                }
                case "restructured" -> {
                    byte[] b = ("DATAFLOW,LAST UPDATE,freq,material,indic_env,unit,geo,nace_r2,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n"
                            + "ESTAT:ENV_AC_MFA(1.0),12/12/24 23:00:00,A,TOTAL,DMC,T_HAB,BE,TOTAL,2022,13.1,\n").getBytes(StandardCharsets.UTF_8);
                    ex.sendResponseHeaders(200, b.length);
                    ex.getResponseBody().write(b);
                }
                default -> ex.sendResponseHeaders(500, -1);
            }
        }
    }

    EurostatClient client(Duration timeout, String instant) {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/eurostat/");
        return new EurostatClient(base, new HttpFetcher(Duration.ofSeconds(2), timeout), Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    EurostatClient.Vintage okVintage(EurostatClient.Format f) throws FetchException {
        return client(Duration.ofSeconds(5), "2026-11-29T10:00:00Z").fetch("env_ac_mfa", f, Map.of(), workspace, false);
    }

    @Test
    void storesTheDownloadWithUrlTimeChecksumAndLastUpdate() throws Exception {
        EurostatClient.Vintage v = okVintage(EurostatClient.Format.SDMX_CSV);
        assertThat(paths).containsExactly("/eurostat/api/dissemination/sdmx/2.1/data/ENV_AC_MFA?format=SDMX-CSV");
        assertThat(v.file()).hasFileName("env_ac_mfa.csv").hasSameBinaryContentAs(EurostatReaderContractTest.fixture("env_ac_mfa.csv"));
        assertThat(v.file().getParent()).hasFileName("20261129T100000Z");
        String manifest = Files.readString(v.manifest());
        assertThat(manifest).contains("\"retrieved\" : \"2026-11-29T10:00:00Z\"").contains("\"lastUpdate\" : \"2022-10-26\"")
                .contains("\"sha256\" : \"" + EurostatClient.sha256(fixture("env_ac_mfa.csv")) + "\"").contains("ENV_AC_MFA?format=SDMX-CSV");
        EurostatClient.Vintage back = EurostatClient.latest(workspace, "env_ac_mfa").orElseThrow();
        assertThat(back.file()).isEqualTo(v.file());
        assertThat(back.dataset().sameContentAs(EurostatReaderContractTest.read("env_ac_mfa.tsv").requireDataset())).isTrue();
    }

    @Test
    void tsvWithoutLastUpdateTakesTheHttpHeaderAndFiltersUseJsonStat() throws Exception {
        EurostatClient.Vintage v = okVintage(EurostatClient.Format.TSV);
        assertThat(v.file()).hasFileName("env_ac_mfa.tsv.gz");
        assertThat(v.lastUpdate()).isEqualTo("Last-Modified Wed, 26 Oct 2022 21:00:00 GMT");
        EurostatClient.Vintage j = client(Duration.ofSeconds(5), "2026-11-29T11:00:00Z").fetch("env_ac_mfa", EurostatClient.Format.JSON_STAT,
                EurostatClient.parseFilters(List.of("geo=BE", "unit=T_HAB")), workspace, false);
        assertThat(paths.get(1)).isEqualTo("/eurostat/api/dissemination/statistics/1.0/data/env_ac_mfa?lang=EN&geo=BE&unit=T_HAB");
        assertThat(j.lastUpdate()).isEqualTo("2022-10-26");
        assertThat(EurostatClient.vintages(workspace, "env_ac_mfa")).hasSize(2);
    }

    @Test
    void failuresLeaveThePreviousVintageIntact() throws Exception {
        EurostatClient.Vintage first = okVintage(EurostatClient.Format.SDMX_CSV);
        byte[] before = Files.readAllBytes(first.file());
        record Case(String mode, String message) {
        }
        for (Case c : List.of(new Case("error", "HTTP 503"), new Case("truncated", "truncated"),
                new Case("truncated-gzip", "truncated"), new Case("html", "not a readable"), new Case("restructured", "structure of env_ac_mfa changed"))) {
            mode.set(c.mode());
            EurostatClient.Format f = c.mode().equals("truncated-gzip") ? EurostatClient.Format.TSV : EurostatClient.Format.SDMX_CSV;
            assertThatThrownBy(() -> client(Duration.ofSeconds(5), "2026-11-29T12:00:00Z").fetch("env_ac_mfa", f, Map.of(), workspace, false))
                    .as(c.mode()).isInstanceOf(FetchException.class).hasMessageContaining(c.message());
            assertThat(EurostatClient.vintages(workspace, "env_ac_mfa")).as(c.mode()).hasSize(1);
            EurostatClient.Vintage now = EurostatClient.latest(workspace, "env_ac_mfa").orElseThrow();
            assertThat(now.file()).isEqualTo(first.file());
            assertThat(Files.readAllBytes(now.file())).isEqualTo(before);
        }
        // a new structure is accepted only when asked for
        mode.set("restructured");
        EurostatClient.Vintage v = client(Duration.ofSeconds(5), "2026-11-29T13:00:00Z").fetch("env_ac_mfa", EurostatClient.Format.SDMX_CSV,
                Map.of(), workspace, true);
        assertThat(v.dataset().dimensions()).contains("nace_r2");
        assertThat(EurostatClient.vintages(workspace, "env_ac_mfa")).hasSize(2);
        assertThat(Files.readAllBytes(first.file())).isEqualTo(before);
    }

    @Test
    void timeOutIsAClearFailure() throws Exception {
        okVintage(EurostatClient.Format.SDMX_CSV);
        mode.set("slow");
        assertThatThrownBy(() -> client(Duration.ofMillis(300), "2026-11-29T12:00:00Z").fetch("env_ac_mfa", EurostatClient.Format.SDMX_CSV,
                Map.of(), workspace, false)).isInstanceOf(FetchException.class).hasMessageContaining("time-out");
        assertThat(EurostatClient.vintages(workspace, "env_ac_mfa")).hasSize(1);
    }

    @Test
    void filtersNeedJsonStat() {
        EurostatClient c = new EurostatClient(EurostatClient.EUROSTAT, HttpFetcher.standard(), Clock.systemUTC());
        assertThatThrownBy(() -> c.url("env_ac_mfa", EurostatClient.Format.TSV, Map.of("geo", "BE")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--format json");
        assertThat(c.url("env_ac_mfa", EurostatClient.Format.TSV, Map.of()).toString())
                .isEqualTo("https://ec.europa.eu/eurostat/api/dissemination/sdmx/2.1/data/ENV_AC_MFA?format=TSV&compressed=true");
        assertThatThrownBy(() -> EurostatClient.parseFilters(List.of("geo"))).hasMessageContaining("dim=code");
    }
}
