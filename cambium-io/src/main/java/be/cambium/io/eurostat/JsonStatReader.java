package be.cambium.io.eurostat;

import be.cambium.validate.Issue;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * JSON-stat 2.0 datasets as the Eurostat dissemination API returns them: {@code id}, {@code size},
 * {@code dimension.<id>.category.index} (object code to position, or array of codes) and
 * {@code .label}, {@code value} and {@code status} either dense (arrays, {@code null} for missing) or
 * sparse (objects keyed by the row-major cell position), {@code updated} and {@code extension.id}
 * (the dataset code; else the file name). A status of {@code :} means missing.
 */
public final class JsonStatReader implements EurostatReader {

    /** Keeps numbers as written (4.0 stays 4.0) so the published number of decimals survives. */
    private static final ObjectMapper MAPPER = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private final @Nullable Set<String> knownDimensions;

    public JsonStatReader(@Nullable Set<String> knownDimensions) {
        this.knownDimensions = knownDimensions == null ? null : Set.copyOf(knownDimensions);
    }

    public JsonStatReader() {
        this(null);
    }

    @Override
    public EurostatReadResult read(InputStream in, String fileName) throws IOException {
        List<Issue> issues = new ArrayList<>();
        byte[] bytes;
        try {
            bytes = EurostatReader.decompressIfGzip(in).readAllBytes();
        } catch (java.io.EOFException | java.util.zip.ZipException e) {
            issues.add(Issue.error("EUROSTAT_IO", "truncated or corrupt gzip: " + e.getMessage(), Location.file(fileName)));
            return new EurostatReadResult(null, ValidationReport.of(issues));
        }
        JsonNode root;
        Map<String, Location> where;
        try {
            root = MAPPER.readTree(bytes);
            where = locations(bytes, fileName);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            Location loc = l == null ? Location.file(fileName) : Location.at(fileName, Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()));
            issues.add(Issue.error("EUROSTAT_JSON", "malformed JSON (truncated?): " + e.getOriginalMessage(), loc));
            return new EurostatReadResult(null, ValidationReport.of(issues));
        }
        Locator at = ptr -> where.getOrDefault(ptr, Location.file(fileName));
        if (root == null || !root.isObject() || !root.path("id").isArray() || !root.path("size").isArray() || !root.path("dimension").isObject()) {
            issues.add(Issue.error("EUROSTAT_HEADER", "not a JSON-stat 2.0 dataset: 'id', 'size' and 'dimension' are required",
                    Location.at(fileName, 1, 1)));
            return new EurostatReadResult(null, ValidationReport.of(issues));
        }
        JsonNode ids = root.get("id");
        JsonNode sizes = root.get("size");
        if (ids.size() != sizes.size() || ids.isEmpty()) {
            issues.add(Issue.error("EUROSTAT_HEADER", "'id' has " + ids.size() + " entries but 'size' has " + sizes.size(), at.loc("/size")));
            return new EurostatReadResult(null, ValidationReport.of(issues));
        }
        int nd = ids.size();
        List<String> rawDims = new ArrayList<>();
        List<String[]> codesByPos = new ArrayList<>();
        int timeAt = -1;
        boolean ok = true;
        for (int d = 0; d < nd; d++) {
            String id = ids.get(d).asText();
            rawDims.add(id);
            if (DatasetBuilder.isTimeName(id)) {
                timeAt = d;
            }
            JsonNode dim = root.get("dimension").get(id);
            int size = sizes.get(d).asInt(-1);
            if (dim == null || !dim.path("category").isObject()) {
                issues.add(Issue.error("EUROSTAT_UNKNOWN_DIMENSION", "dimension '" + id + "' is listed in 'id' but not described under 'dimension'",
                        at.loc("/id/" + d)));
                ok = false;
                continue;
            }
            String[] codes = categoryCodes(dim.get("category"), id, size, at, issues);
            if (codes == null) {
                ok = false;
                continue;
            }
            codesByPos.add(codes);
        }
        for (Iterator<String> it = root.get("dimension").fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!rawDims.contains(name)) {
                issues.add(Issue.error("EUROSTAT_UNKNOWN_DIMENSION", "dimension '" + name + "' is described but not listed in 'id'",
                        at.loc("/dimension/" + name)));
                ok = false;
            }
        }
        if (timeAt < 0) {
            issues.add(Issue.error("EUROSTAT_UNKNOWN_DIMENSION", "no time dimension ('time' or 'TIME_PERIOD') in 'id' " + rawDims, at.loc("/id")));
            ok = false;
        }
        if (!ok) {
            return new EurostatReadResult(null, ValidationReport.of(issues));
        }
        List<String> dims = new ArrayList<>();
        for (int d = 0; d < nd; d++) {
            if (d != timeAt) {
                dims.add(rawDims.get(d));
            }
        }
        dims.add(EurostatDataset.TIME);
        if (!DatasetBuilder.checkKnown(dims, knownDimensions, at.loc("/id"), issues)) {
            return new EurostatReadResult(null, ValidationReport.of(issues));
        }
        String code = root.path("extension").path("id").isTextual()
                ? root.path("extension").path("id").asText().toLowerCase(Locale.ROOT)
                : DatasetBuilder.codeFromFileName(fileName);
        DatasetBuilder b = new DatasetBuilder(code, fileName, dims);
        for (int d = 0; d < nd; d++) {
            int target = d == timeAt ? nd - 1 : (d < timeAt ? d : d - 1);
            for (String c : codesByPos.get(d)) {
                b.declareItem(target, c);
            }
        }
        if (root.path("updated").isTextual()) {
            String u = root.get("updated").asText();
            try {
                b.lastUpdate(LocalDate.parse(u.length() >= 10 ? u.substring(0, 10) : u));
            } catch (DateTimeParseException e) {
                issues.add(Issue.warning("EUROSTAT_LAST_UPDATE", "'updated' is not an ISO date: '" + u + "'", at.loc("/updated")));
            }
        }
        int total = 1;
        for (String[] c : codesByPos) {
            total = Math.multiplyExact(total, c.length);
        }
        Map<Integer, String> status = new HashMap<>();
        JsonNode st = root.get("status");
        if (st != null && !st.isNull()) {
            if (st.isTextual()) {
                for (int i = 0; i < total; i++) {
                    status.put(i, st.asText());
                }
            } else {
                forEachEntry(st, total, "/status", at, issues, (i, n, ptr) -> {
                    if (!n.isNull()) {
                        status.put(i, n.asText());
                    }
                });
            }
        }
        Map<Integer, JsonNode> values = new HashMap<>();
        JsonNode val = root.get("value");
        if (val == null) {
            issues.add(Issue.error("EUROSTAT_HEADER", "no 'value' in the dataset", Location.at(fileName, 1, 1)));
            return new EurostatReadResult(null, ValidationReport.of(issues));
        }
        forEachEntry(val, total, "/value", at, issues, (i, n, ptr) -> values.put(i, n));
        for (int i = 0; i < total; i++) {
            JsonNode v = values.get(i);
            String s = status.get(i);
            String statusPtr = st != null && st.isArray() ? "/status/" + i : "/status/" + i;
            String flags = s == null ? "" : CellParser.flags(s, at(at.loc(statusPtr), fileName), issues);
            Location vl = at.loc("/value/" + i);
            CellParser.At loc = at(vl, fileName);
            CellParser.Cell cell;
            if (v == null || v.isNull()) {
                if (s == null) {
                    continue; // absent: missing without flags, same as a TSV ':'
                }
                cell = new CellParser.Cell(Double.NaN, flags, -1);
            } else if (v.isNumber()) {
                CellParser.Cell c = CellParser.number(v.asText(), flags, loc, issues);
                cell = c == null ? new CellParser.Cell(Double.NaN, flags, -1) : c;
            } else {
                issues.add(Issue.error("EUROSTAT_VALUE", "not a number: " + v, vl));
                cell = new CellParser.Cell(Double.NaN, flags, -1);
            }
            b.add(key(i, codesByPos, timeAt), cell, loc, issues);
        }
        return new EurostatReadResult(b.build(), ValidationReport.of(issues));
    }

    private static CellParser.At at(Location l, String fileName) {
        return new CellParser.At(fileName, l.line(), l.column());
    }

    private interface Locator {
        Location loc(String pointer);
    }

    private interface EntryConsumer {
        void accept(int index, JsonNode node, String pointer);
    }

    /** Walks a dense array or a sparse object keyed by position; bad keys and out-of-range positions are issues. */
    private static void forEachEntry(JsonNode n, int total, String base, Locator at, List<Issue> issues, EntryConsumer c) {
        if (n.isArray()) {
            if (n.size() != total) {
                issues.add(Issue.error("EUROSTAT_COLUMNS", base.substring(1) + " has " + n.size() + " entries, the grid has " + total + " cells",
                        at.loc(base)));
            }
            for (int i = 0; i < Math.min(total, n.size()); i++) {
                c.accept(i, n.get(i), base + "/" + i);
            }
        } else if (n.isObject()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                String ptr = base + "/" + e.getKey();
                int i;
                try {
                    i = Integer.parseInt(e.getKey());
                } catch (NumberFormatException ex) {
                    issues.add(Issue.error("EUROSTAT_KEY", "key '" + e.getKey() + "' is not a cell position", at.loc(ptr)));
                    continue;
                }
                if (i < 0 || i >= total) {
                    issues.add(Issue.error("EUROSTAT_KEY", "cell position " + i + " outside the grid of " + total + " cells", at.loc(ptr)));
                    continue;
                }
                c.accept(i, e.getValue(), ptr);
            }
        } else {
            issues.add(Issue.error("EUROSTAT_HEADER", base.substring(1) + " must be an array or an object", at.loc(base)));
        }
    }

    private static List<String> key(int cell, List<String[]> codes, int timeAt) {
        String[] k = new String[codes.size()];
        int rest = cell;
        for (int d = codes.size() - 1; d >= 0; d--) {
            int size = codes.get(d).length;
            k[d] = codes.get(d)[rest % size];
            rest /= size;
        }
        List<String> out = new ArrayList<>();
        for (int d = 0; d < k.length; d++) {
            if (d != timeAt) {
                out.add(k[d]);
            }
        }
        out.add(k[timeAt]);
        return out;
    }

    private static String @Nullable [] categoryCodes(JsonNode category, String id, int size, Locator at, List<Issue> issues) {
        JsonNode index = category.get("index");
        JsonNode label = category.get("label");
        String[] codes = new String[Math.max(size, 0)];
        String base = "/dimension/" + id + "/category";
        if (index == null) {
            // JSON-stat allows a single category with only a label
            if (label != null && label.isObject() && label.size() == 1 && size == 1) {
                codes[0] = label.fieldNames().next();
                return codes;
            }
            issues.add(Issue.error("EUROSTAT_HEADER", "dimension '" + id + "' has no category index", at.loc(base)));
            return null;
        }
        int n = index.size();
        if (n != size) {
            issues.add(Issue.error("EUROSTAT_HEADER", "dimension '" + id + "' has " + n + " categories but size says " + size, at.loc(base + "/index")));
            return null;
        }
        if (index.isArray()) {
            for (int i = 0; i < n; i++) {
                codes[i] = index.get(i).asText();
            }
        } else {
            for (Map.Entry<String, JsonNode> e : index.properties()) {
                int p = e.getValue().asInt(-1);
                if (p < 0 || p >= n || codes[p] != null) {
                    issues.add(Issue.error("EUROSTAT_HEADER", "category '" + e.getKey() + "' of '" + id + "' has a bad or repeated position "
                            + e.getValue(), at.loc(base + "/index/" + e.getKey())));
                    return null;
                }
                codes[p] = e.getKey();
            }
        }
        return codes;
    }

    /** JSON pointer of every token to its line and column, from a streaming pass over the same bytes. */
    private static Map<String, Location> locations(byte[] bytes, String fileName) throws IOException {
        Map<String, Location> out = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(bytes)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    continue;
                }
                JsonLocation l = p.currentTokenLocation();
                String ptr = (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)
                        ? (p.getParsingContext().getParent() == null ? "" : pointerOfContainer(p))
                        : p.getParsingContext().pathAsPointer().toString();
                out.putIfAbsent(ptr, Location.at(fileName, l.getLineNr(), l.getColumnNr()));
            }
        }
        return out;
    }

    private static String pointerOfContainer(JsonParser p) {
        return p.getParsingContext().getParent().pathAsPointer().toString();
    }
}
