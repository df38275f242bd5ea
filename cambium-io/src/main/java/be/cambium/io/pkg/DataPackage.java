package be.cambium.io.pkg;

import be.cambium.provenance.Source;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A data package as read: its descriptor and one {@link Table} per resource that could be read. */
public record DataPackage(PackageDescriptor descriptor, List<Table> tables) {

    public DataPackage {
        Objects.requireNonNull(descriptor, "descriptor");
        tables = List.copyOf(tables);
    }

    public String name() {
        return descriptor.name();
    }

    public List<Source> sources() {
        return descriptor.sources();
    }

    public Optional<Table> table(String resourceName) {
        return tables.stream().filter(t -> t.name().equals(resourceName)).findFirst();
    }
}
