package be.cambium.criticality;

import java.util.Locale;

/** The life-cycle stage a supply share or SR refers to. */
public enum Stage {
    /** Extraction (mining, harvesting). */
    E,
    /** Processing (refining). */
    P;

    /** Parses {@code E}/{@code P} (also {@code extraction}/{@code processing}); throws on anything else. */
    public static Stage parse(String s) {
        String v = s.trim().toUpperCase(Locale.ROOT);
        return switch (v) {
            case "E", "EXTRACTION" -> E;
            case "P", "PROCESSING" -> P;
            default -> throw new IllegalArgumentException("stage must be E or P, got '" + s + "'");
        };
    }
}
