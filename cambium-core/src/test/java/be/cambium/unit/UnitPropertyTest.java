package be.cambium.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of {@link Unit} over seeded random cases: conversions round-trip, printing
 * round-trips (JUnit parameterized tests; a failure names its seed, which replays it).
 */
class UnitPropertyTest {

    static LongStream seeds() {
        return LongStream.range(0, 200).map(i -> 0x0417_0000L + i);
    }

    /** Groups of mutually compatible units. */
    static final List<List<String>> COMPATIBLE = List.of(
            List.of("g", "kg", "t", "kt", "Mt", "Gt"),
            List.of("J", "kJ", "MJ", "GJ", "TJ", "PJ", "Wh", "kWh", "MWh", "GWh", "TWh", "toe", "ktoe", "Mtoe"),
            List.of("W", "kW", "MW", "GW"),
            List.of("cap", "kcap", "Mcap"),
            List.of("EUR_2015", "kEUR_2015", "MEUR_2015", "BEUR_2015"),
            List.of("EUR_CURRENT", "kEUR_CURRENT", "MEUR_CURRENT"),
            List.of("1", "%"),
            List.of("t/MEUR_2015", "kg/EUR_2015", "kt/BEUR_2015"),
            List.of("kg/MW", "t/GW", "g/W"),
            List.of("t/cap", "kg/cap", "kt/kcap", "Mt/Mcap"));

    static final List<String> NON_MONEY_ATOMS = List.of("g", "kg", "t", "kt", "Mt", "cap", "kcap", "J", "GJ", "TJ", "MWh",
            "ktoe", "W", "MW", "GW", "count", "%");
    static final List<String> MONEY_SCALES = List.of("", "k", "M", "B");
    static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP");
    static final List<String> BASES = List.of("", "_CURRENT", "_2015", "_2020", "_CLV2010", "_PPS");

    static <T> T pick(Random rnd, List<T> from) {
        return from.get(rnd.nextInt(from.size()));
    }

    /** A random product of atoms with exponents in -3..3; its money atoms share one currency and price basis. */
    static Unit randomProduct(Random rnd) {
        List<String> atoms = new ArrayList<>();
        for (int n = rnd.nextInt(5); n > 0; n--) {
            atoms.add(pick(rnd, NON_MONEY_ATOMS));
        }
        String money = pick(rnd, CURRENCIES) + pick(rnd, BASES);
        for (int n = rnd.nextInt(3); n > 0; n--) {
            atoms.add(pick(rnd, MONEY_SCALES) + money);
        }
        Collections.shuffle(atoms, rnd);
        Unit u = Unit.DIMENSIONLESS;
        for (String a : atoms) {
            u = u.times(Unit.parse(a).pow(rnd.nextInt(7) - 3));
        }
        return u;
    }

    private static final Pattern MONEY = Pattern.compile("[kMB]?(EUR|USD|GBP)(_[A-Z0-9]+)?");

    /** Currency and price basis of each money atom in the printed unit, e.g. {@code EUR_2015}. */
    static Set<String> moneyOf(Unit u) {
        Set<String> out = new HashSet<>();
        Matcher m = MONEY.matcher(u.toString());
        while (m.find()) {
            out.add(m.group(1) + (m.group(2) == null ? "" : m.group(2)));
        }
        return out;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void conversionRoundTrips(long seed) {
        Random rnd = new Random(seed);
        List<String> group = pick(rnd, COMPATIBLE);
        Unit a = Unit.parse(pick(rnd, group));
        Unit b = Unit.parse(pick(rnd, group));
        Unit c = Unit.parse(pick(rnd, group));
        double value = (rnd.nextDouble() * 2 - 1) * Math.pow(10, rnd.nextInt(19) - 9);
        double back = b.convert(a.convert(value, b), a);
        assertThat(back).as("%s -> %s -> %s", a, b, a).isCloseTo(value, within(1e-12 * Math.abs(value)));
        assertThat(a.conversionFactorTo(b) * b.conversionFactorTo(a)).isCloseTo(1.0, within(1e-12));
        double ac = a.conversionFactorTo(c);
        assertThat(a.conversionFactorTo(b) * b.conversionFactorTo(c)).as("%s -> %s -> %s", a, b, c).isCloseTo(ac, within(1e-12 * ac));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void kilotonnesToTonnesAndBack(long seed) {
        double kt = (new Random(seed).nextDouble() * 2 - 1) * 1e12;
        double t = Unit.KILOTONNE.convert(kt, Unit.TONNE);
        assertThat(t).isEqualTo(kt * 1000);
        assertThat(Unit.TONNE.convert(t, Unit.KILOTONNE)).isCloseTo(kt, within(1e-12 * Math.abs(kt)));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void parseOfToStringIsTheUnit(long seed) {
        Unit u = randomProduct(new Random(seed));
        String text = u.toString();
        Unit parsed = Unit.parse(text);
        assertThat(parsed).as(text).isEqualTo(u);
        assertThat(parsed.toString()).isEqualTo(text);
        assertThat(parsed.toBase()).isCloseTo(u.toBase(), within(1e-12 * u.toBase()));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void timesAddsExponentsAndMultipliesFactors(long seed) {
        Random rnd = new Random(seed);
        Unit u = randomProduct(rnd);
        Unit v = randomProduct(rnd);
        // a unit may not mix money of two currencies or price bases, even where their exponents cancel
        Set<String> money = moneyOf(u);
        money.addAll(moneyOf(v));
        boolean sameMoney = money.size() <= 1;
        if (!sameMoney) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> u.times(v)).isInstanceOf(UnitMismatchException.class);
            return;
        }
        Unit w = u.times(v);
        for (int d = 0; d < 6; d++) {
            assertThat(w.exponent(d)).isEqualTo(u.exponent(d) + v.exponent(d));
        }
        double f = u.toBase() * v.toBase();
        assertThat(w.toBase()).isCloseTo(f, within(1e-9 * f));
        assertThat(w.dividedBy(v).isCompatibleWith(u)).isTrue();
        assertThat(Unit.parse(w.toString())).isEqualTo(w);
    }
}
