package be.cambium.criticality;

import be.cambium.validate.Location;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One CN8 code carrying a raw material at one stage (a row of {@code material_cn.csv}), valid in the CN years
 * {@code validFrom}..{@code validTo} (null = open). Successive codes of one product sit in adjacent years.
 *
 * @param label  the CN description (or a short form of it)
 * @param source where the code and its years come from
 */
public record MaterialCode(String material, Stage stage, String cn8, @Nullable Integer validFrom, @Nullable Integer validTo,
                           String label, String source, Location location) {

    public MaterialCode {
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(cn8, "cn8");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(location, "location");
        if (!cn8.matches("\\d{8}")) {
            throw new IllegalArgumentException("cn8 must be 8 digits: " + cn8);
        }
    }

    public static MaterialCode of(String material, Stage stage, String cn8, @Nullable Integer validFrom, @Nullable Integer validTo) {
        return new MaterialCode(material, stage, cn8, validFrom, validTo, "", "", Location.none());
    }

    public boolean validIn(int year) {
        return (validFrom == null || year >= validFrom) && (validTo == null || year <= validTo);
    }
}
