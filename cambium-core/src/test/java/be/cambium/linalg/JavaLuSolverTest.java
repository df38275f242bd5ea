package be.cambium.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class JavaLuSolverTest extends LinearSolverContract {

    @Override
    LinearSolver solver() {
        return new JavaLuSolver();
    }

    @Test
    void pivotsWhenTheLeadingElementIsZero() {
        // a general (non-Leontief) matrix that needs a row swap
        DenseMatrix m = DenseMatrix.of(new double[][] {{0, 2, 1}, {1, 1, 0}, {3, 0, 1}});
        Factorisation f = solver().factorise(m);
        double[] x = f.solve(new double[] {5, 3, 6}, false);
        assertThat(m.times(x)).containsExactly(new double[] {5, 3, 6}, within(1e-12));
        double[] y = f.solve(new double[] {5, 3, 6}, true);
        assertThat(m.transpose().times(y)).containsExactly(new double[] {5, 3, 6}, within(1e-12));
    }

    @Test
    void zeroColumnIsSingularAndNamed() {
        DenseMatrix m = DenseMatrix.of(new double[][] {{1, 0, 2}, {0, 0, 1}, {1, 0, 0}});
        assertThatThrownBy(() -> solver().factorise(m)).isInstanceOf(SingularMatrixException.class)
                .hasMessageContaining("column 1");
    }
}
