package be.cambium.criticality;

import java.util.Locale;

/**
 * What the Belgian adaptation does when IR_BE is missing (no IR on a Belgian row and Belgian production, imports or
 * exports unknown) at a stage whose supply mode blends global supply and Belgian sourcing. The transit fallback
 * ({@link TransitFallback}, IR_BE <= 0) is a different case and is not affected.
 */
public enum BeIrRule {
    /** Use the EU import reliance of the same material and stage as a proxy (default; warning {@code BE_IR_EU_PROXY}). */
    EU_IR,
    /** Leave the stage SR missing (NaN; warning {@code BE_IR_MISSING}). */
    MISSING;

    /** Parses {@code eu-ir}, {@code EU_IR}, {@code missing} (case and dash/underscore insensitive). */
    public static BeIrRule parse(String s) {
        return switch (s.trim().toUpperCase(Locale.ROOT).replace('-', '_')) {
            case "EU_IR" -> EU_IR;
            case "MISSING" -> MISSING;
            default -> throw new IllegalArgumentException("Belgian IR rule must be eu-ir or missing, got '" + s + "'");
        };
    }
}
