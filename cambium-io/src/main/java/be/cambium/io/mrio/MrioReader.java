package be.cambium.io.mrio;

import be.cambium.footprint.Extension;
import be.cambium.footprint.IoSystem;
import be.cambium.footprint.IoSystemException;
import be.cambium.footprint.Label;
import be.cambium.footprint.LabelIndex;
import be.cambium.linalg.DenseMatrix;
import be.cambium.provenance.Provenance;
import be.cambium.provenance.Source;
import be.cambium.validate.Issue;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads an MRIO folder into an {@link IoSystem}. Two layouts:
 * <ul>
 * <li>pymrio's saved format and EXIOBASE 3 (unzipped): {@code file_parameters.json} naming the core files
 * ({@code Z} or {@code A}, {@code Y}, optional {@code x}, {@code unit}) with {@code nr_header} and
 * {@code nr_index_col}; every sub-folder with its own {@code file_parameters.json} is an extension
 * ({@code F}, {@code F_Y} or EXIOBASE's {@code F_hh}, {@code unit}), named after the folder.</li>
 * <li>pymrio's bundled test MRIO as raw files ({@code mrio_data/trade_flows_Z.txt},
 * {@code finald_demand_Y.txt}, {@code emissions.txt}, {@code FDemissions.txt}, {@code factor_input.txt},
 * {@code population.txt}), with the loader parameters of pymrio's {@code load_test()}.</li>
 * </ul>
 * Region codes are kept as written unless {@link RegionCodes#EUROSTAT} is asked for (pymrio renames EXIOBASE's
 * ISO3 codes to ISO2 always; we do it only on request, and to Eurostat's codes).
 */
public final class MrioReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The system and the warnings met on the way (reader and system checks). */
    public record Result(IoSystem system, String layout, ValidationReport report) {
    }

    private MrioReader() {
    }

    /** Reading options: the one extension to keep (all when null), the input format and the region codes. */
    public record Options(@Nullable String extension, MrioFormat format, RegionCodes regionCodes) {
        public static Options defaults() {
            return new Options(null, MrioFormat.AUTO, RegionCodes.AS_WRITTEN);
        }

        public Options withExtension(@Nullable String e) {
            return new Options(e, format, regionCodes);
        }

        public Options withFormat(MrioFormat f) {
            return new Options(extension, f, regionCodes);
        }

        public Options withRegionCodes(RegionCodes r) {
            return new Options(extension, format, r);
        }
    }

    /**
     * Reads the folder, detecting its layout; keeps only {@code extension} when given.
     *
     * @throws MrioReadException for a missing or malformed file, mismatched labels, a missing extension or
     *     a system that is not productive, each with its location
     */
    public static Result read(Path dir, @Nullable String extension) throws MrioReadException {
        return readWith(dir, Options.defaults().withExtension(extension));
    }

    /**
     * Reads an MRIO in the given (or detected) format: pymrio/EXIOBASE 3 folder or zip, pymrio's raw test
     * MRIO, an OECD ICIO CSV, or the generic long CSV pair.
     */
    public static Result readWith(Path path, Options options) throws MrioReadException {
        MrioFormat format = options.format() == MrioFormat.AUTO ? MrioFormat.detect(path) : options.format();
        RegionCodes.Mapper rm = options.regionCodes().mapper();
        String extension = options.extension();
        Path dir = path;
        switch (format) {
            case ICIO:
                return IcioReader.read(path, extension, rm);
            case LONG:
                return LongCsvReader.read(path, extension, rm);
            default:
                break;
        }
        if (Files.isRegularFile(dir) && dir.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            return readZip(dir, extension, rm);
        }
        if (!Files.isDirectory(dir)) {
            throw new MrioReadException(Issue.error("MRIO_MISSING_FILE", "not a folder", Location.file(dir.toString())));
        }
        if (Files.isRegularFile(dir.resolve("file_parameters.json"))) {
            return readPymrioFolder(dir, extension, rm);
        }
        Path raw = Files.isDirectory(dir.resolve("mrio_data")) ? dir.resolve("mrio_data") : dir;
        if (Files.isRegularFile(raw.resolve("trade_flows_Z.txt"))) {
            return readPymrioTestMrio(raw, extension, rm);
        }
        throw new MrioReadException(Issue.error("MRIO_FORMAT", "no file_parameters.json (pymrio/EXIOBASE 3 folder) and no "
                + "mrio_data/trade_flows_Z.txt (pymrio test MRIO) here", Location.file(dir.toString())));
    }

    /**
     * An EXIOBASE 3 / pymrio archive (e.g. {@code IOT_2022_pxp.zip}): the folder holding
     * {@code file_parameters.json} is the archive root or its single top folder. Read in place through
     * the zip file system; nothing is extracted.
     */
    static Result readZip(Path zip, @Nullable String extension, RegionCodes.Mapper rm) throws MrioReadException {
        try (java.nio.file.FileSystem fs = java.nio.file.FileSystems.newFileSystem(zip, (ClassLoader) null)) {
            Path root = fs.getPath("/");
            if (!Files.isRegularFile(root.resolve("file_parameters.json"))) {
                List<Path> tops;
                try (Stream<Path> s = Files.list(root)) {
                    tops = s.filter(Files::isDirectory).toList();
                }
                if (tops.size() == 1 && Files.isRegularFile(tops.get(0).resolve("file_parameters.json"))) {
                    root = tops.get(0);
                } else {
                    throw new MrioReadException(Issue.error("MRIO_FORMAT", "no file_parameters.json at the top of the archive "
                            + "or in its single top folder", Location.file(zip.toString())));
                }
            }
            Result r = readPymrioFolder(root, extension, rm);
            return new Result(r.system(), "pymrio/EXIOBASE 3 archive", r.report());
        } catch (IOException | java.nio.file.ProviderNotFoundException e) {
            throw new MrioReadException(Issue.error("MRIO_IO", "cannot open the archive: " + e.getMessage(), Location.file(zip.toString())));
        }
    }

    // ---------------------------------------------------------------- pymrio test MRIO (raw files)

    static Result readPymrioTestMrio(Path dir, @Nullable String extension, RegionCodes.Mapper rm) throws MrioReadException {
        ValidationReport.Builder rb = ValidationReport.builder();
        TextMatrix z = TextMatrix.read(dir.resolve("trade_flows_Z.txt"), 2, 3, 2, -1);
        LabelIndex sectors = squareIndex(z, "sector", rm);
        TextMatrix y = TextMatrix.read(dir.resolve("finald_demand_Y.txt"), 2, 3, 2, -1);
        requireRows(y, z);
        LabelIndex fd = columnIndex(y, "category", rm);
        String unit = commonUnit(z.rowUnits(), z.file(), rb);
        List<Extension> exts = new ArrayList<>();
        if (wanted(extension, "factor_inputs")) {
            TextMatrix fac = TextMatrix.read(dir.resolve("factor_input.txt"), 2, 2, 1, -1);
            requireColumns(fac, z);
            exts.add(Extension.withoutFinalDemand("factor_inputs", TextMatrix.joined(fac.rowKeys()), fac.rowUnits(), fac.values(), fd.size()));
        }
        if (wanted(extension, "emissions")) {
            TextMatrix f = TextMatrix.read(dir.resolve("emissions.txt"), 2, 3, 2, -1);
            requireColumns(f, z);
            TextMatrix fy = TextMatrix.read(dir.resolve("FDemissions.txt"), 2, 3, 2, -1);
            requireColumns(fy, y);
            requireSameRows(fy, f);
            exts.add(Extension.of("emissions", TextMatrix.joined(f.rowKeys()), f.rowUnits(), f.values(), fy.values()));
        }
        missingExtension(extension, exts, dir, List.of("factor_inputs", "emissions"));
        IoSystem sys = build(() -> IoSystem.fromFlows(sectors, fd, z.values(), y.values(), null, unit));
        for (Extension e : exts) {
            sys = sys.withExtension(e);
        }
        Path pop = dir.resolve("population.txt");
        if (Files.isRegularFile(pop)) {
            TextMatrix p = TextMatrix.read(pop, 1, 1, -1, -1);
            Map<String, Double> people = new LinkedHashMap<>();
            for (int c = 0; c < p.colKeys().size(); c++) {
                people.put(rm.map(p.colKeys().get(c).get(0), p.file()), p.values().get(0, c));
            }
            try {
                sys = sys.withPopulation(people);
            } catch (IllegalArgumentException e) {
                throw new MrioReadException(Issue.error("MRIO_POPULATION", e.getMessage(), Location.file(pop.toString())));
            }
        }
        sys = sys.withProvenance(Provenance.of(Source.of("pymrio-test-mrio", "pymrio test MRIO (fictional, 6 regions x 8 sectors)",
                "https://github.com/IndEcol/pymrio", "pymrio 0.6.3")).withStep("read " + dir));
        return new Result(sys, "pymrio test MRIO (raw files)", rb.addAll(rm.report()).addAll(sys.report()).build());
    }

    // ---------------------------------------------------------------- pymrio saved folder / EXIOBASE 3

    static Result readPymrioFolder(Path dir, @Nullable String extension, RegionCodes.Mapper rm) throws MrioReadException {
        ValidationReport.Builder rb = ValidationReport.builder();
        Map<String, FileSpec> core = fileParameters(dir);
        FileSpec ySpec = require(core, "Y", dir);
        boolean flows = core.containsKey("Z");
        FileSpec mSpec = flows ? core.get("Z") : require(core, "A", dir);
        TextMatrix m = TextMatrix.read(dir.resolve(mSpec.name), mSpec.header, mSpec.index, -1, -1);
        LabelIndex sectors = squareIndex(m, "sector", rm);
        TextMatrix y = TextMatrix.read(dir.resolve(ySpec.name), ySpec.header, ySpec.index, -1, -1);
        requireRows(y, m);
        LabelIndex fd = columnIndex(y, "category", rm);
        String unit = "unknown";
        if (core.containsKey("unit")) {
            unit = commonUnit(new ArrayList<>(readUnits(dir.resolve(core.get("unit").name)).values()), core.get("unit").name, rb);
        } else {
            rb.warning("MRIO_NO_UNIT", "no unit file; the monetary unit is unknown", Location.file(dir.resolve("file_parameters.json").toString()));
        }
        double[] x = null;
        if (flows && core.containsKey("x")) {
            FileSpec xs = core.get("x");
            TextMatrix xm = TextMatrix.read(dir.resolve(xs.name), xs.header, xs.index, -1, -1);
            requireRows(xm, m);
            x = xm.values().column(0);
        }
        List<Extension> exts = new ArrayList<>();
        List<String> available = new ArrayList<>();
        try (Stream<Path> sub = Files.list(dir)) {
            for (Path p : sub.sorted().toList()) {
                if (!Files.isRegularFile(p.resolve("file_parameters.json"))) {
                    continue;
                }
                String name = p.getFileName().toString();
                available.add(name);
                if (wanted(extension, name)) {
                    exts.add(readExtension(p, name, m, y, fd.size(), rb));
                }
            }
        } catch (IOException e) {
            throw new MrioReadException(Issue.error("MRIO_IO", "cannot list: " + e.getMessage(), Location.file(dir.toString())));
        }
        missingExtension(extension, exts, dir, available);
        String u = unit;
        double[] out = x;
        IoSystem sys = build(() -> flows ? IoSystem.fromFlows(sectors, fd, m.values(), y.values(), out, u)
                : IoSystem.fromCoefficients(sectors, fd, m.values(), y.values(), u));
        for (Extension e : exts) {
            sys = sys.withExtension(e);
        }
        String title = "pymrio folder";
        Path meta = dir.resolve("metadata.json");
        if (Files.isRegularFile(meta)) {
            try {
                JsonNode j;
                try (var in = Files.newInputStream(meta)) {
                    j = JSON.readTree(in);
                }
                title = j.path("description").asText(j.path("name").asText(title)) + " (" + j.path("system").asText("?")
                        + ", " + j.path("version").asText("?") + ")";
            } catch (IOException e) {
                rb.warning("MRIO_METADATA", "metadata.json is not valid JSON: " + e.getMessage(), Location.file(meta.toString()));
            }
        }
        sys = sys.withProvenance(Provenance.of(Source.of(dir.getFileName().toString(), title, dir.toUri().toString(), "as read"))
                .withStep("read " + dir + (flows ? " (flows Z)" : " (coefficients A)")));
        return new Result(sys, "pymrio/EXIOBASE 3 folder", rb.addAll(rm.report()).addAll(sys.report()).build());
    }

    private static Extension readExtension(Path dir, String name, TextMatrix core, TextMatrix y, int fdCols,
            ValidationReport.Builder rb) throws MrioReadException {
        Map<String, FileSpec> files = fileParameters(dir);
        FileSpec fs = require(files, "F", dir);
        TextMatrix f = TextMatrix.read(dir.resolve(fs.name), fs.header, fs.index, -1, -1);
        requireColumns(f, core);
        List<String> stressors = TextMatrix.joined(f.rowKeys());
        FileSpec fys = files.containsKey("F_Y") ? files.get("F_Y") : files.get("F_hh");
        DenseMatrix fy;
        if (fys == null) {
            fy = DenseMatrix.zeros(stressors.size(), fdCols);
        } else {
            TextMatrix t = TextMatrix.read(dir.resolve(fys.name), fys.header, fys.index, -1, -1);
            requireColumns(t, y);
            requireSameRows(t, f);
            fy = t.values();
        }
        List<String> units = new ArrayList<>();
        if (files.containsKey("unit")) {
            Map<String, String> um = readUnits(dir.resolve(files.get("unit").name));
            for (String s : stressors) {
                String u = um.get(s);
                if (u == null) {
                    throw new MrioReadException(Issue.error("MRIO_NO_UNIT", "no unit for stressor '" + s + "'",
                            Location.file(dir.resolve(files.get("unit").name).toString())));
                }
                units.add(u);
            }
        } else {
            rb.warning("MRIO_NO_UNIT", "extension " + name + " has no unit file", Location.file(dir.toString()));
            stressors.forEach(s -> units.add("unknown"));
        }
        return Extension.of(name, stressors, units, f.values(), fy);
    }

    // ---------------------------------------------------------------- helpers

    private record FileSpec(String name, int header, int index) {
    }

    private static Map<String, FileSpec> fileParameters(Path dir) throws MrioReadException {
        Path p = dir.resolve("file_parameters.json");
        try {
            JsonNode root;
            try (var in = Files.newInputStream(p)) {
                root = JSON.readTree(in);
            }
            JsonNode files = root.path("files");
            if (!files.isObject()) {
                throw new MrioReadException(Issue.error("MRIO_FORMAT", "no \"files\" object", Location.file(p.toString())));
            }
            Map<String, FileSpec> m = new LinkedHashMap<>();
            var it = files.fields();
            while (it.hasNext()) {
                var e = it.next();
                JsonNode v = e.getValue();
                m.put(e.getKey(), new FileSpec(v.path("name").asText(e.getKey() + ".txt"), v.path("nr_header").asInt(1),
                        v.path("nr_index_col").asInt(1)));
            }
            return m;
        } catch (IOException e) {
            throw new MrioReadException(Issue.error("MRIO_FORMAT", "cannot read file_parameters.json: " + e.getMessage(),
                    Location.file(p.toString())));
        }
    }

    private static FileSpec require(Map<String, FileSpec> files, String key, Path dir) throws MrioReadException {
        FileSpec f = files.get(key);
        if (f == null) {
            throw new MrioReadException(Issue.error("MRIO_MISSING_FILE", "file_parameters.json lists no '" + key + "' file",
                    Location.file(dir.resolve("file_parameters.json").toString())));
        }
        return f;
    }

    /** A unit table: header line, then key columns and the unit in the last column. */
    private static Map<String, String> readUnits(Path p) throws MrioReadException {
        Map<String, String> m = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            int lineNo = 1;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = TextMatrix.split(line);
                if (f.length < 2) {
                    throw new MrioReadException(Issue.error("MRIO_FIELD_COUNT", "unit row needs a key and a unit", Location.line(p.toString(), lineNo)));
                }
                m.put(String.join("/", java.util.Arrays.asList(f).subList(0, f.length - 1)).trim(), f[f.length - 1].trim());
            }
        } catch (IOException e) {
            throw new MrioReadException(Issue.error("MRIO_MISSING_FILE", "cannot read unit file: " + e.getMessage(), Location.file(p.toString())));
        }
        return m;
    }

    private static String commonUnit(List<String> units, String file, ValidationReport.Builder rb) {
        List<String> distinct = units.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return "unknown";
        }
        if (distinct.size() > 1) {
            rb.warning("MRIO_MIXED_UNITS", "rows carry several units " + distinct + "; using " + distinct.get(0), Location.file(file));
        }
        return distinct.get(0);
    }

    private static LabelIndex squareIndex(TextMatrix m, String item, RegionCodes.Mapper rm) throws MrioReadException {
        LabelIndex rows = index(m.rowKeys(), item, m.file(), true, rm);
        LabelIndex cols = index(m.colKeys(), item, m.file(), false, rm);
        if (!rows.equals(cols)) {
            throw new MrioReadException(Issue.error("MRIO_LABEL_MISMATCH", "row labels and column labels differ: "
                    + firstDifference(m.rowKeys(), m.colKeys()), Location.file(m.file())));
        }
        return rows;
    }

    private static LabelIndex columnIndex(TextMatrix m, String item, RegionCodes.Mapper rm) throws MrioReadException {
        return index(m.colKeys(), item, m.file(), false, rm);
    }

    private static LabelIndex index(List<List<String>> keys, String item, String file, boolean rows, RegionCodes.Mapper rm)
            throws MrioReadException {
        List<Label> labels = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            List<String> k = keys.get(i);
            if (k.size() != 2 || k.get(0).isBlank() || k.get(1).isBlank()) {
                throw new MrioReadException(Issue.error("MRIO_FORMAT", (rows ? "row " : "column ") + (i + 1)
                        + " label " + k + " is not (region, " + item + ")", Location.file(file)));
            }
            labels.add(Label.of(rm.map(k.get(0), file), k.get(1)));
        }
        try {
            return LabelIndex.of(item, labels);
        } catch (IllegalArgumentException e) {
            throw new MrioReadException(Issue.error("MRIO_FORMAT", e.getMessage(), Location.file(file)));
        }
    }

    private static void requireRows(TextMatrix t, TextMatrix core) throws MrioReadException {
        if (!t.rowKeys().equals(core.rowKeys())) {
            throw new MrioReadException(Issue.error("MRIO_LABEL_MISMATCH", "row labels differ from those of " + core.file()
                    + ": " + firstDifference(t.rowKeys(), core.rowKeys()), Location.file(t.file())));
        }
    }

    private static void requireColumns(TextMatrix t, TextMatrix core) throws MrioReadException {
        if (!t.colKeys().equals(core.colKeys())) {
            throw new MrioReadException(Issue.error("MRIO_LABEL_MISMATCH", "column labels differ from those of " + core.file()
                    + ": " + firstDifference(t.colKeys(), core.colKeys()), Location.file(t.file())));
        }
    }

    private static void requireSameRows(TextMatrix t, TextMatrix f) throws MrioReadException {
        if (!t.rowKeys().equals(f.rowKeys())) {
            throw new MrioReadException(Issue.error("MRIO_LABEL_MISMATCH", "stressor rows differ from those of " + f.file()
                    + ": " + firstDifference(t.rowKeys(), f.rowKeys()), Location.file(t.file())));
        }
    }

    private static String firstDifference(List<List<String>> a, List<List<String>> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            if (!a.get(i).equals(b.get(i))) {
                return "position " + (i + 1) + " is " + a.get(i) + " here but " + b.get(i) + " there";
            }
        }
        return a.size() + " labels here but " + b.size() + " there";
    }

    private static boolean wanted(@Nullable String extension, String name) {
        return extension == null || extension.equals(name);
    }

    private static void missingExtension(@Nullable String extension, List<Extension> found, Path dir, List<String> available)
            throws MrioReadException {
        if (extension != null && found.isEmpty()) {
            throw new MrioReadException(Issue.error("MRIO_MISSING_EXTENSION", "no extension '" + extension + "'; available: "
                    + available, Location.file(dir.toString())));
        }
    }

    interface SystemBuilder {
        IoSystem build();
    }

    static IoSystem build(SystemBuilder b) throws MrioReadException {
        try {
            return b.build();
        } catch (IoSystemException e) {
            throw new MrioReadException(e.report());
        }
    }
}
