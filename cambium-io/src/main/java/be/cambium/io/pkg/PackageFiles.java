package be.cambium.io.pkg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Where a package's files come from: a folder, or the class path (bundled packages inside a jar). */
interface PackageFiles {

    /** The bytes of a file given by its package-relative path, or {@code null} when it does not exist. */
    byte @Nullable [] read(String relativePath) throws IOException;

    /** How to name the file in messages. */
    String display(String relativePath);

    static PackageFiles folder(Path dir) {
        return new PackageFiles() {
            @Override
            public byte @Nullable [] read(String relativePath) throws IOException {
                Path p = dir.resolve(relativePath);
                return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
            }

            @Override
            public String display(String relativePath) {
                return dir.resolve(relativePath).toString();
            }
        };
    }

    static PackageFiles classpath(ClassLoader loader, String base) {
        String prefix = base.endsWith("/") ? base : base + "/";
        return new PackageFiles() {
            @Override
            public byte @Nullable [] read(String relativePath) throws IOException {
                try (InputStream in = loader.getResourceAsStream(prefix + relativePath)) {
                    return in == null ? null : in.readAllBytes();
                }
            }

            @Override
            public String display(String relativePath) {
                return "classpath:" + prefix + relativePath;
            }
        };
    }
}
