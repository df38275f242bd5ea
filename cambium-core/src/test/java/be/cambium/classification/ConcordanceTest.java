package be.cambium.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import be.cambium.classification.Concordance.Link;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConcordanceTest {

    private static final double TOL = 1e-9;

    // Lithium-ion batteries: CN 8507 60 00 of 2021 continues as 8507 60 00 of 2022 (Eurostat CN correspondence
    // 2021-2022). The split shares below are invented for the test, not Eurostat figures.
    private final Cn8 li2021 = Cn8.of("85076000", 2021);
    private final Cn8 li2022 = Cn8.of("85076000", 2022);
    private final Cn8 other2022 = Cn8.of("85078000", 2022);

    @Test
    void kindsOfConcordance() {
        assertThat(Concordance.fromMap("1:1", Map.of("a", "x", "b", "y")).kind()).isEqualTo(Concordance.Kind.ONE_TO_ONE);
        assertThat(Concordance.fromMap("n:1", Map.of("a", "x", "b", "x")).kind()).isEqualTo(Concordance.Kind.MANY_TO_ONE);
        Concordance<String, String> split = Concordance.of("1:n",
                List.of(new Link<>("a", "x", 0.25), new Link<>("a", "y", 0.75)));
        assertThat(split.kind()).isEqualTo(Concordance.Kind.ONE_TO_MANY);
        assertThat(split.map("a")).containsExactly(Map.entry("x", 0.25), Map.entry("y", 0.75));
        assertThat(split.mapUnique("a")).isEmpty();
        assertThat(split.map("zzz")).isEmpty();
        Concordance<String, String> mixed = Concordance.of("n:n",
                List.of(new Link<>("a", "x", 0.5), new Link<>("a", "y", 0.5), Link.of("b", "x")));
        assertThat(mixed.kind()).isEqualTo(Concordance.Kind.MANY_TO_MANY);
    }

    @Test
    void typedCnYearToYearMapping() {
        Concordance<Cn8, Cn8> c = Concordance.of("CN 2021->2022",
                List.of(new Link<>(li2021, li2022, 0.6), new Link<>(li2021, other2022, 0.4)));
        Map<Cn8, Double> out = c.apply(Map.of(li2021, 1000.0), "product", ValidationReport.builder());
        assertThat(out.get(li2022)).isCloseTo(600.0, within(TOL));
        assertThat(out.get(other2022)).isCloseTo(400.0, within(TOL));
        assertThat(c.validate(1e-9).isEmpty()).isTrue();
    }

    @Test
    void weightsThatDoNotSumToOneAreReportedPerSource() {
        Concordance<String, String> c = Concordance.of("cn-mfa", List.of(
                new Link<>("a", "x", 0.5), new Link<>("a", "y", 0.4),    // 0.9: off
                new Link<>("b", "x", 0.5), new Link<>("b", "y", 0.5),    // ok
                new Link<>("c", "x", 0.3333), new Link<>("c", "y", 0.6667)));  // 1.0 within 1e-3
        ValidationReport r = c.validate(1e-3);
        assertThat(r.withCode(Concordance.WEIGHTS)).hasSize(1);
        assertThat(r.issues().get(0).location()).isEqualTo(Location.cell("cn-mfa", "a"));
        assertThat(r.issues().get(0).message()).contains("0.9");
        assertThat(c.validate(1e-6).withCode(Concordance.WEIGHTS)).hasSize(1);
        assertThat(c.validate(0.2).isEmpty()).isTrue();
    }

    @Test
    void applyKeepsTotalsReportsUnmappedAndKeepsMissingMissing() {
        Concordance<String, String> c = Concordance.of("c", List.of(
                new Link<>("a", "x", 0.5), new Link<>("a", "y", 0.5), Link.of("b", "x")));
        Map<String, Double> in = new LinkedHashMap<>();
        in.put("a", 10.0);
        in.put("b", 5.0);
        in.put("q", 7.0);
        ValidationReport.Builder report = ValidationReport.builder();
        Map<String, Double> out = c.apply(in, "cn8", report);
        assertThat(out).containsExactly(Map.entry("x", 10.0), Map.entry("y", 5.0));
        ValidationReport r = report.build();
        assertThat(r.withCode(Concordance.UNMAPPED)).hasSize(1);
        assertThat(r.issues().get(0).location()).isEqualTo(Location.cell("cn8", "q"));

        Map<String, Double> withNaN = c.apply(Map.of("a", Double.NaN, "b", 1.0), "cn8", ValidationReport.builder());
        assertThat(withNaN.get("x")).isNaN();
        assertThat(withNaN.get("y")).isNaN();
    }

    @Test
    void inverseSplitsEquallyOrBySize() {
        Concordance<String, String> merge = Concordance.fromMap("n:1", Map.of("a", "x", "b", "x", "c", "y"));
        Concordance<String, String> inv = merge.inverse();
        assertThat(inv.map("x")).containsOnly(Map.entry("a", 0.5), Map.entry("b", 0.5));
        assertThat(inv.map("y")).containsOnly(Map.entry("c", 1.0));
        assertThat(inv.validate(TOL).isEmpty()).isTrue();

        Map<String, Double> size = Map.of("a", 3.0, "b", 1.0, "c", 0.0);
        ValidationReport.Builder report = ValidationReport.builder();
        Concordance<String, String> bySize = merge.inverse(size::get, report);
        assertThat(bySize.map("x").get("a")).isCloseTo(0.75, within(TOL));
        assertThat(bySize.map("x").get("b")).isCloseTo(0.25, within(TOL));
        assertThat(bySize.map("y")).isEmpty();
        assertThat(report.build().withCode(Concordance.NO_SPLIT)).hasSize(1);
        assertThatThrownBy(() -> merge.inverse(s -> -1.0, ValidationReport.builder()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneToOneInverseRoundTrips() {
        Concordance<String, String> c = Concordance.fromMap("1:1", Map.of("a", "x", "b", "y"));
        assertThat(c.inverse().inverse().map("a")).containsExactly(Map.entry("x", 1.0));
        assertThat(c.inverse().mapUnique("y")).contains("b");
    }

    @Test
    void chaining() {
        Concordance<String, String> ab = Concordance.of("ab", List.of(new Link<>("a", "b1", 0.5), new Link<>("a", "b2", 0.5)));
        Concordance<String, String> bc = Concordance.of("bc", List.of(Link.of("b1", "c"), new Link<>("b2", "c", 0.2),
                new Link<>("b2", "d", 0.8)));
        Concordance<String, String> ac = ab.andThen(bc);
        assertThat(ac.map("a").get("c")).isCloseTo(0.6, within(TOL));
        assertThat(ac.map("a").get("d")).isCloseTo(0.4, within(TOL));
        assertThat(ac.validate(TOL).isEmpty()).isTrue();
    }

    @Test
    void loadingFromRowsReportsBadRowsWithLocations() {
        List<Concordance.Row> rows = List.of(
                new Concordance.Row("8507 60 00", "MF42", "", Location.at("cn_mfa.csv", 2, 1)),
                new Concordance.Row("85078000", "MF22", "0.7", Location.at("cn_mfa.csv", 3, 1)),
                new Concordance.Row("85078000", "MF5", "0.3", Location.at("cn_mfa.csv", 4, 1)),
                new Concordance.Row("8507800", "MF5", "", Location.at("cn_mfa.csv", 5, 1)),     // 7 digits
                new Concordance.Row("85079000", "MF99", "", Location.at("cn_mfa.csv", 6, 1)),   // unknown material
                new Concordance.Row("85079000", "MF5", "abc", Location.at("cn_mfa.csv", 7, 3)), // bad weight
                new Concordance.Row("85079000", "MF5", "1.5", Location.at("cn_mfa.csv", 8, 3)), // weight > 1
                new Concordance.Row("85078000", "MF22", "0.7", Location.at("cn_mfa.csv", 9, 1)), // duplicate
                new Concordance.Row("28053000", "MF22", "0.5", Location.at("cn_mfa.csv", 10, 1))); // sums to 0.5
        MaterialTree tree = Classifications.standard().materials();
        ValidationReport.Builder report = ValidationReport.builder();
        Concordance<Cn8, MaterialCategory> c = Concordance.fromRows("cn8-2024 -> ew-mfa", rows,
                s -> Cn8.tryParse(s, 2024), t -> tree.find(t), report);
        ValidationReport r = report.build();
        assertThat(r.withCode(Concordance.BAD_ROW)).extracting(i -> i.location().line()).containsExactly(5, 6, 7, 8);
        assertThat(r.withCode(Concordance.DUPLICATE)).extracting(i -> i.location().line()).containsExactly(9);
        assertThat(c.size()).isEqualTo(4);
        assertThat(c.mapUnique(Cn8.of("85076000", 2024))).map(MaterialCategory::code).isEqualTo(Optional.of("MF42"));
        ValidationReport v = c.validate(1e-6);
        assertThat(v.withCode(Concordance.WEIGHTS)).hasSize(1);
        assertThat(v.issues().get(0).message()).contains("28053000");
    }

    @Test
    void programmerMisuseThrows() {
        assertThatThrownBy(() -> new Link<>("a", "x", 0.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Link<>("a", "x", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Concordance.of("dup", List.of(Link.of("a", "x"), Link.of("a", "x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        Concordance<String, String> c = Concordance.fromMap("c", Map.of("a", "x"));
        assertThatThrownBy(() -> c.validate(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
