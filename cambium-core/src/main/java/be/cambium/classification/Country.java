package be.cambium.classification;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A country or territory as Eurostat codes it.
 *
 * @param code     Eurostat GEO code: ISO 3166-1 alpha-2 except {@code EL} (Greece), {@code UK} (United
 *                 Kingdom) and {@code XK} (Kosovo)
 * @param iso2     ISO 3166-1 alpha-2 ({@code GR}, {@code GB}); empty for Kosovo, which has no ISO code
 * @param iso3     ISO 3166-1 alpha-3 ({@code XKX} for Kosovo, as the World Bank writes it)
 * @param name     English short name
 * @param euJoined first day of EU (EEC/EC) membership, or {@code null}
 * @param euLeft   last day of EU membership, or {@code null} (for the United Kingdom 2020-01-31)
 */
public record Country(String code, String iso2, String iso3, String name,
                      @Nullable LocalDate euJoined, @Nullable LocalDate euLeft) {

    public Country {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(iso2, "iso2");
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(name, "name");
        if (!code.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country code must be two capital letters, got '" + code + "'");
        }
        if (!iso2.isEmpty() && !iso2.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException(code + ": ISO alpha-2 must be two capital letters, got '" + iso2 + "'");
        }
        if (!iso3.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException(code + ": alpha-3 must be three capital letters, got '" + iso3 + "'");
        }
        if (euLeft != null && (euJoined == null || euLeft.isBefore(euJoined))) {
            throw new IllegalArgumentException(code + ": left the EU on " + euLeft + " before joining");
        }
    }

    /** True when the country was an EU member on {@code day} (joined on or before it, left on or after it). */
    public boolean isEuMemberOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return euJoined != null && !day.isBefore(euJoined) && (euLeft == null || !day.isAfter(euLeft));
    }
}
