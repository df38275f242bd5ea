package be.cambium.app.service;

import be.cambium.io.pkg.DataPackage;
import be.cambium.io.pkg.ReadResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The data packages a run uses: the bundled ones, each replaced by a user's package of the same kind where one was
 * given ({@code cambium report --package DIR}, or an upload to the dashboard). A user's package replaces the
 * bundled package whose name its {@code datapackage.json} carries (e.g. a changed copy of {@code be-mfa} keeps the
 * name {@code be-mfa}); a package whose name matches no bundled package is kept in {@link #unmatched()} so the
 * caller can say that it was not used.
 */
public final class PackageSet {

    private final DataService data;
    private final Map<String, Path> overrides;
    private final List<Path> unmatched;

    private PackageSet(DataService data, Map<String, Path> overrides, List<Path> unmatched) {
        this.data = data;
        this.overrides = Map.copyOf(overrides);
        this.unmatched = List.copyOf(unmatched);
    }

    /** The bundled packages only. */
    public static PackageSet bundled() {
        return new PackageSet(new DataService(), Map.of(), List.of());
    }

    /**
     * The bundled packages with {@code folders} replacing those of the same name (a later folder wins over an earlier
     * one of the same name). A folder whose descriptor cannot be read is unmatched.
     */
    public static PackageSet withUserPackages(List<Path> folders) {
        DataService data = new DataService();
        List<String> bundled = data.bundledNames();
        Map<String, Path> overrides = new LinkedHashMap<>();
        List<Path> unmatched = new ArrayList<>();
        for (Path f : folders) {
            DataPackage pkg = data.validate(f).dataPackage();
            String name = pkg == null ? null : pkg.name();
            if (name != null && bundled.contains(name)) {
                overrides.put(name, f);
            } else {
                unmatched.add(f);
            }
        }
        return new PackageSet(data, overrides, unmatched);
    }

    /** The user's folder that replaces the bundled package {@code name}, if any. */
    public Optional<Path> override(String name) {
        return Optional.ofNullable(overrides.get(Objects.requireNonNull(name, "name")));
    }

    /** Reads the package {@code name}: the user's folder that replaces it, else the bundled one. */
    public ReadResult read(String name) {
        Path f = overrides.get(name);
        return f != null ? data.validate(f) : data.readBundled(name);
    }

    /** Where the package {@code name} comes from, for logs and notes: {@code bundled package be-mfa} or {@code package be-mfa from DIR}. */
    public String describe(String name) {
        Path f = overrides.get(name);
        return f == null ? "bundled package " + name : "package " + name + " from " + f;
    }

    /** The replaced bundled names with their folders, in the order given. */
    public Map<String, Path> overrides() {
        return overrides;
    }

    /** User folders whose name matches no bundled package (not used). */
    public List<Path> unmatched() {
        return unmatched;
    }
}
