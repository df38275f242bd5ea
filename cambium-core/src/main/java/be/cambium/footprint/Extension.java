package be.cambium.footprint;

import be.cambium.linalg.DenseMatrix;
import java.util.List;
import java.util.Objects;

/**
 * A satellite account: stressor rows F (k x n, by producing region and sector) and F_Y (k x m, direct
 * stressors of final demand, e.g. household emissions; zeros when the source has none), with one unit
 * per stressor row as written in the source (e.g. {@code kg}, {@code kt}, {@code Mill USD}).
 */
public record Extension(String name, List<String> stressors, List<String> units, DenseMatrix stressorsOfProduction,
        DenseMatrix stressorsOfFinalDemand) {

    public Extension {
        Objects.requireNonNull(name, "name");
        stressors = List.copyOf(stressors);
        units = List.copyOf(units);
        Objects.requireNonNull(stressorsOfProduction, "F");
        Objects.requireNonNull(stressorsOfFinalDemand, "F_Y");
        if (units.size() != stressors.size()) {
            throw new IllegalArgumentException("extension " + name + ": " + stressors.size() + " stressors but " + units.size() + " units");
        }
        if (stressorsOfProduction.rows() != stressors.size() || stressorsOfFinalDemand.rows() != stressors.size()) {
            throw new IllegalArgumentException("extension " + name + ": F has " + stressorsOfProduction.rows()
                    + " rows and F_Y " + stressorsOfFinalDemand.rows() + " for " + stressors.size() + " stressors");
        }
        if (stressors.stream().distinct().count() != stressors.size()) {
            throw new IllegalArgumentException("extension " + name + ": duplicate stressor names");
        }
    }

    /** F and F_Y given; F_Y has the final-demand columns of the system. */
    public static Extension of(String name, List<String> stressors, List<String> units, DenseMatrix f, DenseMatrix fY) {
        return new Extension(name, stressors, units, f, fY);
    }

    /** F only: F_Y is zero. */
    public static Extension withoutFinalDemand(String name, List<String> stressors, List<String> units, DenseMatrix f,
            int finalDemandColumns) {
        return new Extension(name, stressors, units, f, DenseMatrix.zeros(stressors.size(), finalDemandColumns));
    }

    public int size() {
        return stressors.size();
    }
}
