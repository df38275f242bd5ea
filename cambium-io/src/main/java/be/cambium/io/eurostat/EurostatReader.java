package be.cambium.io.eurostat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads one Eurostat dataset file. Implementations never throw on bad data: problems come back as
 * issues located by {@code file:line:column}, where the column is the 1-based field (TSV, CSV) or the
 * character column (JSON). Gzip input is recognised by its magic bytes, whatever the file name.
 */
public sealed interface EurostatReader permits EurostatTsvReader, SdmxCsvReader, JsonStatReader {

    /**
     * Reads a dataset.
     *
     * @param in       the bytes, plain or gzip; not closed
     * @param fileName the name used in issue locations and, for TSV, to derive the dataset code
     * @throws IOException only when the stream itself cannot be read (a truncated gzip member is an issue)
     */
    EurostatReadResult read(InputStream in, String fileName) throws IOException;

    default EurostatReadResult read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** The reader for a file, chosen by its extension ({@code .tsv}, {@code .csv}, {@code .json}, each optionally {@code .gz}). */
    static EurostatReader forFile(Path file, @Nullable Set<String> knownDimensions) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        if (n.endsWith(".tsv")) {
            return new EurostatTsvReader(knownDimensions);
        }
        if (n.endsWith(".csv")) {
            return new SdmxCsvReader(knownDimensions);
        }
        if (n.endsWith(".json")) {
            return new JsonStatReader(knownDimensions);
        }
        throw new IllegalArgumentException("cannot tell the Eurostat format of " + file
                + " from its name: expected .tsv, .csv (SDMX-CSV) or .json (JSON-stat), optionally .gz");
    }

    /** Reads a file with the reader its extension selects. */
    static EurostatReadResult readFile(Path file, @Nullable Set<String> knownDimensions) throws IOException {
        return forFile(file, knownDimensions).read(file);
    }

    /** Wraps the stream in a gzip decoder when it starts with the gzip magic bytes. */
    static InputStream decompressIfGzip(InputStream in) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in);
        b.mark(2);
        int b1 = b.read();
        int b2 = b.read();
        b.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            return new GZIPInputStream(b);
        }
        return b;
    }
}
