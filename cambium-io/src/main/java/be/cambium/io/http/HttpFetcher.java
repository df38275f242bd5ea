package be.cambium.io.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * GETs a URL into memory. Fails with a {@link FetchException} on a time-out, a connection problem, an HTTP
 * status other than 2xx, or a body shorter than its announced {@code Content-Length} (truncated).
 */
public final class HttpFetcher {

    /** A complete 2xx answer. */
    public record Response(URI uri, int status, byte[] body, HttpHeaders headers) {
        public Response {
            Objects.requireNonNull(uri, "uri");
            body = body.clone();
            Objects.requireNonNull(headers, "headers");
        }

        @Override
        public byte[] body() {
            return body.clone();
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    private final HttpClient client;
    private final Duration requestTimeout;

    public HttpFetcher(Duration connectTimeout, Duration requestTimeout) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
    }

    /** 30 s to connect, 10 min for the whole answer (Eurostat's large TSV files). */
    public static HttpFetcher standard() {
        return new HttpFetcher(Duration.ofSeconds(30), Duration.ofMinutes(10));
    }

    public Response get(URI uri) throws FetchException {
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(requestTimeout).header("User-Agent", "cambium").GET().build();
        HttpResponse<byte[]> res;
        try {
            res = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException e) {
            throw new FetchException("could not connect to " + uri.getHost() + " within the connect time-out", e);
        } catch (HttpTimeoutException e) {
            throw new FetchException("no complete answer from " + uri + " within " + requestTimeout.toSeconds() + " s (time-out)", e);
        } catch (ConnectException e) {
            throw new FetchException("cannot connect to " + uri.getHost() + ":" + uri.getPort() + " (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new FetchException("the connection to " + uri.getHost() + " broke before the whole answer arrived (truncated body): "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("download interrupted", e);
        }
        byte[] body = res.body();
        if (res.statusCode() / 100 != 2) {
            String text = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
            throw new FetchException("HTTP " + res.statusCode() + " from " + uri + (text.isEmpty() ? "" : ": " + text));
        }
        Optional<String> len = res.headers().firstValue("Content-Length");
        if (len.isPresent()) {
            try {
                long expected = Long.parseLong(len.get().strip());
                if (expected != body.length) {
                    throw new FetchException("truncated body from " + uri + ": " + body.length + " of " + expected + " bytes");
                }
            } catch (NumberFormatException e) {
                // an unparsable Content-Length says nothing about truncation
            }
        }
        return new Response(uri, res.statusCode(), body, res.headers());
    }
}
