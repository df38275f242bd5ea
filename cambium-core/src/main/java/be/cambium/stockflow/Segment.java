package be.cambium.stockflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One driven product series of a multi-layer system (e.g. location=offshore, region=BE): its
 * labels, what drives it (inflow, stock, or historic data then a stock target), the policy for a
 * stock path that falls faster than retirements, and per technology the cohort-dependent share of
 * the product inflow and the lifetime of each cohort.
 *
 * @param id          a short identifier (used in messages)
 * @param labels      dimension name to item, in order; every segment of a system has the same names
 * @param driver      inflow / stock / switch driver, in the system's product unit, by year position
 * @param policy      negative-inflow policy for the stock-driven part
 * @param technologies per technology: share of each cohort's inflow and lifetime of each cohort
 */
public record Segment(String id, Map<String, String> labels, CohortDriver driver, NegativeInflowPolicy policy,
                      List<TechnologyShare> technologies) {

    public Segment {
        Objects.requireNonNull(id, "id");
        labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        Objects.requireNonNull(driver, "driver");
        Objects.requireNonNull(policy, "policy");
        technologies = List.copyOf(technologies);
        if (technologies.isEmpty()) {
            throw new IllegalArgumentException("segment " + id + " needs at least one technology");
        }
    }

    /** A single-technology segment ("all") with one lifetime for every cohort. */
    public static Segment single(String id, Map<String, String> labels, CohortDriver driver, NegativeInflowPolicy policy,
                                 Lifetime lifetime, int years) {
        double[] one = new double[years];
        java.util.Arrays.fill(one, 1.0);
        return new Segment(id, labels, driver, policy, List.of(TechnologyShare.constantLifetime("all", one, lifetime)));
    }

    public Segment withDriver(CohortDriver d) {
        return new Segment(id, labels, d, policy, technologies);
    }

    public Segment withTechnologies(List<TechnologyShare> t) {
        return new Segment(id, labels, driver, policy, t);
    }

    /**
     * A technology's share of each inflow cohort (by year position) and the lifetime of each cohort.
     */
    public record TechnologyShare(String technology, double[] share, List<Lifetime> lifetimeByCohort) {
        public TechnologyShare {
            Objects.requireNonNull(technology, "technology");
            share = share.clone();
            lifetimeByCohort = List.copyOf(lifetimeByCohort);
            if (lifetimeByCohort.size() != share.length) {
                throw new IllegalArgumentException("technology " + technology + ": " + share.length + " shares but "
                        + lifetimeByCohort.size() + " cohort lifetimes");
            }
        }

        public static TechnologyShare constantLifetime(String technology, double[] share, Lifetime lifetime) {
            List<Lifetime> l = new ArrayList<>();
            for (int i = 0; i < share.length; i++) {
                l.add(lifetime);
            }
            return new TechnologyShare(technology, share, l);
        }

        @Override
        public double[] share() {
            return share.clone();
        }

        double shareAt(int c) {
            return share[c];
        }

        public TechnologyShare withShare(double[] s) {
            return new TechnologyShare(technology, s, lifetimeByCohort);
        }

        public TechnologyShare withLifetimes(List<Lifetime> l) {
            return new TechnologyShare(technology, share, l);
        }
    }
}
