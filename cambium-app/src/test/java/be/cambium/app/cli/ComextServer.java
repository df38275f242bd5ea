package be.cambium.app.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A local server replaying Eurostat's files API for Comext ({@code /eurostat/api/dissemination/files?file=
 * comext%2FCOMEXT_DATA%2FPRODUCTS%2F<name>}), with 7z archives written here in the {@code full_v2} layout, and
 * the failures a download meets: 404, a body cut short (announced length or chunked), an HTML page with status
 * 200, an answer that never comes. A file not set up is a 404, as Eurostat answers for a month not yet published.
 */
final class ComextServer implements AutoCloseable {

    /** The header of Eurostat's full_v2 files. */
    static final String V2 = "REPORTER,PARTNER,TRADE_TYPE,PRODUCT_NC,PRODUCT_SITC,PRODUCT_CPA21,PRODUCT_CPA22,PRODUCT_BEC,"
            + "PRODUCT_BEC5,PRODUCT_SECTION,FLOW,STAT_PROCEDURE,SUPPL_UNIT,PERIOD,VALUE_EUR,VALUE_NAC,QUANTITY_KG,QUANTITY_SUPPL_UNIT\n";

    /** One row of the full_v2 layout (SITC/CPA/BEC columns as Eurostat fills them for CN 8505 11 10). */
    static String row(String reporter, String partner, String tradeType, String cn8, int flow, int period, long valueEur, long kg) {
        return reporter + "," + partner + "," + tradeType + "," + cn8 + ",77823,C27,C27,41,41,16," + flow + ",1,NO_SU," + period + ","
                + valueEur + "," + valueEur + "," + kg + ",0\n";
    }

    /** A month of magnet imports: BE from CN and DE, NL from CN (the NL row shows the reporter filter). */
    static String month(int period, long beFromChina) {
        return V2 + row("BE", "CN", "E", "85051110", 1, period, beFromChina, beFromChina / 100)
                + row("BE", "DE", "I", "85051110", 1, period, 300, 3)
                + row("NL", "CN", "E", "85051110", 1, period, 5000, 50);
    }

    /** A 7z archive holding one file, as Eurostat packs {@code full_v2_YYYYMM.dat}. */
    static byte[] sevenZ(Path dir, String entryName, String content) throws IOException {
        Path f = Files.createTempFile(dir, "fixture", ".7z");
        try (SevenZOutputFile z = new SevenZOutputFile(f.toFile())) {
            SevenZArchiveEntry e = new SevenZArchiveEntry();
            e.setName(entryName);
            z.putArchiveEntry(e);
            z.write(content.getBytes(StandardCharsets.US_ASCII));
            z.closeArchiveEntry();
        }
        byte[] b = Files.readAllBytes(f);
        Files.delete(f);
        return b;
    }

    /** How the server answers for one file name. */
    enum Mode { OK, CUT, CUT_CHUNKED, SLOW }

    private record Answer(int status, byte[] body, Mode mode) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final CountDownLatch release = new CountDownLatch(1);
    /** The raw path and query of every request, in order. */
    final List<String> requests = new CopyOnWriteArrayList<>();

    ComextServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base URL to pass as {@code --base-url}. */
    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/eurostat/";
    }

    ComextServer serve(String fileName, byte[] body) {
        return answer(fileName, 200, body, Mode.OK);
    }

    ComextServer answer(String fileName, int status, byte[] body, Mode mode) {
        answers.put(fileName, new Answer(status, body.clone(), mode));
        return this;
    }

    private void handle(HttpExchange ex) throws IOException {
        URI u = ex.getRequestURI();
        requests.add(u.getRawPath() + "?" + u.getRawQuery());
        String prefix = "file=comext/COMEXT_DATA/PRODUCTS/";
        String q = u.getQuery() == null ? "" : u.getQuery();
        Answer a = u.getPath().equals("/eurostat/api/dissemination/files") && q.startsWith(prefix)
                ? answers.get(q.substring(prefix.length())) : null;
        try (ex) {
            if (a == null) {
                byte[] b = "{\"error\":\"File not found\"}".getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(404, b.length);
                ex.getResponseBody().write(b);
                return;
            }
            OutputStream o = ex.getResponseBody();
            switch (a.mode()) {
                case OK -> {
                    ex.getResponseHeaders().add("Last-Modified", "Fri, 14 Feb 2025 11:00:00 GMT");
                    ex.sendResponseHeaders(a.status(), a.body().length);
                    o.write(a.body());
                }
                case CUT -> { // the announced length, then the connection closes after half the body
                    ex.sendResponseHeaders(a.status(), a.body().length);
                    o.write(a.body(), 0, a.body().length / 2);
                    o.flush();
                }
                case CUT_CHUNKED -> { // no length announced (chunked): only the archive itself can tell
                    ex.sendResponseHeaders(a.status(), 0);
                    o.write(Arrays.copyOf(a.body(), a.body().length * 2 / 3));
                }
                case SLOW -> {
                    try {
                        release.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    ex.sendResponseHeaders(a.status(), -1);
                }
            }
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
