package be.cambium.io.pkg;

import java.util.Objects;

/** A licence entry of {@code datapackage.json}: an SPDX-style name (e.g. {@code CC-BY-4.0}), a URL and a title, each possibly empty. */
public record License(String name, String path, String title) {

    public License {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
    }

    /** The name, else the title, else the path. */
    public String label() {
        return !name.isEmpty() ? name : !title.isEmpty() ? title : path;
    }
}
