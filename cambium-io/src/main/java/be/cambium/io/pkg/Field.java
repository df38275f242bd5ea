package be.cambium.io.pkg;

import java.util.Objects;

/** One column of a table schema: name, type, optional description and constraints. */
public record Field(String name, FieldType type, String description, Constraints constraints) {

    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(constraints, "constraints");
        if (name.isBlank()) {
            throw new IllegalArgumentException("field name must not be blank");
        }
    }

    public static Field of(String name, FieldType type) {
        return new Field(name, type, "", Constraints.none());
    }

    public Field withConstraints(Constraints c) {
        return new Field(name, type, description, c);
    }

    public Field withDescription(String d) {
        return new Field(name, type, d, constraints);
    }
}
