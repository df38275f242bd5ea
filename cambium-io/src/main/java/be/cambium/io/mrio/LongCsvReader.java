package be.cambium.io.mrio;

import be.cambium.footprint.Extension;
import be.cambium.footprint.IoSystem;
import be.cambium.footprint.Label;
import be.cambium.footprint.LabelIndex;
import be.cambium.linalg.DenseMatrix;
import be.cambium.provenance.Provenance;
import be.cambium.provenance.Source;
import be.cambium.validate.Issue;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads the generic long CSV layout from a folder:
 * <ul>
 * <li>{@code Z.csv}: {@code region_from,sector_from,region_to,sector_or_category_to,value[,unit]}, one row per
 * non-zero inter-industry flow;</li>
 * <li>{@code Y.csv}: the same columns, {@code sector_or_category_to} a final-demand category;</li>
 * <li>every other {@code NAME.csv} whose header is {@code stressor,region,sector,value,unit}: extension
 * {@code NAME}; a {@code (region, sector)} that is a final-demand category goes to F_Y.</li>
 * </ul>
 * Absent pairs are zero (the layout is sparse); a pair given twice is an error. Each file is read twice,
 * line by line: once for the labels, once into double arrays. Labels are ordered region-major: regions in order
 * of first appearance, within a region the items in order of first appearance in the file.
 */
final class LongCsvReader {

    static final String FLOW_HEADER = "region_from,sector_from,region_to,sector_or_category_to,value";
    static final String EXT_HEADER = "stressor,region,sector,value,unit";

    private LongCsvReader() {
    }

    private interface RowSink {
        void row(String[] f, int line) throws MrioReadException;
    }

    private static void scan(Path p, String header, int minFields, RowSink sink) throws MrioReadException {
        String name = p.toString();
        try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            String h = in.readLine();
            if (h == null || !IcioReader.stripBom(h).replace(" ", "").toLowerCase(java.util.Locale.ROOT).startsWith(header)) {
                throw new MrioReadException(Issue.error("MRIO_FORMAT", "header must start with '" + header + "'", Location.line(name, 1)));
            }
            String line;
            int no = 1;
            while ((line = in.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = Csv.split(line);
                if (f.length < minFields) {
                    throw new MrioReadException(Issue.error("MRIO_FIELD_COUNT", "row has " + f.length + " fields, needs "
                            + minFields, Location.at(name, no, f.length + 1)));
                }
                for (int i = 0; i < f.length; i++) {
                    f[i] = f[i].trim();
                }
                sink.row(f, no);
            }
        } catch (IOException e) {
            throw new MrioReadException(Issue.error("MRIO_MISSING_FILE", "cannot read: " + e.getMessage(), Location.file(name)));
        }
    }

    static MrioReader.Result read(Path dir, @Nullable String extension, RegionCodes.Mapper rm) throws MrioReadException {
        ValidationReport.Builder rb = ValidationReport.builder();
        Path zp = dir.resolve("Z.csv");
        Path yp = dir.resolve("Y.csv");
        String zn = zp.toString();
        String yn = yp.toString();
        // pass 1: labels
        Map<Label, Integer> sec = new LinkedHashMap<>();
        List<String> units = new ArrayList<>();
        scan(zp, FLOW_HEADER, 5, (f, l) -> {
            sec.putIfAbsent(Label.of(rm.map(f[0], zn), f[1]), sec.size());
            sec.putIfAbsent(Label.of(rm.map(f[2], zn), f[3]), sec.size());
            if (f.length > 5 && !units.contains(f[5])) {
                units.add(f[5]);
            }
        });
        Map<Label, Integer> cat = new LinkedHashMap<>();
        scan(yp, FLOW_HEADER, 5, (f, l) -> {
            Label to = Label.of(rm.map(f[2], yn), f[3]);
            if (sec.containsKey(to)) {
                throw new MrioReadException(Issue.error("MRIO_LABEL_MISMATCH", "final-demand category " + to
                        + " is also a sector of Z.csv", Location.at(yn, l, 4)));
            }
            cat.putIfAbsent(to, cat.size());
            if (f.length > 5 && !units.contains(f[5])) {
                units.add(f[5]);
            }
        });
        canonical(sec);
        canonical(cat);
        int n = sec.size();
        int m = cat.size();
        if (n == 0) {
            throw new MrioReadException(Issue.error("MRIO_FORMAT", "Z.csv has no rows", Location.file(zn)));
        }
        // pass 2: values
        double[] z = new double[n * n];
        BitSet zSeen = new BitSet(n * n);
        scan(zp, FLOW_HEADER, 5, (f, l) -> {
            int i = sec.get(Label.of(rm.map(f[0], zn), f[1]));
            int j = sec.get(Label.of(rm.map(f[2], zn), f[3]));
            if (zSeen.get(i + j * n)) {
                throw new MrioReadException(Issue.error("MRIO_DUPLICATE", "flow given twice", Location.at(zn, l, 1)));
            }
            zSeen.set(i + j * n);
            z[i + j * n] = TextMatrix.parse(f[4], zn, l, 5);
        });
        double[] y = new double[n * m];
        BitSet ySeen = new BitSet(n * m);
        scan(yp, FLOW_HEADER, 5, (f, l) -> {
            Integer i = sec.get(Label.of(rm.map(f[0], yn), f[1]));
            if (i == null) {
                throw new MrioReadException(Issue.error("MRIO_LABEL_MISMATCH", "supplying sector (" + f[0] + ", " + f[1]
                        + ") is not a sector of Z.csv", Location.at(yn, l, 1)));
            }
            int j = cat.get(Label.of(rm.map(f[2], yn), f[3]));
            if (ySeen.get(i + j * n)) {
                throw new MrioReadException(Issue.error("MRIO_DUPLICATE", "final demand given twice", Location.at(yn, l, 1)));
            }
            ySeen.set(i + j * n);
            y[i + j * n] = TextMatrix.parse(f[4], yn, l, 5);
        });
        String unit = units.isEmpty() ? "unknown" : units.get(0);
        if (units.isEmpty()) {
            rb.warning("MRIO_NO_UNIT", "Z.csv and Y.csv have no unit column; the monetary unit is unknown", Location.file(zn));
        } else if (units.size() > 1) {
            throw new MrioReadException(Issue.error("MRIO_MIXED_UNITS", "Z/Y rows carry several units " + units, Location.file(zn)));
        }
        LabelIndex sIdx = IcioReader.index("sector", new ArrayList<>(sec.keySet()), zn);
        LabelIndex cIdx = IcioReader.index("category", new ArrayList<>(cat.keySet()), yn);
        IoSystem sys = MrioReader.build(() -> IoSystem.fromFlows(sIdx, cIdx, DenseMatrix.wrap(n, n, z), DenseMatrix.wrap(n, m, y), null, unit));
        List<String> available = new ArrayList<>();
        List<Path> csvs;
        try (Stream<Path> s = Files.list(dir)) {
            csvs = s.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new MrioReadException(Issue.error("MRIO_IO", "cannot list: " + e.getMessage(), Location.file(dir.toString())));
        }
        for (Path p : csvs) {
            String fn = p.getFileName().toString();
            if (fn.equals("Z.csv") || fn.equals("Y.csv")) {
                continue;
            }
            String extName = fn.substring(0, fn.length() - 4);
            available.add(extName);
            if (extension == null || extension.equals(extName)) {
                sys = sys.withExtension(readExtension(p, extName, sec, cat, rm));
            }
        }
        if (extension != null && !available.contains(extension)) {
            throw new MrioReadException(Issue.error("MRIO_MISSING_EXTENSION", "no extension '" + extension + "'; available: "
                    + available, Location.file(dir.toString())));
        }
        sys = sys.withProvenance(Provenance.of(Source.of(dir.getFileName().toString(), "MRIO in long CSV layout", dir.toUri().toString(),
                "as read")).withStep("read " + dir + " (long CSV)"));
        return new MrioReader.Result(sys, "long CSV folder", rb.addAll(rm.report()).addAll(sys.report()).build());
    }

