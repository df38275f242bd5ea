package be.cambium.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexTest {

    final Index regionSector = Index.product(Dimension.of("region", "BE", "FR"), Dimension.of("sector", "A", "B", "C"));

    @Test
    void productIsRowMajor() {
        assertThat(regionSector.size()).isEqualTo(6);
        assertThat(regionSector.names()).containsExactly("region", "sector");
        assertThat(regionSector.key(0)).containsExactly("BE", "A");
        assertThat(regionSector.key(4)).containsExactly("FR", "B");
        assertThat(regionSector.position("FR", "B")).isEqualTo(4);
        assertThat(regionSector.position(List.of("BE", "C"))).isEqualTo(2);
        assertThat(regionSector.indexOf(List.of("NL", "A"))).isEqualTo(-1);
        assertThat(regionSector.contains(List.of("BE", "A"))).isTrue();
    }

    @Test
    void ofArbitraryKeysTwoWay() {
        Index idx = Index.of(List.of("region", "sector"), List.of(List.of("BE", "C10"), List.of("ROW", "TOTAL")));
        for (int i = 0; i < idx.size(); i++) {
            assertThat(idx.position(idx.key(i))).isEqualTo(i);
        }
        assertThat(Index.of(Dimension.of("sector", "A", "B")).keys()).containsExactly(List.of("A"), List.of("B"));
        assertThat(idx).hasToString("Index[region, sector](2 keys: BE/C10, ROW/TOTAL)");
    }

    @Test
    void errors() {
        assertThatThrownBy(() -> regionSector.position("NL", "A")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("key [NL, A] is not in index [region, sector] of 6 keys");
        assertThatThrownBy(() -> regionSector.position("BE")).hasMessageContaining("(expected 2 codes)");
        assertThatThrownBy(() -> Index.of(List.of("region"), List.of(List.of("BE"), List.of("BE"))))
                .hasMessage("index [region]: key [BE] appears at positions 0 and 1");
        assertThatThrownBy(() -> Index.of(List.of("region", "sector"), List.of(List.of("BE"))))
                .hasMessage("index [region, sector]: key [BE] at position 0 has 1 codes, expected 2");
        assertThatThrownBy(() -> Index.of(List.of("region"), List.of(List.of(""))))
                .hasMessageContaining("blank code");
        assertThatThrownBy(() -> Index.of(List.of("r", "r"), List.of(List.of("a", "b"))))
                .hasMessage("index names repeat: [r, r]");
        assertThatThrownBy(() -> Index.of(List.of("r"), List.of())).hasMessage("index [r] has no keys");
        assertThatThrownBy(() -> Index.of(List.of(), List.of(List.of()))).hasMessage("an index needs at least one name");
    }

    @Test
    void toAxesOnlyForFullProducts() {
        assertThat(regionSector.toAxes().names()).containsExactly("region", "sector");
        assertThat(regionSector.toAxes().size()).isEqualTo(6);
        Index partial = Index.of(List.of("r", "s"), List.of(List.of("BE", "A"), List.of("FR", "B")));
        assertThatThrownBy(partial::toAxes).hasMessageContaining("is not a full product");
        Index shuffled = Index.of(List.of("r", "s"),
                List.of(List.of("BE", "A"), List.of("FR", "B"), List.of("BE", "B"), List.of("FR", "A")));
        assertThatThrownBy(shuffled::toAxes).hasMessageContaining("not in row-major product order");
    }

    @Test
    void equality() {
        assertThat(regionSector).isEqualTo(Index.product(Dimension.of("region", "BE", "FR"), Dimension.of("sector", "A", "B", "C")))
                .hasSameHashCodeAs(Index.product(Dimension.of("region", "BE", "FR"), Dimension.of("sector", "A", "B", "C")));
        assertThat(regionSector).isNotEqualTo(Index.product(Dimension.of("region", "FR", "BE"), Dimension.of("sector", "A", "B", "C")));
    }
}
