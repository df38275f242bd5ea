package be.cambium.criticality;

import java.util.Objects;

/**
 * One-at-a-time sensitivity: SR of a material with one input set to its low and high value, all else at base.
 *
 * @param input {@code ir}, {@code eol_rir}, {@code si_sr}, {@code hhi_gs}, {@code hhi_sourcing} (of the bottleneck
 *              stage; the HHIs only when given pre-aggregated with a range) or {@code wgi:<country>}
 * @param rank  1 for the input with the largest swing of the material
 */
public record Sensitivity(String material, Scope scope, String input, double low, double high, double srLow, double srHigh,
                          double swing, int rank) {
    public Sensitivity {
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(input, "input");
    }
}
