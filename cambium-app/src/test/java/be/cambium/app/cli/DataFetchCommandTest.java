package be.cambium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cambium data fetch eurostat} against a local server, then {@code cambium accounts --data eurostat:CODE}. */
class DataFetchCommandTest {

    @TempDir
    Path tmp;

    HttpServer server;
    final AtomicInteger status = new AtomicInteger(200);

    @BeforeEach
    void start() throws IOException {
        byte[] csv;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/eurostat/env_ac_mfa.csv"))) {
            csv = in.readAllBytes();
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            try (ex) {
                byte[] b = status.get() == 200 ? csv : "Bad Gateway".getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(status.get(), b.length);
                ex.getResponseBody().write(b);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @Test
    void fetchThenAccountsOnTheStoredVintage() throws Exception {
        Path ws = tmp.resolve("ws");
        AccountsCommandTest.Run f = AccountsCommandTest.cambium("data", "fetch", "eurostat", "env_ac_mfa", "--format", "sdmx-csv",
                "--workspace", ws.toString(), "--base-url", base());
        assertThat(f.exit()).as(f.err()).isEqualTo(0);
        assertThat(f.out()).contains("stored env_ac_mfa (24 cells, last update 2022-10-26");
        assertThat(ws.resolve("eurostat/env_ac_mfa/LATEST")).exists();

        status.set(502);
        AccountsCommandTest.Run bad = AccountsCommandTest.cambium("data", "fetch", "eurostat", "env_ac_mfa", "--format", "sdmx-csv",
                "--workspace", ws.toString(), "--base-url", base());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("HTTP 502");

        Path out = tmp.resolve("out");
        AccountsCommandTest.Run a = AccountsCommandTest.cambium("accounts", "--data", "eurostat:env_ac_mfa", "--workspace", ws.toString(),
                "--out", out.toString());
        assertThat(a.exit()).as(a.err()).isEqualTo(0);
        List<String> ind = Files.readAllLines(out.resolve("indicators.csv"));
        assertThat(ind).contains("BE,2021,DMC,TOTAL,14,t/cap,p,published,eurostat-env_ac_mfa");
        assertThat(Files.readAllLines(out.resolve("sources.csv"))).anySatisfy(l -> assertThat(l).contains("last update 2022-10-26"));
    }

    @Test
    void accountsWithoutAStoredVintageSaysHowToFetch() {
        AccountsCommandTest.Run a = AccountsCommandTest.cambium("accounts", "--data", "eurostat:env_ac_mfa", "--workspace",
                tmp.resolve("empty").toString(), "--out", tmp.resolve("o").toString());
        assertThat(a.exit()).isEqualTo(2);
        assertThat(a.err()).contains("cambium data fetch eurostat env_ac_mfa");
    }
}
