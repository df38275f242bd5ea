package be.cambium.io.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fetcher's time-out bounds the whole exchange, body included, not only the wait for the headers. */
class HttpFetcherTest {

    @TempDir
    Path tmp;

    HttpServer server;
    final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        // headers and the first bytes at once, then the body stalls (a large bulk file whose transfer hangs)
        server.createContext("/stall", ex -> {
            ex.sendResponseHeaders(200, 1_000_000);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(new byte[1000]);
                out.flush();
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.io.IOException e) {
                // the client gave up: expected
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void aBodyThatStallsAfterTheHeadersTimesOut() {
        HttpFetcher f = new HttpFetcher(Duration.ofSeconds(2), Duration.ofMillis(700));
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> f.download(uri("/stall"), tmp.resolve("file.7z"))).isInstanceOf(FetchException.class)
                .hasMessageContaining("time-out");
        // well before the server would release the body (30 s); not a timing assertion of speed, only of not hanging
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
        assertThatThrownBy(() -> f.get(uri("/stall"))).isInstanceOf(FetchException.class).hasMessageContaining("time-out");
    }
}
