package be.cambium.criticality;

/**
 * Turns the six raw WGI estimates of a country into the 0..10 governance score used in HHI_WGI,t
 * (10 = worst governance). Pluggable: callers may pass their own implementation.
 */
public interface WgiScaling {

    /** The scaled score from the six raw estimates (VA, PV, GE, RQ, RL, CC); NaN when it cannot be computed. */
    double scale(double[] estimates);

    /** One line for provenance. */
    String description();

    /**
     * The convention used as default: mean of the six estimates, mapped linearly from [-2.5, 2.5]
     * to [10, 0], i.e. {@code 5 - 2 * mean}, clamped to [0, 10]. All six estimates are required.
     * The linear form is recalled, not confirmed in the Guidelines' text (see docs/methods/criticality.md);
     * it is consistent with the CRM study 2017's Nigeria example (scaled 6.92).
     */
    static WgiScaling euConvention() {
        return Linear.EU;
    }

    /** {@code offset + slope * mean(estimates)}, clamped to [0, 10]. */
    record Linear(double offset, double slope) implements WgiScaling {
        static final Linear EU = new Linear(5.0, -2.0);

        @Override
        public double scale(double[] estimates) {
            if (estimates.length != 6) {
                return Double.NaN;
            }
            double sum = 0;
            for (double e : estimates) {
                if (Double.isNaN(e)) {
                    return Double.NaN;
                }
                sum += e;
            }
            double v = offset + slope * sum / 6.0;
            return Math.max(0.0, Math.min(10.0, v));
        }

        @Override
        public String description() {
            return "WGI scaled = " + offset + " + (" + slope + ") x mean(VA, PV, GE, RQ, RL, CC), clamped to [0, 10]";
        }
    }
}
