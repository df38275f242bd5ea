package be.cambium.io.mrio;

import be.cambium.footprint.MaterialBridge;
import be.cambium.validate.Issue;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a stressor-to-material concordance CSV with the header {@code stressor,material,unit} and the
 * optional columns {@code extension} (default {@code *}: any extension) and {@code factor} (default 1),
 * e.g. {@code Domestic Extraction Used - Metal Ores - Copper ores,MF2,t,1000} to turn EXIOBASE's kt
 * into EW-MFA MF2 tonnes.
 */
public final class MaterialBridgeReader {

    private MaterialBridgeReader() {
    }

    public static MaterialBridge read(Path file) throws MrioReadException {
        String name = file.toString();
        ValidationReport.Builder rb = ValidationReport.builder();
        List<MaterialBridge.Entry> entries = new ArrayList<>();
        CSVFormat fmt = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser p = CSVParser.parse(r, fmt)) {
            List<String> header = p.getHeaderNames();
            for (String need : List.of("stressor", "material", "unit")) {
                if (!header.contains(need)) {
                    throw new MrioReadException(Issue.error("BRIDGE_FORMAT", "missing column '" + need + "'; the header is " + header,
                            Location.line(name, 1)));
                }
            }
            for (CSVRecord rec : p) {
                int line = (int) rec.getRecordNumber() + 1;
                if (!rec.isConsistent()) {
                    rb.error("BRIDGE_FORMAT", "row has " + rec.size() + " fields, the header " + header.size(), Location.line(name, line));
                    continue;
                }
                String ext = header.contains("extension") && !rec.get("extension").isEmpty() ? rec.get("extension") : "*";
                double factor = 1.0;
                if (header.contains("factor") && !rec.get("factor").isEmpty()) {
                    try {
                        factor = Double.parseDouble(rec.get("factor"));
                    } catch (NumberFormatException e) {
                        rb.error("BRIDGE_FORMAT", "factor '" + rec.get("factor") + "' is not a number",
                                Location.at(name, line, header.indexOf("factor") + 1));
                        continue;
                    }
                }
                if (rec.get("stressor").isEmpty() || rec.get("material").isEmpty() || rec.get("unit").isEmpty()) {
                    rb.error("BRIDGE_FORMAT", "stressor, material and unit must not be empty", Location.line(name, line));
                    continue;
                }
                entries.add(new MaterialBridge.Entry(ext, rec.get("stressor"), rec.get("material"), factor, rec.get("unit")));
            }
        } catch (NoSuchFileException e) {
            throw new MrioReadException(Issue.error("BRIDGE_MISSING_FILE", "file not found", Location.file(name)));
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new MrioReadException(Issue.error("BRIDGE_FORMAT", "cannot parse: " + e.getMessage(), Location.file(name)));
        }
        ValidationReport rep = rb.build();
        if (rep.hasErrors()) {
            throw new MrioReadException(rep);
        }
        if (entries.isEmpty()) {
            throw new MrioReadException(Issue.error("BRIDGE_FORMAT", "no rows", Location.file(name)));
        }
        return new MaterialBridge(entries);
    }
}
