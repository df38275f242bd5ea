package be.cambium.accounts;

import be.cambium.unit.Unit;
import java.util.Locale;
import java.util.Optional;

/**
 * Indicator codes understood by the accounts, with the kind of unit each must carry. Codes follow
 * Eurostat's {@code indic_env} where one exists.
 */
public enum Indicator {
    /** Domestic (used) extraction. */
    DE(Kind.MASS_FLOW),
    /** Physical imports. */
    IMP(Kind.MASS_FLOW),
    /** Physical exports. */
    EXP(Kind.MASS_FLOW),
    /** Direct material input DE + IMP. */
    DMI(Kind.MASS_FLOW),
    /** Domestic material consumption DE + IMP − EXP. */
    DMC(Kind.MASS_FLOW),
    /** Physical trade balance IMP − EXP. */
    PTB(Kind.MASS_FLOW),
    /** Average population. */
    POP(Kind.PERSONS),
    /** Gross domestic product (its unit carries the price basis). */
    GDP(Kind.MONEY),
    /** Waste recycled in domestic recovery plants (R2–R11). */
    RCV_R(Kind.MASS_FLOW),
    /** Imported waste destined for recycling. */
    IMP_W(Kind.MASS_FLOW),
    /** Exported waste destined for recycling. */
    EXP_W(Kind.MASS_FLOW),
    /** U = RCV_R − IMP_W + EXP_W, the circular use of materials. */
    U(Kind.MASS_FLOW),
    /** Circular material use rate U / (DMC + U). */
    CMU(Kind.RATIO),
    /** Material import dependency IMP / DMI. */
    MID(Kind.RATIO),
    /** Self-sufficiency DE / (DE + IMP − EXP). */
    SS(Kind.RATIO),
    /** Resource productivity GDP / DMC. */
    RP(Kind.PRODUCTIVITY),
    /** End-of-life recycling input rate (passed through from its source). */
    EOL_RIR(Kind.RATIO),
    /** Raw material consumption (material footprint, RME), passed through from its source. */
    RMC(Kind.MASS_FLOW);

    /** The unit kind an indicator must have. */
    public enum Kind {
        /** Mass (absolute) or mass per person (per capita). */
        MASS_FLOW,
        PERSONS,
        MONEY,
        /** Dimensionless: % or 1. */
        RATIO,
        /** Money per mass. */
        PRODUCTIVITY
    }

    private final Kind kind;

    Indicator(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static Optional<Indicator> parse(String code) {
        try {
            return Optional.of(valueOf(code.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True when the unit fits this indicator (for mass flows: mass or mass per person). */
    public boolean accepts(Unit u) {
        int[] d = u.dimensions();
        return switch (kind) {
            case MASS_FLOW -> u.isMass() || isPerCapitaMass(u);
            case PERSONS -> only(d, Unit.PERSON, 1);
            case MONEY -> only(d, Unit.MONEY, 1);
            case RATIO -> u.isDimensionless();
            case PRODUCTIVITY -> d[Unit.MONEY] == 1 && d[Unit.MASS] == -1 && d[Unit.PERSON] == 0 && d[Unit.ENERGY] == 0
                    && d[Unit.POWER] == 0 && d[Unit.COUNT] == 0;
        };
    }

    /** Mass per person, e.g. {@code t/cap}. */
    public static boolean isPerCapitaMass(Unit u) {
        int[] d = u.dimensions();
        return d[Unit.MASS] == 1 && d[Unit.PERSON] == -1 && d[Unit.MONEY] == 0 && d[Unit.ENERGY] == 0 && d[Unit.POWER] == 0
                && d[Unit.COUNT] == 0;
    }

    private static boolean only(int[] d, int dim, int exp) {
        for (int i = 0; i < d.length; i++) {
            if (d[i] != (i == dim ? exp : 0)) {
                return false;
            }
        }
        return true;
    }
}
