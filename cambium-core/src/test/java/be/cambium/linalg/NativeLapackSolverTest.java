package be.cambium.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Runs the contract on native LAPACK; skipped, with the reason, where no liblapack.so.3 is installed. */
class NativeLapackSolverTest extends LinearSolverContract {

    @Override
    LinearSolver solver() {
        String[] why = new String[1];
        var s = NativeLapackSolver.load(why);
        Assumptions.assumeTrue(s.isPresent(),
                "native LAPACK not available (" + why[0] + "); install Debian's libopenblas0 to run these tests");
        return s.get();
    }

    @Test
    void zeroColumnIsSingular() {
        DenseMatrix m = DenseMatrix.of(new double[][] {{1, 0, 2}, {0, 0, 1}, {1, 0, 0}});
        assertThatThrownBy(() -> solver().factorise(m)).isInstanceOf(SingularMatrixException.class);
    }

    @Test
    void automaticChoicePrefersNative() {
        solver();
        Solvers.Choice c = Solvers.automatic();
        assertThat(c.solver().name()).isEqualTo("native-lapack");
        assertThat(c.notice()).startsWith("linear algebra: native LAPACK");
    }
}
