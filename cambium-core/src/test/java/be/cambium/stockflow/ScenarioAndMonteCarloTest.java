package be.cambium.stockflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ScenarioAndMonteCarloTest {

    private static final StockflowInput BASE = StockflowCalculatorTest.twoTechnologySystem(StockflowCalculatorTest.ramp(0.8, 0.2));

    @Test
    void scenarioReplacesDriverAndScalesContents() {
        double[] target = StockflowCalculatorTest.ramp(10, 200);
        Scenario s = new Scenario("high", "doubling", Map.of("on", new CohortDriver.Stock(target)), 1.2, Map.of("Nd", 0.5));
        StockflowResult base = StockflowCalculator.compute(BASE);
        StockflowResult high = StockflowCalculator.compute(s.applyTo(BASE));
        assertThat(high.productStock().sum(Arrays.asList(null, null))[29]).isCloseTo(200, within(1e-9));
        assertThat(high.massBalance().ok()).isTrue();
        // with the same stock the Nd stock halves only if nothing else changes: check the content factor on inflows
        Scenario onlyNd = new Scenario("nd", "thrifting", Map.of(), 1.0, Map.of("Nd", 0.5));
        StockflowResult nd = StockflowCalculator.compute(onlyNd.applyTo(BASE));
        double[] a = base.materialStock().sum(Arrays.asList(null, null, null, "Nd"));
        double[] b = nd.materialStock().sum(Arrays.asList(null, null, null, "Nd"));
        assertThat(b[20]).isCloseTo(a[20] / 2, within(1e-12));
        assertThatThrownBy(() -> new Scenario("x", "", Map.of("nope", new CohortDriver.Stock(target)), 1, Map.of()).applyTo(BASE))
                .hasMessageContaining("segment 'nope'").hasMessageContaining("[on]");
    }

    @Test
    void monteCarloIsReproducibleFromItsSeedAndOrdered() {
        MonteCarlo.Spec spec = MonteCarlo.Spec.of(40, 42L, 0.2, 0.3, 0.25);
        MonteCarlo.Result a = MonteCarlo.run(BASE, spec);
        MonteCarlo.Result b = MonteCarlo.run(BASE, spec);
        MonteCarlo.Result c = MonteCarlo.run(BASE, MonteCarlo.Spec.of(40, 43L, 0.2, 0.3, 0.25));
        assertThat(a.drawsWithErrors()).isZero();
        MonteCarlo.Interval ndOut = find(a, "material_outflow", "Nd");
        assertThat(ndOut.percentileValues()[0]).containsExactly(find(b, "material_outflow", "Nd").percentileValues()[0]);
        assertThat(find(c, "material_outflow", "Nd").percentileValues()[2][29]).isNotEqualTo(ndOut.percentileValues()[2][29]);
        for (int t = 0; t < 30; t++) {
            assertThat(ndOut.percentileValues()[0][t]).isLessThanOrEqualTo(ndOut.percentileValues()[1][t]);
            assertThat(ndOut.percentileValues()[1][t]).isLessThanOrEqualTo(ndOut.percentileValues()[2][t]);
        }
        assertThat(ndOut.percentileValues()[2][29]).isGreaterThan(ndOut.percentileValues()[0][29]);
        // stock-driven: the product stock is the target in every draw, so its interval has no width
        MonteCarlo.Interval st = find(a, "stock", "product");
        assertThat(st.percentileValues()[0][29]).isCloseTo(100, within(1e-9));
        assertThat(st.percentileValues()[2][29]).isCloseTo(100, within(1e-9));
    }

    @Test
    void zeroVariationReproducesTheBaseRun() {
        MonteCarlo.Result r = MonteCarlo.run(BASE, MonteCarlo.Spec.of(3, 1L, 0, 0, 0));
        double[] base = StockflowCalculator.compute(BASE).materialOutflow().sum(Arrays.asList(null, null, null, "steel"));
        double[] p50 = find(r, "material_outflow", "steel").percentileValues()[1];
        for (int t = 0; t < 30; t++) {
            assertThat(p50[t]).isCloseTo(base[t], within(1e-9 * (1 + base[t])));
        }
    }

    @Test
    void factorsHaveMeanOneAndTheirCv() {
        SplittableRandom r = new SplittableRandom(7);
        int n = 100_000;
        double s = 0, s2 = 0;
        for (int i = 0; i < n; i++) {
            double f = MonteCarlo.factor(r, 0.3);
            s += f;
            s2 += f * f;
        }
        double mean = s / n;
        assertThat(mean).isCloseTo(1, within(0.01));
        assertThat(Math.sqrt(s2 / n - mean * mean)).isCloseTo(0.3, within(0.01));
        assertThat(MonteCarlo.percentile(new double[] {1, 2, 3, 4}, 50)).isEqualTo(2.5);
    }

    private static MonteCarlo.Interval find(MonteCarlo.Result r, String variable, String material) {
        return r.intervals().stream().filter(i -> i.variable().equals(variable) && i.labels().get(i.labels().size() - 1).equals(material))
                .findFirst().orElseThrow();
    }

}
