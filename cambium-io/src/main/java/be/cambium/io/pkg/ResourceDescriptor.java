package be.cambium.io.pkg;

import java.util.Objects;

/** A tabular resource of a package: its name, its CSV path relative to the package folder, a title and its schema. */
public record ResourceDescriptor(String name, String path, String title, Schema schema) {

    public ResourceDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(schema, "schema");
    }
}
