package be.cambium.stockflow;

import java.util.Objects;
import java.util.function.IntFunction;

/**
 * sf[t][c]: the share of the cohort that entered in year index c still in stock at the end of year
 * index t; 0 for t < c. Built from one {@link Lifetime} per cohort and a {@link Timing}.
 */
public final class SurvivalMatrix {

    private final double[][] sf;

    private SurvivalMatrix(double[][] sf) {
        this.sf = sf;
    }

    /** The survival matrix of {@code years} years with cohort c's lifetime {@code lifetimeOfCohort.apply(c)}. */
    public static SurvivalMatrix of(int years, IntFunction<Lifetime> lifetimeOfCohort, Timing timing) {
        Objects.requireNonNull(lifetimeOfCohort, "lifetimeOfCohort");
        Objects.requireNonNull(timing, "timing");
        if (years < 1) {
            throw new IllegalArgumentException("need at least one year, got " + years);
        }
        double[][] sf = new double[years][years];
        for (int c = 0; c < years; c++) {
            Lifetime lt = Objects.requireNonNull(lifetimeOfCohort.apply(c), "lifetime of cohort " + c);
            for (int t = c; t < years; t++) {
                sf[t][c] = lt.survival(t - c + timing.ageOffset());
            }
        }
        return new SurvivalMatrix(sf);
    }

    /** One lifetime for every cohort. */
    public static SurvivalMatrix of(int years, Lifetime lifetime, Timing timing) {
        return of(years, c -> lifetime, timing);
    }

    /** A share-weighted mixture: sum_g share[g][c] * parts[g].sf[t][c] (technology split of one product). */
    public static SurvivalMatrix mixture(SurvivalMatrix[] parts, double[][] shareByPartAndCohort) {
        int n = parts[0].years();
        double[][] sf = new double[n][n];
        for (int g = 0; g < parts.length; g++) {
            for (int c = 0; c < n; c++) {
                double w = shareByPartAndCohort[g][c];
                if (w == 0) {
                    continue;
                }
                for (int t = c; t < n; t++) {
                    sf[t][c] += w * parts[g].sf[t][c];
                }
            }
        }
        return new SurvivalMatrix(sf);
    }

    public int years() {
        return sf.length;
    }

    public double at(int t, int c) {
        return sf[t][c];
    }

    /** A copy of the matrix. */
    public double[][] toArray() {
        double[][] out = new double[sf.length][];
        for (int t = 0; t < sf.length; t++) {
            out[t] = sf[t].clone();
        }
        return out;
    }
}
