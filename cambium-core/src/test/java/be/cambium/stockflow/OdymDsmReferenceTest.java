package be.cambium.stockflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ODYM's published unit-test values (src/test/resources/stockflow/odym/SOURCE.md). */
class OdymDsmReferenceTest {

    private static final Map<String, double[]> F = new HashMap<>();

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = OdymDsmReferenceTest.class.getResourceAsStream("/stockflow/odym/odym-dsm-fixtures.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] kv = line.split("=", 2);
                F.put(kv[0].trim(), Arrays.stream(kv[1].trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray());
            }
        }
    }

    private static double[] f(String name) {
        return F.get(name).clone();
    }

    private static int[] years(int n) {
        return IntStream.range(0, n).toArray();
    }

    private static CohortResult inflowDriven(double[] inflow, Lifetime lt) {
        SurvivalMatrix sf = SurvivalMatrix.of(inflow.length, lt, Timing.END);
        return CohortModel.compute(new CohortDriver.Inflow(inflow), sf, NegativeInflowPolicy.REPORT, years(inflow.length), Map.of());
    }

    private static CohortResult stockDriven(double[] stock, Lifetime lt, NegativeInflowPolicy p) {
        SurvivalMatrix sf = SurvivalMatrix.of(stock.length, lt, Timing.END);
        return CohortModel.compute(new CohortDriver.Stock(stock), sf, p, years(stock.length), Map.of());
    }

    private static void close(double[] actual, double[] expected, double tol) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("index %d", i).isCloseTo(expected[i], within(tol));
        }
    }

    @Test
    void fixedLifetimeInflowDriven() {
        CohortResult r = inflowDriven(f("inflow_1_10"), new Lifetime.Fixed(5));
        close(r.stock(), f("fixed5_stock"), 1e-12);
        close(r.outflow(), f("fixed5_outflow"), 1e-12);
        close(r.stockChange(), f("fixed5_stock_change"), 1e-12);
        close(r.balance(), new double[10], 0.0);
    }

    @Test
    void fixedLifetimeStockDriven() {
        CohortResult r = stockDriven(f("fixed5_stock"), new Lifetime.Fixed(5), NegativeInflowPolicy.REPORT);
        close(r.inflow(), f("inflow_1_10"), 1e-12);
        close(r.outflow(), f("fixed5_outflow"), 1e-12);
    }

    @Test
    void normalLifetimeInflowDriven() {
        CohortResult r = inflowDriven(f("inflow_1_10"), new Lifetime.Normal(5, 1.5));
        close(r.stock(), f("normal_5_1.5_stock"), 1e-8);
        close(r.outflow(), f("normal_5_1.5_outflow"), 1e-8);
        close(r.stockChange(), f("normal_5_1.5_stock_change"), 1e-8);
        close(r.stockByCohort()[9], f("normal_5_1.5_stock_by_cohort_year9"), 1e-8);
        close(r.balance(), new double[10], 1e-12);
    }

    @Test
    void normalLifetimeStockDrivenBothPolicies() {
        for (NegativeInflowPolicy p : NegativeInflowPolicy.values()) {
            CohortResult r = stockDriven(f("normal_5_1.5_stock"), new Lifetime.Normal(5, 1.5), p);
            close(r.inflow(), f("inflow_1_10"), 1e-7);
            close(r.outflow(), f("normal_5_1.5_outflow"), 1e-8);
            close(r.balance(), new double[10], 1e-12);
        }
    }

    @Test
    void weibullLifetimeInflowDriven() {
        CohortResult r = inflowDriven(f("inflow_1_10"), new Lifetime.Weibull(1.2, 1));
        close(r.stock(), f("weibull_1.2_1_stock"), 1e-8);
        close(r.outflow(), f("weibull_1.2_1_outflow"), 1e-8);
        close(r.stockChange(), f("weibull_1.2_1_stock_change"), 1e-8);
        CohortResult back = stockDriven(r.stock(), new Lifetime.Weibull(1.2, 1), NegativeInflowPolicy.REPORT);
        close(back.inflow(), f("inflow_1_10"), 1e-9);
    }

    @Test
    void logNormalAndFoldedNormalStockAtIndex60() {
        double[] head = f("ln_fn_inflow_head");
        double[] ln = Arrays.copyOf(head, 300);
        assertThat(inflowDriven(ln, new Lifetime.LogNormal(20, 20)).stock()[60])
                .isCloseTo(f("lognormal_20_20_stock_at_60")[0], within(1e-9));
        double[] fn = Arrays.copyOf(head, 100);
        assertThat(inflowDriven(fn, new Lifetime.FoldedNormal(20, 20)).stock()[60])
                .isCloseTo(f("foldednormal_20_20_stock_at_60")[0], within(1e-9));
    }

    @Test
    void stockDrivenNegativeInflowReportedOrRetiredEarly() {
        Lifetime lt = new Lifetime.Normal(8, 3);
        CohortResult rep = stockDriven(f("negflow_stock"), lt, NegativeInflowPolicy.REPORT);
        close(rep.inflow(), f("negflow_inflow_report"), 1e-11);
        assertThat(rep.report().withCode("NEGATIVE_INFLOW_REQUIRED")).hasSize(2);
        CohortResult ret = stockDriven(f("negflow_stock"), lt, NegativeInflowPolicy.RETIRE_EARLY);
        close(ret.inflow(), f("negflow_inflow_retire"), 1e-12);
        close(ret.stockChange(), f("negflow_stock_change_retire"), 1e-12);
        close(ret.balance(), new double[30], 1e-12);
        close(ret.stock(), f("negflow_stock"), 1e-12);
        assertThat(Arrays.stream(ret.outflow()).min().orElseThrow()).isGreaterThanOrEqualTo(-1e-12);
    }

    private static CohortResult initial(String init, String stock, int sw, Lifetime lt, NegativeInflowPolicy p) {
        double[] s = f(stock);
        SurvivalMatrix sf = SurvivalMatrix.of(s.length, lt, Timing.END);
        return CohortModel.compute(new CohortDriver.InitialStockThenStock(f(init), s, sw), sf, p, years(s.length), Map.of());
    }

    @Test
    void initialStockThenStockTarget() {
        Lifetime lt = new Lifetime.Normal(8, 3);
        CohortResult a = initial("init8_stock_by_cohort", "init8_stock_neg", 8, lt, NegativeInflowPolicy.REPORT);
        close(a.inflow(), f("init8_inflow_neg_report"), 1e-12);
        close(a.balance(), new double[30], 1e-12);
        CohortResult b = initial("init8_stock_by_cohort", "init8_stock_pos", 8, lt, NegativeInflowPolicy.REPORT);
        close(b.inflow(), f("init8_inflow_pos_report"), 1e-12);
        CohortResult c = initial("init8_stock_by_cohort", "init8_stock_neg", 8, lt, NegativeInflowPolicy.RETIRE_EARLY);
        close(c.inflow(), f("init8_inflow_neg_retire"), 1e-12);
        close(c.balance(), new double[30], 1e-12);

        CohortResult d = initial("init4_stock_by_cohort", "init4_stock", 4, new Lifetime.Normal(5, 1.5), NegativeInflowPolicy.REPORT);
        close(d.inflow(), f("init4_inflow"), 1e-8);
        close(d.stock(), f("init4_stock_total"), 1e-8);
        close(d.stockByCohort()[8], f("init4_stock_by_cohort_year8"), 1e-8);
        close(d.balance(), new double[9], 1e-12);
    }
}
