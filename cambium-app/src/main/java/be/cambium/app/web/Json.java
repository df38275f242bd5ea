package be.cambium.app.web;

import be.cambium.report.model.BarChart;
import be.cambium.report.model.Block;
import be.cambium.report.model.Chart;
import be.cambium.report.model.LineChart;
import be.cambium.report.model.Report;
import be.cambium.report.model.ReportTable;
import be.cambium.report.model.SankeyChart;
import be.cambium.report.model.ScatterChart;
import be.cambium.report.model.Section;
import be.cambium.validate.Issue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Report records as JSON-ready maps for the dashboard's API (the core types carry no JSON annotations). */
final class Json {
    private Json() {
    }

    static Map<String, Object> report(Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", r.title());
        m.put("subtitle", r.subtitle());
        m.put("generated", r.generated());
        List<Map<String, Object>> s = new ArrayList<>();
        for (Section sec : r.sections()) {
            s.add(Map.of("id", sec.id(), "title", sec.title(), "href", "/page/" + sec.id(), "api", "/api/sections/" + sec.id()));
        }
        m.put("sections", s);
        m.put("sources", r.allSources());
        return m;
    }

    static Map<String, Object> section(Section s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("title", s.title());
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (Block b : s.blocks()) {
            if (b instanceof Block.Paragraph p) {
                blocks.add(Map.of("type", "paragraph", "text", p.text()));
            } else if (b instanceof Block.Notice n) {
                blocks.add(Map.of("type", "notice", "text", n.text()));
            } else if (b instanceof Block.TableBlock t) {
                blocks.add(table(t.table()));
            } else if (b instanceof Block.ChartBlock c) {
                blocks.add(chart(c.chart()));
            }
        }
        m.put("blocks", blocks);
        return m;
    }

    static Map<String, Object> table(ReportTable t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "table");
        m.put("id", t.id());
        m.put("title", t.title());
        m.put("columns", t.columns());
        m.put("rows", t.rows());
        m.put("sources", t.sources());
        m.put("note", t.note());
        m.put("csv", "/api/tables/" + t.id() + ".csv");
        m.put("xlsx", "/api/tables/" + t.id() + ".xlsx");
        return m;
    }

    static Map<String, Object> chart(Chart c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "chart");
        m.put("id", c.id());
        m.put("title", c.title());
        m.put("unit", c.unit());
        m.put("sources", c.sources());
        if (c instanceof LineChart l) {
            m.put("kind", l.stacked() ? "area" : "line");
            m.put("xLabel", l.xLabel());
            m.put("yLabel", l.yLabel());
            m.put("series", series(l.series()));
        } else if (c instanceof BarChart b) {
            m.put("kind", "bar");
            m.put("xLabel", b.categoryLabel());
            m.put("yLabel", b.yLabel());
            m.put("categories", b.categories());
            m.put("stacked", b.stacked());
            m.put("horizontal", b.horizontal());
            m.put("series", series(b.series()));
        } else if (c instanceof ScatterChart sc) {
            m.put("kind", "scatter");
            m.put("xLabel", sc.xLabel());
            m.put("yLabel", sc.yLabel());
            List<Map<String, Object>> pts = new ArrayList<>();
            for (ScatterChart.Point p : sc.points()) {
                pts.add(Map.of("label", p.label(), "group", p.group(), "x", p.x(), "y", p.y()));
            }
            m.put("points", pts);
            if (sc.xThreshold() != null) {
                m.put("xThreshold", sc.xThreshold());
            }
            if (sc.yThreshold() != null) {
                m.put("yThreshold", sc.yThreshold());
            }
        } else if (c instanceof SankeyChart sk) {
            m.put("kind", "sankey");
            List<Map<String, Object>> flows = new ArrayList<>();
            for (SankeyChart.Flow f : sk.flows()) {
                flows.add(Map.of("stage", f.stage(), "from", f.from(), "to", f.to(), "value", f.value()));
            }
            m.put("flows", flows);
        }
        return m;
    }

    private static List<Map<String, Object>> series(List<Chart.Series> series) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Chart.Series s : series) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            m.put("x", s.x());
            List<Object> y = new ArrayList<>();
            for (Double d : s.y()) {
                y.add(d == null || d.isNaN() ? null : d); // JSON has no NaN: missing is null
            }
            m.put("y", y);
            out.add(m);
        }
        return out;
    }

    static Map<String, Object> issue(Issue i) {
        return Map.of("severity", i.severity().name().toLowerCase(java.util.Locale.ROOT), "code", i.code(),
                "message", i.message(), "location", i.location().toString());
    }
}
