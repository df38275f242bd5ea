package be.cambium.io.eurostat;

import be.cambium.accounts.Observation;
import be.cambium.provenance.Source;
import be.cambium.unit.Unit;
import be.cambium.validate.Issue;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns a Eurostat dataset into the accounts' {@link Observation}s.
 *
 * <p>Mapping: {@code geo} and {@code time} are required; the indicator is the {@code indic_env} code when the
 * dataset has that dimension, else it follows from the dataset code ({@code cei_srm030}/{@code env_ac_cur}: CMU,
 * {@code demo_pjan}/{@code demo_gind}: POP, {@code nama_10_gdp}: GDP, {@code cei_srm010}: EOL_RIR,
 * {@code env_ac_rme}/{@code cei_pc020}: RMC); the material is the {@code material} code, else {@code TOTAL};
 * units are Eurostat unit codes mapped in {@link #UNITS}. Other dimensions must hold one item, except the
 * selections in {@link #SELECT} ({@code freq=A}, {@code na_item=B1GQ}, {@code age=TOTAL}, {@code sex=T});
 * cells outside them are not used. Each observation cites {@code eurostat-<code>} with the dataset's last-update
 * date as vintage.
 */
public final class EurostatObservations {

    /** Eurostat unit code → CAMBIUM unit. */
    public static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("THS_T", "kt"), Map.entry("T", "t"), Map.entry("MIO_T", "Mt"), Map.entry("T_HAB", "t/cap"),
            Map.entry("PC", "%"), Map.entry("NR", "cap"), Map.entry("THS_PER", "kcap"),
            Map.entry("CP_MEUR", "MEUR_CURRENT"), Map.entry("CLV10_MEUR", "MEUR_CLV2010"), Map.entry("CLV15_MEUR", "MEUR_CLV2015"),
            Map.entry("CLV20_MEUR", "MEUR_CLV2020"), Map.entry("EUR_KG_CLV10", "EUR_CLV2010/kg"),
            Map.entry("EUR_KG_CLV15", "EUR_CLV2015/kg"), Map.entry("EUR_KG_CLV20", "EUR_CLV2020/kg"));

    /** Dimensions on which one item is selected when several are present. */
    public static final Map<String, String> SELECT = Map.of("freq", "A", "na_item", "B1GQ", "age", "TOTAL", "sex", "T");

    private static final Map<String, String> INDICATOR_BY_DATASET = Map.of("cei_srm030", "CMU", "env_ac_cur", "CMU",
            "demo_pjan", "POP", "demo_gind", "POP", "nama_10_gdp", "GDP", "cei_srm010", "EOL_RIR", "env_ac_rme", "RMC",
            "cei_pc020", "RMC", "env_ac_rp", "RP", "cei_pc030", "RP");

    private static final Set<String> HANDLED = Set.of("geo", EurostatDataset.TIME, "indic_env", "material", "unit");

    /** The observations, the source they cite, and the problems found while mapping. */
    public record Mapped(List<Observation> observations, Source source, ValidationReport report) {
        public Mapped {
            observations = List.copyOf(observations);
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(report, "report");
        }
    }

    private EurostatObservations() {
    }

    /** Eurostat's source record for a dataset, with its last-update date as vintage. */
    public static Source source(EurostatDataset d) {
        String vintage = d.lastUpdate() == null ? "last update unknown (format carries none)" : "last update " + d.lastUpdate();
        return Source.of("eurostat-" + d.code(), "Eurostat, dataset " + d.code(),
                "https://ec.europa.eu/eurostat/databrowser/view/" + d.code() + "/default/table", vintage).withDatasetCode(d.code());
    }

    public static Mapped map(EurostatDataset d, String fileName) {
        return map(d, fileName, null);
    }

    /** As {@link #map(EurostatDataset, String)}, keeping only cells of the given geo codes (all when null). */
    public static Mapped map(EurostatDataset d, String fileName, @Nullable Set<String> geos) {
        List<Issue> issues = new ArrayList<>();
        Source src = source(d);
        Location where = Location.file(fileName);
        if (!d.hasDimension("geo")) {
            issues.add(Issue.error("EUROSTAT_UNKNOWN_DIMENSION", "dataset " + d.code() + " has no 'geo' dimension", where));
            return new Mapped(List.of(), src, ValidationReport.of(issues));
        }
        String fixedIndicator = INDICATOR_BY_DATASET.get(d.code());
        if (!d.hasDimension("indic_env") && fixedIndicator == null) {
            issues.add(Issue.error("EUROSTAT_DATASET", "cannot tell which indicator dataset " + d.code()
                    + " holds: it has no indic_env dimension and is not one of " + INDICATOR_BY_DATASET.keySet(), where));
            return new Mapped(List.of(), src, ValidationReport.of(issues));
        }
        if (!d.hasDimension("unit")) {
            issues.add(Issue.error("EUROSTAT_UNKNOWN_DIMENSION", "dataset " + d.code() + " has no 'unit' dimension", where));
            return new Mapped(List.of(), src, ValidationReport.of(issues));
        }
        List<String> dims = d.dimensions();
        for (String dim : dims) {
            if (HANDLED.contains(dim) || d.items(dim).size() == 1) {
                continue;
            }
            String sel = SELECT.get(dim);
            if (sel == null || !d.items(dim).contains(sel)) {
                issues.add(Issue.error("EUROSTAT_AMBIGUOUS", "dimension '" + dim + "' has several items " + d.items(dim)
                        + " and no rule selects one; filter the download (e.g. --filter " + dim + "=...)", where));
                return new Mapped(List.of(), src, ValidationReport.of(issues));
            }
        }
        Map<String, Unit> units = new LinkedHashMap<>();
        for (String u : d.items("unit")) {
            String cu = UNITS.get(u);
            if (cu == null) {
                issues.add(Issue.error("EUROSTAT_UNIT", "unit code '" + u + "' is not one CAMBIUM maps (" + UNITS.keySet()
                        + "); its cells are not used", where.withCell(Map.of("unit", u))));
            } else {
                units.put(u, Unit.parse(cu));
            }
        }
        List<Observation> out = new ArrayList<>();
        int geoDim = d.dimensionIndex("geo");
        int[] shape = d.items().stream().mapToInt(List::size).toArray();
        int stride = 1;
        for (int i = geoDim + 1; i < shape.length; i++) {
            stride *= shape[i];
        }
        for (int c = 0; c < d.cellCount(); c++) {
            if (geos != null && !geos.contains(d.items().get(geoDim).get((c / stride) % shape[geoDim]))) {
                continue;
            }
            if (d.isMissing(c) && d.flags(c).isEmpty()) {
                continue;
            }
            Map<String, String> lab = d.labels(c);
            boolean selected = true;
            for (String dim : dims) {
                String sel = SELECT.get(dim);
                if (!HANDLED.contains(dim) && sel != null && d.items(dim).size() > 1 && !lab.get(dim).equals(sel)) {
                    selected = false;
                }
            }
            Unit unit = units.get(lab.get("unit"));
            if (!selected || unit == null || (d.isMissing(c) && d.flags(c).isEmpty())) {
                continue;
            }
            int year;
            try {
                year = Integer.parseInt(lab.get(EurostatDataset.TIME));
            } catch (NumberFormatException e) {
                issues.add(Issue.error("EUROSTAT_PERIOD", "period '" + lab.get(EurostatDataset.TIME) + "' is not a year; the accounts are annual",
                        d.location(c).withCell(lab)));
                continue;
            }
            String indicator = d.hasDimension("indic_env") ? lab.get("indic_env") : fixedIndicator;
            String material = d.hasDimension("material") ? lab.get("material") : "TOTAL";
            Location loc = d.location(c).isNone() ? Location.file(fileName) : d.location(c);
            out.add(new Observation(lab.get("geo"), year, indicator.toUpperCase(Locale.ROOT), material, d.value(c), unit, d.flags(c),
                    d.decimals(c), src.id(), loc));
        }
        return new Mapped(out, src, ValidationReport.of(issues));
    }
}
