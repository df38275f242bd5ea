package be.cambium.trade;

/** Trade direction as Comext codes it ({@code FLOW} 1 = import/arrival, 2 = export/dispatch). */
public enum Flow {
    IMPORT("import", 1),
    EXPORT("export", 2);

    private final String code;
    private final int comextCode;

    Flow(String code, int comextCode) {
        this.code = code;
        this.comextCode = comextCode;
    }

    /** Lower-case output code, {@code import} or {@code export}. */
    public String code() {
        return code;
    }

    /** The Comext {@code FLOW} value. */
    public int comextCode() {
        return comextCode;
    }

    /** The flow for a Comext {@code FLOW} value, 1 or 2; throws for anything else. */
    public static Flow ofComext(int value) {
        return switch (value) {
            case 1 -> IMPORT;
            case 2 -> EXPORT;
            default -> throw new IllegalArgumentException("Comext FLOW must be 1 or 2, got " + value);
        };
    }

    /** The flow for {@code import}/{@code export} (case-insensitive). */
    public static Flow parse(String s) {
        for (Flow f : values()) {
            if (f.code.equalsIgnoreCase(s.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("flow must be import or export, got '" + s + "'");
    }
}
