package be.cambium.criticality;

import be.cambium.validate.Location;
import java.util.Locale;
import java.util.Objects;

/**
 * One substitute of a material in one application, for computing SI_EI and SI_SR
 * (CRMA Annex II section 2 structure; parameter values in {@link SubstitutionParameters}).
 *
 * @param applicationShare share of the material's use in this application (Share_a)
 * @param subShare         sub-share of the application that this substitute can take (Sub_share_i,a)
 */
public record Substitute(String material, String application, double applicationShare, String substitute, double subShare,
                         Performance performance, Cost cost, boolean substituteCritical, boolean substituteHighProduction,
                         boolean substituteByProduct, Location location) {

    /** Technical performance of the substitute compared with the material. */
    public enum Performance { SIMILAR, REDUCED, NONE;
        public static Performance parse(String s) {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        }
    }

    /** Cost of the substitute compared with the material. */
    public enum Cost { SIMILAR_OR_LOWER, SLIGHTLY_HIGHER, VERY_HIGH;
        public static Cost parse(String s) {
            return valueOf(s.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
        }
    }

    public Substitute {
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(substitute, "substitute");
        Objects.requireNonNull(performance, "performance");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(location, "location");
    }
}
