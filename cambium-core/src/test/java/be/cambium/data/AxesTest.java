package be.cambium.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AxesTest {

    static final Dimension MATERIAL = Dimension.of("material", "MF1", "MF2", "MF3");
    static final Dimension GEO = Dimension.of("geo", "BE", "NL");
    static final YearRange YEARS = YearRange.of(2018, 2021);
    final Axes axes = Axes.of(MATERIAL, GEO, YEARS);

    @Test
    void shapeSizeStrides() {
        assertThat(axes.rank()).isEqualTo(3);
        assertThat(axes.shape()).containsExactly(3, 2, 4);
        assertThat(axes.size()).isEqualTo(24);
        assertThat(axes.strides()).containsExactly(8, 4, 1);
        assertThat(Axes.scalar().size()).isEqualTo(1);
        assertThat(Axes.scalar()).hasToString("(scalar)");
    }

    @Test
    void rowMajorOffsetsAndBack() {
        assertThat(axes.offset(0, 0, 0)).isZero();
        assertThat(axes.offset(1, 1, 2)).isEqualTo(8 + 4 + 2);
        assertThat(axes.offsetOf("MF2", "NL", "2020")).isEqualTo(14);
        assertThat(axes.offsetOf(List.of("MF3", "NL", "2021"))).isEqualTo(23);
        assertThat(axes.positions(14)).containsExactly(1, 1, 2);
        assertThat(axes.labels(14)).containsExactly("MF2", "NL", "2020");
        assertThat(axes.cellLabels(14)).containsExactly("material", "MF2", "geo", "NL", "year", "2020");
    }

    @Test
    void offsetErrors() {
        assertThatThrownBy(() -> axes.offset(0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected 3 positions");
        assertThatThrownBy(() -> axes.offset(0, 2, 0)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("position 2 is outside dimension 'geo' of size 2");
        assertThatThrownBy(() -> axes.offsetOf("MF1", "FR", "2020"))
                .hasMessage("item 'FR' is not in dimension 'geo' [BE, NL]");
        assertThatThrownBy(() -> axes.positions(24)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void uniqueNames() {
        assertThatThrownBy(() -> Axes.of(MATERIAL, Dimension.of("material", "A")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dimension name 'material' appears twice");
    }

    @Test
    void tooManyCellsIsRejected() {
        Dimension big = Dimension.of("a", java.util.stream.IntStream.range(0, 70_000).mapToObj(i -> "x" + i).toList());
        assertThatThrownBy(() -> Axes.of(big, big.withName("b")))
                .hasMessageContaining("more cells than a Java array can hold");
    }

    @Test
    void lookupWithoutSelectWithPlusUnion() {
        assertThat(axes.names()).containsExactly("material", "geo", "year");
        assertThat(axes.dimension("geo")).isEqualTo(GEO);
        assertThat(axes.dimension(2)).isEqualTo(YEARS);
        assertThat(axes.indexOf("year")).isEqualTo(2);
        assertThat(axes.indexOf("partner")).isEqualTo(-1);
        assertThat(axes.contains("geo")).isTrue();
        assertThat(axes.without("geo").names()).containsExactly("material", "year");
        assertThat(axes.select("year", "material").names()).containsExactly("year", "material");
        assertThat(axes.with(Dimension.of("geo", "FR")).dimension("geo").items()).containsExactly("FR");
        assertThat(Axes.of(MATERIAL).plus(GEO).names()).containsExactly("material", "geo");
        assertThat(Axes.of(GEO, YEARS).union(Axes.of(MATERIAL, YEARS)).names()).containsExactly("geo", "year", "material");
        assertThatThrownBy(() -> axes.dimension("partner")).hasMessage("no dimension 'partner' in axes [material, geo, year]");
        assertThatThrownBy(() -> axes.without("partner")).hasMessage("no dimension 'partner' in axes [material, geo, year]");
        assertThatThrownBy(() -> axes.select("year", "year")).hasMessageContaining("appears twice");
        assertThatThrownBy(() -> Axes.of(GEO).union(Axes.of(Dimension.of("geo", "BE", "FR"))))
                .hasMessage("dimension 'geo': left has [BE, NL], right has [BE, FR]; only-left [NL], only-right [FR]");
    }

    @Test
    void sameAsIgnoresTheKindOfDimension() {
        Axes a = Axes.of(Dimension.of("year", "2018", "2019"));
        Axes b = Axes.of(YearRange.of(2018, 2019));
        assertThat(a.sameAs(b)).isTrue();
        assertThat(a).isNotEqualTo(b);
        assertThat(axes).hasToString("(material(3) × geo(2) × year[2018..2021])");
    }
}
