package be.cambium.report.render;

import be.cambium.report.model.Block;
import be.cambium.report.model.Chart;
import be.cambium.report.model.Report;
import be.cambium.report.model.ReportTable;
import be.cambium.report.model.Section;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a report as one self-contained HTML file: styles inline, charts as inline SVG, no
 * script and no network access, so it opens offline and prints cleanly. Long tables show their
 * first rows with a pointer to the full CSV and the workbook.
 */
public final class HtmlReportWriter {

    private final SvgChartRenderer charts;
    private final int maxRows;
    private final String workbookName;

    public HtmlReportWriter(SvgChartRenderer charts, int maxRows, String workbookName) {
        this.charts = charts;
        this.maxRows = maxRows;
        this.workbookName = workbookName;
    }

    public HtmlReportWriter() {
        this(new SvgChartRenderer(), 40, "cambium-belgium.xlsx");
    }

    public void write(Report report, Path file) throws IOException {
        Files.writeString(file, render(report), StandardCharsets.UTF_8);
    }

    public String render(Report report) {
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(report.title())).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<header><h1>").append(esc(report.title())).append("</h1>\n<p class=\"sub\">").append(esc(report.subtitle()))
                .append("</p>\n<p class=\"meta\">Generated ").append(esc(report.generated()))
                .append(". Every table is also in <code>tables/</code> as CSV and in <code>").append(esc(workbookName))
                .append("</code>.</p>\n<nav><ol>\n");
        for (Section s : report.sections()) {
            h.append("<li><a href=\"#").append(esc(s.id())).append("\">").append(esc(s.title())).append("</a></li>\n");
        }
        h.append("<li><a href=\"#sources\">Sources</a></li>\n</ol></nav></header>\n<main>\n");
        for (Section s : report.sections()) {
            h.append("<section id=\"").append(esc(s.id())).append("\">\n<h2>").append(esc(s.title())).append("</h2>\n");
            for (Block b : s.blocks()) {
                if (b instanceof Block.Paragraph p) {
                    h.append("<p>").append(esc(p.text())).append("</p>\n");
                } else if (b instanceof Block.Notice n) {
                    h.append("<div class=\"notice\" role=\"note\">").append(esc(n.text())).append("</div>\n");
                } else if (b instanceof Block.TableBlock t) {
                    table(h, t.table());
                } else if (b instanceof Block.ChartBlock c) {
                    chart(h, c.chart());
                }
            }
            h.append("</section>\n");
        }
        h.append("<section id=\"sources\">\n<h2>Sources</h2>\n<ol class=\"sources\">\n");
        for (String src : report.allSources()) {
            h.append("<li>").append(linkify(src)).append("</li>\n");
        }
        h.append("</ol>\n</section>\n</main>\n<footer>CAMBIUM: CirculAr Material flows in BelgIUM. Open-source; every figure with its source.</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private void chart(StringBuilder h, Chart c) {
        h.append("<figure class=\"chart\" id=\"chart-").append(esc(c.id())).append("\">\n");
        h.append(charts.render(c)).append('\n');
        h.append("<figcaption>").append(esc(c.title())).append(". Unit: ").append(esc(c.unit()));
        if (!c.sources().isEmpty()) {
            h.append(". Source: ").append(esc(String.join("; ", c.sources())));
        }
        h.append("</figcaption>\n</figure>\n");
    }

    private void table(StringBuilder h, ReportTable t) {
        h.append("<figure class=\"table\" id=\"table-").append(esc(t.id())).append("\">\n<figcaption>").append(esc(t.title()))
                .append("</figcaption>\n<div class=\"scroll\"><table>\n<thead><tr>");
        for (String c : t.columns()) {
            h.append("<th>").append(esc(c)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        int n = Math.min(maxRows, t.rows().size());
        int[] decimals = Numbers.columnDecimals(t.rows(), t.columns().size());
        for (int i = 0; i < n; i++) {
            h.append("<tr>");
            List<Object> row = t.rows().get(i);
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v instanceof Number num) {
                    h.append("<td class=\"num\">").append(esc(Numbers.inColumn(num, decimals[c]))).append("</td>");
                } else if (v == null) {
                    h.append("<td class=\"missing\" title=\"missing\">:</td>");
                } else {
                    h.append("<td>").append(esc(v.toString())).append("</td>");
                }
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table></div>\n");
        if (t.rows().isEmpty()) {
            h.append("<p class=\"src\">No rows.</p>\n");
        } else if (n < t.rows().size()) {
            h.append("<p class=\"src\">First ").append(n).append(" of ").append(t.rows().size())
                    .append(" rows; the full table is <code>tables/").append(esc(t.id())).append(".csv</code> and the sheet <code>")
                    .append(esc(t.id().length() > 31 ? t.id().substring(0, 31) : t.id())).append("</code> of the workbook.</p>\n");
        }
        if (!t.note().isEmpty()) {
            h.append("<p class=\"note\">").append(esc(t.note())).append("</p>\n");
        }
        if (!t.sources().isEmpty()) {
            h.append("<p class=\"src\">Source: ").append(esc(String.join("; ", t.sources()))).append("</p>\n");
        }
        h.append("</figure>\n");
    }

    private static String linkify(String citation) {
        String e = esc(citation);
        return e.replaceAll("(https?://[^\\s<]+)", "<a href=\"$1\">$1</a>");
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static final String CSS = String.join("\n", List.of(
            "body{font-family:'DejaVu Sans',Helvetica,Arial,sans-serif;color:#1a1a1a;margin:0;line-height:1.45;background:#fff}",
            "header,main,footer{max-width:1000px;margin:0 auto;padding:0 24px}",
            "header{border-bottom:3px solid #0072B2;padding-bottom:12px}",
            "h1{font-size:1.8em;margin:24px 0 4px}h2{font-size:1.35em;border-bottom:1px solid #ccc;padding-bottom:4px;margin-top:40px}",
            ".sub{font-size:1.1em;color:#333;margin:0}.meta{color:#555;font-size:.9em}",
            "nav ol{columns:2;font-size:.95em}a{color:#0061a0}",
            ".notice{background:#fff4e0;border-left:4px solid #E69F00;padding:10px 14px;margin:14px 0}",
            "figure{margin:20px 0}figure.chart svg{max-width:100%;height:auto;display:block}",
            "figcaption{font-weight:bold;margin-bottom:6px}",
            "figure.chart figcaption{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}",
            ".scroll{overflow-x:auto}table{border-collapse:collapse;font-size:.85em}",
            "th{background:#eef3f8;text-align:left;padding:4px 8px;border-bottom:2px solid #999}",
            "td{padding:3px 8px;border-bottom:1px solid #e3e3e3}td.num{text-align:right;font-variant-numeric:tabular-nums}",
            "td.missing{color:#999;text-align:center}.src,.note{font-size:.82em;color:#555;margin:4px 0}",
            "ol.sources{font-size:.85em}footer{color:#666;font-size:.8em;border-top:1px solid #ccc;margin-top:40px;padding:12px 24px}",
            "@media print{nav{display:none}section{break-inside:auto}figure{break-inside:avoid}a{color:#000}}",
            ""));
}
