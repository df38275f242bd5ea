package be.cambium.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DimensionTest {

    @Test
    void copiesItemsAndLooksThemUp() {
        List<String> items = new ArrayList<>(List.of("MF1", "MF2", "MF3"));
        Dimension d = Dimension.of("material", items);
        items.set(0, "XX");
        assertThat(d.items()).containsExactly("MF1", "MF2", "MF3");
        assertThat(d.size()).isEqualTo(3);
        assertThat(d.indexOf("MF2")).isEqualTo(1);
        assertThat(d.indexOf("MF9")).isEqualTo(-1);
        assertThat(d.contains("MF3")).isTrue();
        assertThat(d.item(2)).isEqualTo("MF3");
        assertThat(d.position("MF1")).isZero();
        assertThatThrownBy(() -> d.items().add("MF4")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsEmptyBlankDuplicateAndNull() {
        assertThatThrownBy(() -> Dimension.of("material")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dimension 'material' has no items");
        assertThatThrownBy(() -> Dimension.of("material", "MF1", " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dimension 'material': blank item at position 1");
        assertThatThrownBy(() -> Dimension.of("material", "MF1", "MF2", "MF1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dimension 'material': duplicate item 'MF1' at positions 0 and 2");
        assertThatThrownBy(() -> Dimension.of("material", Arrays.asList("MF1", null))).isInstanceOf(NullPointerException.class)
                .hasMessage("dimension 'material': null item");
        assertThatThrownBy(() -> Dimension.of(" ", "MF1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dimension name is blank");
    }

    @Test
    void positionOfUnknownItemNamesDimensionAndItem() {
        assertThatThrownBy(() -> Dimension.of("geo", "BE", "NL").position("EL"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("item 'EL' is not in dimension 'geo' [BE, NL]");
    }

    @Test
    void longItemListsAreShortenedInMessages() {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            items.add("P" + i);
        }
        assertThatThrownBy(() -> Dimension.of("product", items).position("X"))
                .hasMessageEndingWith("P18, P19, ... (10 more)]");
    }

    @Test
    void subsetKeepsTheGivenOrderAndNamesUnknownItems() {
        Dimension d = Dimension.of("material", "MF1", "MF2", "MF3");
        assertThat(d.subset(List.of("MF3", "MF1")).items()).containsExactly("MF3", "MF1");
        assertThatThrownBy(() -> d.subset(List.of("MF1", "MF7", "MF8")))
                .hasMessage("dimension 'material' has no item(s) [MF7, MF8]; it has [MF1, MF2, MF3]");
        assertThat(d.withName("m").name()).isEqualTo("m");
    }

    @Test
    void equalityAndSameAs() {
        Dimension a = Dimension.of("year", "2020", "2021");
        assertThat(a).isEqualTo(Dimension.of("year", List.of("2020", "2021"))).hasSameHashCodeAs(Dimension.of("year", "2020", "2021"));
        assertThat(a.sameAs(YearRange.of(2020, 2021))).isTrue();
        assertThat(a.sameAs(YearRange.of(2020, 2022))).isFalse();
        assertThat(a).hasToString("year[2020, 2021]");
    }

    @Test
    void describeMismatchNamesBothSides() {
        assertThat(Dim.describeMismatch(Dimension.of("material", "MF1", "MF2"), Dimension.of("material", "MF1", "MF3")))
                .isEqualTo("dimension 'material': left has [MF1, MF2], right has [MF1, MF3]; only-left [MF2], only-right [MF3]");
    }
}
