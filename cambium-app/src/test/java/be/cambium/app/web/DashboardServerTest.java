package be.cambium.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardServerTest {

    @TempDir
    Path workspace;
    DashboardServer server;
    HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        server = new DashboardServer(TestReports.service(), workspace, TestReports.validator()).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> upload(String filename, byte[] body) throws Exception {
        String boundary = "b" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"package\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + body.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        System.arraycopy(tail, 0, all, head.length + body.length, tail.length);
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/packages"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(all)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyPageAndApiRouteAnswers() throws Exception {
        assertThat(get("/").statusCode()).isEqualTo(200);
        for (String id : new String[] {"lines", "matrix", "flows"}) {
            assertThat(get("/page/" + id).statusCode()).isEqualTo(200);
            assertThat(get("/api/sections/" + id).body()).contains("\"id\":\"" + id + "\"");
        }
        assertThat(get("/api/report").body()).contains("\"sections\"", "Test values");
        assertThat(get("/api/sources").body()).contains("Test values");
        assertThat(get("/api/health").body()).contains("ok");
        assertThat(get("/assets/app.js").statusCode()).isEqualTo(200);
        assertThat(get("/webjars/echarts/5.3.1/dist/echarts.min.js").statusCode()).isEqualTo(200);
        assertThat(get("/page/nope").statusCode()).isEqualTo(404);
        assertThat(get("/api/sections/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void tablesDownloadAsCsvAndXlsx() throws Exception {
        HttpResponse<String> csv = get("/api/tables/values.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("values.csv"));
        assertThat(csv.body()).startsWith("geo,year,value,unit\r\nBE,2020,1,t/cap\r\nBE,2021,,t/cap");
        HttpResponse<byte[]> x = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/api/tables/values.xlsx")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(x.statusCode()).isEqualTo(200);
        assertThat(new String(x.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        assertThat(get("/api/tables/values.exe").statusCode()).isEqualTo(404);
        assertThat(get("/api/tables/nope.csv").statusCode()).isEqualTo(404);
    }

    @Test
    void pathsOutsideTheServedFilesAreRefused() throws Exception {
        Files.writeString(workspace.resolve("secret.txt"), "secret");
        for (String p : new String[] {"/../etc/passwd", "/assets/../../etc/passwd", "/assets/%2e%2e/%2e%2e/etc/passwd",
                "/api/tables/..%2F..%2Fetc%2Fpasswd", "/assets/../secret.txt", "/uploads/../secret.txt"}) {
            String raw = rawGet(p);
            assertThat(raw).as(p).doesNotContain("root:x:0:0").doesNotContain("secret\n").doesNotStartWith("HTTP/1.1 200");
        }
    }

    /** Sends the path as-is (the JDK client would normalise it). */
    private String rawGet(String path) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            try (InputStream in = s.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void aValidUploadIsKeptAndAnInvalidOneIsReportedWithLocations() throws Exception {
        HttpResponse<String> ok = upload("My Package.zip", TestReports.zip("pkg/datapackage.json", "{}", "pkg/a.csv", "x\n1\n"));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"valid\":true", "\"name\":\"my-package\"");
        assertThat(get("/api/packages").body()).contains("my-package");

        HttpResponse<String> bad = upload("broken.zip", TestReports.zip("a.csv", "x\n1\n"));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("\"valid\":false", "PKG_MISSING_FILE", "\"location\":\"datapackage.json\"");
        assertThat(workspace.resolve("uploads/broken")).doesNotExist();
    }

    @Test
    void hostileOrOversizedUploadsAreRefusedCleanly() throws Exception {
        HttpResponse<String> slip = upload("evil.zip", TestReports.zip("../../escaped.txt", "x"));
        assertThat(slip.statusCode()).isEqualTo(400);
        assertThat(slip.body()).contains("outside the package folder");
        assertThat(workspace.getParent().resolve("escaped.txt")).doesNotExist();

        HttpResponse<String> notZip = upload("plain.zip", "just text".getBytes(StandardCharsets.UTF_8));
        assertThat(notZip.statusCode()).isEqualTo(400);

        byte[] big = new byte[(int) DashboardServer.MAX_UPLOAD_BYTES + 1024];
        HttpResponse<String> tooBig = upload("big.zip", big);
        assertThat(tooBig.statusCode()).isEqualTo(413);
    }

    @Test
    void recomputeRunsInTheBackgroundAndReportsProgress() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/recompute"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(202);
        String state = "";
        for (int i = 0; i < 100 && !state.contains("\"state\":\"done\""); i++) {
            Thread.sleep(50);
            state = get("/api/jobs/1").body();
        }
        assertThat(state).contains("\"state\":\"done\"", "[3/3] Flows");
        assertThat(get("/api/jobs/99").statusCode()).isEqualTo(404);
    }
}
