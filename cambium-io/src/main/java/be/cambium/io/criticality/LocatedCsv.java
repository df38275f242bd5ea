package be.cambium.io.criticality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A whole CSV file parsed with RFC 4180 rules (quoted fields may hold line breaks), each record with the
 * 1-based line it starts on, so that problems can be located even after multi-line fields.
 */
record LocatedCsv(String file, List<String> header, List<Row> rows) {

    record Row(int line, List<String> values) {
        String get(int i) {
            return i < values.size() ? values.get(i) : "";
        }
    }

    static LocatedCsv read(Path path, Charset charset) {
        try {
            String text = new String(Files.readAllBytes(path), charset);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            int[] breaks = text.chars().toArray();
            List<Integer> nl = new ArrayList<>();
            for (int i = 0; i < breaks.length; i++) {
                if (breaks[i] == '\n') {
                    nl.add(i);
                }
            }
            int[] nls = nl.stream().mapToInt(Integer::intValue).toArray();
            List<String> header = null;
            List<Row> rows = new ArrayList<>();
            try (CSVParser p = CSVParser.parse(text, CSVFormat.RFC4180)) {
                for (CSVRecord r : p) {
                    List<String> v = r.toList();
                    if (header == null) {
                        header = v;
                        continue;
                    }
                    long pos = r.getCharacterPosition();
                    int idx = Arrays.binarySearch(nls, (int) pos);
                    int line = 1 + (idx >= 0 ? idx : -idx - 1);
                    rows.add(new Row(line, v));
                }
            }
            return new LocatedCsv(path.toString(), header == null ? List.of() : header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    int column(String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).trim().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
