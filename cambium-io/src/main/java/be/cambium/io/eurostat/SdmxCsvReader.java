package be.cambium.io.eurostat;

import be.cambium.validate.Issue;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Eurostat's SDMX-CSV ({@code ?format=SDMX-CSV}): columns {@code DATAFLOW, LAST UPDATE}, one column per
 * dimension, {@code TIME_PERIOD, OBS_VALUE, OBS_FLAG} and optionally {@code CONF_STATUS}; one observation
 * per row. With {@code labels=both} headers and codes read {@code code:label}; the label is dropped.
 * The dataset code comes from {@code DATAFLOW} or, in SDMX-CSV 2.0, {@code STRUCTURE_ID} ({@code ESTAT:ENV_AC_MFA(1.0)} gives
 * {@code env_ac_mfa}),
 * the last-update date from {@code LAST UPDATE} ({@code dd/MM/yy HH:mm:ss}, the latest one wins).
 */
public final class SdmxCsvReader implements EurostatReader {

    private static final Set<String> NON_DIMENSIONS = Set.of("DATAFLOW", "LAST UPDATE", "TIME_PERIOD", "OBS_VALUE",
            "OBS_FLAG", "CONF_STATUS", "STRUCTURE", "STRUCTURE_ID", "ACTION");
    private static final DateTimeFormatter LAST_UPDATE = DateTimeFormatter.ofPattern("dd/MM/yy", Locale.ROOT);

    private final @Nullable Set<String> knownDimensions;

    public SdmxCsvReader(@Nullable Set<String> knownDimensions) {
        this.knownDimensions = knownDimensions == null ? null : Set.copyOf(knownDimensions);
    }

    public SdmxCsvReader() {
        this(null);
    }

