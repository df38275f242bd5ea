package be.cambium.io.comext;

import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * Streams a Comext bulk file (plain, gzip or 7z; comma, semicolon or tab separated; either layout,
 * see {@link ComextLayout}) row by row into a {@link ComextRowSink}, keeping only the reporters asked
 * for. Parsing works on bytes, and a row of another reporter is dropped after its first field is
 * compared, so most of a 5-million-row file is never turned into strings.
 *
 * <p>Data problems are collected as located issues: a header of neither layout, a non-numeric value
 * or mass, a bad FLOW or PERIOD, a truncated archive. Rows with problems are not passed on; callers
 * that must not keep half a file (the store) check {@link Summary#report()} before committing.
 * Empty value or mass cells are passed as NaN (not observed). Annual rows (PERIOD YYYY52) are skipped.
 */
public final class ComextReader {

    /**
     * What one read saw. {@code periods} lists the monthly PERIODs of the rows of the requested
     * reporters (of all rows when no reporter was asked for). Rows of other reporters are dropped
     * before they are split, so their problems are not reported.
     */
    public record Summary(String fileName, String sha256, String layout, long rowsRead, long rowsKept,
                          SortedSet<Integer> periods, ValidationReport report) {
    }

    private static final int MAX_LISTED = 20;

    private ComextReader() {
    }

    /** Reads {@code file}; {@code reporters} empty means all reporters. */
    public static Summary read(Path file, Collection<String> reporters, ComextRowSink sink) throws IOException {
        String name = file.getFileName().toString();
        byte[] magic = new byte[6];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(magic, 0, 6);
        }
        boolean sevenZ = n == 6 && sevenZ(magic);
        boolean gzip = n >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
        if (sevenZ) {
            String sha = sha256(file);
            try (SevenZFile z = SevenZFile.builder().setPath(file).get()) {
                SevenZArchiveEntry e;
                while ((e = z.getNextEntry()) != null && e.isDirectory()) {
                    // skip folders
                }
                if (e == null) {
                    return failed(name, sha, "COMEXT_ARCHIVE", ".7z archive holds no file");
                }
                try (InputStream in = z.getInputStream(e)) {
                    return parse(in, name + "!" + e.getName(), sha, reporters, sink);
                }
            } catch (IOException ex) {
                return failed(name, sha, "COMEXT_ARCHIVE", "truncated or damaged .7z archive: " + ex.getMessage());
            }
        }
        MessageDigest md = sha256();
        try (InputStream raw = new DigestInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), md)) {
            InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
            Summary s;
            try {
                s = parse(in, name, null, reporters, sink);
            } catch (EOFException ex) {
                return failed(name, null, "COMEXT_ARCHIVE", "truncated " + (gzip ? "gzip" : "") + " file: " + ex.getMessage());
            } catch (IOException ex) {
                if (gzip) {
                    return failed(name, null, "COMEXT_ARCHIVE", "damaged gzip file: " + ex.getMessage());
                }
                throw ex;
            }
            raw.transferTo(java.io.OutputStream.nullOutputStream());
            String sha = HexFormat.of().formatHex(md.digest());
            return new Summary(s.fileName(), sha, s.layout(), s.rowsRead(), s.rowsKept(), s.periods(), s.report());
        }
    }

    /** Whether bytes start with the 7z signature ({@code 37 7A BC AF 27 1C}). */
    static boolean sevenZ(byte[] start) {
        return start.length >= 6 && start[0] == '7' && start[1] == 'z' && (start[2] & 0xff) == 0xBC
                && (start[3] & 0xff) == 0xAF && start[4] == 0x27 && start[5] == 0x1C;
    }

    private static Summary failed(String name, @org.jspecify.annotations.Nullable String sha, String code, String msg) {
        return new Summary(name, sha == null ? "" : sha, "", 0, 0, new TreeSet<>(),
                ValidationReport.builder().error(code, msg, Location.file(name)).build());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 of a file, hex. */
    public static String sha256(Path file) throws IOException {
        MessageDigest md = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Parses an uncompressed stream. */
    public static Summary parse(InputStream in, String fileName, @org.jspecify.annotations.Nullable String sha,
                                Collection<String> reporters,
                                ComextRowSink sink) throws IOException {
        return new Parser(in, fileName, reporters, sink).run(sha);
    }

    private static final class Parser {
        private final InputStream in;
        private final String file;
        private final ComextRowSink sink;
        private final int[] wanted;
        private final ValidationReport.Builder report = ValidationReport.builder();
        private final Map<Integer, String> codes = new HashMap<>();
        private final TreeSet<Integer> periods = new TreeSet<>();
        private byte[] buf = new byte[1 << 20];
        private int pos;
        private int lim;
        private long line;
        private int listed;
        private long problems;
        private long annual;
        private byte sep = ',';
        private int[] fs = new int[32];
        private int[] fe = new int[32];
        private boolean badNumber;

        Parser(InputStream in, String file, Collection<String> reporters, ComextRowSink sink) {
            this.in = in;
            this.file = file;
            this.sink = sink;
            this.wanted = reporters.stream().mapToInt(r -> {
                byte[] b = r.trim().getBytes(StandardCharsets.US_ASCII);
                if (b.length != 2) {
                    throw new IllegalArgumentException("reporter must be a 2-letter code: " + r);
                }
                return (b[0] << 8) | b[1];
            }).toArray();
        }

        Summary run(@org.jspecify.annotations.Nullable String sha) throws IOException {
            long read = 0;
            long kept = 0;
            if (!next()) {
                report.error("COMEXT_EMPTY", "file is empty", Location.file(file));
                return summary(sha, "", 0, 0);
            }
            String headerLine = new String(buf, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
            sep = (byte) ComextLayout.separator(headerLine);
            Object detected = ComextLayout.detect(headerLine);
            if (detected instanceof String msg) {
                report.error("COMEXT_HEADER", msg, Location.line(file, 1));
                return summary(sha, "", 0, 0);
            }
            ComextLayout l = (ComextLayout) detected;
            int needed = Math.max(Math.max(Math.max(l.reporter(), l.partner()), Math.max(l.product(), l.flow())),
                    Math.max(Math.max(l.period(), l.valueEur()), Math.max(l.quantityKg(), Math.max(l.quantitySuppl(),
                            Math.max(l.tradeType(), l.statProcedure()))))) + 1;
            if (fs.length < l.columns() + 1) {
                fs = new int[l.columns() + 1];
                fe = new int[l.columns() + 1];
            }
            int lastPeriod = -1;
            int repCol = l.reporter();
            while (next()) {
                int s = lineStart;
                int e = lineEnd;
                if (e == s) {
                    continue;
                }
                read++;
                if (wanted.length > 0 && !reporterWanted(s, e, repCol)) {
                    continue; // another reporter: dropped before the row is split
                }
                int nf = split(s, e, needed);
                if (nf < needed) {
                    problem("COMEXT_COLUMNS", "row has " + nf + " fields, the header " + l.columns(), 0);
                    continue;
                }
                int period = digits(l.period());
                if (period != lastPeriod) {
                    if (period < 0 || (period % 100 != 52 && (period % 100 < 1 || period % 100 > 12))) {
                        problem("COMEXT_PERIOD", "PERIOD '" + text(l.period()) + "' is not YYYYMM", l.period() + 1);
                        continue;
                    }
                    if (period % 100 == 52) {
                        annual++;
                        continue;
                    }
                    periods.add(period);
                    lastPeriod = period;
                }
                if (wanted.length > 0) {
                    int rs = fs[l.reporter()];
                    if (fe[l.reporter()] - rs != 2) {
                        continue;
                    }
                    int key = (buf[rs] << 8) | buf[rs + 1];
                    boolean ok = false;
                    for (int w : wanted) {
                        if (w == key) {
                            ok = true;
                            break;
                        }
                    }
                    if (!ok) {
                        continue;
                    }
                }
                int flow = digits(l.flow());
                if (flow != 1 && flow != 2) {
                    problem("COMEXT_FLOW", "FLOW '" + text(l.flow()) + "' is not 1 (import) or 2 (export)", l.flow() + 1);
                    continue;
                }
                badNumber = false;
                double v = number(l.valueEur());
                if (badNumber) {
                    problem("COMEXT_NUMBER", "VALUE '" + text(l.valueEur()) + "' is not a number", l.valueEur() + 1);
                    continue;
                }
                double kg = number(l.quantityKg());
                if (badNumber) {
                    problem("COMEXT_NUMBER", "QUANTITY_KG '" + text(l.quantityKg()) + "' is not a number", l.quantityKg() + 1);
                    continue;
                }
                double su = l.quantitySuppl() >= 0 ? number(l.quantitySuppl()) : Double.NaN;
                if (badNumber) {
                    problem("COMEXT_NUMBER", "supplementary quantity '" + text(l.quantitySuppl()) + "' is not a number",
                            l.quantitySuppl() + 1);
                    continue;
                }
                if (v < 0 || kg < 0) {
                    problem("COMEXT_NEGATIVE", "negative value or mass", l.valueEur() + 1);
                    continue;
                }
                int product = digits(l.product());
                boolean eight = fe[l.product()] - fs[l.product()] == 8 && product >= 0;
                char tt = l.tradeType() >= 0 && fe[l.tradeType()] > fs[l.tradeType()] ? (char) buf[fs[l.tradeType()]] : '?';
                int sp = l.statProcedure() >= 0 ? digits(l.statProcedure()) : -1;
                sink.row(code(l.reporter()), code(l.partner()), tt, eight ? product : -1,
                        eight ? null : text(l.product()), flow, sp, period, v, kg, su);
                kept++;
            }
            if (annual > 0) {
                report.info("COMEXT_ANNUAL_ROWS_SKIPPED", annual + " annual rows (PERIOD YYYY52) skipped", Location.file(file));
            }
            if (problems > listed) {
                report.error("COMEXT_MORE_PROBLEMS", (problems - listed) + " further rows with problems not listed",
                        Location.file(file));
            }
            return summary(sha, l.name(), read, kept);
        }

        private Summary summary(@org.jspecify.annotations.Nullable String sha, String layout, long read, long kept) {
            return new Summary(file, sha == null ? "" : sha, layout, read, kept, periods, report.build());
        }

        private void problem(String code, String msg, int column) {
            problems++;
            if (listed < MAX_LISTED) {
                listed++;
                report.error(code, msg, column > 0 ? Location.at(file, (int) line, column) : Location.line(file, (int) line));
            }
        }

        private int lineStart;
        private int lineEnd;

        /** Advances to the next line (bounds in lineStart/lineEnd, without CR/LF); false at the end. */
        private boolean next() throws IOException {
            while (true) {
                byte[] b = buf;
                for (int i = pos; i < lim; i++) {
                    if (b[i] == '\n') {
                        lineStart = pos;
                        lineEnd = i > pos && b[i - 1] == '\r' ? i - 1 : i;
                        pos = i + 1;
                        line++;
                        return true;
                    }
                }
                // no newline in [pos, lim): compact and refill
                if (pos > 0) {
                    System.arraycopy(buf, pos, buf, 0, lim - pos);
                    lim -= pos;
                    pos = 0;
                }
                if (lim == buf.length) {
                    buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                }
                int r = in.read(buf, lim, buf.length - lim);
                if (r < 0) {
                    if (lim > pos) {
                        lineStart = pos;
                        lineEnd = buf[lim - 1] == '\r' ? lim - 1 : lim;
                        pos = lim;
                        line++;
                        return true;
                    }
                    return false;
                }
                lim += r;
            }
        }

        /** Whether field {@code col} of the line is one of the wanted reporters (2 letters, maybe quoted). */
        private boolean reporterWanted(int s, int e, int col) {
            int a = s;
            for (int c = 0; c < col; c++) {
                while (a < e && buf[a] != sep) {
                    a++;
                }
                a++;
            }
            if (a < e && buf[a] == '"') {
                a++;
            }
            if (a + 2 > e) {
                return false;
            }
            int key = (buf[a] << 8) | buf[a + 1];
            boolean ok = false;
            for (int w : wanted) {
                if (w == key) {
                    ok = true;
                    break;
                }
            }
            int after = a + 2;
            return ok && (after == e || buf[after] == sep || buf[after] == '"');
        }

        private int split(int s, int e, int needed) {
            int n = 0;
            int start = s;
            for (int i = s; i <= e && n < fs.length; i++) {
                if (i == e || buf[i] == sep) {
                    int a = start;
                    int b = i;
                    if (b - a >= 2 && buf[a] == '"' && buf[b - 1] == '"') {
                        a++;
                        b--;
                    }
                    while (a < b && buf[a] == ' ') {
                        a++;
                    }
                    while (b > a && buf[b - 1] == ' ') {
                        b--;
                    }
                    fs[n] = a;
                    fe[n] = b;
                    n++;
                    start = i + 1;
                }
            }
            return n;
        }

        /** Non-negative integer of a field of digits, -1 otherwise. */
        private int digits(int f) {
            int s = fs[f];
            int e = fe[f];
            if (e == s || e - s > 9) {
                return -1;
            }
            int v = 0;
            for (int i = s; i < e; i++) {
                int d = buf[i] - '0';
                if (d < 0 || d > 9) {
                    return -1;
                }
                v = v * 10 + d;
            }
            return v;
        }

        private double number(int f) {
            int s = fs[f];
            int e = fe[f];
            if (e == s) {
                return Double.NaN;
            }
            long v = 0;
            int i = s;
            boolean neg = buf[i] == '-';
            if (neg) {
                i++;
            }
            boolean simple = i < e && e - i <= 18;
            for (int k = i; k < e && simple; k++) {
                int d = buf[k] - '0';
                if (d < 0 || d > 9) {
                    simple = false;
                } else {
                    v = v * 10 + d;
                }
            }
            if (simple) {
                return neg ? -v : v;
            }
            try {
                double d = Double.parseDouble(text(f));
                if (!Double.isFinite(d)) {
                    badNumber = true;
                }
                return d;
            } catch (NumberFormatException ex) {
                badNumber = true;
                return Double.NaN;
            }
        }

        private String text(int f) {
            return new String(buf, fs[f], fe[f] - fs[f], StandardCharsets.UTF_8);
        }

        private String code(int f) {
            int s = fs[f];
            int e = fe[f];
            if (e - s == 2) {
                int key = (buf[s] << 8) | buf[s + 1];
                String c = codes.get(key);
                if (c == null) {
                    c = text(f);
                    codes.put(key, c);
                }
                return c;
            }
            return text(f);
        }
    }

    /** Every row of several files, in order; the summaries in the same order. */
    public static List<Summary> readAll(List<Path> files, Collection<String> reporters, ComextRowSink sink) throws IOException {
        List<Summary> out = new ArrayList<>();
        for (Path f : files) {
            out.add(read(f, reporters, sink));
        }
        return out;
    }
}
