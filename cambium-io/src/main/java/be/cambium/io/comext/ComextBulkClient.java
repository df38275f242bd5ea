package be.cambium.io.comext;

import be.cambium.io.eurostat.EurostatClient;
import be.cambium.io.http.FetchException;
import be.cambium.io.http.HttpFetcher;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Downloads Comext bulk files ({@code full_v2_YYYYMM.7z}, annual {@code full_v2_YYYY52.7z}) from Eurostat's files
 * API, {@code <base>api/dissemination/files?file=comext%2FCOMEXT_DATA%2FPRODUCTS%2Ffull_v2_<period>.7z}, into the
 * workspace folder {@code downloads/comext/}.
 *
 * <p>A download goes to a hidden temporary file in that folder and is kept only when it is a readable 7z archive
 * whose first entry has the {@code full_v2} header and starts with rows of the period asked for, and whose entry
 * decompresses to the end (commons-compress checks its CRC). It is then renamed to
 * {@code full_v2_<period>.<retrieved>.7z} ({@code retrieved} as {@code yyyyMMdd'T'HHmmss'Z'}, UTC), and a line
 * is added to {@code fetched.csv} beside it: period, outcome, file, URL, retrieval time, bytes, SHA-256, data
 * rows, the server's Last-Modified. A download with the SHA-256 of a file of the same period already in the
 * folder is not stored again: the log gets an {@code unchanged} line naming that file. Any failure (time-out,
 * HTTP status, truncated body, not a 7z, wrong header or period) leaves the folder as it was.
 */
public final class ComextBulkClient {

    /** The first month Eurostat publishes as a {@code full_v2} file. */
    public static final int FIRST_PERIOD = 200201;

    /** The folder of the downloads, relative to the workspace. */
    public static final Path FOLDER = Path.of("downloads", "comext");

    /** The log of the downloads, in {@link #FOLDER}. */
    public static final String LOG = "fetched.csv";

    static final String[] LOG_HEADER = {"period", "outcome", "file", "url", "retrieved", "bytes", "sha256", "rows", "last_modified"};

