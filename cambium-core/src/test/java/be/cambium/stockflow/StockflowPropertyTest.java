package be.cambium.stockflow;

import static org.assertj.core.api.Assertions.assertThat;

import be.cambium.provenance.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mass balance of random multi-layer systems (random sizes, lifetimes, shares, intensities, drivers),
 * over seeded cases (JUnit 5 parameterized; the project does not use jqwik).
 */
class StockflowPropertyTest {

    static LongStream seeds() {
        return LongStream.range(0, 80);
    }

    static StockflowInput randomSystem(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 5 + r.nextInt(40);
        int[] years = IntStream.range(1990, 1990 + n).toArray();
        int nt = 1 + r.nextInt(3);
        List<Segment> segs = new ArrayList<>();
        for (int s = 0; s < 1 + r.nextInt(3); s++) {
            double[][] w = new double[nt][n];
            for (int c = 0; c < n; c++) {
                double sum = 0;
                for (int k = 0; k < nt; k++) {
                    w[k][c] = r.nextDouble();
                    sum += w[k][c];
                }
                for (int k = 0; k < nt; k++) {
                    w[k][c] /= sum;
                }
            }
            List<Segment.TechnologyShare> ts = new ArrayList<>();
            for (int k = 0; k < nt; k++) {
                Lifetime lt = switch (r.nextInt(4)) {
                    case 0 -> new Lifetime.Weibull(1 + 4 * r.nextDouble(), 2 + 30 * r.nextDouble());
                    case 1 -> new Lifetime.LogNormal(2 + 30 * r.nextDouble(), 1 + 10 * r.nextDouble());
                    case 2 -> new Lifetime.Normal(2 + 30 * r.nextDouble(), 1 + 10 * r.nextDouble());
                    default -> new Lifetime.Fixed(1 + 30 * r.nextDouble());
                };
                ts.add(Segment.TechnologyShare.constantLifetime("T" + k, w[k], lt));
            }
            double[] series = new double[n];
            double level = 100 * r.nextDouble();
            for (int t = 0; t < n; t++) {
                level = Math.max(0, level + 20 * (r.nextDouble() - 0.3));
                series[t] = level;
            }
            CohortDriver d = r.nextBoolean() ? new CohortDriver.Inflow(series) : new CohortDriver.Stock(series);
            segs.add(new Segment("s" + s, Map.of("region", "R" + s), d,
                    r.nextBoolean() ? NegativeInflowPolicy.RETIRE_EARLY : NegativeInflowPolicy.REPORT, ts));
        }
        List<Composition> comps = new ArrayList<>();
        List<EolRoute> routes = new ArrayList<>();
        for (int m = 0; m < 1 + r.nextInt(4); m++) {
            routes.add(new EolRoute("*", "M" + m, r.nextDouble(), r.nextDouble(), r.nextDouble(), "random"));
            for (int k = 0; k < nt; k++) {
                double[] cnt = new double[n], content = new double[n];
                for (int c = 0; c < n; c++) {
                    cnt[c] = 1 + r.nextInt(3);
                    content[c] = Math.pow(10, 4 * r.nextDouble() - 3);
                }
                comps.add(new Composition("T" + k, "C" + r.nextInt(2), "M" + m, cnt, content, "random"));
            }
        }
        return new StockflowInput("random", years, r.nextBoolean() ? Timing.END : Timing.MIDDLE, "unit", "t", segs, comps,
                routes, 1e-9, false, Provenance.empty());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void massBalanceHoldsForRandomSystems(long seed) {
        StockflowResult res = StockflowCalculator.compute(randomSystem(seed));
        assertThat(res.massBalance().failures()).isEmpty();
        assertThat(res.report().withCode("MASS_BALANCE")).isEmpty();
        for (Table t : List.of(res.productStock(), res.materialStock(), res.materialOutflow(), res.endOfLife())) {
            for (Table.Row row : t.rows()) {
                for (double v : row.values()) {
                    assertThat(Double.isFinite(v)).isTrue();
                }
            }
        }
    }
}
