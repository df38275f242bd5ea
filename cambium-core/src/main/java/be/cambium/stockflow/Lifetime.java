package be.cambium.stockflow;

import java.util.Arrays;

/**
 * A product lifetime distribution, used through its survival function S(a): the share of an
 * inflow cohort still in stock at age a (years). Closed choice of models, as in ODYM and flodym,
 * plus a user-given survival curve.
 *
 * <p>Parameters are those of the distribution itself unless noted: {@link LogNormal} takes the
 * mean and standard deviation of the lifetime (converted to the log-space mu, sigma correctly,
 * unlike ODYM), {@link FoldedNormal} takes the mu and sigma of the normal before folding (as
 * ODYM and flodym). A lifetime with mean 0 has S = 0 at every age: everything that enters leaves
 * in the same year (ODYM's convention for Fixed 0 and Normal with mean 0).
 */
public sealed interface Lifetime {

    /** S(a), in [0, 1], non-increasing in a. */
    double survival(double age);

    /** Mean lifetime in years (for Normal: the mean of the untruncated normal). */
    double mean();

    /** Standard deviation of the lifetime in years (0 for Fixed). */
    double sd();

    /**
     * The same distribution stretched in time by {@code factor} (S'(a) = S(a / factor)): mean and
     * SD both scale, the coefficient of variation stays. Used by scenarios and Monte Carlo.
     */
    Lifetime scaled(double factor);

    /** A short description with parameters, for provenance. */
    String describe();

