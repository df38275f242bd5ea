package be.cambium.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.cambium.classification.Concordance.Link;
import be.cambium.validate.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ConcordancePropertyTest {

    /** Shares that sum to 1 per source keep the total of any values; the inverse by size maps the result back. */
    @Property(tries = 200)
    void totalsAreKeptAndInverseBySizeRoundTrips(
            @ForAll @Size(min = 1, max = 6) List<@DoubleRange(min = 0.01, max = 100) Double> values,
            @ForAll @IntRange(min = 1, max = 4) int targets,
            @ForAll @Size(min = 24, max = 24) List<@DoubleRange(min = 0.05, max = 1) Double> raw) {
        List<Link<String, String>> links = new ArrayList<>();
        Map<String, Double> in = new LinkedHashMap<>();
        for (int s = 0; s < values.size(); s++) {
            double sum = 0;
            for (int t = 0; t < targets; t++) {
                sum += raw.get(s * 4 + t);
            }
            for (int t = 0; t < targets; t++) {
                links.add(new Link<>("s" + s, "t" + t, raw.get(s * 4 + t) / sum));
            }
            in.put("s" + s, values.get(s));
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
