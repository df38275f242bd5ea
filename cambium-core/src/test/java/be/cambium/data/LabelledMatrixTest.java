package be.cambium.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cambium.unit.Unit;
import be.cambium.unit.UnitMismatchException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelledMatrixTest {

    static final Index RS = Index.product(Dimension.of("region", "BE", "FR"), Dimension.of("sector", "A", "B"));
    static final Index STRESSOR = Index.of(Dimension.of("stressor", "MF1", "MF2"));

    /** Z in MEUR_2015: 4x4. */
    final LabelledMatrix z = LabelledMatrix.ofRowMajor(RS, RS, Unit.MEUR_2015,
            1, 2, 3, 4,
            5, 6, 7, 8,
            9, 10, 11, 12,
            13, 14, 15, 16);

    @Test
    void getByPositionAndKey() {
        assertThat(z.get(1, 2)).isEqualTo(7);
        assertThat(z.get(List.of("BE", "B"), List.of("FR", "A"))).isEqualTo(7);
        assertThatThrownBy(() -> z.get(List.of("NL", "A"), List.of("BE", "A")))
                .hasMessage("key [NL, A] is not in index [region, sector] of 4 keys");
    }

    @Test
    void shapeMustFitTheIndexes() {
        assertThatThrownBy(() -> LabelledMatrix.of(RS, STRESSOR, DenseMatrix.zeros(4, 3), Unit.TONNE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a 4×3 matrix does not fit a row index of 4 and a column index of 2 keys");
    }

    @Test
    void multiplyChecksIndexesAndMultipliesUnits() {
        LabelledMatrix s = LabelledMatrix.ofRowMajor(STRESSOR, RS, Unit.parse("t/MEUR_2015"),
                1, 0, 0, 0,
                0, 1, 0, 1);
        LabelledMatrix m = s.multiply(z);
        assertThat(m.unit()).isEqualTo(Unit.TONNE);
        assertThat(m.rows()).isEqualTo(STRESSOR);
        assertThat(m.cols()).isEqualTo(RS);
        assertThat(m.get(List.of("MF2"), List.of("BE", "A"))).isEqualTo(5 + 13);
        assertThatThrownBy(() -> z.multiply(s)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot multiply: left columns is indexed by [region, sector] but right rows by [stressor]");
        Index other = Index.product(Dimension.of("region", "BE", "NL"), Dimension.of("sector", "A", "B"));
        LabelledMatrix y = LabelledMatrix.ofRowMajor(other, STRESSOR, Unit.TONNE, 1, 2, 3, 4, 5, 6, 7, 8);
        assertThatThrownBy(() -> z.multiply(y))
                .hasMessage("cannot multiply: left columns and right rows [region, sector] keys differ: only in left columns "
                        + "[FR/A, FR/B], only in right rows [NL/A, NL/B]");
    }

    @Test
    void transposeAndSums() {
        assertThat(z.transpose().get(List.of("FR", "A"), List.of("BE", "B"))).isEqualTo(7);
        LabelledMatrix x = z.rowSums();
        assertThat(x.cols()).isEqualTo(LabelledMatrix.totalIndex());
        assertThat(x.get(List.of("BE", "B"), List.of("total"))).isEqualTo(26);
        assertThat(z.colSums().get(List.of("total"), List.of("FR", "B"))).isEqualTo(4 + 8 + 12 + 16);
        LabelledArray xa = x.toLabelledArray();
        assertThat(xa.axes().names()).containsExactly("region", "sector");
        assertThat(xa.get("FR", "A")).isEqualTo(9 + 10 + 11 + 12);
        assertThat(xa.unit()).isEqualTo(Unit.MEUR_2015);
    }

    @Test
    void plusMinusConvertUnitsAndCheckIndexes() {
        LabelledMatrix keur = z.to(Unit.parse("kEUR_2015"));
        assertThat(keur.get(0, 0)).isEqualTo(1000);
        assertThat(z.plus(keur).get(3, 3)).isEqualTo(32);
        assertThat(z.minus(keur).get(3, 3)).isZero();
        assertThat(z.times(2).get(1, 1)).isEqualTo(12);
        LabelledMatrix cur = LabelledMatrix.ofRowMajor(RS, RS, Unit.MEUR_CURRENT, new double[16]);
        assertThatThrownBy(() -> z.plus(cur)).isInstanceOf(UnitMismatchException.class)
                .hasMessageContaining("MEUR_2015").hasMessageContaining("MEUR_CURRENT");
        assertThatThrownBy(() -> z.plus(z.transpose().alignTo(RS, RS).rowSums()))
                .hasMessage("cannot combine: left columns is indexed by [region, sector] but right columns by [total]");
        Index rev = Index.of(List.of("region", "sector"), List.of(List.of("FR", "B"), List.of("FR", "A"), List.of("BE", "B"), List.of("BE", "A")));
        assertThatThrownBy(() -> z.plus(z.alignTo(rev, RS)))
                .hasMessage("cannot combine: left rows and right rows have the same [region, sector] keys in a different order (re-order with alignTo)");
    }

    @Test
    void alignToReordersAndSubsets() {
        Index rev = Index.of(List.of("region", "sector"), List.of(List.of("FR", "B"), List.of("BE", "A")));
        LabelledMatrix a = z.alignTo(rev, rev);
        assertThat(a.matrix().toRowMajor()).containsExactly(16, 13, 4, 1);
        Index extra = Index.of(List.of("region", "sector"), List.of(List.of("BE", "A"), List.of("NL", "A")));
        assertThatThrownBy(() -> z.alignTo(extra, RS)).hasMessage(
                "cannot align: target row keys [NL/A] are not in this matrix (AlignPolicy.FILL_NAN marks them missing)");
        LabelledMatrix filled = z.alignTo(extra, RS, AlignPolicy.FILL_NAN);
        assertThat(filled.get(0, 3)).isEqualTo(4);
        assertThat(filled.get(1, 0)).isNaN();
        assertThatThrownBy(() -> z.alignTo(STRESSOR, RS)).hasMessageContaining("row index is keyed by [region, sector], target by [stressor]");
    }

    @Test
    void fromArrayAndBack() {
        Axes axes = Axes.of(Dimension.of("stressor", "MF1", "MF2"), Dimension.of("region", "BE", "FR"), Dimension.of("sector", "A", "B"));
        LabelledArray f = LabelledArray.of(axes, Unit.TONNE, 1, 2, 3, 4, 5, 6, 7, 8);
        LabelledMatrix m = LabelledMatrix.fromArray(f, "stressor");
        assertThat(m.rows()).isEqualTo(STRESSOR);
        assertThat(m.cols()).isEqualTo(RS);
        assertThat(m.get(List.of("MF2"), List.of("FR", "A"))).isEqualTo(7);
        assertThat(m.toLabelledArray()).isEqualTo(f);
        LabelledMatrix byColumn = LabelledMatrix.fromArray(f, "region", "sector");
        assertThat(byColumn.get(List.of("FR", "A"), List.of("MF2"))).isEqualTo(7);
        LabelledMatrix vector = LabelledMatrix.fromArray(f.sumOver("stressor"), "region", "sector");
        assertThat(vector.cols()).isEqualTo(LabelledMatrix.totalIndex());
        assertThat(vector.toLabelledArray()).isEqualTo(f.sumOver("stressor"));
    }
}
