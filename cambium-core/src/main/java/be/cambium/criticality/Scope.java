package be.cambium.criticality;

import java.util.Locale;

/** The economy assessed: the EU (the Commission's method) or Belgium (the CAMBIUM adaptation). */
public enum Scope {
    EU, BE;

    /** The share scope describing this economy's own sourcing. */
    public ShareScope sourcing() {
        return this == EU ? ShareScope.EU : ShareScope.BE;
    }

    public static Scope parse(String s) {
        return switch (s.trim().toUpperCase(Locale.ROOT)) {
            case "EU" -> EU;
            case "BE" -> BE;
            default -> throw new IllegalArgumentException("scope must be EU or BE, got '" + s + "'");
        };
    }
}
