package be.cambium.io.comext;

import be.cambium.provenance.Source;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trade baskets: CN8 code lists with CN-year validity. The bundled list ({@code trade-baskets.csv},
 * every code with its source) covers strategic products and raw materials; users add their own in a
 * CSV with the columns {@code basket, cn8, label, valid_from, valid_to} (years; the last two may be
 * empty; an optional {@code source} column is kept). Codes may be written with spaces ({@code 8505 11 10}).
 */
public final class TradeBaskets {

    /** Bundled resource name. */
    public static final String BUNDLED = "trade-baskets.csv";
    public static final Source BUNDLED_SOURCE = Source.of("cambium-trade-baskets",
            "CAMBIUM trade baskets: CN8 codes of strategic products and raw materials, validity chained with "
                    + "Eurostat's CN8 correspondence table 1988-2025 (CN_concordances_1988_2025_XLS_FORMAT.xls, copy in "
                    + "Matthijs-Vossen/comext-harmonisation at c0af9af9)",
            "https://github.com/Matthijs-Vossen/comext-harmonisation/blob/c0af9af98e6ab4ad1efc2845a598336068c4d568/data/concordances/CN_concordances_1988_2025_XLS_FORMAT.xls",
            "2025-01-02");

    private final List<BasketCode> codes;
    private final Map<String, List<BasketCode>> byCode = new HashMap<>();
    private final ValidationReport report;

    private TradeBaskets(List<BasketCode> codes, ValidationReport report) {
        this.codes = List.copyOf(codes);
        this.report = report;
        for (BasketCode c : codes) {
            byCode.computeIfAbsent(c.cn8(), k -> new ArrayList<>()).add(c);
        }
    }

    /** The bundled baskets. */
    public static TradeBaskets bundled() {
        try (InputStream in = TradeBaskets.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource " + BUNDLED + " missing from the jar");
            }
            TradeBaskets b = read(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED);
            if (b.report.hasErrors()) {
                throw new IllegalStateException("bundled baskets are invalid: " + b.report);
            }
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TradeBaskets read(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return read(r, csv.toString());
        }
    }

    /** Reads a basket CSV; problems become located issues and the offending rows are skipped. */
    public static TradeBaskets read(Reader reader, String fileName) throws IOException {
        ValidationReport.Builder rep = ValidationReport.builder();
        List<BasketCode> out = new ArrayList<>();
        CSVFormat fmt = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser p = CSVParser.parse(reader, fmt)) {
            List<String> header = p.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT)).toList();
            for (String need : List.of("basket", "cn8", "label", "valid_from", "valid_to")) {
                if (!header.contains(need)) {
                    rep.error("BASKET_HEADER", "basket CSV needs the columns basket, cn8, label, valid_from, valid_to; '"
                            + need + "' is missing (found " + header + ")", Location.line(fileName, 1));
                    return new TradeBaskets(List.of(), rep.build());
                }
            }
            Map<String, Integer> col = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                col.put(header.get(i), i);
            }
            for (CSVRecord r : p) {
                int line = (int) r.getRecordNumber() + 1;
                String basket = r.get(col.get("basket"));
                String cn8 = r.get(col.get("cn8")).replace(" ", "").replace(".", "");
                String label = r.get(col.get("label"));
                String source = col.containsKey("source") && r.size() > col.get("source") ? r.get(col.get("source")) : "user basket file " + fileName;
                if (basket.isEmpty()) {
                    rep.error("BASKET_EMPTY", "basket name is empty", Location.at(fileName, line, col.get("basket") + 1));
                    continue;
                }
                if (!cn8.matches("\\d{8}")) {
                    rep.error("BASKET_CN8", "cn8 '" + r.get(col.get("cn8")) + "' is not an 8-digit CN code",
                            Location.at(fileName, line, col.get("cn8") + 1));
                    continue;
                }
                Integer from = year(r.get(col.get("valid_from")), fileName, line, col.get("valid_from") + 1, rep);
                Integer to = year(r.get(col.get("valid_to")), fileName, line, col.get("valid_to") + 1, rep);
                if (from != null && from == Integer.MIN_VALUE || to != null && to == Integer.MIN_VALUE) {
                    continue;
                }
                if (from != null && to != null && to < from) {
                    rep.error("BASKET_YEARS", "valid_to " + to + " is before valid_from " + from, Location.line(fileName, line));
                    continue;
                }
                out.add(new BasketCode(basket, cn8, label, from, to, source));
            }
        }
        return new TradeBaskets(out, rep.build());
    }

    private static @org.jspecify.annotations.Nullable Integer year(String s, String file, int line, int col, ValidationReport.Builder rep) {
        if (s == null || s.isBlank()) {
            return null;
        }
        if (!s.trim().matches("\\d{4}")) {
            rep.error("BASKET_YEAR", "year '" + s + "' is not a 4-digit year", Location.at(file, line, col));
            return Integer.MIN_VALUE;
        }
        return Integer.parseInt(s.trim());
    }

    public List<BasketCode> codes() {
        return codes;
    }

    public ValidationReport report() {
        return report;
    }

    /** Baskets and a readable label for each (basket code with underscores as spaces). */
    public Map<String, String> labels() {
        Map<String, String> m = new TreeMap<>();
        for (BasketCode c : codes) {
            m.putIfAbsent(c.basket(), c.basket().replace('_', ' '));
        }
        return Collections.unmodifiableMap(m);
    }

    /** The baskets code {@code cn8} belongs to in CN year {@code year} (usually zero or one). */
    public List<String> basketsOf(String cn8, int year) {
        List<BasketCode> l = byCode.get(cn8);
        if (l == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(1);
        for (BasketCode c : l) {
            if (c.validIn(year)) {
                out.add(c.basket());
            }
        }
        return out;
    }

    /** A copy with {@code other}'s codes added (user baskets beside the bundled ones). */
    public TradeBaskets plus(TradeBaskets other) {
        List<BasketCode> all = new ArrayList<>(codes);
        all.addAll(other.codes);
        return new TradeBaskets(all, report.merge(other.report));
    }

    /** Only the named baskets. */
    public TradeBaskets only(java.util.Collection<String> baskets) {
        return new TradeBaskets(codes.stream().filter(c -> baskets.contains(c.basket())).toList(), report);
    }

    /** Every CN8 code mentioned (any year). */
    public java.util.Set<String> allCodes() {
        return Collections.unmodifiableSet(byCode.keySet());
    }
}
