package be.cambium.criticality;

import java.util.Locale;

/** Whose supply a share describes: global supply, EU sourcing or Belgian sourcing. */
public enum ShareScope {
    GS, EU, BE;

    public static ShareScope parse(String s) {
        return switch (s.trim().toUpperCase(Locale.ROOT)) {
            case "GS" -> GS;
            case "EU" -> EU;
            case "BE" -> BE;
            default -> throw new IllegalArgumentException("share scope must be GS, EU or BE, got '" + s + "'");
        };
    }
}
