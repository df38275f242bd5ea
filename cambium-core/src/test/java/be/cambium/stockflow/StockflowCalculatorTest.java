package be.cambium.stockflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.cambium.provenance.Provenance;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StockflowCalculatorTest {

    static final int N = 30;
    static final int[] YEARS = IntStream.range(2000, 2000 + N).toArray();

    static double[] constant(double v) {
        double[] a = new double[N];
        Arrays.fill(a, v);
        return a;
    }

    static double[] ramp(double from, double to) {
        double[] a = new double[N];
        for (int i = 0; i < N; i++) {
            a[i] = from + (to - from) * i / (N - 1);
        }
        return a;
    }

    static StockflowInput twoTechnologySystem(double[] shareA) {
        double[] shareB = new double[N];
        for (int i = 0; i < N; i++) {
            shareB[i] = 1 - shareA[i];
        }
        Segment seg = new Segment("on", Map.of("location", "onshore"), new CohortDriver.Stock(ramp(10, 100)),
                NegativeInflowPolicy.RETIRE_EARLY, List.of(
                Segment.TechnologyShare.constantLifetime("A", shareA, new Lifetime.Weibull(3, 12)),
                Segment.TechnologyShare.constantLifetime("B", shareB, new Lifetime.LogNormal(15, 5))));
        List<Composition> comp = List.of(
                new Composition("A", "tower", "steel", constant(1), ramp(100, 80), "test"),
                new Composition("A", "generator", "Nd", constant(1), constant(0.012), "test"),
                new Composition("B", "tower", "steel", constant(1), constant(120), "test"),
                new Composition("B", "generator", "Nd", constant(1), constant(0.18), "test"),
                new Composition("B", "blades", "composites", constant(3), constant(2.5), "test"));
        List<EolRoute> eol = List.of(new EolRoute("*", "steel", 0.95, 0.98, 0.9, "test"),
                new EolRoute("generator", "Nd", 0.9, 0.5, 0.1, "test"),
                new EolRoute("*", "composites", 0.9, 1.0, 0.0, "test"));
        return new StockflowInput("t", YEARS, Timing.END, "MW", "t", List.of(seg), comp, eol, 1e-9, true, Provenance.empty());
    }

    @Test
    void twoTechnologiesMeetStockTargetAndBalanceEveryProcess() {
        StockflowResult r = StockflowCalculator.compute(twoTechnologySystem(ramp(0.8, 0.2)));
        assertThat(r.report().hasErrors()).as(r.report().toString()).isFalse();
        assertThat(r.massBalance().ok()).isTrue();
        double[] stock = r.productStock().sum(Arrays.asList(null, null));
        double[] target = ramp(10, 100);
        for (int t = 0; t < N; t++) {
            assertThat(stock[t]).isCloseTo(target[t], within(1e-9));
        }
        // intensity per cohort: inflow of steel = sum_g inflow_g * content_g(c)
        double[] steelIn = r.materialInflow().sum(Arrays.asList(null, null, null, "steel"));
        double[] inA = r.productInflow().sum(Arrays.asList(null, "A"));
        double[] inB = r.productInflow().sum(Arrays.asList(null, "B"));
        double[] contentA = ramp(100, 80);
        for (int t = 0; t < N; t++) {
            assertThat(steelIn[t]).isCloseTo(inA[t] * contentA[t] + inB[t] * 120, within(1e-9));
        }
        // end of life: secondary Nd = outflow x 0.9 x 0.5 x 0.1; composites never recycled
        double[] ndOut = r.materialOutflow().sum(Arrays.asList(null, null, null, "Nd"));
        double[] ndSec = r.endOfLife().sum(Arrays.asList(null, null, null, "Nd", "secondary_material"));
        assertThat(ndSec[N - 1]).isCloseTo(ndOut[N - 1] * 0.045, within(1e-12));
        assertThat(r.endOfLife().sum(Arrays.asList(null, null, null, "composites", "secondary_material"))).containsOnly(0.0);
        assertThat(r.stockByCohort()).isPresent();
        assertThat(r.massBalance().entries()).extracting(MassBalance.Entry::process)
                .contains("use", "collection", "sorting", "recycling", "technology_split[on]");
    }

    @Test
    void sharesNotSummingToOneAreNamedAndTheSplitBalanceFails() {
        double[] a = ramp(0.8, 0.2);
        StockflowInput good = twoTechnologySystem(a);
        Segment s = good.segments().get(0);
        Segment.TechnologyShare b = s.technologies().get(1);
        double[] bShare = b.share();
        bShare[5] += 0.1;
        StockflowInput bad = good.withSegments(List.of(s.withTechnologies(List.of(s.technologies().get(0), b.withShare(bShare)))));
        StockflowResult r = StockflowCalculator.compute(bad);
        assertThat(r.report().withCode("SHARES_NOT_ONE")).singleElement()
                .satisfies(i -> assertThat(i.location().cell()).containsEntry("cohort", "2005").containsEntry("location", "onshore"));
        assertThat(r.massBalance().failures()).extracting(MassBalance.Entry::process).containsExactly("technology_split[on]");
        assertThat(r.report().withCode("MASS_BALANCE")).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("technology_split[on]").contains("2005"));
    }

    @Test
    void missingRouteIsAWarningAndSingleSeriesRuns() {
        StockflowInput in = StockflowInput.single("s", YEARS, Timing.MIDDLE, "count",
                new CohortDriver.Inflow(constant(5)), new Lifetime.Weibull(2.2, 25), NegativeInflowPolicy.REPORT);
        StockflowResult r = StockflowCalculator.compute(in);
        assertThat(r.report().issues()).isEmpty();
        assertThat(r.productStock().rows()).singleElement().satisfies(row -> assertThat(row.labels()).containsExactly("all"));
        assertThat(r.materialStock().rows()).isEmpty();
    }
}
