package be.cambium.classification;

import java.util.List;
import java.util.Objects;

/**
 * A Eurostat GEO aggregate such as {@code EU27_2020} or {@code EXT_EU27_2020}: a group, never a country.
 *
 * @param code    the Eurostat code
 * @param label   English label
 * @param members Eurostat country codes of a fixed composition; empty when the composition is "the rest of
 *                the world" (extra-EU) or changes over time ({@code EU}, {@code EA})
 */
public record GeoAggregate(String code, String label, List<String> members) {

    public GeoAggregate {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        members = List.copyOf(members);
    }

    public boolean hasFixedMembers() {
        return !members.isEmpty();
    }
}
