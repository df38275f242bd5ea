package be.cambium.io.comext;

import be.cambium.provenance.Source;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the World Bank WGI bulk CSV ({@code WGIData.csv}: Country Name, Country Code (ISO3), Indicator
 * Name, Indicator Code, one column per year) and returns, per Comext partner code (ISO 3166 alpha-2),
 * the EU-CRM scaling of the mean of the six governance estimates: {@code WGI_scaled = 5 - 2 * mean(EST)}
 * (0-10, 10 = worst; methods-accounts-criticality.md 4.4). An economy is scored only when all six
 * estimates exist for the year.
 */
public final class WgiReader {

    public static final List<String> DIMENSIONS = List.of("VA", "PV", "GE", "RQ", "RL", "CC");

    public record Result(Map<String, Double> scaledByIso2, int year, ValidationReport report, Source source) {
    }

    private WgiReader() {
    }

    public static Result read(Path csv, int year) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return read(r, csv.getFileName().toString(), year);
        }
    }

    public static Result read(Reader reader, String fileName, int year) throws IOException {
        ValidationReport.Builder rep = ValidationReport.builder();
        Map<String, String> iso3to2 = new HashMap<>();
        for (String iso2 : Locale.getISOCountries()) {
            iso3to2.put(new Locale("", iso2).getISO3Country(), iso2);
        }
        iso3to2.put("XKX", "XK"); // Kosovo: World Bank code, Comext XK
        iso3to2.put("ROM", "RO"); // older World Bank code for Romania
        iso3to2.put("ZAR", "CD");
        iso3to2.put("TMP", "TL");
        Map<String, double[]> sums = new TreeMap<>();
        // the World Bank file starts with a BOM and ends every line with a comma (an unnamed last column)
        java.io.PushbackReader in = new java.io.PushbackReader(reader, 1);
        int first = in.read();
        if (first != -1 && first != '\uFEFF') {
            in.unread(first);
        }
        CSVFormat fmt = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).get();
        try (CSVParser p = CSVParser.parse(in, fmt)) {
            List<String> header = p.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").trim()).toList();
            int code = header.indexOf("Country Code");
            int ind = header.indexOf("Indicator Code");
            int col = header.indexOf(Integer.toString(year));
            if (code < 0 || ind < 0 || col < 0) {
                rep.error("WGI_HEADER", "WGI CSV needs 'Country Code', 'Indicator Code' and a column '" + year + "'",
                        Location.line(fileName, 1));
                return new Result(Map.of(), year, rep.build(), source(year));
            }
            for (CSVRecord r : p) {
                String indicator = r.get(ind);
                if (!indicator.endsWith(".EST")) {
                    continue;
                }
                int d = DIMENSIONS.indexOf(indicator.substring(0, indicator.indexOf('.')));
                if (d < 0) {
                    continue;
                }
                String v = r.size() > col ? r.get(col).trim() : "";
                if (v.isEmpty()) {
                    continue;
                }
                double[] a = sums.computeIfAbsent(r.get(code), k -> new double[2]);
                try {
                    a[0] += Double.parseDouble(v);
                    a[1]++;
                } catch (NumberFormatException e) {
                    rep.error("WGI_NUMBER", "'" + v + "' is not a number", Location.at(fileName, (int) r.getRecordNumber() + 1, col + 1));
                }
            }
        }
        Map<String, Double> out = new TreeMap<>();
        sums.forEach((iso3, a) -> {
            String iso2 = iso3to2.get(iso3);
            if (iso2 != null && a[1] == DIMENSIONS.size()) {
                out.put(iso2, 5 - 2 * (a[0] / a[1]));
            }
        });
        if (out.containsKey("GR")) {
            out.put("EL", out.get("GR"));
        }
        return new Result(out, year, rep.build(), source(year));
    }

    private static Source source(int year) {
        return Source.of("wgi", "Worldwide Governance Indicators (Kaufmann and Kraay), estimates for " + year
                + ", mean of six dimensions scaled 5 - 2 x mean", "https://www.govindicators.org", Integer.toString(year));
    }
}
