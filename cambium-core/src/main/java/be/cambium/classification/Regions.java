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

/** Belgium ({@code BE}) and its NUTS 1 regions: {@code BE1} Brussels-Capital, {@code BE2} Flemish, {@code BE3} Walloon. */
public final class Regions {

    /** Issue code for a region code that is not in the list. */
    public static final String UNKNOWN_REGION = "CLS_UNKNOWN_REGION";

    public static final String BELGIUM = "BE";
    public static final String BRUSSELS = "BE1";
    public static final String FLANDERS = "BE2";
    public static final String WALLONIA = "BE3";

    static final String RESOURCE = "regions.csv";

    private final Map<String, Region> byCode;

    private Regions(Collection<Region> regions) {
        Map<String, Region> m = new LinkedHashMap<>();
        for (Region r : regions) {
            if (m.put(r.code(), r) != null) {
                throw new IllegalArgumentException("duplicate region code " + r.code());
            }
        }
        for (Region r : m.values()) {
            if (r.parent() != null && !m.containsKey(r.parent())) {
                throw new IllegalArgumentException(r.code() + ": parent " + r.parent() + " is not in the list");
            }
        }
        this.byCode = Collections.unmodifiableMap(m);
    }

    public static Regions of(Collection<Region> regions) {
        return new Regions(regions);
    }

    static Regions loadBundled() {
        BundledTable t = BundledTable.load(Regions.class, RESOURCE);
        List<Region> list = new ArrayList<>();
        for (CsvText.Row row : t.rows()) {
            String p = t.get(row, "parent");
            list.add(new Region(t.get(row, "code"), t.get(row, "name"), Integer.parseInt(t.get(row, "nuts_level")),
                    p.isEmpty() ? null : p));
        }
        return of(list);
    }

    public List<Region> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Region get(String code) {
        Region r = byCode.get(Objects.requireNonNull(code, "code"));
        if (r == null) {
            throw new IllegalArgumentException("unknown region code '" + code + "'");
        }
        return r;
    }

    /** Checks a region code met in data; unknown codes add {@value #UNKNOWN_REGION} and give an empty result. */
    public Optional<Region> resolve(String code, Location location, ValidationReport.Builder report) {
        Objects.requireNonNull(code, "code");
        Region r = byCode.get(code.trim());
        if (r == null) {
            report.error(UNKNOWN_REGION, "unknown region code '" + code + "' (known: " + byCode.keySet() + ")", location);
            return Optional.empty();
        }
        return Optional.of(r);
    }

    /** The units one level below {@code code}. */
    public List<Region> children(String code) {
        get(code);
        return byCode.values().stream().filter(r -> code.equals(r.parent())).toList();
    }

    /** {@code BE1}, {@code BE2}, {@code BE3}. */
    public List<Region> belgianRegions() {
        return children(BELGIUM);
    }
}
