package be.cambium.trade;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TramoCheckTest {

    static double[] series(int n, int shiftAt, double factor, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            double season = Math.exp(0.1 * Math.sin(2 * Math.PI * t / 12));
            y[t] = 5e6 * season * Math.exp(0.03 * r.nextGaussian()) * (t >= shiftAt ? factor : 1);
        }
        return y;
    }

    @Test
    void levelShiftNearTheEndIsFound() {
        YearMonth start = YearMonth.of(2020, 1);
        TramoCheck.Result r = TramoCheck.run(start, series(60, 58, 1.8, 3), 1);
        assertThat(r.outliers()).anySatisfy(o -> {
            assertThat(o.type()).isEqualTo("LS");
            assertThat(o.period()).isEqualTo(start.plusMonths(58));
            assertThat(o.tStat()).isGreaterThan(4);
        });
    }

    @Test
    void endOfSeriesCheckScoresAJumpInTheLastMonth() {
        TramoCheck.Result r = TramoCheck.run(YearMonth.of(2020, 1), series(60, 59, 1.8, 5), 1);
        assertThat(r.lastScores()[0]).isGreaterThan(4);
        TramoCheck.Result quiet = TramoCheck.run(YearMonth.of(2020, 1), series(60, 99, 1.0, 5), 1);
        assertThat(Math.abs(quiet.lastScores()[0])).isLessThan(3);
    }

    @Test
    void shortSeriesAreRefused() {
        assertThatThrownBy(() -> TramoCheck.run(YearMonth.of(2020, 1), new double[24], 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("36 months");
    }
}
