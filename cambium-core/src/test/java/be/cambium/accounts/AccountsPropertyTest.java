package be.cambium.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import be.cambium.unit.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties on random accounts (seeded, 50 cases each): rounding every published figure to its published decimals
 * never raises an identity or parent-sum issue (no false alarms), and moving one aggregate by more than the
 * rounding bound always does (no misses): gaps of bound + 1 kt.
 */
class AccountsPropertyTest {

    static final String[] CHILDREN = {"MF1", "MF2", "MF3", "MF4", "MF5", "MF6"};

    static Stream<Long> seeds() {
        return IntStream.range(0, 50).mapToObj(i -> 1000L + i);
    }

    static double round(double v, int d) {
        return BigDecimal.valueOf(v).setScale(d, RoundingMode.HALF_UP).doubleValue();
    }

    static Observation o(String ind, String mat, double exact, int d) {
        return Observation.of("BE", 2020, ind, mat, round(exact, d), Unit.KILOTONNE, "t").withDecimals(d);
    }

    /** Exact flows per child, then everything published rounded to d decimals; returns the observations. */
    static List<Observation> roundedAccounts(Random rnd, int d, double[] exactTotals) {
        List<Observation> l = new ArrayList<>();
        double de = 0, imp = 0, exp = 0;
        for (String c : CHILDREN) {
            boolean tradeOnly = c.equals("MF5") || c.equals("MF6");
            double e = tradeOnly ? 0 : rnd.nextDouble() * 80_000;
            double i = rnd.nextDouble() * 120_000;
            double x = rnd.nextDouble() * 100_000;
            if (!tradeOnly) {
                l.add(o("DE", c, e, d));
            }
            l.add(o("IMP", c, i, d));
            l.add(o("EXP", c, x, d));
            de += e;
            imp += i;
            exp += x;
        }
        l.add(o("DE", "TOTAL", de, d));
        l.add(o("IMP", "TOTAL", imp, d));
        l.add(o("EXP", "TOTAL", exp, d));
        exactTotals[0] = de + imp - exp;
        return l;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void roundingAloneNeverRaisesAnIssue(long seed) {
        Random rnd = new Random(seed);
        int d = rnd.nextInt(4);
        double[] dmc = new double[1];
        List<Observation> l = roundedAccounts(rnd, d, dmc);
        l.add(o("DMC", "TOTAL", dmc[0], d));
        AccountsResult r = AccountsCalculator.compute(AccountsInput.of(l, TestTrees.mainCategories(), List.of()));
        assertThat(r.report().errors()).as("seed " + seed + ", " + d + " decimals").isEmpty();
        double computed = r.find("BE", 2020, "DMC", "TOTAL", Origin.COMPUTED, false).orElseThrow().value();
        double ptb = r.find("BE", 2020, "PTB", "TOTAL", Origin.COMPUTED, false).orElseThrow().value();
        double de = l.stream().filter(x -> x.indicator().equals("DE") && x.material().equals("TOTAL")).findFirst().orElseThrow().value();
        assertThat(computed).isCloseTo(de + ptb, org.assertj.core.api.Assertions.within(1e-6));
    }

    static double total(List<Observation> l, String ind) {
        return l.stream().filter(x -> x.indicator().equals(ind) && x.material().equals("TOTAL")).findFirst().orElseThrow().value();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aGapBeyondTheRoundingBoundIsAlwaysCaught(long seed) {
        Random rnd = new Random(seed);
        int d = rnd.nextInt(4);
        double[] dmc = new double[1];
        List<Observation> l = roundedAccounts(rnd, d, dmc);
        double half = 0.5 * Math.pow(10, -d);
        // DMC identity bound: DMC's own half-width plus three terms; parent-sum bound for IMP: 1 + 6 half-widths
        double sign = rnd.nextBoolean() ? 1 : -1;
        l.removeIf(x -> x.indicator().equals("IMP") && x.material().equals("TOTAL"));
        double impSum = l.stream().filter(x -> x.indicator().equals("IMP")).mapToDouble(Observation::value).sum();
        l.add(o("IMP", "TOTAL", impSum + sign * (7 * half + 1), d));
        // the published DMC is off the identity of the TOTAL row as published, by more than its 4 half-widths
        double fromTotals = total(l, "DE") + total(l, "IMP") - total(l, "EXP");
        l.add(o("DMC", "TOTAL", fromTotals + sign * (5 * half + 1), d));
        AccountsResult r = AccountsCalculator.compute(AccountsInput.of(l, TestTrees.mainCategories(), List.of()));
        assertThat(r.report().withCode("MFA_PARENT_SUM")).as("seed " + seed)
                .anySatisfy(i -> assertThat(i.location().cell()).containsEntry("indicator", "IMP").containsEntry("material", "TOTAL"));
        assertThat(r.report().withCode("MFA_IDENTITY")).as("seed " + seed).isNotEmpty();
    }
}
