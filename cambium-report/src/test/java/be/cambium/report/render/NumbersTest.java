package be.cambium.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumbersTest {

    private static int decimalsOf(Object... column) {
        List<List<Object>> rows = new ArrayList<>();
        for (Object v : column) {
            List<Object> r = new ArrayList<>();
            r.add(v);
            rows.add(r);
        }
        return Numbers.columnDecimals(rows, 1)[0];
    }

    @Test
    void publishedFiguresKeepTheirOwnPrecisionAcrossTheColumn() {
        int d = decimalsOf(0.2, 1.1, 2.8);
        assertThat(d).isEqualTo(1);
        assertThat(Numbers.inColumn(0.2, d)).isEqualTo("0.2");
        assertThat(Numbers.inColumn(1.1, d)).isEqualTo("1.1");
    }

    @Test
    void computedFiguresGetAboutFourSignificantDigitsForTheLargestValue() {
        int d = decimalsOf(0.21734, 2.88, 1.6123456789);
        assertThat(d).isEqualTo(3);
        assertThat(Numbers.inColumn(2.88, d)).isEqualTo("2.880");
        assertThat(Numbers.inColumn(0.21734, d)).isEqualTo("0.217");
        assertThat(decimalsOf(1234567.25, 12.5)).isZero();
        assertThat(Numbers.inColumn(1234567.25, 0)).isEqualTo("1\u2009234\u2009567");
        assertThat(Numbers.inColumn(2024.0, 0)).isEqualTo("2024");
    }

    @Test
    void columnsWithoutFractionsAndMissingValuesAreLeftAlone() {
        assertThat(decimalsOf(2020, 2021)).isEqualTo(-1);
        assertThat(decimalsOf("BE", null)).isEqualTo(-1);
        assertThat(Numbers.inColumn(2020, -1)).isEqualTo("2020");
        assertThat(decimalsOf(0.0, Double.NaN)).isZero();
    }
}
