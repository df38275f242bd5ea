package be.cambium.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DenseMatrixTest {

    final DenseMatrix a = DenseMatrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});

    @Test
    void layoutsAgree() {
        DenseMatrix cm = DenseMatrix.ofColumnMajor(2, 3, 1, 4, 2, 5, 3, 6);
        assertThat(cm).isEqualTo(a);
        assertThat(cm.isColumnMajor()).isTrue();
        assertThat(cm.get(1, 2)).isEqualTo(6);
        assertThat(a.toRowMajor()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(a.toColumnMajor()).containsExactly(1, 4, 2, 5, 3, 6);
        assertThat(a.toArray()[1]).containsExactly(4, 5, 6);
        assertThat(DenseMatrix.ofRowMajor(2, 3, 1, 2, 3, 4, 5, 6)).isEqualTo(a).hasSameHashCodeAs(cm);
    }

    @Test
    void copiesIn() {
        double[] d = {1, 2, 3, 4};
        DenseMatrix m = DenseMatrix.ofRowMajor(2, 2, d);
        d[0] = 9;
        assertThat(m.get(0, 0)).isEqualTo(1);
    }

    @Test
    void transposeMultiplySums() {
        DenseMatrix t = a.transpose();
        assertThat(t.rows()).isEqualTo(3);
        assertThat(t.get(2, 1)).isEqualTo(6);
        DenseMatrix p = a.multiply(t);
        assertThat(p).isEqualTo(DenseMatrix.of(new double[][] {{14, 32}, {32, 77}}));
        assertThat(a.multiply(DenseMatrix.identity(3))).isEqualTo(a);
        assertThat(DenseMatrix.diagonal(2, 3).multiply(DenseMatrix.of(new double[][] {{1, 1}, {1, 1}})))
                .isEqualTo(DenseMatrix.of(new double[][] {{2, 2}, {3, 3}}));
        assertThat(a.rowSums()).containsExactly(6, 15);
        assertThat(a.colSums()).containsExactly(5, 7, 9);
        assertThat(t.rowSums()).containsExactly(5, 7, 9);
        assertThat(DenseMatrix.zeros(2, 2).rowSums()).containsExactly(0, 0);
    }

    @Test
    void zerosDoNotHideMissingValues() {
        DenseMatrix z = DenseMatrix.zeros(1, 2);
        DenseMatrix withNaN = DenseMatrix.ofRowMajor(2, 1, Double.NaN, 1);
        assertThat(z.multiply(withNaN).get(0, 0)).isNaN();
    }

    @Test
    void shapeErrors() {
        assertThatThrownBy(() -> a.multiply(a)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot multiply a 2×3 matrix by a 2×3 matrix: inner sizes 3 and 2 differ");
        assertThatThrownBy(() -> DenseMatrix.ofRowMajor(2, 2, 1, 2, 3)).hasMessage("a 2×2 matrix needs 4 values, got 3");
        assertThatThrownBy(() -> DenseMatrix.of(new double[][] {{1, 2}, {3}})).hasMessage("row 1 has 1 values, row 0 has 2");
        assertThatThrownBy(() -> a.get(2, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
