package be.cambium.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import be.cambium.linalg.DenseMatrix;

/** Assertions on matrices with a relative-or-absolute tolerance. */
final class Matrices {

    private Matrices() {
    }

    /** |actual - expected| <= rel * |expected| + abs for every element. */
    static void assertClose(String what, DenseMatrix actual, double[][] expected, double rel, double abs) {
        assertThat(actual.rows()).as(what + " rows").isEqualTo(expected.length);
        assertThat(actual.cols()).as(what + " cols").isEqualTo(expected[0].length);
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                double e = expected[i][j];
                double tol = rel * Math.abs(e) + abs;
                assertThat(Math.abs(actual.get(i, j) - e)).as("%s[%d][%d] = %s, expected %s", what, i, j, actual.get(i, j), e)
                        .isLessThanOrEqualTo(tol);
            }
        }
    }

    static void assertClose(String what, double[] actual, double[] expected, double rel, double abs) {
        assertClose(what, DenseMatrix.of(new double[][] {actual}), new double[][] {expected}, rel, abs);
    }
}
