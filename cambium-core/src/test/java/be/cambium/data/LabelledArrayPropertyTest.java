package be.cambium.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cambium.unit.Unit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of {@link LabelledArray} on random shapes and values. */
class LabelledArrayPropertyTest {

    /** Dimension {@code d<i>} with items {@code i0..i<n-1>}; the last one is a year range to mix both kinds. */
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

    /** Random axes with 0..4 dimensions of 1..4 items, in a random order of the pool d0..d4. */
    @Provide
    Arbitrary<Axes> axes() {
        return Combinators.combine(
                Arbitraries.integers().between(1, 4).list().ofMinSize(5).ofMaxSize(5),
                Arbitraries.integers().between(0, 4),
                Arbitraries.longs()).as((sizes, rank, seed) -> {
                    List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4));
                    Collections.shuffle(order, new Random(seed));
                    List<Dim> dims = new ArrayList<>();
                    for (int k = 0; k < rank; k++) {
                        int i = order.get(k);
                        dims.add(dim(i, sizes.get(i)));
                    }
                    return Axes.of(dims);
                });
    }

    @Provide
    Arbitrary<LabelledArray> arrays() {
        return axes().flatMap(ax -> Arbitraries.doubles().between(-1e6, 1e6).ofScale(3)
                .array(double[].class).ofSize(ax.size())
                .map(v -> LabelledArray.of(ax, Unit.TONNE, v)));
    }

    static double plainSum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    static double tolerance(double[] v) {
        double s = 0;
        for (double x : v) {
            s += Math.abs(x);
        }
        return 1e-12 * s + 1e-9;
    }

    @Property
    void sumOverAllDimensionsEqualsThePlainSum(@ForAll("arrays") LabelledArray a, @ForAll long seed) {
        double[] v = a.values();
        assertThat(a.sumAll()).isEqualTo(plainSum(v));
        List<String> names = new ArrayList<>(a.axes().names());
        Collections.shuffle(names, new Random(seed));
        LabelledArray r = a;
        for (String n : names) {
            r = r.sumOver(n);
        }
        assertThat(r.axes().rank()).isZero();
        assertThat(r.get()).isCloseTo(plainSum(v), org.assertj.core.api.Assertions.within(tolerance(v)));
        assertThat(a.sumOver(names.toArray(String[]::new)).get())
                .isCloseTo(plainSum(v), org.assertj.core.api.Assertions.within(tolerance(v)));
        assertThat(r.unit()).isEqualTo(a.unit());
    }

    @Property
    void sumToKeepsTheTotal(@ForAll("arrays") LabelledArray a) {
        for (String n : a.axes().names()) {
            LabelledArray s = a.sumTo(n);
            assertThat(s.axes().names()).containsExactly(n);
            assertThat(s.sumAll()).isCloseTo(a.sumAll(), org.assertj.core.api.Assertions.within(tolerance(a.values())));
        }
    }

    @Property
    void alignToAPermutationAndBackIsTheIdentity(@ForAll("arrays") LabelledArray a, @ForAll long seed) {
        Random rnd = new Random(seed);
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
        assertThat(p.sumAll()).isCloseTo(a.sumAll(), org.assertj.core.api.Assertions.within(tolerance(a.values())));
        for (int i = 0; i < a.size(); i++) {
            Map<String, String> cell = cell(a.axes(), i);
            assertThat(p.get(cell)).isEqualTo(a.valueAt(i));
        }
        assertThat(p.alignTo(a.axes())).isEqualTo(a);
    }

    @Property
    void arithmeticOnMismatchedItemsThrows(@ForAll("arrays") LabelledArray a, @ForAll long seed) {
        if (a.axes().rank() == 0) {
            return;
        }
        Random rnd = new Random(seed);
        int j = rnd.nextInt(a.axes().rank());
        Dim d = a.axes().dimension(j);
        int k = rnd.nextInt(d.size());
        List<String> items = new ArrayList<>(d.items());
        String replaced = items.set(k, "zz");
        LabelledArray b = LabelledArray.of(a.axes().with(Dimension.of(d.name(), items)), a.unit(), a.values());
        String expected = "dimension '" + d.name() + "'";
        assertThatThrownBy(() -> a.plus(b)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(expected).hasMessageContaining("only-left [" + replaced + "], only-right [zz]");
        assertThatThrownBy(() -> a.minus(b)).hasMessageContaining(expected);
        assertThatThrownBy(() -> b.times(a)).hasMessageContaining("only-left [zz], only-right [" + replaced + "]");
        assertThatThrownBy(() -> a.dividedBy(b)).hasMessageContaining(expected);
    }

    @Property
    void broadcastingAgreesWithExplicitLoops(@ForAll("arrays") LabelledArray a, @ForAll("arrays") LabelledArray b0) {
        // give b the same items as a on shared dimensions, so that the union is defined
        List<Dim> bDims = new ArrayList<>();
        for (Dim d : b0.axes().dimensions()) {
            bDims.add(a.axes().contains(d.name()) ? a.axes().dimension(d.name()) : d);
        }
        Axes bAxes = Axes.of(bDims);
        double[] bv = new double[bAxes.size()];
        for (int i = 0; i < bv.length; i++) {
            bv[i] = 1 + i * 0.5;
        }
        LabelledArray b = LabelledArray.of(bAxes, Unit.parse("MEUR_2015"), bv);
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
        for (int i = 0; i < product.size(); i++) {
            Map<String, String> cell = cell(product.axes(), i);
            double x = a.get(restrict(cell, a.axes()));
            double y = b.get(restrict(cell, bAxes));
            assertThat(product.valueAt(i)).isEqualTo(x * y);
            assertThat(quotient.valueAt(i)).isEqualTo(x / y);
            assertThat(sum.valueAt(i)).isEqualTo(x + 1000 * y);
        }
        // broadcastTo the union, then a plain element-wise product, gives the same
        LabelledArray viaBroadcast = a.broadcastTo(product.axes()).times(b.broadcastTo(product.axes()));
        assertThat(viaBroadcast).isEqualTo(product);
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
