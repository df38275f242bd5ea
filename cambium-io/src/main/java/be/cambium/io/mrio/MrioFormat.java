package be.cambium.io.mrio;

import be.cambium.validate.Issue;
import be.cambium.validate.Location;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The input layouts {@link MrioReader} reads; {@link #AUTO} detects them from the path and its content. */
public enum MrioFormat {
    /** Detect: a folder with {@code Z.csv} is {@link #LONG}; a {@code .csv} file is {@link #ICIO}; else pymrio/EXIOBASE. */
    AUTO,
    /** pymrio's saved folder, EXIOBASE 3 folder or zip (v3.8 {@code satellite/} and v3.9+ layouts), pymrio's raw test MRIO. */
    PYMRIO,
    /** One OECD ICIO wide CSV ({@code AUS_D01T02} labels, final demand by country and category, TLS/VA/OUT rows). */
    ICIO,
    /** The generic long CSV folder ({@code Z.csv}, {@code Y.csv}, one CSV per extension). */
    LONG;

    public static MrioFormat parse(String s) {
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "auto" -> AUTO;
            case "pymrio", "exiobase" -> PYMRIO;
            case "icio", "oecd" -> ICIO;
            case "long" -> LONG;
            default -> throw new IllegalArgumentException("format must be auto, pymrio, exiobase, icio or long, not '" + s + "'");
        };
    }

    static MrioFormat detect(Path p) throws MrioReadException {
        if (!Files.exists(p)) {
            throw new MrioReadException(Issue.error("MRIO_MISSING_FILE", "no such file or folder", Location.file(p.toString())));
        }
        if (Files.isDirectory(p)) {
            return Files.isRegularFile(p.resolve("Z.csv")) ? LONG : PYMRIO;
        }
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".zip")) {
            return PYMRIO;
        }
        if (Files.isRegularFile(p)) {
            try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                String first = in.readLine();
                if (first != null && first.toLowerCase(Locale.ROOT).startsWith("region_from")) {
                    throw new MrioReadException(Issue.error("MRIO_FORMAT", "a long CSV is read from its folder (Z.csv, Y.csv, "
                            + "extension CSVs): pass the folder", Location.line(p.toString(), 1)));
                }
            } catch (IOException e) {
                throw new MrioReadException(Issue.error("MRIO_IO", "cannot read: " + e.getMessage(), Location.file(p.toString())));
            }
            if (name.endsWith(".csv")) {
                return ICIO;
            }
        }
        throw new MrioReadException(Issue.error("MRIO_FORMAT", "cannot tell the MRIO format of this path (a pymrio/EXIOBASE "
                + "folder or zip, an OECD ICIO .csv, or a long-CSV folder with Z.csv); give --format", Location.file(p.toString())));
    }
}
