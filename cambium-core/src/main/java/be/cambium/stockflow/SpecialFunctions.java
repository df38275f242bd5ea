package be.cambium.stockflow;

/**
 * The few special functions the lifetime models need, written for this package: the
 * complementary error function (absolute error below 1e-15 for the arguments used here) and
 * the logarithm of the gamma function (Stirling series after an upward shift).
 */
final class SpecialFunctions {

    private static final double TWO_OVER_SQRT_PI = 2.0 / Math.sqrt(Math.PI);
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    private SpecialFunctions() {
    }

    /** erfc(x) = 1 - erf(x). */
    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < 0) {
            return 2.0 - erfc(-x);
        }
        if (x < 2.5) {
            return 1.0 - erfPositiveSeries(x);
        }
        if (x > 27) {
            return 0.0;
        }
        return erfcContinuedFraction(x);
    }

    /** erf(x) = 2/sqrt(pi) exp(-x^2) sum_n 2^n x^(2n+1) / (1*3*...*(2n+1)); all terms positive. */
    private static double erfPositiveSeries(double x) {
        double x2 = x * x;
        double term = x;
        double sum = x;
        for (int n = 1; n < 200; n++) {
            term *= 2 * x2 / (2 * n + 1);
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return TWO_OVER_SQRT_PI * Math.exp(-x2) * sum;
    }

    /**
     * erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...))))),
     * evaluated from the tail (depth 120 is ample for x >= 2.5).
     */
    private static double erfcContinuedFraction(double x) {
        double f = x;
        for (int k = 120; k >= 1; k--) {
            f = x + (k / 2.0) / f;
        }
        return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
    }

    /** Upper tail of the standard normal, Q(z) = 1 - Phi(z). */
    static double normalSf(double z) {
        return 0.5 * erfc(z / Math.sqrt(2.0));
    }

    /** Standard normal cdf Phi(z). */
    static double normalCdf(double z) {
        return 0.5 * erfc(-z / Math.sqrt(2.0));
    }

    /** ln Gamma(x) for x > 0. */
    static double logGamma(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("logGamma needs x > 0, got " + x);
        }
        double shift = 0;
        while (x < 15) {
            shift += Math.log(x);
            x += 1;
        }
        double inv = 1 / x;
        double inv2 = inv * inv;
        double series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680))));
        return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + series - shift;
    }

    static double gamma(double x) {
        return Math.exp(logGamma(x));
    }
}
