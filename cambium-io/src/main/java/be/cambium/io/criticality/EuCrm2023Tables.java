package be.cambium.io.criticality;

import be.cambium.classification.Classifications;
import be.cambium.criticality.EndUse;
import be.cambium.criticality.Scope;
import be.cambium.criticality.ShareScope;
import be.cambium.criticality.Stage;
import be.cambium.criticality.SupplyShare;
import be.cambium.criticality.ValueAdded;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the EU CRM study 2023 tables as transcribed to CSV by E. Emilsson
 * (github.com/erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets, CC BY 4.0): Windows-1252,
 * CRLF, quoted fields with line breaks, shares as text ({@code 63%}, {@code <0.1%}), missing scores as
 * {@code -}. Problems are located issues ({@code file:line column=name}).
 */
public final class EuCrm2023Tables {

    /** The transcription's encoding. */
    public static final Charset CHARSET = Charset.forName("windows-1252");

    /** Issue code: a share or score cell does not parse. */
    public static final String BAD_CELL = "CRM_BAD_CELL";
    /** Issue code: a country name maps to no country. */
    public static final String UNKNOWN_COUNTRY = "CRM_UNKNOWN_COUNTRY";

    /** One row of {@code dimension_CRMsOverTime.csv}: NaN where the study prints "-". */
    public record Score(String material, int year, double sr, double ei, Location location) {
    }

    /** End uses and the NACE value added printed beside them. */
    public record EndUses(List<EndUse> endUses, List<ValueAdded> valueAdded) {
    }

    private final CrmCountryNames names = new CrmCountryNames(Classifications.standard().countries());
    private final double censoredValue;

    /** @param censoredValue the share used for a cell printed {@code <0.1%} (the row is flagged censored) */
    public EuCrm2023Tables(double censoredValue) {
        this.censoredValue = censoredValue;
    }

    /** Supply shares ({@code fact_GlobalSupplySharesandt.csv} with scope GS, {@code fact_EUSupplySharesandt.csv} with EU). */
    public List<SupplyShare> supplyShares(Path file, ShareScope scope, ValidationReport.Builder issues) {
        LocatedCsv csv = LocatedCsv.read(file, CHARSET);
        int cm = csv.column("Material");
        int cs = csv.column("Stage");
        int cc = csv.column("Country");
        int ch = csv.column("Share");
        int ct = csv.column("t");
        List<SupplyShare> out = new ArrayList<>();
        for (LocatedCsv.Row r : csv.rows()) {
            String country = r.get(cc).trim();
            Location cLoc = Location.line(csv.file(), r.line()).withCell(Map.of("column", "Country"));
            var code = names.code(country);
            if (code.isEmpty()) {
                issues.error(UNKNOWN_COUNTRY, "country '" + country + "' is not a known country name", cLoc);
                continue;
            }
            Stage stage;
            try {
                stage = Stage.parse(r.get(cs));
            } catch (IllegalArgumentException e) {
                issues.error(BAD_CELL, e.getMessage(), Location.line(csv.file(), r.line()).withCell(Map.of("column", "Stage")));
                continue;
            }
            String sh = r.get(ch).trim();
            boolean censored = sh.startsWith("<") || sh.startsWith(">");
            double share = censored ? censoredValue : percent(sh, csv, r, "Share", issues);
            double t = number(r.get(ct), csv, r, "t", issues);
            out.add(new SupplyShare(material(r.get(cm)), stage, scope, code.get(), share, t, censored,
                    "EC CRM study 2023 Appendix 7 (transcription)", Location.line(csv.file(), r.line()).withCell(Map.of("column", "Share"))));
        }
        return out;
    }

