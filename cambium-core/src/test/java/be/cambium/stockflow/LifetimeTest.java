package be.cambium.stockflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LifetimeTest {

    /** Mean and SD from the survival function alone: E[X] = int S, E[X^2] = 2 int a S(a) da (Simpson). */
    private static double[] momentsFromSurvival(Lifetime lt, double upTo, int steps) {
        double h = upTo / steps, m1 = 0, m2 = 0;
        for (int i = 0; i <= steps; i++) {
            double a = i * h;
            double w = (i == 0 || i == steps) ? 1 : (i % 2 == 1 ? 4 : 2);
            double s = lt.survival(a);
            m1 += w * s;
            m2 += w * 2 * a * s;
        }
        m1 *= h / 3;
        m2 *= h / 3;
        return new double[] {m1, Math.sqrt(m2 - m1 * m1)};
    }

    @Test
    void logNormalRecoversMeanAndSdInClosedFormAndByIntegration() {
        for (double[] p : new double[][] {{20, 6}, {25, 5.35}, {6, 3}, {20, 20}}) {
            Lifetime.LogNormal ln = new Lifetime.LogNormal(p[0], p[1]);
            double mu = ln.mu(), sg = ln.sigma();
            double mean = Math.exp(mu + sg * sg / 2);
            double sd = mean * Math.sqrt(Math.exp(sg * sg) - 1);
            assertThat(mean).isCloseTo(p[0], within(1e-6));
            assertThat(sd).isCloseTo(p[1], within(1e-6));
            Lifetime.LogNormal back = Lifetime.LogNormal.ofLogParameters(mu, sg);
            assertThat(back.mean()).isCloseTo(p[0], within(1e-9));
            assertThat(back.sd()).isCloseTo(p[1], within(1e-9));
        }
        // independent of the conversion formula: moments of S itself (mean 20, sd 6 is where ODYM is wrong)
        double[] m = momentsFromSurvival(new Lifetime.LogNormal(20, 6), 200, 40_000);
        assertThat(m[0]).isCloseTo(20, within(1e-6));
        assertThat(m[1]).isCloseTo(6, within(1e-6));
        // the reference page's correct values: mu = 2.953, sigma = 0.294, median 19.2
        Lifetime.LogNormal ln = new Lifetime.LogNormal(20, 6);
        assertThat(ln.mu()).isCloseTo(2.953, within(5e-4));
        assertThat(ln.sigma()).isCloseTo(0.294, within(5e-4));
        assertThat(Math.exp(ln.mu())).isCloseTo(19.2, within(0.05));
    }

    @Test
    void weibullFromMeanMatchesReferencePageScales() {
        // reference page A6.3 / B5: mean 20, k 4.07 -> 22.04; mean 25, k 4.07 -> 27.55; mean 29, k 2.2 -> 32.75
        assertThat(Lifetime.Weibull.ofMean(20, 4.07).scale()).isCloseTo(22.04, within(0.005));
        assertThat(Lifetime.Weibull.ofMean(25, 4.07).scale()).isCloseTo(27.55, within(0.005));
        assertThat(Lifetime.Weibull.ofMean(29, 2.2).scale()).isCloseTo(32.75, within(0.005));
        Lifetime.Weibull w = new Lifetime.Weibull(2.2, 25);
        double[] m = momentsFromSurvival(w, 200, 40_000);
        assertThat(w.mean()).isCloseTo(m[0], within(1e-6));
        assertThat(w.sd()).isCloseTo(m[1], within(1e-6));
    }

    @Test
    void meanAndSdMatchIntegralOfSurvivalForOtherModels() {
        for (Lifetime lt : List.of(new Lifetime.FoldedNormal(20, 20), new Lifetime.FoldedNormal(10, 3),
                Lifetime.SurvivalCurve.of(1, 1, 0.8, 0.5, 0.1, 0))) {
            double[] m = momentsFromSurvival(lt, 300, 30_000);
            assertThat(lt.mean()).as(lt.describe()).isCloseTo(m[0], within(1e-6));
            assertThat(lt.sd()).as(lt.describe()).isCloseTo(m[1], within(1e-5));
        }
    }

    @Test
    void specialFunctionsMatchKnownValues() {
        assertThat(SpecialFunctions.normalCdf(1.0)).isCloseTo(0.8413447460685429, within(1e-15));
        assertThat(SpecialFunctions.normalSf(3.0)).isCloseTo(0.0013498980316300933, within(1e-16));
        assertThat(SpecialFunctions.erfc(2.5)).isCloseTo(4.069520174449590e-04, within(1e-17));
        assertThat(SpecialFunctions.erfc(0.5)).isCloseTo(0.4795001221869535, within(1e-15));
        assertThat(SpecialFunctions.gamma(0.5)).isCloseTo(Math.sqrt(Math.PI), within(1e-12));
        assertThat(SpecialFunctions.gamma(5)).isCloseTo(24, within(1e-10));
    }

    @Test
    void scalingStretchesTime() {
        Lifetime lt = new Lifetime.Weibull(3, 20);
        Lifetime s = lt.scaled(1.5);
        assertThat(s.mean()).isCloseTo(1.5 * lt.mean(), within(1e-9));
        assertThat(s.survival(30)).isCloseTo(lt.survival(20), within(1e-12));
        assertThat(new Lifetime.LogNormal(20, 6).scaled(2).sd()).isCloseTo(12, within(1e-9));
    }

    @Test
    void invalidParametersFailWithClearMessages() {
        assertThatThrownBy(() -> new Lifetime.Normal(-1, 2)).hasMessageContaining("mean must be >= 0");
        assertThatThrownBy(() -> new Lifetime.LogNormal(10, 0)).hasMessageContaining("sd must be > 0");
        assertThatThrownBy(() -> new Lifetime.Weibull(Double.NaN, 2)).hasMessageContaining("finite");
        assertThatThrownBy(() -> Lifetime.SurvivalCurve.of(1, 0.5, 0.7)).hasMessageContaining("must not increase");
    }

    @Test
    void meanZeroMeansEverythingLeavesInTheInflowYear() {
        for (Lifetime lt : List.of(new Lifetime.Fixed(0), new Lifetime.Normal(0, 1.5), new Lifetime.LogNormal(0, 1))) {
            assertThat(lt.survival(0)).as(lt.describe()).isZero();
            assertThat(lt.survival(3.5)).isZero();
        }
    }
}
