package be.cambium.classification;

import be.cambium.provenance.Source;
import java.util.List;
import java.util.Objects;

/**
 * The bundled code lists, loaded once from the CSV files next to this class (see their {@code SOURCES.md}).
 *
 * <pre>{@code
 * Classifications cls = Classifications.standard();
 * cls.materials().isTradeOnly("MF5");          // true
 * cls.countries().isEuMember("UK", LocalDate.of(2020, 2, 1));  // false
 * }</pre>
 */
public final class Classifications {

    private final MaterialTree materials;
    private final Countries countries;
    private final Regions regions;
    private final Nace nace;

    private Classifications(MaterialTree materials, Countries countries, Regions regions, Nace nace) {
        this.materials = Objects.requireNonNull(materials, "materials");
        this.countries = Objects.requireNonNull(countries, "countries");
        this.regions = Objects.requireNonNull(regions, "regions");
        this.nace = Objects.requireNonNull(nace, "nace");
    }

    /** Custom lists, e.g. for tests or a newer code-list vintage. */
    public static Classifications of(MaterialTree materials, Countries countries, Regions regions, Nace nace) {
        return new Classifications(materials, countries, regions, nace);
    }

    private static final class Holder {
        static final Classifications STANDARD = new Classifications(MaterialTree.loadBundled(),
                Countries.loadBundled(), Regions.loadBundled(), Nace.loadBundled());
    }

    /** The bundled lists, read on first use and shared (all types are immutable). */
    public static Classifications standard() {
        return Holder.STANDARD;
    }

    public MaterialTree materials() {
        return materials;
    }

    public Countries countries() {
        return countries;
    }

    public Regions regions() {
        return regions;
    }

    public Nace nace() {
        return nace;
    }

    /** Where the bundled lists come from, for results' provenance (details in the bundled {@code SOURCES.md}). */
    public static List<Source> sources() {
        return List.of(
                Source.of("eurostat-env_ac_mfa-material", "Eurostat, Material flow accounts: material code list",
                        "https://ec.europa.eu/eurostat/databrowser/view/env_ac_mfa/default/table?lang=en",
                        "Eurostat dictionary material.dic (copy of 2023-11); EW-MFA Compilation Guide 2013;"
                                + " metadata of 18/06/2024; levels 0-4")
                        .withDatasetCode("env_ac_mfa"),
                Source.of("iso-3166-1", "ISO 3166-1 country codes with Eurostat's GEO spellings (EL, UK, XK)",
                        "https://ec.europa.eu/eurostat/statistics-explained/index.php?title=Glossary:Country_codes",
                        "ISO 3166-1 as in Java 17 (CLDR 39); EU membership to 2020-02-01"),
                Source.of("nuts-2021", "Eurostat NUTS classification (Belgium, NUTS 1)",
                        "https://ec.europa.eu/eurostat/web/nuts/overview", "NUTS 2021 / NUTS 2024"),
                Source.of("nace-r2", "NACE Rev. 2, Regulation (EC) No 1893/2006, Annex I",
                        "https://eur-lex.europa.eu/eli/reg/2006/1893/oj", "2006 (in force from 2008)"));
    }
}
