package be.cambium.app.service;

import be.cambium.io.pkg.ClassificationCodeLists;
import be.cambium.io.pkg.CodeListProvider;
import be.cambium.io.pkg.DataPackage;
import be.cambium.io.pkg.DataPackageReader;
import be.cambium.io.pkg.ReadResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Data packages for the CLI and the dashboard: the packages bundled in the application (listed in
 * {@value #INDEX}, because a jar cannot list a folder) and validation of a package folder.
 */
public final class DataService {

    /** Class-path folder of the bundled packages. */
    public static final String BASE = "data";
    /** One bundled package name per line; blank lines and lines starting with '#' are ignored. */
    public static final String INDEX = BASE + "/index.txt";

    private final DataPackageReader reader;
    private final ClassLoader loader;

    /** A service whose packages can reference the bundled classifications as code lists ({@link ClassificationCodeLists}). */
    public DataService() {
        this(ClassificationCodeLists.standard());
    }

    public DataService(CodeListProvider codeLists) {
        this.reader = new DataPackageReader(Objects.requireNonNull(codeLists, "codeLists"));
        this.loader = DataService.class.getClassLoader();
    }

    /**
     * Reads and validates the package folder at {@code path} (or the folder of {@code path} when it
     * names a {@code datapackage.json}); every problem is in the result's report.
     */
    public ReadResult validate(Path path) {
        boolean descriptorFile = Files.isRegularFile(path) && path.getFileName() != null
                && path.getFileName().toString().equals(DataPackageReader.DESCRIPTOR);
        Path dir = descriptorFile ? path.toAbsolutePath().getParent() : path;
        return reader.read(dir);
    }

    /** The names listed in {@value #INDEX}, in order. */
    public List<String> bundledNames() {
        try (InputStream in = loader.getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new IllegalStateException("the bundled data index " + INDEX + " is missing from the class path");
            }
            List<String> names = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    names.add(s);
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
    }

    /** Reads one bundled package (with its validation report). */
    public ReadResult readBundled(String name) {
        return reader.readClasspath(loader, BASE + "/" + name);
    }

    /**
     * Every bundled package, read and validated. A bundled package that does not validate is a
     * defect of this build, so it throws with the problems instead of listing a broken package.
     */
    public List<DataPackage> bundledPackages() {
        List<DataPackage> out = new ArrayList<>();
        for (String name : bundledNames()) {
            ReadResult r = readBundled(name);
            if (!r.isValid()) {
                throw new IllegalStateException("bundled data package '" + name + "' is invalid:\n"
                        + String.join("\n", r.report().issues().stream().map(Object::toString).toList()));
            }
            out.add(r.dataPackage());
        }
        return out;
    }
}