    @Override
    public EurostatReadResult read(InputStream in, String fileName) throws IOException {
        List<Issue> issues = new ArrayList<>();
        Reader reader = new InputStreamReader(EurostatReader.decompressIfGzip(in), StandardCharsets.UTF_8);
        try (CSVParser p = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
            Iterator<CSVRecord> it = p.iterator();
            if (!it.hasNext()) {
                issues.add(Issue.error("EUROSTAT_HEADER", "empty file: no SDMX-CSV header", Location.line(fileName, 1)));
                return new EurostatReadResult(null, ValidationReport.of(issues));
            }
            CSVRecord h = it.next();
            int headerLine = (int) h.getRecordNumber();
            List<String> header = new ArrayList<>();
            for (String s : h) {
                header.add(code(EurostatTsvReader.stripBom(s)));
            }
            int iDataflow = indexOf(header, "DATAFLOW") >= 0 ? indexOf(header, "DATAFLOW") : indexOf(header, "STRUCTURE_ID");
            int iUpdate = indexOf(header, "LAST UPDATE");
            int iTime = indexOf(header, "TIME_PERIOD");
            int iValue = indexOf(header, "OBS_VALUE");
            int iFlag = indexOf(header, "OBS_FLAG");
            int iConf = indexOf(header, "CONF_STATUS");
            if (iTime < 0 || iValue < 0) {
                issues.add(Issue.error("EUROSTAT_HEADER", "not an SDMX-CSV header: TIME_PERIOD and OBS_VALUE columns are required, got "
                        + header, Location.line(fileName, headerLine)));
                return new EurostatReadResult(null, ValidationReport.of(issues));
            }
            List<Integer> dimCols = new ArrayList<>();
            List<String> dims = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                if (!NON_DIMENSIONS.contains(header.get(c).toUpperCase(Locale.ROOT))) {
                    dimCols.add(c);
                    dims.add(header.get(c));
                }
            }
            dims.add(EurostatDataset.TIME);
            if (!DatasetBuilder.checkKnown(dims, knownDimensions, Location.line(fileName, headerLine), issues)) {
                return new EurostatReadResult(null, ValidationReport.of(issues));
            }
            String code = null;
            DatasetBuilder b = null;
            while (it.hasNext()) {
                CSVRecord r = it.next();
                int line = (int) r.getRecordNumber();
                if (r.size() != header.size()) {
                    issues.add(Issue.error("EUROSTAT_COLUMNS", "row has " + r.size() + " fields, the header has " + header.size()
                            + "; row skipped", Location.line(fileName, line)));
                    continue;
                }
                if (b == null) {
                    code = iDataflow >= 0 ? dataflowCode(r.get(iDataflow)) : DatasetBuilder.codeFromFileName(fileName);
                    b = new DatasetBuilder(code, fileName, dims);
                } else if (iDataflow >= 0 && !dataflowCode(r.get(iDataflow)).equals(code)) {
                    issues.add(Issue.error("EUROSTAT_DATAFLOW", "a second dataflow '" + r.get(iDataflow) + "' in a file of "
                            + code + "; row skipped", Location.at(fileName, line, iDataflow + 1)));
                    continue;
                }
                if (iUpdate >= 0 && !r.get(iUpdate).isBlank()) {
                    b.lastUpdate(lastUpdate(r.get(iUpdate), Location.at(fileName, line, iUpdate + 1), issues));
                }
                List<String> key = new ArrayList<>();
                boolean blank = false;
                for (int c : dimCols) {
                    String v = code(r.get(c));
                    blank |= v.isEmpty();
                    key.add(v);
                }
                String period = r.get(iTime).strip();
                if (blank || period.isEmpty()) {
                    issues.add(Issue.error("EUROSTAT_KEY", "blank dimension code or TIME_PERIOD; row skipped", Location.line(fileName, line)));
                    continue;
                }
                key.add(period);
                CellParser.At loc = new CellParser.At(fileName, line, iValue + 1);
                String flags = "";
                if (iFlag >= 0) {
                    flags = CellParser.flags(r.get(iFlag), new CellParser.At(fileName, line, iFlag + 1), issues);
                }
                if (iConf >= 0) {
                    flags = confidentiality(r.get(iConf), flags, new CellParser.At(fileName, line, iConf + 1), issues);
                }
                String v = r.get(iValue).strip();
                CellParser.Cell cell;
                if (v.isEmpty() || v.equals(":") || v.equalsIgnoreCase("NaN")) {
                    cell = new CellParser.Cell(Double.NaN, flags, -1);
                } else {
                    CellParser.Cell c = CellParser.number(v, flags, loc, issues);
                    cell = c == null ? new CellParser.Cell(Double.NaN, flags, -1) : c;
                }
                b.add(key, cell, loc, issues);
            }
            if (b == null) {
                b = new DatasetBuilder(DatasetBuilder.codeFromFileName(fileName), fileName, dims);
            }
            return new EurostatReadResult(b.build(), ValidationReport.of(issues));
        } catch (UncheckedIOException | IllegalStateException e) {
            String msg = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            issues.add(Issue.error("EUROSTAT_IO", "cannot parse the CSV (truncated or malformed?): " + msg, Location.file(fileName)));
            return new EurostatReadResult(null, ValidationReport.of(issues));
        } catch (java.io.EOFException | java.util.zip.ZipException e) {
            issues.add(Issue.error("EUROSTAT_IO", "truncated or corrupt gzip: " + e.getMessage(), Location.file(fileName)));
            return new EurostatReadResult(null, ValidationReport.of(issues));
        }
    }

    private static int indexOf(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code code:label} gives {@code code}; a plain code is returned stripped. */
    private static String code(String s) {
        String t = s.strip();
        int colon = t.indexOf(':');
        return colon > 0 ? t.substring(0, colon).strip() : t;
    }

    static String dataflowCode(String dataflow) {
        String d = dataflow.strip();
        int colon = d.indexOf(':');
        if (colon >= 0) {
            d = d.substring(colon + 1);
        }
        int paren = d.indexOf('(');
        if (paren >= 0) {
            d = d.substring(0, paren);
        }
        return d.strip().toLowerCase(Locale.ROOT);
    }

    private static @Nullable LocalDate lastUpdate(String s, Location loc, List<Issue> issues) {
        String t = s.strip();
        int sp = t.indexOf(' ');
        String day = sp < 0 ? t : t.substring(0, sp);
        try {
            return LocalDate.parse(day, LAST_UPDATE);
        } catch (DateTimeParseException e) {
            issues.add(Issue.warning("EUROSTAT_LAST_UPDATE", "LAST UPDATE '" + t + "' is not dd/MM/yy HH:mm:ss", loc));
            return null;
        }
    }

    /** SDMX confidentiality status: F/A free, C/D/N confidential or not for publication (flag {@code c}). */
    private static String confidentiality(String s, String flags, CellParser.At loc, List<Issue> issues) {
        String t = s.strip().toUpperCase(Locale.ROOT);
        switch (t) {
            case "", "F", "A", "FREE" -> {
                return flags;
            }
            case "C", "D", "N" -> {
                return flags.contains("c") ? flags : CellParser.flags(flags + "c", loc, issues);
            }
            default -> {
                issues.add(Issue.error("EUROSTAT_FLAG", "unknown CONF_STATUS '" + s.strip() + "' (expected F, A, C, D or N)", loc.location()));
                return flags;
            }
        }
    }
}
