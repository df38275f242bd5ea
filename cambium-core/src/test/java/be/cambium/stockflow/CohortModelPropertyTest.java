package be.cambium.stockflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the cohort model over seeded random cases (JUnit 5 parameterized; the project does
 * not use jqwik, see the parent pom). Each seed reproduces its case.
 */
class CohortModelPropertyTest {

    static LongStream seeds() {
        return LongStream.range(0, 60);
    }

    static Lifetime randomLifetime(SplittableRandom r) {
        return switch (r.nextInt(5)) {
            case 0 -> new Lifetime.Fixed(0.5 + 39.5 * r.nextDouble());
            case 1 -> new Lifetime.Normal(1 + 39 * r.nextDouble(), 0.3 + 14.7 * r.nextDouble());
            case 2 -> new Lifetime.FoldedNormal(1 + 39 * r.nextDouble(), 0.3 + 14.7 * r.nextDouble());
            case 3 -> new Lifetime.LogNormal(1 + 39 * r.nextDouble(), 0.3 + 29.7 * r.nextDouble());
            default -> new Lifetime.Weibull(0.8 + 7.2 * r.nextDouble(), 1 + 39 * r.nextDouble());
        };
    }

    static double[] randomInflow(SplittableRandom r) {
        double[] a = new double[1 + r.nextInt(60)];
        for (int i = 0; i < a.length; i++) {
            a[i] = r.nextInt(10) == 0 ? 0 : 1000 * r.nextDouble();
        }
        return a;
    }

    private static CohortResult run(CohortDriver d, Lifetime lt, int n, Timing timing, NegativeInflowPolicy p) {
        return CohortModel.compute(d, SurvivalMatrix.of(n, lt, timing), p, IntStream.range(0, n).toArray(), Map.of());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void massBalanceHoldsForRandomSystems(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] inflow = randomInflow(r);
        Lifetime lt = randomLifetime(r);
        CohortResult res = run(new CohortDriver.Inflow(inflow), lt, inflow.length, r.nextBoolean() ? Timing.MIDDLE : Timing.END,
                NegativeInflowPolicy.REPORT);
        double scale = 1 + inflow.length * 1000.0;
        for (double b : res.balance()) {
            assertThat(b).as("seed %d", seed).isCloseTo(0, within(1e-12 * scale));
        }
        for (double o : res.outflow()) {
            assertThat(o).isGreaterThanOrEqualTo(-1e-9);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void inflowToStockToInflowRoundTrips(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] inflow = randomInflow(r);
        Lifetime lt = randomLifetime(r);
        CohortResult fwd = run(new CohortDriver.Inflow(inflow), lt, inflow.length, Timing.END, NegativeInflowPolicy.REPORT);
        // the inverse divides by the survival in the inflow year; Normal with a large CV has S(0) well below 1
        double s0 = lt.survival(0);
        if (s0 < 1e-3) {
            return;
        }
        CohortResult back = run(new CohortDriver.Stock(fwd.stock()), lt, inflow.length, Timing.END, NegativeInflowPolicy.REPORT);
        double[] i2 = back.inflow();
        double tol = 1e-7 * (1 + 1000.0 * inflow.length) / s0;
        for (int t = 0; t < inflow.length; t++) {
            assertThat(i2[t]).as("seed %d, t %d", seed, t).isCloseTo(inflow[t], within(tol));
        }
    }

    /**
     * Constant inflow I converges to a stock of I x sum over ages of S(a + offset). With END timing
     * (S at ages 0, 1, 2 ...) that sum is the left Riemann sum of the integral of S, i.e. mean + 1/2
     * up to a small discretisation error: stocks at the end of a year count the inflow year as a full
     * year. With MIDDLE timing (ages 0.5, 1.5 ...) it is the midpoint sum: I x mean.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void constantInflowConvergesToInflowTimesMeanLifetime(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Lifetime lt = new Lifetime.Weibull(2 + 4 * r.nextDouble(), 3 + 12 * r.nextDouble());
        double inflow = 1 + 499 * r.nextDouble();
        int n = 120;
        double[] in = new double[n];
        Arrays.fill(in, inflow);
        double end = run(new CohortDriver.Inflow(in), lt, n, Timing.END, NegativeInflowPolicy.REPORT).stock()[n - 1];
        double mid = run(new CohortDriver.Inflow(in), lt, n, Timing.MIDDLE, NegativeInflowPolicy.REPORT).stock()[n - 1];
        assertThat(end / inflow).as("seed %d", seed).isCloseTo(lt.mean() + 0.5, within(0.05));
        assertThat(mid / inflow).as("seed %d", seed).isCloseTo(lt.mean(), within(0.05));
    }
}
