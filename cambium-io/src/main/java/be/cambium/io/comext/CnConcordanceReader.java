package be.cambium.io.comext;

import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Eurostat's CN8 year-to-year correspondence table in its legacy Excel layout
 * ({@code CN_concordances_1988_2025_XLS_FORMAT.xls}: one sheet, header
 * {@code Period | Origin code | Destination code}). Quirks handled: {@code Period} is a number in the
 * early rows and text later ({@code 19881989}, {@code "20242025"}); codes are unspaced early and
 * spaced later ({@code 8507 40 00}). Rows that do not parse become located errors.
 */
public final class CnConcordanceReader {

    /** Relations read and the problems found. */
    public record Result(List<CnRelation> relations, ValidationReport report) {
        public Result {
            relations = List.copyOf(relations);
        }
    }

    private CnConcordanceReader() {
    }

    public static Result read(Path xls) throws IOException {
        try (InputStream in = Files.newInputStream(xls)) {
            return read(in, xls.getFileName().toString());
        }
    }

    public static Result read(InputStream in, String fileName) throws IOException {
        List<CnRelation> out = new ArrayList<>();
        ValidationReport.Builder report = ValidationReport.builder();
        DataFormatter fmt = new DataFormatter();
        try (HSSFWorkbook wb = new HSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            boolean header = true;
            for (Row row : sheet) {
                String period = text(row.getCell(0), fmt);
                String origin = code(row.getCell(1), fmt);
                String dest = code(row.getCell(2), fmt);
                int line = row.getRowNum() + 1;
                if (header) {
                    header = false;
                    if (!period.equalsIgnoreCase("Period")) {
                        report.error("CN_CONCORDANCE_HEADER", "expected header 'Period | Origin code | Destination code', found '"
                                + period + " | " + origin + " | " + dest + "'", Location.line(fileName, line));
                        break;
                    }
                    continue;
                }
                if (period.isEmpty() && origin.isEmpty() && dest.isEmpty()) {
                    continue;
                }
                if (!period.matches("\\d{8}") || Integer.parseInt(period.substring(4)) != Integer.parseInt(period.substring(0, 4)) + 1) {
                    report.error("CN_CONCORDANCE_PERIOD", "period '" + period + "' is not two consecutive years (e.g. 20242025)",
                            Location.at(fileName, line, 1));
                    continue;
                }
                if (!origin.matches("\\d{8}") || !dest.matches("\\d{8}")) {
                    report.error("CN_CONCORDANCE_CODE", "codes must be CN8 (8 digits): '" + origin + "' -> '" + dest + "'",
                            Location.line(fileName, line));
                    continue;
                }
                out.add(new CnRelation(Integer.parseInt(period.substring(0, 4)), origin, dest));
            }
        }
        return new Result(out, report.build());
    }

    /** A code cell without spaces; numeric cells (leading zeros lost by Excel) are padded back to 8 digits. */
    private static String code(Cell c, DataFormatter fmt) {
        String s = text(c, fmt).replace(" ", "");
        if (c != null && c.getCellType() == CellType.NUMERIC && s.matches("\\d{1,7}")) {
            s = "0".repeat(8 - s.length()) + s;
        }
        return s;
    }

    private static String text(Cell c, DataFormatter fmt) {
        if (c == null) {
            return "";
        }
        if (c.getCellType() == CellType.NUMERIC) {
            double d = c.getNumericCellValue();
            if (d == Math.rint(d)) {
                return Long.toString((long) d);
            }
        }
        return fmt.formatCellValue(c).trim();
    }
}
