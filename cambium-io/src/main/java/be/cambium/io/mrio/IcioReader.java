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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads one OECD Inter-Country Input-Output table in its published wide CSV layout: a header row whose first
 * cell is empty (or a label such as {@code V1}), then one column per {@code COUNTRY_INDUSTRY} ({@code AUS_D01T02},
 * {@code AUS_A01_02}, {@code AUS_01T03} depending on the release), one per {@code COUNTRY_CATEGORY} of final
 * demand ({@code HFCE, NPISH, GGFC, GFCF, INVNT, DPABR, ...}) and optionally a total column ({@code OUT},
 * {@code OUTPUT} or {@code TOTAL}); then one row per industry with the same labels, and rows without an
 * industry label ({@code TLS}/{@code TAXSUB}, {@code VA}/{@code VALU}) that become the {@code factor_inputs}
 * extension (as pymrio does), and the output row ({@code OUT}/{@code OUTPUT}) that is checked against the total
 * column. Every line is parsed straight into double arrays. Values are USD million (OECD convention).
 */
final class IcioReader {

    /** Final-demand category codes of the ICIO releases 2016–2023. */
    static final Set<String> FD_CODES = Set.of("HFCE", "NPISH", "GGFC", "GFCF", "INVNT", "DPABR", "NONRES", "CONS_NONRES",
            "CONS_ABR", "P33", "EXPO", "IMPO", "FD");
    private static final Set<String> TOTALS = Set.of("OUT", "OUTPUT", "TOTAL");

    private IcioReader() {
    }

