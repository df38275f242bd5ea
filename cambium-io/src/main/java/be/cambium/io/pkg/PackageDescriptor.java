package be.cambium.io.pkg;

import be.cambium.provenance.Source;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of {@code datapackage.json}. Sources use the Frictionless {@code sources} entries
 * (title, path) plus CAMBIUM's {@code id}, {@code vintage}, {@code retrieved}, {@code datasetCode}
 * and {@code licence}.
 */
public record PackageDescriptor(String name, String title, String version, String description,
                                List<License> licenses, List<Source> sources, List<ResourceDescriptor> resources) {

    public PackageDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        licenses = List.copyOf(licenses);
        sources = List.copyOf(sources);
        resources = List.copyOf(resources);
    }

    public Optional<ResourceDescriptor> resource(String resourceName) {
        return resources.stream().filter(r -> r.name().equals(resourceName)).findFirst();
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