    private static final Pattern MONTH = Pattern.compile("(\\d{4})(\\d{2})");
    private static final Pattern RANGE = Pattern.compile("(\\d{6})-(\\d{6})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** What a fetch of one period gave: a new file ({@code unchanged} false) or an identical one already stored. */
    public record Fetched(int period, boolean unchanged, Path file, URI url, Instant retrieved, long bytes, String sha256,
                          long rows, String lastModified) {
        public Fetched {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(retrieved, "retrieved");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(lastModified, "lastModified");
        }
    }

    private final URI base;
    private final HttpFetcher http;
    private final Clock clock;

    /** @param base Eurostat's base URL ({@link EurostatClient#EUROSTAT}) or a server replaying its files API */
    public ComextBulkClient(URI base, HttpFetcher http, Clock clock) {
        URI b = Objects.requireNonNull(base, "base");
        this.base = b.toString().endsWith("/") ? b : URI.create(b + "/");
        this.http = Objects.requireNonNull(http, "http");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The periods named by {@code specs}, ascending, each once: {@code YYYYMM} a month, {@code YYYYMM-YYYYMM} every
     * month of a range (both ends included), {@code YYYY} or {@code YYYY52} the annual file of a year.
     *
     * @throws IllegalArgumentException naming the spec that is none of these, or lies before {@link #FIRST_PERIOD}
     */
    public static SortedSet<Integer> parsePeriods(Collection<String> specs) {
        SortedSet<Integer> out = new TreeSet<>();
        for (String raw : specs) {
            String s = raw.strip();
            Matcher range = RANGE.matcher(s);
            if (range.matches()) {
                int from = month(range.group(1), s);
                int to = month(range.group(2), s);
                if (from > to) {
                    throw new IllegalArgumentException("period '" + s + "': the range ends before it starts");
                }
                for (int p = from; p <= to; p = p % 100 == 12 ? (p / 100 + 1) * 100 + 1 : p + 1) {
                    out.add(p);
                }
            } else if (YEAR.matcher(s).matches()) {
                out.add(checked(Integer.parseInt(s) * 100 + 52, s));
            } else if (MONTH.matcher(s).matches() && s.endsWith("52")) {
                out.add(checked(Integer.parseInt(s), s));
            } else if (MONTH.matcher(s).matches()) {
                out.add(month(s, s));
            } else {
                throw new IllegalArgumentException("period '" + s + "' is none of YYYYMM (a month), YYYYMM-YYYYMM (a range of "
                        + "months), YYYY or YYYY52 (the annual file)");
            }
        }
        return out;
    }

    private static int month(String yyyymm, String spec) {
        int p = Integer.parseInt(yyyymm);
        if (p % 100 < 1 || p % 100 > 12) {
            throw new IllegalArgumentException("period '" + spec + "': " + yyyymm + " is not a month YYYYMM (month 01 to 12)");
        }
        return checked(p, spec);
    }

    private static int checked(int period, String spec) {
        if (period < FIRST_PERIOD) {
            throw new IllegalArgumentException("period '" + spec + "': Eurostat's full_v2 files start with " + FIRST_PERIOD);
        }
        return period;
    }

    /** Whether a period is an annual file ({@code YYYY52}). */
    public static boolean annual(int period) {
        return period % 100 == 52;
    }

    /** {@code full_v2_<period>.7z}, Eurostat's name of the file. */
    public static String fileName(int period) {
        return "full_v2_" + period + ".7z";
    }

    /** The URL of a period's file. */
    public URI url(int period) {
        return base.resolve("api/dissemination/files?file="
                + URLEncoder.encode("comext/COMEXT_DATA/PRODUCTS/" + fileName(period), StandardCharsets.UTF_8));
    }

    /** The downloads folder of a workspace. */
    public static Path folder(Path workspace) {
        return workspace.resolve(FOLDER);
    }

    /**
     * Downloads one period's file into the workspace (see the class comment).
     *
     * @throws FetchException on a time-out, an HTTP status other than 2xx ({@link FetchException#httpStatus()}: 404
     *                        when Eurostat has no such file yet), a truncated body, or an answer that is not the
     *                        expected archive; nothing is stored then
     */
    public Fetched fetch(int period, Path workspace) throws FetchException {
        URI url = url(period);
        Path dir = folder(workspace);
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".fetch-" + period + "-", ".7z.tmp");
            HttpFetcher.Download d = http.download(url, tmp);
            Instant retrieved = clock.instant();
            long rows = verify(tmp, period, url);
            String sha = ComextReader.sha256(tmp);
            String lastModified = d.header("Last-Modified").orElse("");
            Optional<Fetched> same = stored(workspace, period).stream().filter(f -> f.sha256().equals(sha)).findFirst();
            Fetched result;
            if (same.isPresent()) {
                result = new Fetched(period, true, same.get().file(), url, retrieved, d.bytes(), sha, rows, lastModified);
            } else {
                String stamp = STAMP.format(retrieved);
                Path target = dir.resolve("full_v2_" + period + "." + stamp + ".7z");
                for (int n = 2; Files.exists(target); n++) {
                    target = dir.resolve("full_v2_" + period + "." + stamp + "-" + n + ".7z");
                }
                move(tmp, target);
                result = new Fetched(period, false, target, url, retrieved, d.bytes(), sha, rows, lastModified);
            }
            appendLog(dir, result);
            return result;
        } catch (IOException e) {
            throw new FetchException("cannot store the download of " + url + " in " + dir + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // a hidden temporary file left behind is harmless; the next fetch uses another name
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Checks a downloaded file: a 7z archive, readable to the end, whose first file has the {@code full_v2} header
     * and whose first row is of {@code period}. Returns the number of data rows.
     */
    static long verify(Path file, int period, URI url) throws FetchException {
        byte[] magic;
        try (InputStream in = Files.newInputStream(file)) {
            magic = in.readNBytes(200);
        } catch (IOException e) {
            throw new FetchException("cannot read the download of " + url + ": " + e.getMessage(), e);
        }
        if (!ComextReader.sevenZ(magic)) {
            String start = new String(magic, StandardCharsets.UTF_8).replaceAll("[^\\p{Print}]+", " ").strip();
            throw new FetchException("the answer from " + url + " is not a 7z archive (" + magic.length + " bytes seen, starting '"
                    + (start.length() > 80 ? start.substring(0, 80) + "..." : start) + "'); nothing stored");
        }
        String name = fileName(period);
        try (SevenZFile z = SevenZFile.builder().setPath(file).get()) {
            SevenZArchiveEntry e;
            do {
                e = z.getNextEntry();
            } while (e != null && e.isDirectory());
            if (e == null) {
                throw new FetchException(name + " from " + url + " is an empty 7z archive; nothing stored");
            }
            String where = name + "!" + e.getName();
            try (InputStream in = z.getInputStream(e)) {
                String header = line(in);
                if (header == null) {
                    throw new FetchException(where + " is empty; nothing stored");
                }
                Object layout = ComextLayout.detect(header);
                if (layout instanceof String msg) {
                    throw new FetchException(where + ":1: " + msg + "; nothing stored");
                }
                ComextLayout l = (ComextLayout) layout;
                if (!l.name().equals("full_v2")) {
                    throw new FetchException(where + ":1: header of the older Comext layout, not full_v2; nothing stored");
                }
                String first = line(in);
                if (first == null || first.isBlank()) {
                    throw new FetchException(where + " holds a header and no rows; nothing stored");
                }
                String[] fields = first.split(Pattern.quote(String.valueOf(ComextLayout.separator(header))), -1);
                String p = fields.length > l.period() ? fields[l.period()].replace("\"", "").strip() : "";
                if (!p.equals(Integer.toString(period))) {
                    throw new FetchException(where + ":2:" + (l.period() + 1) + ": PERIOD '" + p + "', but the file of " + period
                            + " was asked for; nothing stored");
                }
                return 1 + lines(in);
            }
        } catch (IOException ex) {
            throw new FetchException(name + " from " + url + " is a truncated or damaged 7z archive (" + ex.getMessage()
                    + "); nothing stored", ex);
        }
    }

    private static final int MAX_LINE = 1 << 16;

    /** One line without its end (at most 64 KiB of it), null at the end of the stream. */
    private static @Nullable String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0 && c != '\n' && b.size() < MAX_LINE) {
            b.write(c);
        }
        if (c < 0 && b.size() == 0) {
            return null;
        }
        String s = b.toString(StandardCharsets.UTF_8);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    /** The number of further non-empty lines (the stream is read to its end, so the archive's CRC is checked). */
    private static long lines(InputStream in) throws IOException {
        byte[] buf = new byte[1 << 16];
        long n = 0;
        boolean content = false;
        int r;
        while ((r = in.read(buf)) >= 0) {
            for (int i = 0; i < r; i++) {
                byte c = buf[i];
                if (c == '\n') {
                    if (content) {
                        n++;
                    }
                    content = false;
                } else if (c != '\r') {
                    content = true;
                }
            }
        }
        return content ? n + 1 : n;
    }

    private static CSVFormat logFormat() {
        return CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
    }

    /** Adds a line to the log: the whole log is written to a temporary file and renamed, so it never holds half a line. */
    private static void appendLog(Path dir, Fetched f) throws IOException {
        Path log = dir.resolve(LOG);
        StringWriter w = new StringWriter();
        boolean fresh = !Files.isRegularFile(log);
        if (!fresh) {
            w.write(Files.readString(log, StandardCharsets.UTF_8));
        }
        try (CSVPrinter p = new CSVPrinter(w, logFormat())) {
            if (fresh) {
                p.printRecord((Object[]) LOG_HEADER);
            }
            p.printRecord(f.period(), f.unchanged() ? "unchanged" : "stored", f.file().getFileName().toString(), f.url(),
                    f.retrieved(), f.bytes(), f.sha256(), f.rows(), f.lastModified());
        }
        Path tmp = dir.resolve("." + LOG + ".tmp");
        Files.writeString(tmp, w.toString(), StandardCharsets.UTF_8);
        try {
            Files.move(tmp, log, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, log, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Every line of a workspace's download log, oldest first (empty when nothing was fetched yet). */
    public static List<Fetched> log(Path workspace) throws IOException {
        Path log = folder(workspace).resolve(LOG);
        List<Fetched> out = new ArrayList<>();
        if (!Files.isRegularFile(log)) {
            return out;
        }
        CSVFormat fmt = logFormat().builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader r = Files.newBufferedReader(log, StandardCharsets.UTF_8); CSVParser p = CSVParser.parse(r, fmt)) {
            for (CSVRecord rec : p) {
                try {
                    out.add(new Fetched(Integer.parseInt(rec.get("period")), rec.get("outcome").equals("unchanged"),
                            folder(workspace).resolve(rec.get("file")), URI.create(rec.get("url")), Instant.parse(rec.get("retrieved")),
                            Long.parseLong(rec.get("bytes")), rec.get("sha256"), Long.parseLong(rec.get("rows")), rec.get("last_modified")));
                } catch (RuntimeException e) {
                    throw new IOException(log + ":" + (rec.getRecordNumber() + 1) + ": not a line of the download log ("
                            + e.getMessage() + ")", e);
                }
            }
        }
        return out;
    }

    /** The files of a period stored in the workspace and still present, oldest first. */
    public static List<Fetched> stored(Path workspace, int period) throws IOException {
        return log(workspace).stream().filter(f -> f.period() == period && !f.unchanged() && Files.isRegularFile(f.file())).toList();
    }
}
