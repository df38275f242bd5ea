package be.cambium.stockflow;

import be.cambium.provenance.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A multi-layer stock-flow system: consecutive years, a timing convention, product segments
 * (each split into technologies by cohort-dependent shares), the component/material composition
 * by technology and cohort, end-of-life routes, and the mass-balance tolerance.
 *
 * @param name            model name
 * @param years           consecutive calendar years (the stock is measured at the end of each)
 * @param timing          survival-function timing (END as ODYM, MIDDLE as flodym's default)
 * @param productUnit     unit of the product layer (e.g. MW, count)
 * @param materialUnit    unit of material contents and material flows (e.g. t)
 * @param segments        the driven product series
 * @param compositions    component/material layer; may be empty (product layer only)
 * @param eolRoutes       end-of-life routes by material (and component); materials without a route
 *                        get no end-of-life flows and an issue
 * @param balanceTolerance relative tolerance of the mass-balance check (of the largest flow or stock
 *                        of the same material)
 * @param keepCohorts     whether the result keeps the product stock by cohort
 * @param provenance      sources and parameters of the inputs, carried into the result
 */
public record StockflowInput(String name, int[] years, Timing timing, String productUnit, String materialUnit,
                             List<Segment> segments, List<Composition> compositions, List<EolRoute> eolRoutes,
                             double balanceTolerance, boolean keepCohorts, Provenance provenance) {

    public static final double DEFAULT_TOLERANCE = 1e-9;

    public StockflowInput {
        Objects.requireNonNull(name, "name");
        years = years.clone();
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(productUnit, "productUnit");
        Objects.requireNonNull(materialUnit, "materialUnit");
        segments = List.copyOf(segments);
        compositions = List.copyOf(compositions);
        eolRoutes = List.copyOf(eolRoutes);
        Objects.requireNonNull(provenance, "provenance");
        requireConsecutive(years);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a stock-flow system needs at least one segment");
        }
        List<String> dims = new ArrayList<>(segments.get(0).labels().keySet());
        for (Segment s : segments) {
            if (!new ArrayList<>(s.labels().keySet()).equals(dims)) {
                throw new IllegalArgumentException("segment " + s.id() + " has labels " + s.labels().keySet()
                        + " but the first segment has " + dims + "; all segments need the same dimension names");
            }
            for (Segment.TechnologyShare t : s.technologies()) {
                if (t.share().length != years.length) {
                    throw new IllegalArgumentException("segment " + s.id() + ", technology " + t.technology() + ": "
                            + t.share().length + " cohort shares for " + years.length + " years");
                }
            }
        }
        for (Composition c : compositions) {
            if (c.countPerUnit().length != years.length) {
                throw new IllegalArgumentException("composition " + c.technology() + "/" + c.component() + "/" + c.material()
                        + " has " + c.countPerUnit().length + " cohorts for " + years.length + " years");
            }
        }
        if (!(balanceTolerance > 0 && balanceTolerance < 1)) {
            throw new IllegalArgumentException("balance tolerance must lie in (0, 1), got " + balanceTolerance);
        }
    }

    /** The smallest system: one series, one lifetime, product layer only. */
    public static StockflowInput single(String name, int[] years, Timing timing, String unit, CohortDriver driver,
                                        Lifetime lifetime, NegativeInflowPolicy policy) {
        Segment s = Segment.single("series", java.util.Map.of(), driver, policy, lifetime, years.length);
        return new StockflowInput(name, years, timing, unit, unit, List.of(s), List.of(), List.of(), DEFAULT_TOLERANCE,
                false, Provenance.empty());
    }

    /** Throws with the first gap when the years are not strictly consecutive. */
    public static void requireConsecutive(int[] years) {
        if (years.length == 0) {
            throw new IllegalArgumentException("years must not be empty");
        }
        for (int i = 1; i < years.length; i++) {
            if (years[i] != years[i - 1] + 1) {
                throw new IllegalArgumentException("years must be consecutive: " + years[i] + " follows " + years[i - 1]
                        + " at position " + i);
            }
        }
    }

    @Override
    public int[] years() {
        return years.clone();
    }

    public int yearCount() {
        return years.length;
    }

    public int indexOfYear(int year) {
        int i = year - years[0];
        if (i < 0 || i >= years.length) {
            throw new IllegalArgumentException("year " + year + " outside " + years[0] + "-" + years[years.length - 1]);
        }
        return i;
    }

    /** Dimension names of the segment labels, in order. */
    public List<String> segmentDimensions() {
        return List.copyOf(segments.get(0).labels().keySet());
    }

    public StockflowInput withSegments(List<Segment> s) {
        return new StockflowInput(name, years, timing, productUnit, materialUnit, s, compositions, eolRoutes,
                balanceTolerance, keepCohorts, provenance);
    }

    public StockflowInput withCompositions(List<Composition> c) {
        return new StockflowInput(name, years, timing, productUnit, materialUnit, segments, c, eolRoutes,
                balanceTolerance, keepCohorts, provenance);
    }

    public StockflowInput withKeepCohorts(boolean keep) {
        return new StockflowInput(name, years, timing, productUnit, materialUnit, segments, compositions, eolRoutes,
                balanceTolerance, keep, provenance);
    }

    public StockflowInput withProvenance(Provenance p) {
        return new StockflowInput(name, years, timing, productUnit, materialUnit, segments, compositions, eolRoutes,
                balanceTolerance, keepCohorts, p);
    }
}
