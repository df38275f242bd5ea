package be.cambium.classification;

import be.cambium.classification.internal.BundledTable;
import be.cambium.classification.internal.CsvText;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Countries keyed by Eurostat GEO codes ({@code EL}, {@code UK}, {@code XK}), EU membership by date, Eurostat
 * aggregates ({@code EU27_2020}, {@code EA20}, {@code EXT_EU27_2020}, …) and conversions to and from
 * ISO 3166-1 alpha-2 and alpha-3 (for World Bank and MRIO data).
 */
public final class Countries {

    /** Issue code for a GEO code that is neither a known country nor a known aggregate. */
    public static final String UNKNOWN_GEO = "CLS_UNKNOWN_GEO";
    /** Issue code for an aggregate met where a single country is required. */
    public static final String GEO_IS_AGGREGATE = "CLS_GEO_IS_AGGREGATE";

    /** The day the United Kingdom left and the EU became the 27 of {@code EU27_2020}. */
    public static final LocalDate EU27_2020_START = LocalDate.of(2020, 2, 1);

    static final String COUNTRIES = "countries.csv";
    static final String AGGREGATES = "geo_aggregates.csv";

    private final Map<String, Country> byCode;
    private final Map<String, Country> byIso2;
    private final Map<String, Country> byIso3;
    private final Map<String, GeoAggregate> aggregates;

    private Countries(Collection<Country> countries, Collection<GeoAggregate> aggs) {
        Map<String, Country> c = new LinkedHashMap<>();
        Map<String, Country> i2 = new LinkedHashMap<>();
        Map<String, Country> i3 = new LinkedHashMap<>();
        for (Country k : countries) {
            if (c.put(k.code(), k) != null) {
                throw new IllegalArgumentException("duplicate country code " + k.code());
            }
            if (!k.iso2().isEmpty() && i2.put(k.iso2(), k) != null) {
                throw new IllegalArgumentException("duplicate ISO alpha-2 " + k.iso2());
            }
            if (i3.put(k.iso3(), k) != null) {
                throw new IllegalArgumentException("duplicate alpha-3 " + k.iso3());
            }
        }
        Map<String, GeoAggregate> a = new LinkedHashMap<>();
        for (GeoAggregate g : aggs) {
            if (c.containsKey(g.code()) || a.put(g.code(), g) != null) {
                throw new IllegalArgumentException("duplicate GEO code " + g.code());
            }
            for (String m : g.members()) {
                if (!c.containsKey(m)) {
                    throw new IllegalArgumentException(g.code() + ": member " + m + " is not a known country");
                }
            }
        }
        this.byCode = Collections.unmodifiableMap(c);
        this.byIso2 = Collections.unmodifiableMap(i2);
        this.byIso3 = Collections.unmodifiableMap(i3);
        this.aggregates = Collections.unmodifiableMap(a);
    }

    public static Countries of(Collection<Country> countries, Collection<GeoAggregate> aggregates) {
        return new Countries(countries, aggregates);
    }

    static Countries loadBundled() {
        BundledTable t = BundledTable.load(Countries.class, COUNTRIES);
        List<Country> list = new ArrayList<>();
        for (CsvText.Row row : t.rows()) {
            try {
                list.add(new Country(t.get(row, "code"), t.get(row, "iso2"), t.get(row, "iso3"), t.get(row, "name"),
                        date(t.get(row, "eu_joined")), date(t.get(row, "eu_left"))));
            } catch (RuntimeException e) {
                throw new IllegalStateException(t.at(row) + ": " + e.getMessage(), e);
            }
        }
        BundledTable a = BundledTable.load(Countries.class, AGGREGATES);
        List<GeoAggregate> aggs = new ArrayList<>();
        for (CsvText.Row row : a.rows()) {
            String m = a.get(row, "members");
            aggs.add(new GeoAggregate(a.get(row, "code"), a.get(row, "label"),
                    m.isEmpty() ? List.of() : Arrays.asList(m.split("\\s+"))));
        }
        return of(list, aggs);
    }

    private static @Nullable LocalDate date(String s) {
        return s.isEmpty() ? null : LocalDate.parse(s);
    }

    /** All countries, sorted by Eurostat code. */
    public List<Country> all() {
        return List.copyOf(byCode.values());
    }

    public List<GeoAggregate> aggregates() {
        return List.copyOf(aggregates.values());
    }

    public Optional<Country> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The country of a Eurostat code the caller knows to exist; throws {@link IllegalArgumentException} otherwise. */
    public Country get(String code) {
        Country c = byCode.get(Objects.requireNonNull(code, "code"));
        if (c == null) {
            throw new IllegalArgumentException("unknown Eurostat country code '" + code + "'" + hint(code));
        }
        return c;
    }

