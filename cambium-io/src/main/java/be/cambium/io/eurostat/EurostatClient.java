package be.cambium.io.eurostat;

import be.cambium.io.http.FetchException;
import be.cambium.io.http.HttpFetcher;
import be.cambium.validate.Issue;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Downloads a Eurostat dataset from the dissemination API and stores it as a new vintage in a workspace folder:
 * {@code <workspace>/eurostat/<dataset>/<retrieved>/<dataset>.<ext>} with a {@code manifest.json} (URL, retrieval
 * time, SHA-256, Eurostat's last-update date, format, filters) and {@code <workspace>/eurostat/<dataset>/LATEST}
 * naming the newest complete vintage.
 *
 * <p>URLs: whole datasets come from the SDMX 2.1 endpoint
 * ({@code api/dissemination/sdmx/2.1/data/<DATASET>?format=TSV&compressed=true} or {@code format=SDMX-CSV});
 * filtered downloads from the statistics endpoint as JSON-stat
 * ({@code api/dissemination/statistics/1.0/data/<dataset>?geo=BE&unit=THS_T}).
 *
 * <p>A vintage is stored only when the body is complete and reads as the expected format with the dataset's
 * structure; otherwise a {@link FetchException} says why and the previous vintage stays untouched (the new
 * file is written to a temporary folder and moved into place only at the end).
 */
public final class EurostatClient {

    /** Eurostat's production base URL. */
    public static final URI EUROSTAT = URI.create("https://ec.europa.eu/eurostat/");

    /** Download format. */
    public enum Format {
        TSV("tsv.gz"), SDMX_CSV("csv"), JSON_STAT("json");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        public static Format parse(String s) {
            return switch (s.toLowerCase(Locale.ROOT)) {
                case "tsv" -> TSV;
                case "sdmx-csv", "csv" -> SDMX_CSV;
                case "json", "json-stat" -> JSON_STAT;
                default -> throw new IllegalArgumentException("unknown format '" + s + "': use tsv, sdmx-csv or json");
            };
        }
    }

    /** A stored vintage. */
    public record Vintage(Path file, Path manifest, URI url, Instant retrieved, String sha256, String lastUpdate, EurostatDataset dataset) {
    }

    private final URI base;
    private final HttpFetcher http;
    private final Clock clock;

    public EurostatClient(URI base, HttpFetcher http, Clock clock) {
        this.base = Objects.requireNonNull(base, "base");
        this.http = Objects.requireNonNull(http, "http");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The URL for a dataset; filters need JSON-stat. */
    public URI url(String dataset, Format format, Map<String, String> filters) {
        String code = dataset.toLowerCase(Locale.ROOT);
        if (format == Format.JSON_STAT) {
            StringBuilder q = new StringBuilder("lang=EN");
            filters.forEach((k, v) -> q.append('&').append(enc(k)).append('=').append(enc(v)));
            return base.resolve("api/dissemination/statistics/1.0/data/" + enc(code) + "?" + q);
        }
        if (!filters.isEmpty()) {
            throw new IllegalArgumentException("filters need the JSON-stat format (--format json); TSV and SDMX-CSV download whole datasets");
        }
        String f = format == Format.TSV ? "TSV&compressed=true" : "SDMX-CSV";
        return base.resolve("api/dissemination/sdmx/2.1/data/" + enc(code.toUpperCase(Locale.ROOT)) + "?format=" + f);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * Downloads and stores a new vintage.
     *
     * @param allowNewStructure accept a vintage whose dimensions differ from the previous one
     * @throws FetchException on time-out, HTTP error, truncated body, unreadable or changed format; nothing is changed then
     */
    public Vintage fetch(String dataset, Format format, Map<String, String> filters, Path workspace, boolean allowNewStructure)
            throws FetchException {
        String code = dataset.toLowerCase(Locale.ROOT);
        URI url = url(code, format, filters);
        HttpFetcher.Response res = http.get(url);
        Instant retrieved = clock.instant();
        byte[] body = res.body();
        String fileName = code + "." + format.extension();
        EurostatReader reader = switch (format) {
            case TSV -> new EurostatTsvReader();
            case SDMX_CSV -> new SdmxCsvReader();
            case JSON_STAT -> new JsonStatReader();
        };
        EurostatReadResult rr;
        try {
            rr = reader.read(new ByteArrayInputStream(body), fileName);
        } catch (IOException e) {
            throw new FetchException("cannot read the answer from " + url + ": " + e.getMessage(), e);
        }
        if (rr.dataset() == null) {
            throw new FetchException("the answer from " + url + " is not a readable " + format + " dataset (changed format or truncated): "
                    + rr.report().issues().stream().limit(3).map(Issue::toString).toList() + "; the previous vintage is kept");
        }
        EurostatDataset d = rr.dataset();
        if (!d.code().equals(code)) {
            throw new FetchException("asked for " + code + " but the answer holds " + d.code() + "; the previous vintage is kept");
        }
        Path dir = workspace.resolve("eurostat").resolve(code);
        Optional<Vintage> previous = latest(workspace, code);
        if (previous.isPresent() && !allowNewStructure && !previous.get().dataset().dimensions().equals(d.dimensions())) {
            throw new FetchException("the structure of " + code + " changed: dimensions " + previous.get().dataset().dimensions()
                    + " before, " + d.dimensions() + " now; the previous vintage is kept (use --allow-new-structure to accept)");
        }
        String lastUpdate = d.lastUpdate() != null ? d.lastUpdate().toString()
                : res.header("Last-Modified").map(h -> "Last-Modified " + h).orElse("unknown");
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(retrieved);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempDirectory(dir, ".tmp-");
            Files.write(tmp.resolve(fileName), body);
            ObjectNode m = new ObjectMapper().createObjectNode();
            m.put("dataset", code);
            m.put("url", url.toString());
            m.put("retrieved", retrieved.toString());
            m.put("sha256", sha256(body));
            m.put("bytes", body.length);
            m.put("lastUpdate", lastUpdate);
            m.put("format", format.name());
            m.put("file", fileName);
            ObjectNode f = m.putObject("filters");
            filters.forEach(f::put);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(tmp.resolve("manifest.json").toFile(), m);
            Path target = dir.resolve(stamp);
            int n = 1;
            while (Files.exists(target)) {
                target = dir.resolve(stamp + "-" + (++n));
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            Path latestTmp = dir.resolve(".LATEST.tmp");
            Files.writeString(latestTmp, target.getFileName().toString() + "\n");
            Files.move(latestTmp, dir.resolve("LATEST"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new Vintage(target.resolve(fileName), target.resolve("manifest.json"), url, retrieved, sha256(body), lastUpdate, d);
        } catch (IOException e) {
            throw new FetchException("cannot store the download in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The newest stored vintage of a dataset, if any (read back and checked against its checksum). */
    public static Optional<Vintage> latest(Path workspace, String dataset) throws FetchException {
        Path dir = workspace.resolve("eurostat").resolve(dataset.toLowerCase(Locale.ROOT));
        Path pointer = dir.resolve("LATEST");
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        try {
            Path v = dir.resolve(Files.readString(pointer).strip());
            Path manifest = v.resolve("manifest.json");
            var m = new ObjectMapper().readTree(manifest.toFile());
            Path file = v.resolve(m.path("file").asText());
            byte[] body = Files.readAllBytes(file);
            if (!sha256(body).equals(m.path("sha256").asText())) {
                throw new FetchException("stored vintage " + file + " does not match its checksum");
            }
            EurostatReadResult rr = EurostatReader.readFile(file, null);
            if (rr.dataset() == null) {
                throw new FetchException("stored vintage " + file + " cannot be read: " + rr.report().issues());
            }
            return Optional.of(new Vintage(file, manifest, URI.create(m.path("url").asText()), Instant.parse(m.path("retrieved").asText()),
                    m.path("sha256").asText(), m.path("lastUpdate").asText(), rr.dataset()));
        } catch (IOException e) {
            throw new FetchException("cannot read the stored vintage of " + dataset + " in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** All stored vintage folders of a dataset, oldest first. */
    public static List<Path> vintages(Path workspace, String dataset) {
        Path dir = workspace.resolve("eurostat").resolve(dataset.toLowerCase(Locale.ROOT));
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** Parses {@code dim=code} filters. */
    public static Map<String, String> parseFilters(List<String> specs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String s : specs) {
            int eq = s.indexOf('=');
            if (eq <= 0 || eq == s.length() - 1) {
                throw new IllegalArgumentException("filter '" + s + "' is not dim=code");
            }
            out.put(s.substring(0, eq).strip(), s.substring(eq + 1).strip());
        }
        return out;
    }
}
