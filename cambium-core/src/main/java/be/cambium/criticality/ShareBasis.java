package be.cambium.criticality;

import java.util.Locale;

/** What sourcing shares from trade are shares of: net mass (default, as supply shares) or statistical value. */
public enum ShareBasis {
    MASS, VALUE;

    public static ShareBasis parse(String s) {
        return switch (s.trim().toUpperCase(Locale.ROOT)) {
            case "MASS", "KG" -> MASS;
            case "VALUE", "EUR" -> VALUE;
            default -> throw new IllegalArgumentException("share basis must be mass or value, got '" + s + "'");
        };
    }
}
