package be.cambium.report.render;

import be.cambium.report.model.ReportTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one way a command writes its {@code --out} folder (ARCHITECTURE.md section 4).
 *
 * <ul>
 *   <li><b>Never a user's files.</b> The target must not exist, be empty, or carry the marker file {@value #MARKER}
 *       that CAMBIUM leaves in every folder it writes. It must not be the current folder or one of its parents, and
 *       must neither hold nor lie inside a protected path (the command's inputs, the workspace). Otherwise
 *       {@link OutputRefusedException} is thrown before anything is written.</li>
 *   <li><b>Never half a result.</b> Everything goes into a temporary folder beside the target, which replaces the
 *       target only when the writer finished.</li>
 * </ul>
 */
public final class OutputFolder {

    /** The file that marks a folder as written by CAMBIUM (so a later run may replace it). */
    public static final String MARKER = ".cambium-output";

    /** Writes into a folder. */
    @FunctionalInterface
    public interface Writer {
        void write(Path dir) throws IOException;
    }

    private OutputFolder() {
    }

    /** Writes each table as {@code <id>.csv} into {@code target}; see {@link #write(Path, Collection, Writer)}. */
    public static void writeTables(Path target, Collection<Path> protectedPaths, List<ReportTable> tables) throws IOException {
        Set<String> ids = new HashSet<>();
        for (ReportTable t : tables) {
            if (!ids.add(t.id())) {
                throw new IllegalArgumentException("two tables named '" + t.id() + "' in one output folder");
            }
        }
        CsvTableWriter csv = new CsvTableWriter();
        write(target, protectedPaths, dir -> {
            for (ReportTable t : tables) {
                csv.write(t, dir.resolve(t.id() + ".csv"));
            }
        });
    }

    /**
     * Checks that {@code target} may be written (else throws {@link OutputRefusedException} and touches nothing), runs
     * {@code writer} on a temporary folder beside it, marks that folder and moves it into place.
     *
     * @param protectedPaths inputs and the workspace: the target may neither be nor hold nor lie inside one
     */
    public static void write(Path target, Collection<Path> protectedPaths, Writer writer) throws IOException {
        Path abs = canonical(target);
        check(abs, protectedPaths);
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "." + abs.getFileName() + ".tmp-");
        try {
            writer.write(tmp);
            Files.writeString(tmp.resolve(MARKER), "Written by CAMBIUM. A later run with this folder as --out replaces it.\n",
                    StandardCharsets.UTF_8);
            Path old = null;
            if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
                old = parent.resolve("." + abs.getFileName() + ".old-" + System.nanoTime());
                Files.move(abs, old);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs);
            }
            if (old != null) {
                deleteTree(old);
            }
        } catch (IOException | RuntimeException e) {
            deleteTree(tmp);
            throw e;
        }
    }

    /** Throws {@link OutputRefusedException} when {@code abs} (canonical) may not be written. */
    static void check(Path abs, Collection<Path> protectedPaths) throws IOException {
        if (abs.getParent() == null) {
            throw new OutputRefusedException("--out " + abs + ": CAMBIUM does not write into the file system root");
        }
        Path cwd = canonical(Path.of(""));
        if (cwd.startsWith(abs)) {
            throw new OutputRefusedException("--out " + abs + " is the current folder or holds it; name a new folder, e.g. --out "
                    + abs.resolve("cambium-out"));
        }
        for (Path p : protectedPaths) {
            Path q = canonical(p);
            if (q.startsWith(abs) || abs.startsWith(q)) {
                throw new OutputRefusedException("--out " + abs + (q.equals(abs) ? " is " : q.startsWith(abs) ? " holds " : " lies inside ")
                        + q + ", which this command reads; name another folder");
            }
        }
        if (Files.isSymbolicLink(abs)) {
            throw new OutputRefusedException("--out " + abs + " is a symbolic link; name a folder");
        }
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new OutputRefusedException("--out " + abs + " exists and is not a folder; name a folder");
        }
        if (Files.isDirectory(abs) && !Files.isRegularFile(abs.resolve(MARKER)) && !isEmpty(abs)) {
            throw new OutputRefusedException("--out " + abs + " holds files CAMBIUM did not write (no " + MARKER
                    + " marker); nothing was changed. Name a new or empty folder");
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
    }

    /** The absolute, normalised path with every existing part's symbolic links resolved. */
    static Path canonical(Path p) throws IOException {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        Path rest = null;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            Path name = existing.getFileName();
            rest = rest == null ? name : name.resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        Path real = Files.isSymbolicLink(existing) && rest == null ? existing.getParent().toRealPath().resolve(existing.getFileName())
                : existing.toRealPath();
        return rest == null ? real : real.resolve(rest);
    }

    /** Deletes a folder and everything in it; nothing when it does not exist. */
    public static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(p, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
