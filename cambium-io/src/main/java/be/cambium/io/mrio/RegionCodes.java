package be.cambium.io.mrio;

import be.cambium.classification.Classifications;
import be.cambium.classification.Countries;
import be.cambium.validate.Issue;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How region codes of an MRIO are written out: as read ({@link #AS_WRITTEN}), or normalised to the two-letter
 * codes Eurostat writes ({@link #EUROSTAT}: ISO 3166 alpha-3 or alpha-2 in, {@code GRC}/{@code GR → EL},
 * {@code GBR}/{@code GB → UK}, {@code BEL → BE}). EXIOBASE's five rest-of-world regions are not countries and
 * are kept in EXIOBASE's two-letter form ({@code WWA}/{@code WA → WA}, … {@code WWF}/{@code WF → WF}; note that
 * ISO {@code WF} is Wallis and Futuna, which EXIOBASE does not carry). A code that is neither a known country
 * nor one of these is kept as written and warned ({@code MRIO_REGION_UNKNOWN}); two codes normalised to the
 * same code are an error of the reader ({@code MRIO_REGION_CLASH}).
 */
public enum RegionCodes {
    /** Keep the codes as the files write them. */
    AS_WRITTEN,
    /** Eurostat's two-letter codes (ISO alpha-2 except {@code EL}, {@code UK}). */
    EUROSTAT;

    /** EXIOBASE 3's rest-of-world regions, ISO3-style form → two-letter form. */
    static final Map<String, String> EXIOBASE_ROW = Map.of("WWA", "WA", "WWE", "WE", "WWF", "WF", "WWL", "WL", "WWM", "WM");
    private static final Set<String> EXIOBASE_ROW2 = Set.copyOf(EXIOBASE_ROW.values());

    public static RegionCodes parse(String s) {
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "as-written", "as_written", "asis", "as-is" -> AS_WRITTEN;
            case "eurostat", "iso2" -> EUROSTAT;
            default -> throw new IllegalArgumentException("region codes must be as-written or eurostat, not '" + s + "'");
        };
    }

    /** A per-read mapper that remembers its answers and warns each unknown code once. */
    Mapper mapper() {
        return new Mapper(this);
    }

    /** The Eurostat code for an alpha-3, alpha-2 or EXIOBASE rest-of-world code; empty when unknown. */
    static Optional<String> toEurostat(String code, Countries countries) {
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (EXIOBASE_ROW.containsKey(c)) {
            return Optional.of(EXIOBASE_ROW.get(c));
        }
        if (EXIOBASE_ROW2.contains(c)) {
            return Optional.of(c);
        }
        if (c.length() == 3) {
            return countries.fromIso3(c);
        }
        if (c.length() == 2) {
            Optional<String> e = countries.fromIso2(c);
            if (e.isPresent()) {
                return e;
            }
            return countries.isKnown(c) && !countries.isAggregate(c) ? Optional.of(c) : Optional.empty(); // EL, UK, XK
        }
        return Optional.empty();
    }

    static final class Mapper {
        private final RegionCodes mode;
        private final Map<String, String> done = new LinkedHashMap<>();
        private final Map<String, String> inverse = new LinkedHashMap<>();
        private final ValidationReport.Builder report = ValidationReport.builder();
        private Countries countries;

        private Mapper(RegionCodes mode) {
            this.mode = mode;
        }

        String map(String code, String file) throws MrioReadException {
            if (mode == AS_WRITTEN) {
                return code;
            }
            String hit = done.get(code);
            if (hit != null) {
                return hit;
            }
            if (countries == null) {
                countries = Classifications.standard().countries();
            }
            Optional<String> e = toEurostat(code, countries);
            String out = e.orElse(code);
            if (e.isEmpty()) {
                report.add(Issue.warning("MRIO_REGION_UNKNOWN", "region code '" + code
                        + "' is no known ISO alpha-3/alpha-2 country nor an EXIOBASE rest-of-world region; kept as written",
                        Location.file(file)));
            }
            String other = inverse.putIfAbsent(out, code);
            if (other != null && !other.equals(code)) {
                throw new MrioReadException(Issue.error("MRIO_REGION_CLASH", "region codes '" + other + "' and '" + code
                        + "' both normalise to '" + out + "'", Location.file(file)));
            }
            done.put(code, out);
            return out;
        }

        ValidationReport report() {
            return report.build();
        }
    }
}
