package be.cambium.report.render;

import be.cambium.report.model.Report;
import be.cambium.report.model.ReportTable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a report's tables as one XLSX workbook: a {@code Contents} sheet (each table's sheet,
 * title, sources and note), one sheet per table (header row frozen, autofilter on, numbers stored
 * as numbers, missing values as empty cells) and a {@code Sources} sheet.
 */
public final class XlsxReportWriter {

    public void write(Report report, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(report.title(), report.generated(), report.tables(), report.allSources(), out);
        }
    }

    public void write(String title, String generated, List<ReportTable> tables, List<String> sources, OutputStream out)
            throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(500);
        try {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            CellStyle titleStyle = wb.createCellStyle();
            titleStyle.setFont(big);

            Sheet contents = wb.createSheet("Contents");
            int r = 0;
            text(contents.createRow(r++), 0, title).setCellStyle(titleStyle);
            text(contents.createRow(r++), 0, "Generated " + generated + ". Each table is on its own sheet; sources are on the Sources sheet.");
            r++;
            Row h = contents.createRow(r++);
            String[] cols = {"sheet", "title", "rows", "sources", "note"};
            for (int i = 0; i < cols.length; i++) {
                text(h, i, cols[i]).setCellStyle(header);
            }
            Set<String> used = new HashSet<>(Set.of("contents", "sources"));
            for (ReportTable t : tables) {
                String name = sheetName(t.id(), used);
                Row row = contents.createRow(r++);
                text(row, 0, name);
                text(row, 1, t.title());
                row.createCell(2).setCellValue(t.rows().size());
                text(row, 3, String.join("; ", t.sources()));
                text(row, 4, t.note());
                writeTable(wb.createSheet(name), t, header);
            }
            contents.setColumnWidth(0, 28 * 256);
            contents.setColumnWidth(1, 60 * 256);
            contents.setColumnWidth(3, 80 * 256);

            Sheet src = wb.createSheet("Sources");
            Row sh = src.createRow(0);
            text(sh, 0, "source").setCellStyle(header);
            int i = 1;
            for (String s : sources) {
                text(src.createRow(i++), 0, s);
            }
            src.setColumnWidth(0, 140 * 256);
            wb.write(out);
        } finally {
            wb.close();
        }
    }

    private static void writeTable(Sheet sheet, ReportTable t, CellStyle header) {
        Row h = sheet.createRow(0);
        for (int c = 0; c < t.columns().size(); c++) {
            text(h, c, t.columns().get(c)).setCellStyle(header);
        }
        int r = 1;
        for (List<Object> row : t.rows()) {
            Row x = sheet.createRow(r++);
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v instanceof Number n) {
                    double d = n.doubleValue();
                    if (!Double.isNaN(d) && !Double.isInfinite(d)) {
                        x.createCell(c).setCellValue(d);
                    }
                } else if (v != null) {
                    text(x, c, v.toString());
                }
            }
        }
        sheet.createFreezePane(0, 1);
        if (r > 1) {
            sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, t.columns().size() - 1));
        }
        if (sheet instanceof SXSSFSheet s) {
            for (int c = 0; c < t.columns().size(); c++) {
                s.setColumnWidth(c, Math.min(60, Math.max(10, t.columns().get(c).length() + 4)) * 256);
            }
        }
    }

    private static Cell text(Row row, int col, String s) {
        Cell c = row.createCell(col);
        c.setCellValue(s.length() > 32_000 ? s.substring(0, 32_000) : s);
        return c;
    }

    /** Excel sheet names: at most 31 characters, none of []:*?/\, unique ignoring case. */
    static String sheetName(String id, Set<String> used) {
        String base = id.replaceAll("[\\[\\]:*?/\\\\]", "_");
        if (base.length() > 31) {
            base = base.substring(0, 31);
        }
        String name = base;
        int n = 2;
        while (!used.add(name.toLowerCase(java.util.Locale.ROOT))) {
            String suffix = "_" + n++;
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }
}
