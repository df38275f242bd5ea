package be.cambium.classification;

/**
 * Editions of the Harmonized System (World Customs Organization), with the UN Comtrade nomenclature codes
 * ({@code H0} … {@code H6}). The CN of a year is built on the HS edition in force that year.
 */
public enum HsEdition {
    HS1988(1988, "H0"),
    HS1996(1996, "H1"),
    HS2002(2002, "H2"),
    HS2007(2007, "H3"),
    HS2012(2012, "H4"),
    HS2017(2017, "H5"),
    HS2022(2022, "H6");

    private final int year;
    private final String comtradeCode;

    HsEdition(int year, String comtradeCode) {
        this.year = year;
        this.comtradeCode = comtradeCode;
    }

    /** The year the edition entered into force (1 January). */
    public int year() {
        return year;
    }

    /** UN Comtrade's code for this edition ({@code H0} … {@code H6}). */
    public String comtradeCode() {
        return comtradeCode;
    }

    /** The edition in force in {@code year}; years before 1988 throw {@link IllegalArgumentException}. */
    public static HsEdition forYear(int year) {
        HsEdition found = null;
        for (HsEdition e : values()) {
            if (e.year <= year) {
                found = e;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException("no HS edition before 1988, got year " + year);
        }
        return found;
    }
}
