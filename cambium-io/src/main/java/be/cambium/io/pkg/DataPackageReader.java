package be.cambium.io.pkg;

import be.cambium.provenance.Source;
import be.cambium.validate.Issue;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads a Frictionless data package (a folder with {@code datapackage.json} and CSV resources) and
 * validates it against its table schemas. It never stops at the first problem: every problem is a
 * located {@link Issue} ({@code file:line:column}) with a stable code from {@link PackageIssues}, and
 * the issues come sorted by file, line and column.
 *
 * <p>Checked: JSON syntax and descriptor properties; missing files; CSV quoting; the header against
 * the schema (missing, extra, duplicated and misordered columns); the cell count of each row; types;
 * {@code required}, {@code unique}, {@code enum}, {@code minimum}/{@code maximum}; primary keys;
 * foreign keys to resources of the package and to code lists of a {@link CodeListProvider}; and
 * row-level {@code source} ids, which are resolved to the package's {@link Source}s.
 *
 * <p>Columns are 1-based character positions (where a cell starts; for a quoted cell, its opening quote).
 */
public final class DataPackageReader {

    /** The descriptor's file name. */
    public static final String DESCRIPTOR = "datapackage.json";
    /** The name of the optional column holding a row's source id. */
    public static final String SOURCE_FIELD = "source";

    private final CodeListProvider codeLists;
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public DataPackageReader() {
        this(CodeListProvider.none());
    }

    public DataPackageReader(CodeListProvider codeLists) {
        this.codeLists = Objects.requireNonNull(codeLists, "codeLists");
    }

    /** Reads the package in {@code dir}. */
    public ReadResult read(Path dir) {
        return read(PackageFiles.folder(dir));
    }

    /** Reads a package bundled on the class path under {@code base} (e.g. {@code data/be-population}). */
    public ReadResult readClasspath(ClassLoader loader, String base) {
        return read(PackageFiles.classpath(loader, base));
    }

    ReadResult read(PackageFiles files) {
        ValidationReport.Builder issues = ValidationReport.builder();
        String descFile = files.display(DESCRIPTOR);
        ParsedDescriptor parsed = readDescriptor(files, descFile, issues);
        if (parsed == null) {
            return new ReadResult(null, sorted(issues.build(), descFile));
        }
        PackageDescriptor desc = parsed.descriptor;
        JsonLocations jsonLocs = parsed.locations;
        Map<String, Loaded> loaded = new LinkedHashMap<>();
        for (int i = 0; i < desc.resources().size(); i++) {
            ResourceDescriptor r = desc.resources().get(i);
            int index = DescriptorParser.indexOfResource(parsed.root.get("resources"), r.name());
            Loaded l = loadResource(files, desc, r, descFile, jsonLocs, index, issues);
            if (l != null) {
                loaded.put(r.name(), l);
            }
        }
        for (Loaded l : loaded.values()) {
            checkForeignKeys(l, loaded, issues);
        }
        List<Table> tables = loaded.values().stream().map(l -> l.table).toList();
        return new ReadResult(new DataPackage(desc, tables), sorted(issues.build(), descFile));
    }

    // ---- descriptor ------------------------------------------------------------------------

    private static final class ParsedDescriptor {
        final PackageDescriptor descriptor;
        final JsonLocations locations;
        final JsonNode root;

        ParsedDescriptor(PackageDescriptor descriptor, JsonLocations locations, JsonNode root) {
            this.descriptor = descriptor;
            this.locations = locations;
            this.root = root;
        }
    }

