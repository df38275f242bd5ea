package be.cambium.trade;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ChangeStatisticsTest {

    @Test
    void medianAndMad() {
        assertThat(ChangeStatistics.median(new double[] {3, 1, 2, Double.NaN})).isEqualTo(2.0);
        assertThat(ChangeStatistics.median(new double[] {4, 1, 2, 3})).isEqualTo(2.5);
        // |x - 2.5| = 1.5, 1.5, 0.5, 0.5 -> median 1.0
        assertThat(ChangeStatistics.mad(new double[] {4, 1, 2, 3})).isEqualTo(1.0);
    }

    @Test
    void robustZAgainstTrailingWindow() {
        double[] x = {1, 2, 3, 4, 10};
        double[] z = ChangeStatistics.robustZ(x, 4, 4, 0);
        // window {1,2,3,4}: median 2.5, MAD 1.0 -> z = (10 - 2.5) / 1.4826
        assertThat(z[4]).isCloseTo(7.5 / 1.4826, within(1e-12));
        assertThat(z[3]).isNaN();
    }

    @Test
    void cusumAccumulatesAndRestarts() {
        double[] z = {1, 1, 1, 3, 0, -2, -2};
        double[] s = ChangeStatistics.cusum(z, 0.5, 2.0);
        assertThat(s).containsExactly(0.5, 1.0, 1.5, 4.0, 0.0, -1.5, -3.0);
    }

    @Test
    void ewmaInSigmaUnits() {
        double[] e = ChangeStatistics.ewma(new double[] {1, 1}, 0.2, 10);
        double sd = Math.sqrt(0.2 / 1.8);
        assertThat(e[0]).isCloseTo(0.2 / sd, within(1e-12));
        assertThat(e[1]).isCloseTo((0.2 + 0.8 * 0.2) / sd, within(1e-12));
    }
}
