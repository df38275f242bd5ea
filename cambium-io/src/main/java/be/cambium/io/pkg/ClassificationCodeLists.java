package be.cambium.io.pkg;

import be.cambium.classification.Classifications;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The classifications of {@code be.cambium.classification} as code lists for {@code codeList}
 * foreign keys in data packages:
 *
 * <ul>
 *   <li>{@code ew-mfa-material}: EW-MFA material codes ({@code MF1}, {@code MF421}, …)</li>
 *   <li>{@code country}: countries as Eurostat writes them ({@code BE}, {@code EL}, {@code UK})</li>
 *   <li>{@code geo}: countries and Eurostat aggregates ({@code EU27_2020}, …)</li>
 *   <li>{@code nuts-be}: Belgium and its NUTS 1 regions ({@code BE}, {@code BE1}, {@code BE2}, {@code BE3})</li>
 *   <li>{@code nace-section}: NACE Rev. 2 sections ({@code A}…{@code U})</li>
 *   <li>{@code nace-division}: NACE Rev. 2 divisions ({@code 01}…{@code 99}, or {@code C24})</li>
 * </ul>
 */
public final class ClassificationCodeLists {

    public static final String MATERIAL = "ew-mfa-material";
    public static final String COUNTRY = "country";
    public static final String GEO = "geo";
    public static final String NUTS_BE = "nuts-be";
    public static final String NACE_SECTION = "nace-section";
    public static final String NACE_DIVISION = "nace-division";

    private ClassificationCodeLists() {
    }

    /** The bundled classifications. */
    public static CodeListProvider standard() {
        return of(Classifications.standard());
    }

    public static CodeListProvider of(Classifications cls) {
        Objects.requireNonNull(cls, "cls");
        return CodeListProvider.of(List.of(
                list(MATERIAL, cls.materials()::contains),
                list(COUNTRY, c -> cls.countries().find(c).isPresent()),
                list(GEO, cls.countries()::isKnown),
                list(NUTS_BE, c -> cls.regions().find(c).isPresent()),
                list(NACE_SECTION, c -> cls.nace().section(c).isPresent()),
                list(NACE_DIVISION, c -> cls.nace().division(c).isPresent())));
    }

    private static CodeList list(String name, Predicate<String> contains) {
        return new CodeList() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean contains(String code) {
                return contains.test(code);
            }
        };
    }
}
