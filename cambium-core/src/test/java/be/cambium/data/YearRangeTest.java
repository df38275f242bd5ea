package be.cambium.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class YearRangeTest {

    final YearRange years = YearRange.of(1996, 2050);

    @Test
    void itemsAreTheYearsAsStrings() {
        assertThat(years.name()).isEqualTo("year");
        assertThat(years.size()).isEqualTo(55);
        assertThat(years.items()).startsWith("1996", "1997").endsWith("2050").hasSize(55);
        assertThat(years.item(4)).isEqualTo("2000");
        assertThat(years.indexOf("2000")).isEqualTo(4);
        assertThat(years.items().indexOf("2000")).isEqualTo(4);
        assertThat(years.indexOf("1995")).isEqualTo(-1);
        assertThat(years.indexOf("02000")).isEqualTo(-1);
        assertThat(years.indexOf("MF1")).isEqualTo(-1);
        assertThat(years.contains("2050")).isTrue();
        assertThat(years.years()).hasSize(55).startsWith(1996);
    }

    @Test
    void yearArithmetic() {
        assertThat(years.year(0)).isEqualTo(1996);
        assertThat(years.indexOfYear(2020)).isEqualTo(24);
        assertThat(years.indexOfYear(2051)).isEqualTo(-1);
        assertThat(years.positionOfYear(1996)).isZero();
        assertThat(years.containsYear(1990)).isFalse();
        assertThat(years.lag(24, 5)).isEqualTo(19);
        assertThat(years.lag(3, 5)).isEqualTo(-1);
        assertThat(years.lag(53, -2)).isEqualTo(-1);
        assertThat(years.age(24, 4)).isEqualTo(20);
        assertThat(years.shift(1)).isEqualTo(YearRange.of(1997, 2051));
        assertThat(years.range(2000, 2010).size()).isEqualTo(11);
    }

    @Test
    void errorsNameTheRange() {
        assertThatThrownBy(() -> YearRange.of(2020, 2019)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year range 'year': first year 2020 is after last year 2019");
        assertThatThrownBy(() -> YearRange.of(0, 10)).hasMessageContaining("years must lie in 1..9999");
        assertThatThrownBy(() -> years.positionOfYear(1990))
                .hasMessage("year 1990 is outside year range 'year' 1996..2050");
        assertThatThrownBy(() -> years.year(55)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("position 55 is outside year range 'year' 1996..2050");
        assertThatThrownBy(() -> years.range(1990, 2000)).hasMessageContaining("year 1990 is outside");
        assertThatThrownBy(() -> years.position("1990")).hasMessageContaining("item '1990' is not in dimension 'year'");
    }

    @Test
    void subsetStaysARangeWhenConsecutive() {
        assertThat(years.subset(List.of("2000", "2001", "2002"))).isEqualTo(YearRange.of(2000, 2002));
        Dim gappy = years.subset(List.of("2000", "2010"));
        assertThat(gappy).isInstanceOf(Dimension.class);
        assertThat(gappy.items()).containsExactly("2000", "2010");
        assertThat(years.subset(List.of("2001", "2000"))).isInstanceOf(Dimension.class);
        assertThatThrownBy(() -> years.subset(List.of("2000", "1900"))).hasMessageContaining("has no item(s) [1900]");
    }

    @Test
    void namedRangeAndToString() {
        YearRange cohorts = YearRange.of("cohort", 1990, 1995);
        assertThat(cohorts.name()).isEqualTo("cohort");
        assertThat(cohorts).hasToString("cohort[1990..1995]");
        assertThat(years.withName("cohort").name()).isEqualTo("cohort");
        assertThat(cohorts.items()).isEqualTo(List.of("1990", "1991", "1992", "1993", "1994", "1995"));
    }
}
