package be.cambium.footprint;

import static be.cambium.footprint.Matrices.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.cambium.linalg.DenseMatrix;
import be.cambium.linalg.Solvers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Miller and Blair (2009) chapter 2, the two-sector example (see resources/reference/footprint/SOURCE.md). */
class MillerBlairReferenceTest {

    static final LabelIndex SECTORS = LabelIndex.of("sector", List.of(Label.of("r", "sec1"), Label.of("r", "sec2")));
    static final LabelIndex FD = LabelIndex.of("category", List.of(Label.of("r", "fi")));

    @Test
    void outputCoefficientsAndLabourMultipliers() {
        IoSystem sys = IoSystem.fromFlows(SECTORS, FD, DenseMatrix.of(new double[][] {{150, 500}, {200, 100}}),
                DenseMatrix.of(new double[][] {{350}, {1700}}), null, "USD")
                .withExtension(Extension.withoutFinalDemand("labour", List.of("total labor"), List.of("persons"),
                        DenseMatrix.of(new double[][] {{0.3 * 1000, 0.25 * 2000}}), 1));
        assertClose("x", sys.output(), new double[] {1000, 2000}, 1e-12, 0);
        assertClose("A", sys.technicalCoefficients(), new double[][] {{0.15, 0.25}, {0.20, 0.05}}, 1e-12, 0);
        FootprintResult r = FootprintCalculator.compute(FootprintInput.of(sys, Solvers.automatic().solver()));
        ExtensionAccounts e = r.accounts("labour");
        assertClose("S", e.directIntensities(), new double[][] {{0.3, 0.25}}, 1e-12, 0);
        // M = s L with L printed to 8 decimals
        double m0 = 0.3 * 1.25412541 + 0.25 * 0.2640264;
        double m1 = 0.3 * 0.330033 + 0.25 * 1.12211221;
        assertThat(e.multipliers().get(0, 0)).isCloseTo(m0, within(1e-7));
        assertThat(e.multipliers().get(0, 1)).isCloseTo(m1, within(1e-6));
        // one region: everything is domestic, footprint = territorial = labour used
        assertThat(e.consumptionByRegion().get(0, 0)).isCloseTo(800, within(1e-9));
        assertThat(e.productionByRegion().get(0, 0)).isCloseTo(800, within(1e-9));
        assertThat(e.importsByRegion().get(0, 0)).isZero();
        assertThat(e.exportsByRegion().get(0, 0)).isZero();
    }

    @Test
    void newDemandGivesTheBooksNewOutput() {
        // Miller and Blair: f_new = [600, 1500] gives x_new = [1247.52, 1841.58] (printed 1247.5, 1841.6)
        var lu = Solvers.automatic().solver().factoriseLeontief(DenseMatrix.of(new double[][] {{0.15, 0.25}, {0.20, 0.05}}));
        double[] x = lu.solve(new double[] {600, 1500}, false);
        assertThat(x[0]).isCloseTo(1247.5, within(0.05));
        assertThat(x[1]).isCloseTo(1841.6, within(0.05));
        // labour 0.3 x1, 0.25 x2 = [374.25, 460.4] in the book (rounded x)
        assertThat(0.3 * x[0]).isCloseTo(374.25, within(0.02));
        assertThat(0.25 * x[1]).isCloseTo(460.4, within(0.02));
    }
}
