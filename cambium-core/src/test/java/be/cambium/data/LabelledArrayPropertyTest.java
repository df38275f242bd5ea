package be.cambium.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import be.cambium.unit.Unit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of {@link LabelledArray} over seeded random shapes and values (JUnit parameterized
 * tests; a failure names its seed, which replays it).
 */
class LabelledArrayPropertyTest {

    static LongStream seeds() {
        return LongStream.range(0, 200).map(i -> 0x1AB_0000L + i);
    }

    /** Dimension {@code d<i>} with items {@code i0..i<n-1>}; {@code d4} is a year range, to mix both kinds. */
    static Dim dim(int i, int n) {
        if (i == 4) {
            return YearRange.of("d4", 2000, 2000 + n - 1);
        }
        List<String> items = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            items.add("i" + k);
        }
        return Dimension.of("d" + i, items);
    }

    /** Random axes with 0..4 dimensions of 1..4 items, taken in random order from the pool d0..d4. */
    static Axes randomAxes(Random rnd) {
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4));
        Collections.shuffle(order, rnd);
        int rank = rnd.nextInt(5);
        List<Dim> dims = new ArrayList<>();
        for (int k = 0; k < rank; k++) {
            dims.add(dim(order.get(k), 1 + rnd.nextInt(4)));
        }
        return Axes.of(dims);
    }

    static LabelledArray randomArray(Random rnd, Axes axes, Unit unit) {
        double[] v = new double[axes.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.round((rnd.nextDouble() * 2 - 1) * 1e9) / 1e3; // -1e6..1e6, three decimals
        }
        return LabelledArray.of(axes, unit, v);
    }

    static double plainSum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    /** Rounding allowance for summing in another order: 1e-12 of the sum of magnitudes. */
    static double tolerance(double[] v) {
        double s = 0;
        for (double x : v) {
            s += Math.abs(x);
        }
        return 1e-12 * s + 1e-9;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void sumOverAllDimensionsEqualsThePlainSum(long seed) {
        Random rnd = new Random(seed);
        LabelledArray a = randomArray(rnd, randomAxes(rnd), Unit.TONNE);
        double[] v = a.values();
        assertThat(a.sumAll()).isEqualTo(plainSum(v));
        List<String> names = new ArrayList<>(a.axes().names());
        Collections.shuffle(names, rnd);
        LabelledArray r = a;
        for (String n : names) {
            r = r.sumOver(n);
        }
        assertThat(r.axes().rank()).isZero();
        assertThat(r.unit()).isEqualTo(a.unit());
        assertThat(r.get()).isCloseTo(plainSum(v), within(tolerance(v)));
        assertThat(a.sumOver(names.toArray(String[]::new)).get()).isCloseTo(plainSum(v), within(tolerance(v)));
        for (String n : names) {
            LabelledArray s = a.sumTo(n);
            assertThat(s.axes().names()).containsExactly(n);
            assertThat(s.sumAll()).isCloseTo(plainSum(v), within(tolerance(v)));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void alignToAPermutationAndBackIsTheIdentity(long seed) {
        Random rnd = new Random(seed);
        LabelledArray a = randomArray(rnd, randomAxes(rnd), Unit.TONNE);
        List<Dim> dims = new ArrayList<>();
        for (Dim d : a.axes().dimensions()) {
            List<String> items = new ArrayList<>(d.items());
            Collections.shuffle(items, rnd);
            dims.add(d.subset(items));
        }
        Collections.shuffle(dims, rnd);
        Axes permuted = Axes.of(dims);
        LabelledArray p = a.alignTo(permuted);
        assertThat(p.axes()).isEqualTo(permuted);
        for (int i = 0; i < a.size(); i++) {
            assertThat(p.get(cell(a.axes(), i))).isEqualTo(a.valueAt(i));
        }
        assertThat(p.alignTo(a.axes())).isEqualTo(a);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void arithmeticOnMismatchedItemsThrows(long seed) {
        Random rnd = new Random(seed);
        Axes axes = randomAxes(rnd);
        if (axes.rank() == 0) {
            axes = Axes.of(dim(0, 1 + rnd.nextInt(4)));
        }
        LabelledArray a = randomArray(rnd, axes, Unit.TONNE);
        Dim d = axes.dimension(rnd.nextInt(axes.rank()));
        List<String> items = new ArrayList<>(d.items());
        String replaced = items.set(rnd.nextInt(items.size()), "zz");
        LabelledArray b = LabelledArray.of(axes.with(Dimension.of(d.name(), items)), Unit.TONNE, a.values());
        String expected = "dimension '" + d.name() + "'";
        assertThatThrownBy(() -> a.plus(b)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(expected).hasMessageContaining("only-left [" + replaced + "], only-right [zz]");
        assertThatThrownBy(() -> a.minus(b)).hasMessageContaining(expected);
        assertThatThrownBy(() -> b.times(a)).hasMessageContaining("only-left [zz], only-right [" + replaced + "]");
        assertThatThrownBy(() -> a.dividedBy(b)).hasMessageContaining(expected);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void broadcastingAgreesWithExplicitLoops(long seed) {
        Random rnd = new Random(seed);
        LabelledArray a = randomArray(rnd, randomAxes(rnd), Unit.TONNE);
        // b: random dimensions, with a's items where it shares a dimension with a
        List<Dim> bDims = new ArrayList<>();
        for (Dim d : randomAxes(rnd).dimensions()) {
            bDims.add(a.axes().contains(d.name()) ? a.axes().dimension(d.name()) : d);
        }
        Axes bAxes = Axes.of(bDims);
        double[] bv = new double[bAxes.size()];
        for (int i = 0; i < bv.length; i++) {
            bv[i] = 1 + rnd.nextInt(1000) * 0.5;
        }
        LabelledArray b = LabelledArray.of(bAxes, Unit.MEUR_2015, bv);
        LabelledArray product = a.times(b);
        LabelledArray quotient = a.dividedBy(b);
        LabelledArray sum = a.plus(b.map(x -> x, Unit.KILOTONNE));

        List<String> expectedNames = new ArrayList<>(a.axes().names());
        for (String n : bAxes.names()) {
            if (!expectedNames.contains(n)) {
                expectedNames.add(n);
            }
        }
        assertThat(product.axes().names()).isEqualTo(expectedNames);
        assertThat(product.unit()).isEqualTo(Unit.parse("t*MEUR_2015"));
        assertThat(quotient.unit()).isEqualTo(Unit.parse("t/MEUR_2015"));
        for (int i = 0; i < product.size(); i++) {
            Map<String, String> cell = cell(product.axes(), i);
            double x = a.get(restrict(cell, a.axes()));
            double y = b.get(restrict(cell, bAxes));
            assertThat(product.valueAt(i)).isEqualTo(x * y);
            assertThat(quotient.valueAt(i)).isEqualTo(x / y);
            assertThat(sum.valueAt(i)).isEqualTo(x + 1000 * y);
        }
        // broadcasting both to the union first, then an element-wise product, gives the same
        assertThat(a.broadcastTo(product.axes()).times(b.broadcastTo(product.axes()))).isEqualTo(product);
    }

    static Map<String, String> cell(Axes axes, int offset) {
        Map<String, String> m = new LinkedHashMap<>();
        List<String> labels = axes.labels(offset);
        for (int j = 0; j < labels.size(); j++) {
            m.put(axes.dimension(j).name(), labels.get(j));
        }
        return m;
    }

    static Map<String, String> restrict(Map<String, String> cell, Axes axes) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String n : axes.names()) {
            m.put(n, cell.get(n));
        }
        return m;
    }
}