    public Optional<GeoAggregate> aggregate(String code) {
        return Optional.ofNullable(aggregates.get(code));
    }

    /** True for Eurostat aggregate codes ({@code EU27_2020}, {@code EA20}, {@code EXT_EU27_2020}, …). */
    public boolean isAggregate(String code) {
        return aggregates.containsKey(code);
    }

    /** True for a known country or a known aggregate. */
    public boolean isKnown(String code) {
        return byCode.containsKey(code) || aggregates.containsKey(code);
    }

    /**
     * Checks a GEO code met in data: a known country gives it; an aggregate or unknown code adds an error
     * ({@value #GEO_IS_AGGREGATE} or {@value #UNKNOWN_GEO}, with a hint such as "Eurostat writes EL for GR")
     * and gives an empty result.
     */
    public Optional<Country> resolveCountry(String code, Location location, ValidationReport.Builder report) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        String k = code.trim();
        Country c = byCode.get(k);
        if (c != null) {
            return Optional.of(c);
        }
        if (aggregates.containsKey(k)) {
            report.error(GEO_IS_AGGREGATE, "'" + k + "' is the Eurostat aggregate " + aggregates.get(k).label()
                    + ", not a country", location);
        } else {
            report.error(UNKNOWN_GEO, "unknown Eurostat country code '" + code + "'" + hint(k), location);
        }
        return Optional.empty();
    }

    /** Checks a GEO code met in data that may be a country or an aggregate; unknown codes add {@value #UNKNOWN_GEO}. */
    public boolean resolveGeo(String code, Location location, ValidationReport.Builder report) {
        Objects.requireNonNull(code, "code");
        String k = code.trim();
        if (isKnown(k)) {
            return true;
        }
        report.error(UNKNOWN_GEO, "unknown Eurostat GEO code '" + code + "'" + hint(k), location);
        return false;
    }

    private String hint(String code) {
        String up = code.toUpperCase(Locale.ROOT);
        Country iso = byIso2.get(up);
        if (iso != null && !iso.code().equals(up)) {
            return " (Eurostat writes " + iso.code() + " for " + iso.name() + ", ISO " + up + ")";
        }
        Country i3 = byIso3.get(up);
        if (i3 != null) {
            return " (" + up + " is the alpha-3 code of " + i3.name() + "; Eurostat writes " + i3.code() + ")";
        }
        if (!up.equals(code) && isKnown(up)) {
            return " (did you mean " + up + "?)";
        }
        return "";
    }

    /**
     * True when {@code code} was an EU member on {@code day}. Aggregates are never members; an unknown
     * code throws {@link IllegalArgumentException} (resolve data codes first).
     */
    public boolean isEuMember(String code, LocalDate day) {
        if (isAggregate(code)) {
            return false;
        }
        return get(code).isEuMemberOn(day);
    }

    /** Eurostat codes of the EU members on {@code day}, sorted. */
    public Set<String> euMembers(LocalDate day) {
        Set<String> out = new TreeSet<>();
        byCode.values().stream().filter(c -> c.isEuMemberOn(day)).forEach(c -> out.add(c.code()));
        return Collections.unmodifiableSet(out);
    }

    /** The 27 members of {@code EU27_2020} (the EU from 2020-02-01), sorted. */
    public Set<String> eu27_2020() {
        return Collections.unmodifiableSet(new TreeSet<>(aggregates.get("EU27_2020").members()));
    }

    /** The ISO 3166-1 alpha-2 code of a Eurostat code ({@code EL → GR}, {@code UK → GB}); empty for Kosovo. */
    public Optional<String> toIso2(String eurostatCode) {
        String iso = get(eurostatCode).iso2();
        return iso.isEmpty() ? Optional.empty() : Optional.of(iso);
    }

    /** The Eurostat code of an ISO 3166-1 alpha-2 code ({@code GR → EL}, {@code GB → UK}), if known. */
    public Optional<String> fromIso2(String iso2) {
        return Optional.ofNullable(byIso2.get(iso2)).map(Country::code);
    }

    /** The alpha-3 code of a Eurostat code ({@code EL → GRC}, {@code UK → GBR}, {@code XK → XKX}). */
    public String toIso3(String eurostatCode) {
        return get(eurostatCode).iso3();
    }

    /** The Eurostat code of an alpha-3 code ({@code GRC → EL}, {@code XKX → XK}), if known. */
    public Optional<String> fromIso3(String iso3) {
        return Optional.ofNullable(byIso3.get(iso3)).map(Country::code);
    }

    public int size() {
        return byCode.size();
    }
}
