package be.cambium.criticality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.cambium.trade.Flow;
import be.cambium.trade.TradeRow;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random trade rows: shares sum to one over observed partners and do not depend on the row order. */
class BeSourcingPropertyTest {

    static final String[] PARTNERS = {"CN", "US", "DE", "NL", "FR", "CD", "ZA", "GR", "GB", "QZ", "QY", "QU", "WORLD"};
    static final List<MaterialCode> CODES = List.of(MaterialCode.of("Cobalt", Stage.P, "81052000", null, null),
            MaterialCode.of("Cobalt", Stage.P, "28220000", null, null), MaterialCode.of("Tungsten", Stage.E, "26110000", null, null));

    static Stream<Arguments> cases() {
        return IntStream.range(0, 40).mapToObj(i -> Arguments.of(1000L + i));
    }

    static List<TradeRow> rows(SplittableRandom rnd) {
        int n = 1 + rnd.nextInt(60);
        List<TradeRow> rows = new ArrayList<>();
        String[] cns = {"81052000", "28220000", "26110000", "12345678"};
        for (int i = 0; i < n; i++) {
            YearMonth p = YearMonth.of(2021 + rnd.nextInt(3), 1 + rnd.nextInt(12));
            String partner = PARTNERS[rnd.nextInt(PARTNERS.length)];
            Flow f = rnd.nextInt(4) == 0 ? Flow.EXPORT : Flow.IMPORT;
            double kg = rnd.nextInt(10) == 0 ? 0 : Math.floor(rnd.nextDouble() * 1e6);
            rows.add(new TradeRow("BE", partner, "E", cns[rnd.nextInt(cns.length)], f, p, 1, Math.floor(rnd.nextDouble() * 1e7), kg,
                    "v" + rnd.nextInt(3)));
        }
        return rows;
    }

    static BeSourcingResult compute(List<TradeRow> rows, boolean withProduction) {
        List<DomesticProduction> dp = withProduction ? List.of(DomesticProduction.of("Cobalt", Stage.P, null, 50),
                DomesticProduction.of("Tungsten", Stage.E, null, 0)) : List.of();
        return BeSourcingCalculator.compute(BeSourcingInput.of(rows, BeSourcingCalculatorTest.year(2021, 2022, 2023), CODES, dp,
                List.of(), 2021, 2023));
    }

    static Map<String, Double> shares(BeSourcingResult r) {
        Map<String, Double> out = new TreeMap<>();
        r.shares().forEach(s -> out.put(s.material() + "|" + s.stage() + "|" + s.country(), s.share()));
        return out;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("cases")
    void sharesSumToOneOverObservedPartners(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        BeSourcingResult r = compute(rows(rnd), rnd.nextBoolean());
        for (SourcingStage st : r.stages()) {
            double sum = r.shares().stream().filter(s -> s.material().equals(st.material()) && s.stage() == st.stage())
                    .mapToDouble(SupplyShare::share).sum();
            if (st.hasShares()) {
                assertThat(sum).as(st.material()).isCloseTo(1.0, within(1e-9));
            } else {
                assertThat(sum).isZero();
            }
            if (!Double.isNaN(st.irBe())) {
                assertThat(st.irBe()).isLessThanOrEqualTo(1.0 + 1e-12);
            }
        }
        assertThat(r.shares()).allSatisfy(s -> {
            assertThat(s.share()).isBetween(0.0, 1.0);
            assertThat(s.country()).hasSize(2).doesNotStartWith("Q");
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("cases")
    void rowOrderDoesNotMatter(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<TradeRow> rows = rows(rnd);
        boolean prod = rnd.nextBoolean();
        BeSourcingResult a = compute(rows, prod);
        List<TradeRow> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(seed));
        BeSourcingResult b = compute(shuffled, prod);
        Map<String, Double> sa = shares(a);
        Map<String, Double> sb = shares(b);
        assertThat(sb.keySet()).isEqualTo(sa.keySet());
        sa.forEach((k, v) -> assertThat(sb.get(k)).as(k).isCloseTo(v, within(1e-12)));
        assertThat(b.stages()).hasSameSizeAs(a.stages());
        for (int i = 0; i < a.stages().size(); i++) {
            assertThat(b.stages().get(i).importsKg()).isCloseTo(a.stages().get(i).importsKg(), within(1e-6));
            double ia = a.stages().get(i).irBe();
            double ib = b.stages().get(i).irBe();
            if (Double.isNaN(ia)) {
                assertThat(ib).isNaN();
            } else {
                assertThat(ib).isCloseTo(ia, within(1e-12));
            }
        }
    }
}
