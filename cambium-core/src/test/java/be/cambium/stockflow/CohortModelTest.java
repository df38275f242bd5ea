package be.cambium.stockflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Bad inputs and border cases: each a clear message or a documented behaviour, never NaN. */
class CohortModelTest {

    private static int[] years(int n) {
        return IntStream.range(2000, 2000 + n).toArray();
    }

    private static CohortResult run(CohortDriver d, Lifetime lt, int n, NegativeInflowPolicy p) {
        return CohortModel.compute(d, SurvivalMatrix.of(n, lt, Timing.END), p, years(n), Map.of("series", "x"));
    }

    private static void noNaN(CohortResult r) {
        for (double[] a : new double[][] {r.inflow(), r.stock(), r.outflow(), r.balance()}) {
            assertThat(Arrays.stream(a).allMatch(Double::isFinite)).isTrue();
        }
    }

    @Test
    void negativeInflowIsAnErrorWithItsYearButStillBalanced() {
        CohortResult r = run(new CohortDriver.Inflow(new double[] {1, -2, 3}), new Lifetime.Fixed(2), 3, NegativeInflowPolicy.REPORT);
        assertThat(r.report().withCode("NEGATIVE_INFLOW")).singleElement()
                .satisfies(i -> assertThat(i.toString()).contains("series=x, year=2001").contains("-2.0"));
        noNaN(r);
    }

    @Test
    void meanZeroLifetimeSendsInflowStraightOutAndStockTargetsAreUnreachable() {
        CohortResult r = run(new CohortDriver.Inflow(new double[] {1, 2, 3}), new Lifetime.Fixed(0), 3, NegativeInflowPolicy.REPORT);
        assertThat(r.stock()).containsExactly(0, 0, 0);
        assertThat(r.outflow()).containsExactly(1, 2, 3);
        CohortResult s = run(new CohortDriver.Stock(new double[] {1, 2, 3}), new Lifetime.Normal(0, 1.5), 3, NegativeInflowPolicy.REPORT);
        assertThat(s.report().withCode("STOCK_TARGET_UNREACHABLE")).hasSize(3);
        assertThat(s.report().hasErrors()).isTrue();
        noNaN(s);
    }

    @Test
    void missingValuesStopTheModelInsteadOfPropagatingNaN() {
        CohortResult r = run(new CohortDriver.Stock(new double[] {1, Double.NaN, 3}), new Lifetime.Fixed(5), 3, NegativeInflowPolicy.REPORT);
        assertThat(r.computed()).isFalse();
        assertThat(r.report().withCode("MISSING_VALUE")).singleElement()
                .satisfies(i -> assertThat(i.location().cell()).containsEntry("year", "2001"));
        assertThat(r.stock()).isEmpty();
    }

    @Test
    void retireEarlyKeepsStockTargetAndNonNegativeFlows() {
        double[] stock = {10, 10, 10, 2, 2, 6};
        CohortResult r = run(new CohortDriver.Stock(stock), new Lifetime.Weibull(2, 8), 6, NegativeInflowPolicy.RETIRE_EARLY);
        double[] s = r.stock();
        for (int t = 0; t < 6; t++) {
            assertThat(s[t]).isCloseTo(stock[t], within(1e-12));
        }
        assertThat(Arrays.stream(r.inflow()).min().orElseThrow()).isGreaterThanOrEqualTo(0);
        assertThat(Arrays.stream(r.outflow()).min().orElseThrow()).isGreaterThanOrEqualTo(0);
        assertThat(r.report().withCode("EARLY_RETIREMENT")).hasSize(1);
        assertThat(r.outflow()[3]).isCloseTo(8, within(1e-12)); // 10 -> 2 with no inflow: the early retirement is outflow
    }

    @Test
    void inflowThenStockSwitchesAtTheGivenYear() {
        double[] in = {5, 5, 5, 0, 0, 0};
        double[] st = {0, 0, 0, 20, 22, 22};
        CohortResult r = run(new CohortDriver.InflowThenStock(in, st, 3), new Lifetime.Fixed(10), 6, NegativeInflowPolicy.REPORT);
        assertThat(r.stock()).containsExactly(5, 10, 15, 20, 22, 22);
        assertThat(r.inflow()).containsExactly(5, 5, 5, 5, 2, 0);
    }

    @Test
    void wrongShapesAreProgrammerErrors() {
        assertThatThrownBy(() -> run(new CohortDriver.Inflow(new double[] {1, 2}), new Lifetime.Fixed(2), 3, NegativeInflowPolicy.REPORT))
                .hasMessageContaining("expected one per year (3)");
        assertThatThrownBy(() -> run(new CohortDriver.InitialStockThenStock(new double[] {1}, new double[3], 2),
                new Lifetime.Fixed(2), 3, NegativeInflowPolicy.REPORT)).hasMessageContaining("initial stock by cohort has 1");
    }

    @Test
    void middleTimingShiftsAgeByHalfAYear() {
        SurvivalMatrix end = SurvivalMatrix.of(4, new Lifetime.Weibull(2, 3), Timing.END);
        SurvivalMatrix mid = SurvivalMatrix.of(4, new Lifetime.Weibull(2, 3), Timing.MIDDLE);
        assertThat(end.at(0, 0)).isEqualTo(1.0);
        assertThat(mid.at(2, 0)).isCloseTo(Math.exp(-Math.pow(2.5 / 3, 2)), within(1e-15));
        assertThat(mid.at(0, 1)).isZero();
    }
}
