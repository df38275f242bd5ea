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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * GETs a URL into memory ({@link #get}) or into a file ({@link #download}). Fails with a {@link FetchException} on a time-out, a connection problem, an HTTP
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

    /** A complete 2xx answer written to a file. */
    public record Download(URI uri, int status, long bytes, HttpHeaders headers) {
        public Download {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(headers, "headers");
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    public Response get(URI uri) throws FetchException {
        HttpResponse<byte[]> res = send(uri, HttpResponse.BodyHandlers.ofByteArray());
        byte[] body = res.body();
        checkStatus(uri, res.statusCode(), body);
        checkLength(uri, res.headers(), body.length);
        return new Response(uri, res.statusCode(), body, res.headers());
    }

    /**
     * GETs a URL straight into {@code file} (created or overwritten), without holding the body in memory: for
     * large files such as Comext's monthly 7z archives. Fails as {@link #get} does; on a failure the file may
     * hold part of the body, so the caller writes to a temporary file and moves it into place only after its
     * own checks. The body of an error answer is not written to the file.
     */
    public Download download(URI uri, Path file) throws FetchException {
        HttpResponse<byte[]> res = send(uri, info -> info.statusCode() / 100 == 2
                ? HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofFile(file, StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), written -> new byte[0])
                : HttpResponse.BodySubscribers.ofByteArray());
        checkStatus(uri, res.statusCode(), res.body());
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            throw new FetchException("cannot read back the download of " + uri + " in " + file + ": " + e.getMessage(), e);
        }
        checkLength(uri, res.headers(), bytes);
        return new Download(uri, res.statusCode(), bytes, res.headers());
    }

    private <T> HttpResponse<T> send(URI uri, HttpResponse.BodyHandler<T> handler) throws FetchException {
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(requestTimeout).header("User-Agent", "cambium").GET().build();
        // the request time-out of the JDK client ends with the response headers; a body that stalls afterwards (a large
        // bulk file) would wait for ever, so the whole exchange, body included, is bounded by the same time-out
        java.util.concurrent.CompletableFuture<HttpResponse<T>> pending = client.sendAsync(req, handler);
        try {
            return pending.get(requestTimeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            pending.cancel(true);
            throw new FetchException("no complete answer from " + uri + " within " + requestTimeout.toSeconds() + " s (time-out)", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable c = e.getCause() != null ? e.getCause() : e;
            if (c instanceof HttpConnectTimeoutException) {
                throw new FetchException("could not connect to " + uri.getHost() + " within the connect time-out", c);
            } else if (c instanceof HttpTimeoutException) {
                throw new FetchException("no complete answer from " + uri + " within " + requestTimeout.toSeconds() + " s (time-out)", c);
            } else if (c instanceof ConnectException) {
                throw new FetchException("cannot connect to " + uri.getHost() + ":" + uri.getPort() + " (" + c.getMessage() + ")", c);
            } else if (c instanceof IOException) {
                throw new FetchException("the connection to " + uri.getHost() + " broke before the whole answer arrived (truncated body): "
                        + c.getMessage(), c);
            } else if (c instanceof RuntimeException r) {
                throw r;
            }
            throw new FetchException("download from " + uri + " failed: " + c, c);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException("download interrupted", e);
        }
    }

    private static void checkStatus(URI uri, int status, byte[] body) throws FetchException {
        if (status / 100 != 2) {
            String text = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
            throw new FetchException("HTTP " + status + " from " + uri + (text.isEmpty() ? "" : ": " + text), status);
        }
    }

    private static void checkLength(URI uri, HttpHeaders headers, long received) throws FetchException {
        Optional<String> len = headers.firstValue("Content-Length");
        if (len.isPresent()) {
            try {
                long expected = Long.parseLong(len.get().strip());
                if (expected != received) {
                    throw new FetchException("truncated body from " + uri + ": " + received + " of " + expected + " bytes");
                }
            } catch (NumberFormatException e) {
                // an unparsable Content-Length says nothing about truncation
            }
        }
    }
}
