package be.cambium.classification;

import be.cambium.classification.internal.BundledTable;
import be.cambium.classification.internal.CsvText;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * NACE Rev. 2 (Regulation (EC) No 1893/2006): 21 sections and 88 divisions. Divisions are accepted as
 * plain digits ({@code 24}) or as Eurostat writes them in {@code nace_r2} ({@code C24}).
 */
public final class Nace {

    /** Issue code for a NACE code that is not a section or division. */
    public static final String UNKNOWN_NACE = "CLS_UNKNOWN_NACE";

    static final String RESOURCE = "nace_r2.csv";

    private final Map<String, NaceSection> sections;
    private final Map<String, NaceDivision> divisions;

    private Nace(Collection<NaceSection> secs, Collection<NaceDivision> divs) {
        Map<String, NaceSection> s = new LinkedHashMap<>();
        for (NaceSection x : secs) {
            if (s.put(x.code(), x) != null) {
                throw new IllegalArgumentException("duplicate NACE section " + x.code());
            }
        }
        Map<String, NaceDivision> d = new LinkedHashMap<>();
        for (NaceDivision x : divs) {
            if (d.put(x.code(), x) != null) {
                throw new IllegalArgumentException("duplicate NACE division " + x.code());
            }
            if (!s.containsKey(x.section())) {
                throw new IllegalArgumentException("division " + x.code() + ": unknown section " + x.section());
            }
        }
        this.sections = Collections.unmodifiableMap(s);
        this.divisions = Collections.unmodifiableMap(d);
    }

    public static Nace of(Collection<NaceSection> sections, Collection<NaceDivision> divisions) {
        return new Nace(sections, divisions);
    }

    static Nace loadBundled() {
        BundledTable t = BundledTable.load(Nace.class, RESOURCE);
        List<NaceSection> secs = new ArrayList<>();
        List<NaceDivision> divs = new ArrayList<>();
        for (CsvText.Row row : t.rows()) {
            String level = t.get(row, "level");
            try {
                if (level.equals("1")) {
                    secs.add(new NaceSection(t.get(row, "code"), t.get(row, "label")));
                } else if (level.equals("2")) {
                    divs.add(new NaceDivision(t.get(row, "code"), t.get(row, "label"), t.get(row, "section")));
                } else {
                    throw new IllegalArgumentException("level must be 1 or 2, got " + level);
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(t.at(row) + ": " + e.getMessage(), e);
            }
        }
        return of(secs, divs);
    }

    public List<NaceSection> sections() {
        return List.copyOf(sections.values());
    }

    public List<NaceDivision> divisions() {
        return List.copyOf(divisions.values());
    }

    public Optional<NaceSection> section(String code) {
        return Optional.ofNullable(sections.get(code));
    }

    /** A division by {@code 24} or {@code C24}; the letter, when given, must be the division's section. */
    public Optional<NaceDivision> division(String code) {
        Objects.requireNonNull(code, "code");
        String c = code.trim();
        if (c.length() == 3 && Character.isLetter(c.charAt(0))) {
            NaceDivision d = divisions.get(c.substring(1));
            return d != null && d.section().equals(c.substring(0, 1)) ? Optional.of(d) : Optional.empty();
        }
        return Optional.ofNullable(divisions.get(c));
    }

    public NaceDivision getDivision(String code) {
        return division(code).orElseThrow(() -> new IllegalArgumentException("unknown NACE Rev. 2 division '" + code + "'"));
    }

    /** The divisions of a section, in code order. */
    public List<NaceDivision> divisionsOf(String section) {
        if (!sections.containsKey(section)) {
            throw new IllegalArgumentException("unknown NACE Rev. 2 section '" + section + "'");
        }
        return divisions.values().stream().filter(d -> d.section().equals(section)).toList();
    }

    /** The section of a division given as {@code 24} or {@code C24}. */
    public NaceSection sectionOf(String division) {
        return sections.get(getDivision(division).section());
    }

    /** Checks a division code met in data; unknown codes add {@value #UNKNOWN_NACE} and give an empty result. */
    public Optional<NaceDivision> resolveDivision(String code, Location location, ValidationReport.Builder report) {
        Optional<NaceDivision> d = division(code);
        if (d.isEmpty()) {
            String digits = code.trim().replaceAll("^[A-Za-z]", "");
            NaceDivision other = divisions.get(digits);
            String hint = other != null ? " (division " + digits + " belongs to section " + other.section()
                    + ", written " + other.eurostatCode() + ")" : "";
            report.error(UNKNOWN_NACE, "unknown NACE Rev. 2 division '" + code + "'" + hint, location);
        }
        return d;
    }

    /** Checks a section letter met in data; unknown letters add {@value #UNKNOWN_NACE}. */
    public Optional<NaceSection> resolveSection(String code, Location location, ValidationReport.Builder report) {
        Optional<NaceSection> s = section(code.trim());
        if (s.isEmpty()) {
            report.error(UNKNOWN_NACE, "unknown NACE Rev. 2 section '" + code + "'", location);
        }
        return s;
    }
}