    /** End uses with their NACE 2-digit code, and the value added per NACE code ({@code fact_MaterialUseShares.csv}). */
    public EndUses endUses(Path file, ValidationReport.Builder issues) {
        LocatedCsv csv = LocatedCsv.read(file, CHARSET);
        int cm = csv.column("Material");
        int ca = csv.column("Application");
        int ch = csv.column("Share");
        int cn = csv.column("NACE sector");
        int cv = csv.header().size() - 1; // "VA in million €"
        List<EndUse> uses = new ArrayList<>();
        Map<String, ValueAdded> va = new LinkedHashMap<>();
        for (LocatedCsv.Row r : csv.rows()) {
            String nace = naceCode(r.get(cn));
            Location l = Location.line(csv.file(), r.line());
            String sh = r.get(ch).trim();
            double share;
            if (sh.startsWith("<") || sh.startsWith(">")) {
                share = censoredValue;
                issues.info("CENSORED_SHARE", "end-use share printed as '" + sh + "' used as " + censoredValue,
                        l.withCell(Map.of("column", "Share")));
            } else {
                share = percent(sh, csv, r, "Share", issues);
            }
            uses.add(new EndUse(material(r.get(cm)), r.get(ca).trim(), share, nace, l.withCell(Map.of("column", "Share"))));
            String v = r.get(cv).trim();
            if (!nace.isEmpty() && !v.isEmpty()) {
                double q = number(v, csv, r, "VA in million €", issues);
                ValueAdded prev = va.get(nace);
                if (prev == null) {
                    va.put(nace, new ValueAdded(Scope.EU, nace, q, "MEUR", l));
                } else if (Double.compare(prev.value(), q) != 0) {
                    issues.error(BAD_CELL, "value added of " + nace + " is " + q + " here but " + prev.value() + " at " + prev.location(),
                            l.withCell(Map.of("column", "VA in million €")));
                }
            }
        }
        return new EndUses(uses, new ArrayList<>(va.values()));
    }

    /** SR and EI by material and assessment year ({@code dimension_CRMsOverTime.csv}). */
    public List<Score> scores(Path file, ValidationReport.Builder issues) {
        LocatedCsv csv = LocatedCsv.read(file, CHARSET);
        int cm = csv.column("Material");
        int cy = csv.column("Year");
        int cs = csv.column("SR");
        int ce = csv.column("EI");
        List<Score> out = new ArrayList<>();
        for (LocatedCsv.Row r : csv.rows()) {
            double y = number(r.get(cy), csv, r, "Year", issues);
            out.add(new Score(material(r.get(cm)), (int) y, score(r.get(cs), csv, r, "SR", issues), score(r.get(ce), csv, r, "EI", issues),
                    Location.line(csv.file(), r.line())));
        }
        return out;
    }

    /** Material names with inner line breaks and runs of spaces collapsed ("Natural Teak\nwood" becomes "Natural Teak wood"). */
    static String material(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    /** The NACE code of a label such as "C26 - Manufacture of computer...", empty when none. */
    static String naceCode(String label) {
        String s = label.replaceAll("\\s+", " ").trim();
        int dash = s.indexOf(" - ");
        String code = dash > 0 ? s.substring(0, dash).trim() : s;
        return code.matches("[A-Z]\\d{2}") ? code.toUpperCase(Locale.ROOT) : "";
    }

    private double score(String s, LocatedCsv csv, LocatedCsv.Row r, String col, ValidationReport.Builder issues) {
        String v = s.trim();
        return v.equals("-") || v.isEmpty() ? Double.NaN : number(v, csv, r, col, issues);
    }

    private static double percent(String s, LocatedCsv csv, LocatedCsv.Row r, String col, ValidationReport.Builder issues) {
        if (s.isEmpty()) {
            return Double.NaN;
        }
        if (!s.endsWith("%")) {
            // the column holds percentages; a bare number is read as one, and said so
            double v = number(s, csv, r, col, issues);
            if (!Double.isNaN(v)) {
                issues.warning("CRM_PERCENT_SIGN_MISSING", "'" + s + "' has no % sign; read as " + s + " %",
                        Location.line(csv.file(), r.line()).withCell(Map.of("column", col)));
            }
            return v / 100.0;
        }
        double v = number(s.substring(0, s.length() - 1), csv, r, col, issues);
        return v / 100.0;
    }

    private static double number(String s, LocatedCsv csv, LocatedCsv.Row r, String col, ValidationReport.Builder issues) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            issues.error(BAD_CELL, "'" + s + "' is not a number", Location.line(csv.file(), r.line()).withCell(Map.of("column", col)));
            return Double.NaN;
        }
    }
}