    private static void requireFinite(String what, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be a finite number, got " + v);
        }
    }

    private static void requireNonNegative(String what, double v) {
        requireFinite(what, v);
        if (v < 0) {
            throw new IllegalArgumentException(what + " must be >= 0, got " + v);
        }
    }

    private static void requirePositive(String what, double v) {
        requireFinite(what, v);
        if (v <= 0) {
            throw new IllegalArgumentException(what + " must be > 0, got " + v);
        }
    }

    private static void requirePositiveFactor(double f) {
        requirePositive("scale factor", f);
    }

    /** Every unit leaves at exactly age {@code mean}: S(a) = 1 if a < mean, else 0. */
    record Fixed(double mean) implements Lifetime {
        public Fixed {
            requireNonNegative("Fixed lifetime mean", mean);
        }

        @Override
        public double survival(double age) {
            return age < mean ? 1.0 : 0.0;
        }

        @Override
        public double sd() {
            return 0;
        }

        @Override
        public Lifetime scaled(double factor) {
            requirePositiveFactor(factor);
            return new Fixed(mean * factor);
        }

        @Override
        public String describe() {
            return "Fixed(mean=" + mean + ")";
        }
    }

    /**
     * Normal(mean, sd): S(a) = 1 - Phi((a - mean)/sd) for every a, so S(0) < 1 and the mass at
     * negative ages leaves in the inflow year (ODYM's convention; prefer LogNormal, Weibull or
     * FoldedNormal when that matters). Mean 0 gives S = 0 (ODYM).
     */
    record Normal(double mean, double sd) implements Lifetime {
        public Normal {
            requireNonNegative("Normal lifetime mean", mean);
            requirePositive("Normal lifetime sd", sd);
        }

        @Override
        public double survival(double age) {
            if (mean == 0) {
                return 0.0;
            }
            return SpecialFunctions.normalSf((age - mean) / sd);
        }

        @Override
        public Lifetime scaled(double factor) {
            requirePositiveFactor(factor);
            return new Normal(mean * factor, sd * factor);
        }

        @Override
        public String describe() {
            return "Normal(mean=" + mean + ", sd=" + sd + ")";
        }
    }

    /**
     * The absolute value of a Normal(mu, sigma) variable; {@code mu} and {@code sigma} are those of
     * the normal before folding (ODYM, flodym, scipy foldnorm(c = mu/sigma, scale = sigma)).
     * S(a) = Q((a - mu)/sigma) + Q((a + mu)/sigma) for a >= 0, 1 below.
     */
    record FoldedNormal(double mu, double sigma) implements Lifetime {
        public FoldedNormal {
            requireNonNegative("FoldedNormal mu", mu);
            requirePositive("FoldedNormal sigma", sigma);
        }

        @Override
        public double survival(double age) {
            if (age < 0) {
                return 1.0;
            }
            return SpecialFunctions.normalSf((age - mu) / sigma) + SpecialFunctions.normalSf((age + mu) / sigma);
        }

        @Override
        public double mean() {
            double z = mu / sigma;
            return sigma * Math.sqrt(2 / Math.PI) * Math.exp(-z * z / 2) + mu * (1 - 2 * SpecialFunctions.normalCdf(-z));
        }

        @Override
        public double sd() {
            double m = mean();
            return Math.sqrt(Math.max(0, mu * mu + sigma * sigma - m * m));
        }

        @Override
        public Lifetime scaled(double factor) {
            requirePositiveFactor(factor);
            return new FoldedNormal(mu * factor, sigma * factor);
        }

        @Override
        public String describe() {
            return "FoldedNormal(mu=" + mu + ", sigma=" + sigma + ")";
        }
    }

    /**
     * Log-normal lifetime given by its own mean M and standard deviation D:
     * sigma^2 = ln(1 + D^2/M^2), mu = ln(M) - sigma^2/2 (ODYM inverts the ratio; flodym fixed it
     * in 2025). S(a) = Q((ln a - mu)/sigma), S(a <= 0) = 1. Mean 0 gives S = 0.
     */
    record LogNormal(double mean, double sd) implements Lifetime {
        public LogNormal {
            requireNonNegative("LogNormal lifetime mean", mean);
            requirePositive("LogNormal lifetime sd", sd);
        }

        /** sigma of ln(lifetime). */
        public double sigma() {
            return Math.sqrt(Math.log1p(sd * sd / (mean * mean)));
        }

        /** mu of ln(lifetime). */
        public double mu() {
            double s = sigma();
            return Math.log(mean) - s * s / 2;
        }

        /** Builds the lifetime from the log-space parameters. */
        public static LogNormal ofLogParameters(double mu, double sigma) {
            requireFinite("LogNormal mu", mu);
            requirePositive("LogNormal sigma", sigma);
            double m = Math.exp(mu + sigma * sigma / 2);
            return new LogNormal(m, m * Math.sqrt(Math.expm1(sigma * sigma)));
        }

        @Override
        public double survival(double age) {
            if (mean == 0) {
                return 0.0;
            }
            if (age <= 0) {
                return 1.0;
            }
            return SpecialFunctions.normalSf((Math.log(age) - mu()) / sigma());
        }

        @Override
        public Lifetime scaled(double factor) {
            requirePositiveFactor(factor);
            return new LogNormal(mean * factor, sd * factor);
        }

        @Override
        public String describe() {
            return "LogNormal(mean=" + mean + ", sd=" + sd + ")";
        }
    }

    /** Weibull(shape k, scale lambda): S(a) = exp(-(a/lambda)^k). */
    record Weibull(double shape, double scale) implements Lifetime {
        public Weibull {
            requirePositive("Weibull shape", shape);
            requirePositive("Weibull scale", scale);
        }

        /** The Weibull with the given mean and shape: lambda = mean / Gamma(1 + 1/k). */
        public static Weibull ofMean(double mean, double shape) {
            requirePositive("Weibull mean", mean);
            requirePositive("Weibull shape", shape);
            return new Weibull(shape, mean / SpecialFunctions.gamma(1 + 1 / shape));
        }

        @Override
        public double survival(double age) {
            if (age <= 0) {
                return 1.0;
            }
            return Math.exp(-Math.pow(age / scale, shape));
        }

        @Override
        public double mean() {
            return scale * SpecialFunctions.gamma(1 + 1 / shape);
        }

        @Override
        public double sd() {
            double g1 = SpecialFunctions.gamma(1 + 1 / shape);
            double g2 = SpecialFunctions.gamma(1 + 2 / shape);
            return scale * Math.sqrt(Math.max(0, g2 - g1 * g1));
        }

        @Override
        public Lifetime scaled(double factor) {
            requirePositiveFactor(factor);
            return new Weibull(shape, scale * factor);
        }

        @Override
        public String describe() {
            return "Weibull(shape=" + shape + ", scale=" + scale + ")";
        }
    }

    /**
     * A user-given survival curve: {@code survival[k]} = S(k * step) for ages 0, step, 2 step ...,
     * linear in between, 0 beyond the last point (so the last point should be 0 or the curve
     * should be long enough). Values must lie in [0, 1] and must not increase.
     */
    record SurvivalCurve(double[] points, double step) implements Lifetime {
        public SurvivalCurve {
            requirePositive("survival curve step", step);
            if (points.length == 0) {
                throw new IllegalArgumentException("survival curve needs at least one point");
            }
            points = points.clone();
            for (int k = 0; k < points.length; k++) {
                double v = points[k];
                if (!(v >= 0 && v <= 1)) {
                    throw new IllegalArgumentException("survival curve point " + k + " must lie in [0, 1], got " + v);
                }
                if (k > 0 && v > points[k - 1] + 1e-12) {
                    throw new IllegalArgumentException("survival curve must not increase: point " + k + " = " + v
                            + " > point " + (k - 1) + " = " + points[k - 1]);
                }
            }
        }

        public static SurvivalCurve of(double... yearlyPoints) {
            return new SurvivalCurve(yearlyPoints, 1.0);
        }

        @Override
        public double[] points() {
            return points.clone();
        }

        @Override
        public double survival(double age) {
            if (age <= 0) {
                return points[0];
            }
            double x = age / step;
            int k = (int) Math.floor(x);
            if (k >= points.length - 1) {
                return k == points.length - 1 && x == k ? points[k] : 0.0;
            }
            double w = x - k;
            return points[k] * (1 - w) + points[k + 1] * w;
        }

        /** Mean of the piecewise-linear curve, integral of S (S = 0 beyond the last point). */
        @Override
        public double mean() {
            double m = 0;
            for (int k = 0; k + 1 < points.length; k++) {
                m += step * (points[k] + points[k + 1]) / 2;
            }
            return m;
        }

        @Override
        public double sd() {
            // E[X^2] = 2 * integral a S(a) da, exact for piecewise-linear S
            double second = 0;
            for (int k = 0; k + 1 < points.length; k++) {
                double a0 = k * step, a1 = (k + 1) * step, s0 = points[k], s1 = points[k + 1];
                // integral of a * (s0 + (s1 - s0)(a - a0)/step) over [a0, a1]
                double slope = (s1 - s0) / step;
                double i1 = (s0 - slope * a0) * (a1 * a1 - a0 * a0) / 2 + slope * (a1 * a1 * a1 - a0 * a0 * a0) / 3;
                second += 2 * i1;
            }
            double m = mean();
            return Math.sqrt(Math.max(0, second - m * m));
        }

        @Override
        public Lifetime scaled(double factor) {
            requirePositiveFactor(factor);
            return new SurvivalCurve(points, step * factor);
        }

        @Override
        public String describe() {
            return "SurvivalCurve(" + points.length + " points, step=" + step + ")";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SurvivalCurve s && s.step == step && Arrays.equals(s.points, points);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(points) + Double.hashCode(step);
        }

        @Override
        public String toString() {
            return describe();
        }
    }
}
