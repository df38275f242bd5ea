package be.cambium.classification;

import java.util.Objects;

/**
 * A NACE Rev. 2 division (2-digit level).
 *
 * @param code    two digits, e.g. {@code 24}
 * @param label   English label
 * @param section the section letter, e.g. {@code C}
 */
public record NaceDivision(String code, String label, String section) {

    public NaceDivision {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(section, "section");
        if (!code.matches("\\d{2}")) {
            throw new IllegalArgumentException("a NACE Rev. 2 division has two digits, got '" + code + "'");
        }
    }

    /** The code as Eurostat writes it in its {@code nace_r2} dimension: section letter + digits, e.g. {@code C24}. */
    public String eurostatCode() {
        return section + code;
    }
}
