package be.cambium.classification;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A NUTS territorial unit.
 *
 * @param code      NUTS code ({@code BE}, {@code BE1}, …)
 * @param name      name as Eurostat lists it (English with the official names)
 * @param nutsLevel 0 for the country, 1 for regions such as Belgium's three
 * @param parent    the code of the unit one level up, or {@code null} at level 0
 */
public record Region(String code, String name, int nutsLevel, @Nullable String parent) {

    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (nutsLevel < 0 || nutsLevel > 3 || (nutsLevel == 0) != (parent == null)) {
            throw new IllegalArgumentException(code + ": NUTS level " + nutsLevel + " does not fit parent " + parent);
        }
        if (code.length() != 2 + nutsLevel) {
            throw new IllegalArgumentException(code + ": a NUTS " + nutsLevel + " code has " + (2 + nutsLevel) + " characters");
        }
    }
}
