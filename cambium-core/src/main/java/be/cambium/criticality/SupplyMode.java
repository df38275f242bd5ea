package be.cambium.criticality;

/**
 * Which concentration indices enter SR (CRM study 2017 section 3.4.4): both global supply and the
 * assessed economy's own sourcing weighted by import reliance, global supply only, or own sourcing only.
 */
public enum SupplyMode {
    GS_EU("GS+EU"),
    GS("GS"),
    EU("EU");

    private final String code;

    SupplyMode(String code) {
        this.code = code;
    }

    /** The code used in the study tables and in {@code material_stage.csv}: {@code GS+EU}, {@code GS}, {@code EU}. */
    public String code() {
        return code;
    }

    /** Parses {@code GS+EU}, {@code GS}, {@code EU} (case-insensitive; {@code GS_EU} accepted); throws otherwise. */
    public static SupplyMode parse(String s) {
        String v = s.trim().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        return switch (v) {
            case "GS+EU", "GS_EU", "EU+GS" -> GS_EU;
            case "GS", "GSONLY" -> GS;
            case "EU", "EUONLY", "BE", "SOURCING" -> EU;
            default -> throw new IllegalArgumentException("supply mode must be GS+EU, GS or EU, got '" + s + "'");
        };
    }
}
