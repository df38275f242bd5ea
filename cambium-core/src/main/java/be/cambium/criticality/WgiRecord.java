package be.cambium.criticality;

import be.cambium.validate.Location;
import java.util.Arrays;
import java.util.Objects;

/**
 * Worldwide Governance Indicators of one country and year: either the six raw estimates
 * (VA, PV, GE, RQ, RL, CC, roughly -2.5..2.5, higher = better) with optional standard errors,
 * or an already scaled value (0..10, 10 = worst) with an optional standard error on that scale.
 *
 * @param estimates  six raw estimates in the order VA, PV, GE, RQ, RL, CC (NaN where missing), or empty
 * @param stdErrors  six standard errors in the same order (NaN where missing), or empty
 * @param scaled     scaled value when given directly, else NaN
 * @param scaledSe   standard error of {@code scaled}, else NaN
 */
public record WgiRecord(String country, int year, double[] estimates, double[] stdErrors, double scaled, double scaledSe,
                        Location location) {

    /** The six dimensions in the order the arrays use. */
    public static final java.util.List<String> DIMENSIONS = java.util.List.of("va", "pv", "ge", "rq", "rl", "cc");

    public WgiRecord {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(location, "location");
        estimates = estimates.clone();
        stdErrors = stdErrors.clone();
        if (estimates.length != 0 && estimates.length != 6) {
            throw new IllegalArgumentException("WGI needs 6 estimates (VA, PV, GE, RQ, RL, CC), got " + estimates.length);
        }
        if (stdErrors.length != 0 && stdErrors.length != 6) {
            throw new IllegalArgumentException("WGI needs 6 standard errors, got " + stdErrors.length);
        }
    }

    public static WgiRecord raw(String country, int year, double[] estimates, double[] stdErrors, Location loc) {
        return new WgiRecord(country, year, estimates, stdErrors, Double.NaN, Double.NaN, loc);
    }

    public static WgiRecord scaled(String country, int year, double scaled, double se, Location loc) {
        return new WgiRecord(country, year, new double[0], new double[0], scaled, se, loc);
    }

    @Override
    public double[] estimates() {
        return estimates.clone();
    }

    @Override
    public double[] stdErrors() {
        return stdErrors.clone();
    }

    public boolean hasEstimates() {
        return estimates.length == 6;
    }

    public boolean hasStdErrors() {
        return stdErrors.length == 6 && Arrays.stream(stdErrors).noneMatch(Double::isNaN);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WgiRecord w && w.country.equals(country) && w.year == year
                && Arrays.equals(w.estimates, estimates) && Arrays.equals(w.stdErrors, stdErrors)
                && Double.compare(w.scaled, scaled) == 0 && Double.compare(w.scaledSe, scaledSe) == 0
                && w.location.equals(location);
    }

    @Override
    public int hashCode() {
        return Objects.hash(country, year, Arrays.hashCode(estimates), Arrays.hashCode(stdErrors), scaled, scaledSe, location);
    }

    @Override
    public String toString() {
        return "WgiRecord[" + country + " " + year + " est=" + Arrays.toString(estimates) + " scaled=" + scaled + "]";
    }
}
