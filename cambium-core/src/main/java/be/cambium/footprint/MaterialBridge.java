package be.cambium.footprint;

import java.util.List;
import java.util.Objects;

/**
 * A concordance from database stressors to reporting materials, e.g. EXIOBASE's
 * "Domestic Extraction Used - Metal Ores - Copper ores" (kt) to EW-MFA MF2 (t) with factor 1000.
 * A stressor may feed several materials; a material's value is the sum of factor x stressor value.
 */
public record MaterialBridge(List<Entry> entries) {

    /** One concordance row: {@code extension} may be {@code *} for any extension. */
    public record Entry(String extension, String stressor, String material, double factor, String unit) {
        public Entry {
            Objects.requireNonNull(extension, "extension");
            Objects.requireNonNull(stressor, "stressor");
            Objects.requireNonNull(material, "material");
            Objects.requireNonNull(unit, "unit");
            if (!Double.isFinite(factor)) {
                throw new IllegalArgumentException("factor for " + stressor + " -> " + material + " is not finite");
            }
        }

        boolean matches(String ext, String str) {
            return (extension.equals("*") || extension.equals(ext)) && stressor.equals(str);
        }
    }

    public MaterialBridge {
        entries = List.copyOf(entries);
    }

    /** Materials in order of first appearance. */
    public List<String> materials() {
        return entries.stream().map(Entry::material).distinct().toList();
    }

    /** The unit of a material (from its first row). */
    public String unitOf(String material) {
        return entries.stream().filter(e -> e.material().equals(material)).findFirst().map(Entry::unit)
                .orElseThrow(() -> new IllegalArgumentException("unknown material " + material));
    }
}
