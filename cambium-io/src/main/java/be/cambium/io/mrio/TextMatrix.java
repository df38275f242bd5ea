package be.cambium.io.mrio;

import be.cambium.linalg.DenseMatrix;
import be.cambium.validate.Issue;
import be.cambium.validate.Location;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A labelled matrix read from a pandas-style tab-separated text file: {@code headerRows} rows of column
 * labels, then data rows starting with {@code indexCols} label cells. One index column may hold a unit
 * ({@code unitCol}), which is kept apart from the row key. An "index names" line right after the header
 * (label cells filled, every value cell empty, as pandas writes for a MultiIndex) is skipped.
 *
 * <p>Lines are parsed one at a time straight into a double array; no matrix of strings is built.
 */
record TextMatrix(String file, List<List<String>> rowKeys, List<List<String>> colKeys, List<String> rowUnits,
        DenseMatrix values) {

    static TextMatrix read(Path path, int headerRows, int indexCols, int unitCol, int expectedRows) throws MrioReadException {
        String name = path.toString();
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            List<String[]> headers = new ArrayList<>();
            int lineNo = 0;
            for (int h = 0; h < headerRows; h++) {
                String line = in.readLine();
                lineNo++;
                if (line == null) {
                    throw new MrioReadException(Issue.error("MRIO_TRUNCATED", "file ends inside its " + headerRows
                            + " header rows", Location.line(name, lineNo)));
                }
                headers.add(split(line));
            }
            int ncols = headers.get(0).length - indexCols;
            if (ncols <= 0) {
                throw new MrioReadException(Issue.error("MRIO_FORMAT", "header has no value columns after " + indexCols
                        + " label columns", Location.line(name, 1)));
            }
            List<List<String>> colKeys = new ArrayList<>(ncols);
            for (int c = 0; c < ncols; c++) {
                List<String> key = new ArrayList<>(headerRows);
                for (int h = 0; h < headerRows; h++) {
                    String[] hr = headers.get(h);
                    if (hr.length != indexCols + ncols) {
                        throw new MrioReadException(Issue.error("MRIO_FIELD_COUNT", "header row has " + hr.length
                                + " fields, the first has " + (indexCols + ncols), Location.line(name, h + 1)));
                    }
                    key.add(hr[indexCols + c].trim());
                }
                colKeys.add(List.copyOf(key));
            }
            List<List<String>> rowKeys = new ArrayList<>();
            List<String> units = new ArrayList<>();
            boolean square = expectedRows > 0;
            double[] colMajor = square ? new double[Math.multiplyExact(expectedRows, ncols)] : null;
            List<double[]> rows = square ? null : new ArrayList<>();
            String line;
            boolean first = true;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = split(line);
                if (first) {
                    first = false;
                    if (isIndexNameLine(f, indexCols)) {
                        continue;
                    }
                }
                if (f.length != indexCols + ncols) {
                    throw new MrioReadException(Issue.error(f.length < indexCols + ncols ? "MRIO_TRUNCATED" : "MRIO_FIELD_COUNT",
                            "row has " + f.length + " fields, expected " + (indexCols + ncols) + " (" + indexCols
                                    + " labels + " + ncols + " values)", Location.line(name, lineNo)));
                }
                int r = rowKeys.size();
                if (square && r >= expectedRows) {
                    throw new MrioReadException(Issue.error("MRIO_FIELD_COUNT", "more than the " + expectedRows
                            + " expected rows", Location.line(name, lineNo)));
                }
                List<String> key = new ArrayList<>(indexCols);
                for (int c = 0; c < indexCols; c++) {
                    if (c == unitCol) {
                        units.add(f[c].trim());
                    } else {
                        key.add(f[c].trim());
                    }
                }
                rowKeys.add(List.copyOf(key));
                double[] row = square ? null : new double[ncols];
                for (int c = 0; c < ncols; c++) {
                    double v = parse(f[indexCols + c], name, lineNo, indexCols + c + 1);
                    if (square) {
                        colMajor[r + c * expectedRows] = v;
                    } else {
                        row[c] = v;
                    }
                }
                if (!square) {
                    rows.add(row);
                }
            }
            int nrows = rowKeys.size();
            if (square && nrows != expectedRows) {
                throw new MrioReadException(Issue.error("MRIO_TRUNCATED", "file ends after " + nrows + " of "
                        + expectedRows + " data rows", Location.line(name, lineNo)));
            }
            if (nrows == 0) {
                throw new MrioReadException(Issue.error("MRIO_TRUNCATED", "no data rows", Location.file(name)));
            }
            DenseMatrix m;
            if (square) {
                m = DenseMatrix.wrap(nrows, ncols, colMajor);
            } else {
                double[] d = new double[nrows * ncols];
                for (int r = 0; r < nrows; r++) {
                    double[] row = rows.get(r);
                    for (int c = 0; c < ncols; c++) {
                        d[r + c * nrows] = row[c];
                    }
                }
                m = DenseMatrix.wrap(nrows, ncols, d);
            }
            return new TextMatrix(name, List.copyOf(rowKeys), List.copyOf(colKeys), List.copyOf(units), m);
        } catch (NoSuchFileException e) {
            throw new MrioReadException(Issue.error("MRIO_MISSING_FILE", "file not found", Location.file(name)));
        } catch (IOException e) {
            throw new MrioReadException(Issue.error("MRIO_IO", "cannot read: " + e.getMessage(), Location.file(name)));
        }
    }

    private static boolean isIndexNameLine(String[] f, int indexCols) {
        if (f.length <= indexCols || f[0].isBlank()) {
            return false;
        }
        for (int c = indexCols; c < f.length; c++) {
            if (!f[c].isBlank()) {
                return false;
            }
        }
        return true;
    }

    static double parse(String s, String file, int line, int col) throws MrioReadException {
        String t = s.trim();
        if (t.isEmpty()) {
            throw new MrioReadException(Issue.error("MRIO_EMPTY_CELL", "empty value (missing is not zero)", Location.at(file, line, col)));
        }
        try {
            double v = Double.parseDouble(t);
            if (Double.isNaN(v)) {
                throw new MrioReadException(Issue.error("MRIO_EMPTY_CELL", "value is NaN (missing is not zero)", Location.at(file, line, col)));
            }
            return v;
        } catch (NumberFormatException e) {
            throw new MrioReadException(Issue.error("MRIO_NOT_A_NUMBER", "'" + abbreviate(t) + "' is not a number",
                    Location.at(file, line, col)));
        }
    }

    private static String abbreviate(String t) {
        return t.length() > 40 ? t.substring(0, 40) + "..." : t;
    }

    /** Splits on tabs, keeping empty fields (also trailing ones). */
    static String[] split(String line) {
        int count = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\t') {
                count++;
            }
        }
        String[] out = new String[count];
        int start = 0;
        int k = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\t') {
                out[k++] = line.substring(start, i);
                start = i + 1;
            }
        }
        out[k] = line.substring(start);
        return out;
    }

    /** Row keys as (first, second) labels; a key with one part gets {@code itemIfSingle}. */
    static List<String> joined(List<List<String>> keys) {
        List<String> out = new ArrayList<>(keys.size());
        for (List<String> k : keys) {
            out.add(String.join("/", k));
        }
        return out;
    }

    @Override
    public String toString() {
        return "TextMatrix[" + file + ", " + values.rows() + " x " + values.cols() + "]";
    }

    static String describe(List<String> key) {
        return Arrays.toString(key.toArray());
    }
}
