package be.cambium.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.cambium.classification.Concordance.Link;
import be.cambium.validate.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of concordances over seeded random cases (replay a failure with its seed). */
class ConcordancePropertyTest {

    static LongStream seeds() {
        return LongStream.range(0, 200).map(i -> 0x5EED_0000L + i);
    }

    /** Shares that sum to 1 per source keep the total of any values; the inverse by size maps the result back. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void totalsAreKeptAndInverseBySizeRoundTrips(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int sources = rnd.nextInt(1, 7);
        int targets = rnd.nextInt(1, 5);
        List<Link<String, String>> links = new ArrayList<>();
        Map<String, Double> in = new LinkedHashMap<>();
        for (int s = 0; s < sources; s++) {
            double[] raw = new double[targets];
            double sum = 0;
            for (int t = 0; t < targets; t++) {
                raw[t] = rnd.nextDouble(0.05, 1);
                sum += raw[t];
            }
            for (int t = 0; t < targets; t++) {
                links.add(new Link<>("s" + s, "t" + t, raw[t] / sum));
            }
            in.put("s" + s, rnd.nextDouble(0.01, 100));
        }
        Concordance<String, String> c = Concordance.of("random", links);
        assertThat(c.validate(1e-9).isEmpty()).isTrue();
        Map<String, Double> out = c.apply(in, "source", ValidationReport.builder());
        double totalIn = in.values().stream().mapToDouble(Double::doubleValue).sum();
        double totalOut = out.values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(totalOut).isCloseTo(totalIn, within(1e-9 * totalIn));
        if (targets == 1) {
            // many-to-one: splitting back by the original values restores them exactly (up to rounding)
            Map<String, Double> back = c.inverse(in::get, ValidationReport.builder())
                    .apply(out, "target", ValidationReport.builder());
            in.forEach((k, v) -> assertThat(back.get(k)).isCloseTo(v, within(1e-9 * totalIn)));
        }
    }
}
