package be.cambium.io.criticality;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared fixture folders, read in place; tests skip when they are absent. */
final class SharedData {
    private SharedData() {
    }

    static Path dir(String name) {
        String base = System.getProperty("cambium.sharedData");
        assumeTrue(base != null, "cambium.sharedData is not set: the shared fixtures are not available");
        Path p = Path.of(base, name);
        assumeTrue(Files.isDirectory(p), "shared fixture folder " + p + " is absent");
        return p;
    }
}
