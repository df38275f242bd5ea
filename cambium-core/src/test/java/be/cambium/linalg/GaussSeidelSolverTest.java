package be.cambium.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GaussSeidelSolverTest extends LinearSolverContract {

    @Override
    LinearSolver solver() {
        return new GaussSeidelSolver();
    }

    @Test
    void zeroDiagonalIsRefused() {
        DenseMatrix m = DenseMatrix.of(new double[][] {{0, 1}, {1, 1}});
        assertThatThrownBy(() -> solver().factorise(m)).isInstanceOf(SingularMatrixException.class);
    }

    @Test
    void byNameKnowsEverySolverAndRejectsOthers() {
        assertThat(Solvers.byName("gauss-seidel").solver()).isInstanceOf(GaussSeidelSolver.class);
        assertThat(Solvers.byName("java-lu").solver()).isInstanceOf(JavaLuSolver.class);
        assertThat(Solvers.automatic().notice()).startsWith("linear algebra: ");
        assertThatThrownBy(() -> Solvers.byName("magic")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("magic");
    }
}
