package be.cambium.io.comext;

import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * One CN8 code of a trade basket with the CN years it is valid in ({@code validFrom}/{@code validTo}
 * null = open). Successive codes of one product (e.g. 85051100 to 2022, then 85051110 from 2023) sit
 * in the same basket with adjacent years, so the basket's series does not break at a CN change.
 */
public record BasketCode(String basket, String cn8, String label, @Nullable Integer validFrom, @Nullable Integer validTo,
                         String source) {
    public BasketCode {
        Objects.requireNonNull(basket, "basket");
        Objects.requireNonNull(cn8, "cn8");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(source, "source");
        if (!cn8.matches("\\d{8}")) {
            throw new IllegalArgumentException("cn8 must be 8 digits: " + cn8);
        }
    }

    public boolean validIn(int year) {
        return (validFrom == null || year >= validFrom) && (validTo == null || year <= validTo);
    }
}
