package be.cambium.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The same cases for every {@link LinearSolver}. Subclasses only say which solver. All matrices are
 * Leontief matrices {@code I - A} of productive economies, the systems this project solves, so the
 * iterative solver must pass them too.
 */
abstract class LinearSolverContract {

    abstract LinearSolver solver();

    /** Miller and Blair (2009), Input-Output Analysis, 2nd ed., section 2.3: A, f, x and L. */
    static final DenseMatrix MB_A = DenseMatrix.of(new double[][] {{0.15, 0.25}, {0.20, 0.05}});

    @Test
    void solvesMillerBlairTwoSectorExample() {
        Factorisation f = solver().factorise(MB_A.identityMinus());
        double[] x = f.solve(new double[] {350, 1700}, false);
        assertThat(x[0]).isCloseTo(1000, within(1e-9));
        assertThat(x[1]).isCloseTo(2000, within(1e-9));
    }

    @Test
    void solvingForTheIdentityGivesTheLeontiefInverseOfMillerBlair() {
        DenseMatrix l = solver().factorise(MB_A.identityMinus()).solve(DenseMatrix.identity(2));
        // published to 8 digits in Miller and Blair, eq. 2.14 (and pymrio tests/test_math.py)
        assertThat(l.get(0, 0)).isCloseTo(1.25412541, within(1e-8));
        assertThat(l.get(0, 1)).isCloseTo(0.330033, within(1e-6));
        assertThat(l.get(1, 0)).isCloseTo(0.2640264, within(1e-7));
        assertThat(l.get(1, 1)).isCloseTo(1.12211221, within(1e-8));
    }

    @Test
    void transposedSolveGivesMultipliersOfMillerBlair() {
        // labour coefficients s = [0.3, 0.25]: multipliers m = s L solve (I - A)^T m^T = s^T
        double[] m = solver().factorise(MB_A.identityMinus()).solve(new double[] {0.3, 0.25}, true);
        assertThat(m[0]).isCloseTo(0.3 * 1.25412541254 + 0.25 * 0.26402640264, within(1e-9));
        assertThat(m[1]).isCloseTo(0.3 * 0.33003300330 + 0.25 * 1.12211221122, within(1e-9));
    }

    @Test
    void manyRightHandSidesOnARandomEconomy() {
        checkRandom(150, 300, false, 1);
        checkRandom(150, 300, true, 2);
    }

    @Test
    void sparseEconomyWithZeroColumns() {
        // a sparse A with whole zero columns (sectors without inputs) stays solvable
        int n = 97;
        SplittableRandom r = new SplittableRandom(7);
        double[] a = new double[n * n];
        for (int j = 0; j < n; j++) {
            if (j % 10 == 3) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                if (r.nextDouble() < 0.05) {
                    a[i + j * n] = r.nextDouble() * 0.1;
                }
            }
        }
        DenseMatrix m = DenseMatrix.wrap(n, n, a).identityMinus();
        assertResidualSmall(m, randomBlock(n, 3, r), false);
        assertResidualSmall(m, randomBlock(n, 3, r), true);
    }

    @Test
    void emptyBlockOfRightHandSidesIsANoOp() {
        Factorisation f = solver().factorise(MB_A.identityMinus());
        double[] none = new double[0];
        f.solveInPlace(none, 0, false);
        assertThat(none).isEmpty();
    }

    @Test
    void singularLeontiefMatrixIsRefused() {
        // column sums exactly 1: I - A is singular, the economy is not productive
        DenseMatrix a = DenseMatrix.of(new double[][] {{0.5, 0.5}, {0.5, 0.5}});
        assertThatThrownBy(() -> {
            Factorisation f = solver().factorise(a.identityMinus());
            f.solve(new double[] {1, 1}, false);
        }).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void wrongShapesThrowAtOnce() {
        assertThatThrownBy(() -> solver().factorise(DenseMatrix.zeros(2, 3))).isInstanceOf(IllegalArgumentException.class);
        Factorisation f = solver().factorise(MB_A.identityMinus());
        assertThatThrownBy(() -> f.solve(new double[3], false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> f.solveInPlace(new double[5], 2, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inputMatrixIsNotChanged() {
        DenseMatrix m = MB_A.identityMinus();
        DenseMatrix copy = DenseMatrix.wrap(2, 2, m.toColumnMajor());
        solver().factorise(m).solve(new double[] {1, 2}, false);
        assertThat(m).isEqualTo(copy);
    }

    private void checkRandom(int n, int nrhs, boolean transposed, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        DenseMatrix m = randomProductive(n, 0.4, 0.7, r).identityMinus();
        assertResidualSmall(m, randomBlock(n, nrhs, r), transposed);
    }

    private void assertResidualSmall(DenseMatrix m, DenseMatrix b, boolean transposed) {
        Factorisation f = solver().factorise(m);
        DenseMatrix x = transposed ? f.solveTransposed(b) : f.solve(b);
        DenseMatrix back = (transposed ? m.transpose() : m).times(x);
        double scale = 0;
        for (int j = 0; j < b.cols(); j++) {
            for (double v : b.column(j)) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        assertThat(back.maxAbsDifference(b)).isLessThan(1e-11 * scale);
    }

    /** Random A, the given density, each column scaled to a column sum of at most {@code maxColSum}. */
    static DenseMatrix randomProductive(int n, double density, double maxColSum, SplittableRandom r) {
        double[] a = new double[n * n];
        for (int j = 0; j < n; j++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                if (r.nextDouble() < density) {
                    a[i + j * n] = r.nextDouble();
                    sum += a[i + j * n];
                }
            }
            double target = maxColSum * r.nextDouble();
            for (int i = 0; i < n && sum > 0; i++) {
                a[i + j * n] *= target / sum;
            }
        }
        return DenseMatrix.wrap(n, n, a);
    }

    static DenseMatrix randomBlock(int n, int k, SplittableRandom r) {
        double[] b = new double[n * k];
        for (int i = 0; i < b.length; i++) {
            b[i] = r.nextDouble() * 100;
        }
        return DenseMatrix.wrap(n, k, b);
    }
}