    static MrioReader.Result read(Path file, @Nullable String extension, RegionCodes.Mapper rm) throws MrioReadException {
        String name = file.toString();
        ValidationReport.Builder rb = ValidationReport.builder();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String headerLine = in.readLine();
            if (headerLine == null) {
                throw new MrioReadException(Issue.error("MRIO_TRUNCATED", "empty file", Location.line(name, 1)));
            }
            String[] h = Csv.split(stripBom(headerLine));
            int width = h.length;
            // column roles
            int[] sectorCol = new int[width];
            int[] fdCol = new int[width];
            java.util.Arrays.fill(sectorCol, -1);
            java.util.Arrays.fill(fdCol, -1);
            int totalCol = -1;
            List<Label> sectors = new ArrayList<>();
            List<Label> fd = new ArrayList<>();
            Map<String, Integer> sectorPos = new HashMap<>();
            for (int c = 1; c < width; c++) {
                String lab = h[c].trim();
                if (TOTALS.contains(lab.toUpperCase(Locale.ROOT))) {
                    if (totalCol >= 0) {
                        throw new MrioReadException(Issue.error("MRIO_FORMAT", "two total columns", Location.at(name, 1, c + 1)));
                    }
                    totalCol = c;
                    continue;
                }
                int u = lab.indexOf('_');
                if (u <= 0 || u == lab.length() - 1) {
                    throw new MrioReadException(Issue.error("MRIO_FORMAT", "column label '" + lab
                            + "' is not COUNTRY_INDUSTRY, COUNTRY_CATEGORY or OUT", Location.at(name, 1, c + 1)));
                }
                String region = lab.substring(0, u);
                String code = lab.substring(u + 1);
                if (FD_CODES.contains(code.toUpperCase(Locale.ROOT))) {
                    fdCol[c] = fd.size();
                    fd.add(Label.of(rm.map(region, name), code));
                } else {
                    if (sectorPos.put(lab, sectors.size()) != null) {
                        throw new MrioReadException(Issue.error("MRIO_FORMAT", "duplicate column '" + lab + "'", Location.at(name, 1, c + 1)));
                    }
                    sectorCol[c] = sectors.size();
                    sectors.add(Label.of(rm.map(region, name), code));
                }
            }
            int n = sectors.size();
            int m = fd.size();
            if (n == 0) {
                throw new MrioReadException(Issue.error("MRIO_FORMAT", "no COUNTRY_INDUSTRY columns", Location.line(name, 1)));
            }
            double[] z = new double[n * n];
            double[] y = new double[n * m];
            double[] x = totalCol >= 0 ? new double[n] : null;
            boolean[] seen = new boolean[n];
            List<String> factorNames = new ArrayList<>();
            List<double[]> factorZ = new ArrayList<>();
            List<double[]> factorY = new ArrayList<>();
            double[] outRow = null;
            int outLine = 0;
            String line;
            int lineNo = 1;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = Csv.split(line);
                if (f.length != width) {
                    throw new MrioReadException(Issue.error("MRIO_FIELD_COUNT", "row has " + f.length + " fields, the header has "
                            + width + (f.length < width ? " (truncated file?)" : ""), Location.at(name, lineNo, Math.min(f.length, width) + 1)));
                }
                String lab = f[0].trim();
                Integer r = sectorPos.get(lab);
                if (r != null) {
                    if (seen[r]) {
                        throw new MrioReadException(Issue.error("MRIO_FORMAT", "duplicate row '" + lab + "'", Location.at(name, lineNo, 1)));
                    }
                    seen[r] = true;
                    for (int c = 1; c < width; c++) {
                        double v = TextMatrix.parse(f[c], name, lineNo, c + 1);
                        if (sectorCol[c] >= 0) {
                            z[r + sectorCol[c] * n] = v;
                        } else if (fdCol[c] >= 0) {
                            y[r + fdCol[c] * n] = v;
                        } else {
                            x[r] = v;
                        }
                    }
                } else if (TOTALS.contains(lab.toUpperCase(Locale.ROOT))) {
                    outRow = new double[n];
                    outLine = lineNo;
                    for (int c = 1; c < width; c++) {
                        if (sectorCol[c] >= 0) {
                            outRow[sectorCol[c]] = TextMatrix.parse(f[c], name, lineNo, c + 1);
                        }
                    }
                } else if (lab.indexOf('_') > 0 && !lab.contains("_INT") && !lab.startsWith("TTL") && !lab.startsWith("TXS")) {
                    throw new MrioReadException(Issue.error("MRIO_LABEL_MISMATCH", "row '" + lab
                            + "' looks like COUNTRY_INDUSTRY but no column carries that label", Location.at(name, lineNo, 1)));
                } else {
                    double[] fz = new double[n];
                    double[] fy = new double[m];
                    for (int c = 1; c < width; c++) {
                        if (sectorCol[c] >= 0) {
                            fz[sectorCol[c]] = TextMatrix.parse(f[c], name, lineNo, c + 1);
                        } else if (fdCol[c] >= 0) {
                            fy[fdCol[c]] = TextMatrix.parse(f[c], name, lineNo, c + 1);
                        }
                    }
                    factorNames.add(lab);
                    factorZ.add(fz);
                    factorY.add(fy);
                }
            }
            for (int i = 0; i < n; i++) {
                if (!seen[i]) {
                    throw new MrioReadException(Issue.error("MRIO_MISSING_ROW", "no row for column " + sectors.get(i).region() + "_"
                            + sectors.get(i).item() + " (truncated file?)", Location.line(name, lineNo)));
                }
            }
            if (outRow != null && x != null) {
                for (int i = 0; i < n; i++) {
                    if (Math.abs(outRow[i] - x[i]) > 1e-6 * Math.max(1, Math.abs(x[i]))) {
                        rb.warning("MRIO_OUTPUT_ROW", "output row " + outRow[i] + " differs from output column " + x[i]
                                + " for " + sectors.get(i), Location.line(name, outLine));
                    }
                }
            }
            if (x == null && outRow != null) {
                x = outRow;
            }
            LabelIndex sIdx = index("sector", sectors, name);
            List<String> split = sIdx.regions().stream().filter(r -> r.matches("(CN|MX)[0-9]")).toList();
            if (!split.isEmpty()) {
                rb.warning("MRIO_ICIO_SPLIT_REGIONS", "regions " + split + " are sub-tables of China/Mexico kept apart (pymrio "
                        + "sums them into CHN/MEX); merge them with --aggregate (region,CN1,CHN ...) if wanted", Location.line(name, 1));
            }
            LabelIndex fIdx = index("category", fd, name);
            String unit = "USD million";
            rb.info("MRIO_UNIT_ASSUMED", "ICIO values taken as USD million, current prices (OECD convention)", Location.file(name));
            double[] xs = x;
            IoSystem sys = MrioReader.build(() -> IoSystem.fromFlows(sIdx, fIdx, DenseMatrix.wrap(n, n, z), DenseMatrix.wrap(n, m, y), xs, unit));
            if (!factorNames.isEmpty() && (extension == null || extension.equals("factor_inputs"))) {
                double[] fz = new double[factorNames.size() * n];
                double[] fy = new double[factorNames.size() * m];
                int k = factorNames.size();
                for (int s = 0; s < k; s++) {
                    for (int j = 0; j < n; j++) {
                        fz[s + j * k] = factorZ.get(s)[j];
                    }
                    for (int j = 0; j < m; j++) {
                        fy[s + j * k] = factorY.get(s)[j];
                    }
                }
                sys = sys.withExtension(Extension.of("factor_inputs", factorNames, factorNames.stream().map(s -> unit).toList(),
                        DenseMatrix.wrap(k, n, fz), DenseMatrix.wrap(k, m, fy)));
            } else if (extension != null) {
                throw new MrioReadException(Issue.error("MRIO_MISSING_EXTENSION", "no extension '" + extension
                        + "'; an ICIO table carries only factor_inputs (value added and taxes rows)" , Location.file(name)));
            }
            sys = sys.withProvenance(Provenance.of(Source.of(file.getFileName().toString(), "OECD Inter-Country Input-Output table",
                    "https://www.oecd.org/sti/ind/inter-country-input-output-tables.htm", "as read")).withStep("read " + file + " (ICIO CSV)"));
            return new MrioReader.Result(sys, "OECD ICIO CSV", rb.addAll(rm.report()).addAll(sys.report()).build());
        } catch (IOException e) {
            throw new MrioReadException(Issue.error("MRIO_IO", "cannot read: " + e.getMessage(), Location.file(name)));
        }
    }

    static LabelIndex index(String item, List<Label> labels, String file) throws MrioReadException {
        try {
            return LabelIndex.of(item, labels);
        } catch (IllegalArgumentException e) {
            throw new MrioReadException(Issue.error("MRIO_FORMAT", e.getMessage(), Location.file(file)));
        }
    }

    static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }
}
