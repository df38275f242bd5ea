package be.cambium.io.criticality;

import be.cambium.classification.Classifications;
import be.cambium.classification.Countries;
import be.cambium.criticality.WgiRecord;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the World Bank WGI bulk CSV ({@code WGIData.csv}: one row per economy and series, a column per
 * year, UTF-8 with BOM, empty cell = missing) into {@link WgiRecord}s with the six estimates and their
 * standard errors, keyed by Eurostat GEO code. Economies that are not countries of the classification
 * are skipped with an INFO issue.
 */
public final class WgiBulkCsv {

    private static final String[] DIMS = {"VA", "PV", "GE", "RQ", "RL", "CC"};

    private WgiBulkCsv() {
    }

    public static List<WgiRecord> read(Path file, int fromYear, int toYear, ValidationReport.Builder issues) {
        Countries countries = Classifications.standard().countries();
        LocatedCsv csv = LocatedCsv.read(file, StandardCharsets.UTF_8);
        int cCode = csv.column("Country Code");
        int cInd = csv.column("Indicator Code");
        Map<String, double[]> est = new LinkedHashMap<>(); // key iso3|year -> 12 values (6 est, 6 se)
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        for (LocatedCsv.Row r : csv.rows()) {
            String ind = r.get(cInd).trim();
            int dot = ind.indexOf('.');
            if (dot < 0) {
                continue;
            }
            int d = java.util.Arrays.asList(DIMS).indexOf(ind.substring(0, dot));
            String measure = ind.substring(dot + 1);
            int offset = measure.equals("EST") ? 0 : measure.equals("STD.ERR") ? 6 : -1;
            if (d < 0 || offset < 0) {
                continue;
            }
            for (int y = fromYear; y <= toYear; y++) {
                int col = csv.column(Integer.toString(y));
                if (col < 0) {
                    continue;
                }
                String key = r.get(cCode).trim() + "|" + y;
                double[] v = est.computeIfAbsent(key, k -> {
                    double[] a = new double[12];
                    java.util.Arrays.fill(a, Double.NaN);
                    return a;
                });
                firstLine.putIfAbsent(key, r.line());
                String s = r.get(col).trim();
                if (!s.isEmpty()) {
                    try {
                        v[offset + d] = Double.parseDouble(s);
                    } catch (NumberFormatException e) {
                        issues.error("WGI_BAD_CELL", "'" + s + "' is not a number", Location.line(csv.file(), r.line())
                                .withCell(Map.of("column", Integer.toString(y))));
                    }
                }
            }
        }
        List<WgiRecord> out = new ArrayList<>();
        java.util.Set<String> skipped = new java.util.TreeSet<>();
        for (var e : est.entrySet()) {
            String[] k = e.getKey().split("\\|");
            var c = countries.fromIso3(k[0]);
            if (c.isEmpty()) {
                skipped.add(k[0]);
                continue;
            }
            double[] v = e.getValue();
            boolean any = false;
            for (int i = 0; i < 6; i++) {
                any |= !Double.isNaN(v[i]);
            }
            if (!any) {
                continue;
            }
            out.add(WgiRecord.raw(c.get(), Integer.parseInt(k[1]), java.util.Arrays.copyOfRange(v, 0, 6),
                    java.util.Arrays.copyOfRange(v, 6, 12), Location.line(csv.file(), firstLine.get(e.getKey()))));
        }
        if (!skipped.isEmpty()) {
            issues.info("WGI_NOT_A_COUNTRY", "economies without a country code in the classification, skipped: " + skipped,
                    Location.file(csv.file()));
        }
        return out;
    }
}
