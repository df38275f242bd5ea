package be.cambium.stockflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A named variant of a system: replaced drivers for some segments (a future stock or inflow path,
 * e.g. a capacity target), a factor on every lifetime (time stretch) and factors on material
 * contents by material (e.g. thrifting of dysprosium). Unknown segment ids are an error.
 *
 * @param name            scenario name
 * @param description     what it assumes, in words (and where its figures come from)
 * @param drivers         segment id to the driver replacing the base driver
 * @param lifetimeFactor  multiplies every lifetime (1 = unchanged)
 * @param contentFactors  material to a factor on its content in every composition (missing = 1)
 */
public record Scenario(String name, String description, Map<String, CohortDriver> drivers, double lifetimeFactor,
                       Map<String, Double> contentFactors) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        drivers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(drivers));
        contentFactors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(contentFactors));
        if (!(lifetimeFactor > 0) || !Double.isFinite(lifetimeFactor)) {
            throw new IllegalArgumentException("scenario " + name + ": lifetime factor must be > 0, got " + lifetimeFactor);
        }
        contentFactors.forEach((m, f) -> {
            if (!(f >= 0) || !Double.isFinite(f)) {
                throw new IllegalArgumentException("scenario " + name + ": content factor of " + m + " must be >= 0, got " + f);
            }
        });
    }

    /** The base system unchanged, under a name. */
    public static Scenario base(String name, String description) {
        return new Scenario(name, description, Map.of(), 1.0, Map.of());
    }

    /** The base system with this scenario's changes. */
    public StockflowInput applyTo(StockflowInput base) {
        for (String id : drivers.keySet()) {
            if (base.segments().stream().noneMatch(s -> s.id().equals(id))) {
                throw new IllegalArgumentException("scenario " + name + " replaces the driver of segment '" + id
                        + "', which the model does not have (segments: "
                        + base.segments().stream().map(Segment::id).toList() + ")");
            }
        }
        List<Segment> segs = new ArrayList<>();
        for (Segment s : base.segments()) {
            Segment t = drivers.containsKey(s.id()) ? s.withDriver(drivers.get(s.id())) : s;
            if (lifetimeFactor != 1.0) {
                List<Segment.TechnologyShare> ts = new ArrayList<>();
                for (Segment.TechnologyShare x : t.technologies()) {
                    ts.add(x.withLifetimes(x.lifetimeByCohort().stream().map(l -> l.scaled(lifetimeFactor)).toList()));
                }
                t = t.withTechnologies(ts);
            }
            segs.add(t);
        }
        List<Composition> comps = new ArrayList<>();
        for (Composition c : base.compositions()) {
            Double f = contentFactors.get(c.material());
            comps.add(f == null ? c : c.scaledContent(f));
        }
        return base.withSegments(segs).withCompositions(comps)
                .withProvenance(base.provenance().withParameter("scenario", name));
    }
}
