package be.cambium.io.eurostat;

import be.cambium.validate.Issue;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Eurostat's TSV (dissemination API {@code ?format=TSV} and the bulk download): a header whose first
 * field is the comma-joined key dimensions, a backslash and the time dimension
 * ({@code freq,material,indic_env,unit,geo\TIME_PERIOD}), then one column per period; each row has the
 * comma-joined key and one cell per period ({@code 123.4}, {@code 123.4 p}, {@code :}, {@code : c}).
 * The dataset code is the file name up to its first dot; the format carries no last-update date.
 */
public final class EurostatTsvReader implements EurostatReader {

    private final @Nullable Set<String> knownDimensions;

    /** @param knownDimensions when not null, any other key dimension is an {@code EUROSTAT_UNKNOWN_DIMENSION} error */
    public EurostatTsvReader(@Nullable Set<String> knownDimensions) {
        this.knownDimensions = knownDimensions == null ? null : Set.copyOf(knownDimensions);
    }

    public EurostatTsvReader() {
        this(null);
    }

    @Override
    public EurostatReadResult read(InputStream in, String fileName) throws IOException {
        List<Issue> issues = new ArrayList<>();
        List<String> lines;
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(EurostatReader.decompressIfGzip(in), StandardCharsets.UTF_8));
            lines = r.lines().toList();
        } catch (java.io.UncheckedIOException e) {
            issues.add(Issue.error("EUROSTAT_IO", "cannot read the file (truncated or corrupt?): " + e.getCause().getMessage(),
                    Location.file(fileName)));
            return new EurostatReadResult(null, ValidationReport.of(issues));
        }
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            issues.add(Issue.error("EUROSTAT_HEADER", "empty file: no TSV header", Location.line(fileName, 1)));
            return new EurostatReadResult(null, ValidationReport.of(issues));
        }
        String[] header = stripBom(lines.get(0)).split("\t", -1);
        String first = header[0].strip();
        int bs = first.indexOf('\\');
        if (bs < 0 || header.length < 2) {
            issues.add(Issue.error("EUROSTAT_HEADER", "not a Eurostat TSV header: expected 'dim1,dim2,...\\TIME_PERIOD' then "
                    + "one column per period, got '" + abbreviate(lines.get(0)) + "'", Location.at(fileName, 1, 1)));
            return new EurostatReadResult(null, ValidationReport.of(issues));
        }
        List<String> dims = new ArrayList<>(Arrays.stream(first.substring(0, bs).split(",", -1)).map(String::strip).toList());
        String timeName = first.substring(bs + 1).strip();
        if (!DatasetBuilder.isTimeName(timeName)) {
            issues.add(Issue.error("EUROSTAT_UNKNOWN_DIMENSION", "the column dimension must be time (TIME_PERIOD), got '"
                    + timeName + "'", Location.at(fileName, 1, 1)));
            return new EurostatReadResult(null, ValidationReport.of(issues));
        }
        int nKey = dims.size();
        dims.add(EurostatDataset.TIME);
        if (!DatasetBuilder.checkKnown(dims, knownDimensions, Location.at(fileName, 1, 1), issues)) {
            return new EurostatReadResult(null, ValidationReport.of(issues));
        }
        DatasetBuilder b = new DatasetBuilder(DatasetBuilder.codeFromFileName(fileName), fileName, dims);
        String[] periods = new String[header.length - 1];
        for (int j = 1; j < header.length; j++) {
            periods[j - 1] = header[j].strip();
            if (periods[j - 1].isEmpty()) {
                issues.add(Issue.error("EUROSTAT_HEADER", "blank period in header", Location.at(fileName, 1, j + 1)));
            } else {
                b.declareItem(nKey, periods[j - 1]);
            }
        }
        for (int li = 1; li < lines.size(); li++) {
            String line = lines.get(li);
            int lineNo = li + 1;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != header.length) {
                issues.add(Issue.error("EUROSTAT_COLUMNS", "row has " + f.length + " tab-separated fields, the header has "
                        + header.length + "; row skipped", Location.line(fileName, lineNo)));
                continue;
            }
            String[] key = f[0].strip().split(",", -1);
            if (key.length != nKey) {
                issues.add(Issue.error("EUROSTAT_KEY", "key '" + f[0].strip() + "' has " + key.length + " parts, the header names "
                        + nKey + " dimensions " + dims.subList(0, nKey) + "; row skipped", Location.at(fileName, lineNo, 1)));
                continue;
            }
            List<String> k = new ArrayList<>(Arrays.stream(key).map(String::strip).toList());
            if (k.stream().anyMatch(String::isEmpty)) {
                issues.add(Issue.error("EUROSTAT_KEY", "blank code in key '" + f[0].strip() + "'; row skipped", Location.at(fileName, lineNo, 1)));
                continue;
            }
            k.add("");
            for (int j = 1; j < f.length; j++) {
                if (periods[j - 1].isEmpty()) {
                    continue;
                }
                CellParser.At loc = new CellParser.At(fileName, lineNo, j + 1);
                CellParser.Cell c = CellParser.tsvCell(f[j], loc, issues);
                k.set(nKey, periods[j - 1]);
                b.add(k, c, loc, issues);
            }
        }
        return new EurostatReadResult(b.build(), ValidationReport.of(issues));
    }

    static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
