package be.cambium.stockflow;

import java.util.List;
import java.util.Objects;

/**
 * The mass balance of every process, year and material of a run: residual = inputs - outputs -
 * stock change, recomputed from the result tables (not assumed). A residual fails when its
 * absolute value exceeds {@code relativeTolerance} times the largest absolute flow or stock of the
 * same material anywhere in the system.
 */
public record MassBalance(double relativeTolerance, List<Entry> entries) {

    public MassBalance {
        entries = List.copyOf(entries);
    }

    /** One process/material balance over the years. */
    public record Entry(String process, String material, String unit, double[] residual, double tolerance) {
        public Entry {
            Objects.requireNonNull(process, "process");
            Objects.requireNonNull(material, "material");
            residual = residual.clone();
        }

        @Override
        public double[] residual() {
            return residual.clone();
        }

        public double maxAbsResidual() {
            double m = 0;
            for (double r : residual) {
                m = Math.max(m, Math.abs(r));
            }
            return m;
        }

        public boolean ok() {
            for (double r : residual) {
                if (!(Math.abs(r) <= tolerance)) {
                    return false;
                }
            }
            return true;
        }
    }

    public boolean ok() {
        return entries.stream().allMatch(Entry::ok);
    }

    /** The failing entries, named by process and material. */
    public List<Entry> failures() {
        return entries.stream().filter(e -> !e.ok()).toList();
    }

    public double maxAbsResidual() {
        return entries.stream().mapToDouble(Entry::maxAbsResidual).max().orElse(0);
    }
}