    private @Nullable ParsedDescriptor readDescriptor(PackageFiles files, String descFile, ValidationReport.Builder issues) {
        String json = text(files, DESCRIPTOR, descFile, issues);
        if (json == null) {
            return null;
        }
        JsonNode root;
        JsonLocations locations;
        try {
            root = mapper.readTree(json);
            if (root == null || root.isMissingNode()) {
                issues.error(PackageIssues.JSON, "datapackage.json is empty", Location.at(descFile, 1, 1));
                return null;
            }
            locations = JsonLocations.index(mapper.getFactory(), json);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? 1 : Math.max(1, loc.getLineNr());
            int col = loc == null ? 1 : Math.max(1, loc.getColumnNr());
            String msg = firstLine(e.getOriginalMessage())
                    .replaceAll("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
            issues.error(PackageIssues.JSON, "invalid JSON: " + msg, Location.at(descFile, line, col));
            return null;
        } catch (IOException e) {
            issues.error(PackageIssues.IO, "cannot read: " + e.getMessage(), Location.file(descFile));
            return null;
        }
        PackageDescriptor d = new DescriptorParser(descFile, locations, issues, codeLists).parse(root);
        return d == null ? null : new ParsedDescriptor(d, locations, root);
    }

    private static String firstLine(@Nullable String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static @Nullable String text(PackageFiles files, String rel, String display, ValidationReport.Builder issues) {
        byte[] bytes;
        try {
            bytes = files.read(rel);
        } catch (IOException e) {
            issues.error(PackageIssues.IO, "cannot read: " + e.getMessage(), Location.file(display));
            return null;
        }
        if (bytes == null) {
            if (rel.equals(DESCRIPTOR)) {
                issues.error(PackageIssues.MISSING_FILE, "no datapackage.json: this folder is not a data package", Location.file(display));
            }
            return null;
        }
        return decode(bytes, display, issues);
    }

    /** Strict UTF-8 decoding; a bad byte is reported at its line and column. */
    private static @Nullable String decode(byte[] bytes, String display, ValidationReport.Builder issues) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            // locate the first bad byte: count the lines and characters decoded before it
            out.flip();
            int line = 1;
            int col = 1;
            for (int i = 0; i < out.length(); i++) {
                char c = out.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= out.length() || out.charAt(i + 1) != '\n'))) {
                    line++;
                    col = 1;
                } else if (c != '\r') {
                    col++;
                }
            }
            issues.error(PackageIssues.IO, "the file is not UTF-8 text (invalid byte 0x"
                    + String.format("%02X", bytes[in.position()] & 0xFF) + " here); save it as UTF-8",
                    Location.at(display, line, col));
            return null;
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    // ---- resources -------------------------------------------------------------------------

    /** A table as read plus where each of its cells sits, for foreign-key messages. */
    private static final class Loaded {
        final ResourceDescriptor resource;
        final String file;
        final Table table;
        final List<int[][]> cellPositions; // per row: per schema field {line, column}, or null when the cell is absent

        Loaded(ResourceDescriptor resource, String file, Table table, List<int[][]> cellPositions) {
            this.resource = resource;
            this.file = file;
            this.table = table;
            this.cellPositions = cellPositions;
        }
    }

    private @Nullable Loaded loadResource(PackageFiles files, PackageDescriptor desc, ResourceDescriptor r, String descFile,
                                          JsonLocations jsonLocs, int resourceIndex, ValidationReport.Builder issues) {
        String file = files.display(r.path());
        byte[] probe;
        try {
            probe = files.read(r.path());
        } catch (IOException e) {
            issues.error(PackageIssues.IO, "cannot read: " + e.getMessage(), Location.file(file));
            return null;
        }
        if (probe == null) {
            int[] lc = jsonLocs.at("/resources/" + resourceIndex + "/path");
            issues.error(PackageIssues.MISSING_FILE, "resource '" + r.name() + "': file '" + r.path() + "' does not exist",
                    Location.at(descFile, lc[0], lc[1]));
            return null;
        }
        String content = decode(probe, file, issues);
        if (content == null) {
            return null;
        }
        Schema schema = r.schema();
        List<CsvParser.Row> rows = CsvParser.parse(file, content, issues);
        Table.Builder tb = Table.builder(r.name(), schema.fieldNames(),
                schema.fields().stream().map(Field::type).toList());
        List<int[][]> positions = new ArrayList<>();
        if (rows.isEmpty()) {
            issues.error(PackageIssues.HEADER, "the file is empty; expected the header " + String.join(",", schema.fieldNames()),
                    Location.at(file, 1, 1));
            return new Loaded(r, file, tb.build(), positions);
        }
        CsvParser.Row header = rows.get(0);
        int[] csvIndex = checkHeader(file, header, schema, r.name(), issues);

        List<Field> fields = schema.fields();
        int sourceField = schema.indexOf(SOURCE_FIELD);
        Set<String> pk = new HashSet<>(schema.primaryKey());
        Map<List<Object>, Integer> keys = new HashMap<>();
        List<Map<Object, Integer>> uniques = new ArrayList<>();
        List<Set<Object>> enums = new ArrayList<>();
        for (Field f : fields) {
            uniques.add(f.constraints().unique() ? new HashMap<>() : null);
            enums.add(f.constraints().enumValues().isEmpty() ? null
                    : f.constraints().enumValues().stream().map(v -> Objects.requireNonNull(f.type().parse(v))).collect(Collectors.toSet()));
        }
        Set<String> missing = new HashSet<>(schema.missingValues());

        for (int ri = 1; ri < rows.size(); ri++) {
            CsvParser.Row row = rows.get(ri);
            List<CsvParser.Cell> cells = row.cells();
            if (cells.size() != header.cells().size()) {
                // the cells cannot be matched to columns with confidence: report the row once, check nothing else in it
                boolean tooMany = cells.size() > header.cells().size();
                Location at = tooMany
                        ? Location.at(file, cells.get(header.cells().size()).line(), cells.get(header.cells().size()).column())
                        : Location.at(file, row.endLine(), row.endColumn());
                issues.error(PackageIssues.COLUMN_COUNT, "row has " + cells.size() + " cells but the header has "
                        + header.cells().size() + "; its values are not checked", at);
                continue;
            }
            List<@Nullable Object> values = new ArrayList<>();
            int[][] pos = new int[fields.size()][];
            for (int fi = 0; fi < fields.size(); fi++) {
                Field f = fields.get(fi);
                int ci = csvIndex[fi];
                if (ci < 0 || ci >= cells.size()) {
                    values.add(null);
                    continue;
                }
                CsvParser.Cell cell = cells.get(ci);
                pos[fi] = new int[] {cell.line(), cell.column()};
                Location at = Location.at(file, cell.line(), cell.column());
                String text = cell.text();
                if (missing.contains(text)) {
                    values.add(null);
                    if (f.constraints().required() || pk.contains(f.name())) {
                        issues.error(PackageIssues.REQUIRED, "field '" + f.name() + "' is required but empty"
                                + (pk.contains(f.name()) ? " (it is part of the primary key)" : ""), at);
                    }
                    continue;
                }
                Object v = f.type().parse(text);
                if (v == null) {
                    issues.error(PackageIssues.TYPE, "field '" + f.name() + "': '" + text + "' is not " + f.type().expectation(), at);
                    values.add(null);
                    continue;
                }
                values.add(v);
                Set<Object> en = enums.get(fi);
                if (en != null && !en.contains(v)) {
                    issues.error(PackageIssues.ENUM, "field '" + f.name() + "': '" + text + "' is not one of "
                            + f.constraints().enumValues(), at);
                }
                checkRange(f, v, text, at, issues);
                Map<Object, Integer> seen = uniques.get(fi);
                if (seen != null) {
                    Integer first = seen.putIfAbsent(v, cell.line());
                    if (first != null) {
                        issues.error(PackageIssues.UNIQUE, "field '" + f.name() + "' must be unique but '" + text
                                + "' already appears on line " + first, at);
                    }
                }
            }
            Source rowSource = null;
            if (sourceField >= 0 && values.get(sourceField) instanceof String) {
                String id = (String) values.get(sourceField);
                rowSource = desc.source(id).orElse(null);
                if (rowSource == null) {
                    int[] p = pos[sourceField];
                    issues.error(PackageIssues.SOURCE, "unknown source id '" + id + "'; the package's sources are "
                                    + desc.sources().stream().map(Source::id).toList(),
                            Location.at(file, p[0], p[1]));
                }
            }
            if (!schema.primaryKey().isEmpty()) {
                List<Object> key = new ArrayList<>();
                boolean complete = true;
                for (String k : schema.primaryKey()) {
                    Object v = values.get(schema.indexOf(k));
                    if (v == null) {
                        complete = false;
                        break;
                    }
                    key.add(v);
                }
                if (complete) {
                    Integer first = keys.putIfAbsent(key, row.line());
                    if (first != null) {
                        int[] p = pos[schema.indexOf(schema.primaryKey().get(0))];
                        issues.error(PackageIssues.DUPLICATE_KEY, "duplicate primary key " + schema.primaryKey() + " = "
                                + key.stream().map(Object::toString).toList() + ", first on line " + first,
                                Location.at(file, p[0], p[1]));
                    }
                }
            }
            tb.addRow(values, row.line(), rowSource);
            positions.add(pos);
        }
        return new Loaded(r, file, tb.build(), positions);
    }

    private static void checkRange(Field f, Object v, String text, Location at, ValidationReport.Builder issues) {
        BigDecimal min = f.constraints().minimum();
        BigDecimal max = f.constraints().maximum();
        if (min == null && max == null) {
            return;
        }
        BigDecimal x;
        if (v instanceof BigDecimal) {
            x = (BigDecimal) v;
        } else if (v instanceof Long) {
            x = BigDecimal.valueOf((Long) v);
        } else if (v instanceof Integer) {
            x = BigDecimal.valueOf((Integer) v);
        } else {
            return;
        }
        if (min != null && x.compareTo(min) < 0) {
            issues.error(PackageIssues.RANGE, "field '" + f.name() + "': " + text + " is below the minimum " + min.toPlainString(), at);
        }
        if (max != null && x.compareTo(max) > 0) {
            issues.error(PackageIssues.RANGE, "field '" + f.name() + "': " + text + " is above the maximum " + max.toPlainString(), at);
        }
    }

    /**
     * Compares the header with the schema and returns, per schema field, its CSV column index (-1
     * when absent). Cells are matched by name, so a misordered file is still checked cell by cell.
     */
    private static int[] checkHeader(String file, CsvParser.Row header, Schema schema, String resource, ValidationReport.Builder issues) {
        List<String> expected = schema.fieldNames();
        List<CsvParser.Cell> cells = header.cells();
        int[] csvIndex = new int[expected.size()];
        java.util.Arrays.fill(csvIndex, -1);
        Set<String> seen = new HashSet<>();
        List<Integer> knownInFileOrder = new ArrayList<>();
        for (int ci = 0; ci < cells.size(); ci++) {
            CsvParser.Cell c = cells.get(ci);
            Location at = Location.at(file, c.line(), c.column());
            int fi = expected.indexOf(c.text());
            if (!seen.add(c.text())) {
                issues.error(PackageIssues.HEADER, "column '" + c.text() + "' appears twice in the header", at);
                continue;
            }
            if (fi < 0) {
                issues.error(PackageIssues.HEADER, "column '" + c.text() + "' is not a field of resource '" + resource
                        + "' (expected header: " + String.join(",", expected) + ")", at);
                continue;
            }
            csvIndex[fi] = ci;
            knownInFileOrder.add(fi);
        }
        for (int fi = 0; fi < expected.size(); fi++) {
            if (csvIndex[fi] < 0) {
                Location at = fi < cells.size()
                        ? Location.at(file, cells.get(fi).line(), cells.get(fi).column())
                        : Location.at(file, header.endLine(), header.endColumn());
                issues.error(PackageIssues.HEADER, "missing column '" + expected.get(fi) + "' (expected header: "
                        + String.join(",", expected) + ")", at);
            }
        }
        for (int k = 1; k < knownInFileOrder.size(); k++) {
            if (knownInFileOrder.get(k) < knownInFileOrder.get(k - 1)) {
                CsvParser.Cell c = cells.get(csvIndex[knownInFileOrder.get(k)]);
                issues.error(PackageIssues.HEADER, "column '" + c.text() + "' is out of order (expected header: "
                        + String.join(",", expected) + ")", Location.at(file, c.line(), c.column()));
                break;
            }
        }
        return csvIndex;
    }

    // ---- foreign keys ------------------------------------------------------------------------

    private void checkForeignKeys(Loaded l, Map<String, Loaded> all, ValidationReport.Builder issues) {
        Schema schema = l.resource.schema();
        for (ForeignKey fk : schema.foreignKeys()) {
            int[] local = fk.fields().stream().mapToInt(schema::indexOf).toArray();
            if (fk.reference() instanceof KeyReference.CodeList) {
                String name = ((KeyReference.CodeList) fk.reference()).name();
                CodeList list = codeLists.find(name).orElse(null);
                if (list == null) {
                    continue; // reported with the descriptor
                }
                FieldType type = schema.fields().get(local[0]).type();
                for (int row = 0; row < l.table.rowCount(); row++) {
                    Object v = l.table.value(row, local[0]);
                    if (v != null && !list.contains(type.format(v))) {
                        int[] p = l.cellPositions.get(row)[local[0]];
                        issues.error(PackageIssues.FOREIGN_KEY, "field '" + fk.fields().get(0) + "': '" + type.format(v)
                                + "' is not a code of the code list '" + name + "'", Location.at(l.file, p[0], p[1]));
                    }
                }
                continue;
            }
            KeyReference.Resource ref = (KeyReference.Resource) fk.reference();
            String targetName = ref.resource().isEmpty() ? l.resource.name() : ref.resource();
            Loaded target = all.get(targetName);
            if (target == null) {
                continue; // a missing target file or resource is already reported
            }
            int[] remote = ref.fields().stream().mapToInt(target.resource.schema()::indexOf).toArray();
            if (java.util.Arrays.stream(remote).anyMatch(i -> i < 0)) {
                continue; // reported with the descriptor
            }
            Set<List<String>> targetKeys = new HashSet<>();
            for (int row = 0; row < target.table.rowCount(); row++) {
                List<String> k = key(target.table, row, remote);
                if (k != null) {
                    targetKeys.add(k);
                }
            }
            for (int row = 0; row < l.table.rowCount(); row++) {
                List<String> k = key(l.table, row, local);
                if (k != null && !targetKeys.contains(k)) {
                    int[] p = l.cellPositions.get(row)[local[0]];
                    String what = k.size() == 1 ? "'" + k.get(0) + "'" : k.toString();
                    issues.error(PackageIssues.FOREIGN_KEY, "field" + (k.size() == 1 ? " '" : "s ") + String.join(", ", fk.fields())
                            + (k.size() == 1 ? "'" : "") + ": " + what + " is not a " + String.join(", ", ref.fields())
                            + " of resource '" + targetName + "'", Location.at(l.file, p[0], p[1]));
                }
            }
        }
    }

    private static @Nullable List<String> key(Table t, int row, int[] cols) {
        List<String> k = new ArrayList<>(cols.length);
        for (int c : cols) {
            Object v = t.value(row, c);
            if (v == null) {
                return null;
            }
            k.add(t.types().get(c).format(v));
        }
        return k;
    }

    // ---- ordering --------------------------------------------------------------------------

    /** Issues sorted by file (the descriptor first, then in order of first appearance), line and column; stable otherwise. */
    private static ValidationReport sorted(ValidationReport report, String descFile) {
        Map<String, Integer> fileOrder = new HashMap<>();
        fileOrder.put(descFile, 0);
        for (Issue i : report.issues()) {
            fileOrder.putIfAbsent(String.valueOf(i.location().file()), fileOrder.size());
        }
        List<Issue> list = new ArrayList<>(report.issues());
        list.sort(Comparator.<Issue>comparingInt(i -> fileOrder.get(String.valueOf(i.location().file())))
                .thenComparingInt(i -> i.location().line())
                .thenComparingInt(i -> i.location().column()));
        return ValidationReport.of(list);
    }
}
