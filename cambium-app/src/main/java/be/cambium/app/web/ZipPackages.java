package be.cambium.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Unpacks an uploaded, zipped data package safely: no path escapes the target folder, sizes are bounded. */
final class ZipPackages {
    private ZipPackages() {
    }

    static final class BadZip extends IOException {
        private static final long serialVersionUID = 1L;

        BadZip(String m) {
            super(m);
        }
    }

    /** A folder name from an uploaded file name: letters, digits, dash and underscore only. */
    static String safeName(String filename) {
        String base = filename == null ? "" : filename.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (base.endsWith(".zip")) {
            base = base.substring(0, base.length() - 4);
        }
        base = base.replaceAll("[^a-z0-9_-]", "-").replaceAll("^-+|-+$", "");
        return base.isEmpty() ? "package" : base.length() > 64 ? base.substring(0, 64) : base;
    }

    /**
     * Unpacks into {@code target} (replacing it) and returns the package folder: {@code target}
     * itself, or its only sub-folder when the zip holds one folder with the {@code datapackage.json}.
     */
    static Path unpack(InputStream in, Path target, long maxBytes) throws IOException {
        deleteTree(target);
        Files.createDirectories(target);
        Path root = target.toAbsolutePath().normalize();
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (++entries > 10_000) {
                    throw new BadZip("the zip has more than 10000 entries");
                }
                Path out = root.resolve(e.getName()).normalize();
                if (!out.startsWith(root) || e.getName().startsWith("/")) {
                    throw new BadZip("the zip entry '" + e.getName() + "' points outside the package folder");
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (OutputStream os = Files.newOutputStream(out)) {
                    byte[] buf = new byte[8192];
                    int n;
                    while ((n = zip.read(buf)) > 0) {
                        total += n;
                        if (total > maxBytes) {
                            throw new BadZip("the unpacked package is larger than " + (maxBytes >> 20) + " MiB");
                        }
                        os.write(buf, 0, n);
                    }
                }
            }
        } catch (BadZip b) {
            deleteTree(target);
            throw b;
        } catch (IOException io) {
            deleteTree(target);
            throw new BadZip("not a readable zip file: " + io.getMessage());
        }
        if (entries == 0) {
            deleteTree(target);
            throw new BadZip("not a zip file, or an empty one: upload the package folder zipped");
        }
        if (!Files.exists(root.resolve("datapackage.json"))) {
            try (var list = Files.list(root)) {
                var dirs = list.filter(Files::isDirectory).toList();
                if (dirs.size() == 1 && Files.exists(dirs.get(0).resolve("datapackage.json"))) {
                    return dirs.get(0);
                }
            }
        }
        return root;
    }

    static void deleteTree(Path p) throws IOException {
        be.cambium.report.render.OutputFolder.deleteTree(p);
    }
}