    /**
     * Re-numbers labels region-major: regions in order of first appearance, within each region the items in
     * order of first appearance in the whole file; so the order does not depend on which pairs are zero.
     */
    private static void canonical(Map<Label, Integer> labels) {
        Map<String, List<Label>> byRegion = new LinkedHashMap<>();
        Map<String, Integer> itemOrder = new LinkedHashMap<>();
        for (Label l : labels.keySet()) {
            byRegion.computeIfAbsent(l.region(), k -> new ArrayList<>()).add(l);
            itemOrder.putIfAbsent(l.item(), itemOrder.size());
        }
        labels.clear();
        for (List<Label> ls : byRegion.values()) {
            ls.sort(java.util.Comparator.comparingInt(l -> itemOrder.get(l.item())));
            for (Label l : ls) {
                labels.put(l, labels.size());
            }
        }
    }

    private static Extension readExtension(Path p, String extName, Map<Label, Integer> sec, Map<Label, Integer> cat,
            RegionCodes.Mapper rm) throws MrioReadException {
        String name = p.toString();
        Map<String, Integer> stress = new LinkedHashMap<>();
        Map<String, String> unit = new LinkedHashMap<>();
        scan(p, EXT_HEADER, 5, (f, l) -> {
            stress.putIfAbsent(f[0], stress.size());
            String prev = unit.putIfAbsent(f[0], f[4]);
            if (prev != null && !prev.equals(f[4])) {
                throw new MrioReadException(Issue.error("MRIO_MIXED_UNITS", "stressor '" + f[0] + "' in '" + prev + "' above, '"
                        + f[4] + "' here", Location.at(name, l, 5)));
            }
        });
        int k = stress.size();
        canonical(sec);
        canonical(cat);
        int n = sec.size();
        int m = cat.size();
        double[] fz = new double[k * n];
        double[] fy = new double[k * m];
        BitSet seen = new BitSet(k * (n + m));
        scan(p, EXT_HEADER, 5, (f, l) -> {
            int s = stress.get(f[0]);
            Label lab = Label.of(rm.map(f[1], name), f[2]);
            Integer j = sec.get(lab);
            int slot;
            if (j != null) {
                slot = s + j * k;
                fz[slot] = TextMatrix.parse(f[3], name, l, 4);
            } else {
                Integer c = cat.get(lab);
                if (c == null) {
                    throw new MrioReadException(Issue.error("MRIO_LABEL_MISMATCH", "(" + f[1] + ", " + f[2]
                            + ") is neither a sector of Z.csv nor a category of Y.csv", Location.at(name, l, 2)));
                }
                slot = k * n + s + c * k;
                fy[s + c * k] = TextMatrix.parse(f[3], name, l, 4);
            }
            if (seen.get(slot)) {
                throw new MrioReadException(Issue.error("MRIO_DUPLICATE", "value given twice", Location.at(name, l, 1)));
            }
            seen.set(slot);
        });
        List<String> names = new ArrayList<>(stress.keySet());
        return Extension.of(extName, names, names.stream().map(unit::get).toList(), DenseMatrix.wrap(k, n, fz), DenseMatrix.wrap(k, m, fy));
    }
}
