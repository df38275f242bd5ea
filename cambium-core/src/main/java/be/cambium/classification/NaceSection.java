package be.cambium.classification;

import java.util.Objects;

/** A NACE Rev. 2 section, {@code A} to {@code U}. */
public record NaceSection(String code, String label) {

    public NaceSection {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        if (!code.matches("[A-U]")) {
            throw new IllegalArgumentException("a NACE Rev. 2 section is one letter A-U, got '" + code + "'");
        }
    }
}
