package be.cambium.report.render;

import be.cambium.report.model.BarChart;
import be.cambium.report.model.Chart;
import be.cambium.report.model.LineChart;
import be.cambium.report.model.SankeyChart;
import be.cambium.report.model.ScatterChart;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.XYItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.plot.flow.FlowPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.flow.DefaultFlowDataset;
import org.jfree.data.flow.NodeKey;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws {@link Chart}s as standalone SVG with JFreeChart and JFreeSVG: the title on top, the unit
 * on the value axis and a footer with the unit and the sources, so a chart pasted into a policy
 * note keeps what a reader needs. Colours are the Okabe–Ito palette (readable for colour-blind
 * readers and in grey print).
 */
public final class SvgChartRenderer {

    /** Okabe & Ito (2008) colour-blind-safe palette. */
    public static final List<Color> PALETTE = List.of(
            new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00),
            new Color(0x56B4E9), new Color(0xCC79A7), new Color(0xF0E442), new Color(0x000000));

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Font FOOT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

    private final int width;
    private final int height;

    public SvgChartRenderer(int width, int height) {
        this.width = width;
        this.height = height;
    }

    public SvgChartRenderer() {
        this(820, 440);
    }

    /** The chart as an {@code <svg>} element whose internal ids are prefixed with the chart id (safe to inline several). */
    public String render(Chart chart) {
        JFreeChart jf = toJFreeChart(chart);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(chart.id() + "-");
        jf.draw(g2, new Rectangle(0, 0, width, height));
        return g2.getSVGElement(chart.id());
    }

    /** The JFreeChart for a chart (also used to draw PNGs). */
    public JFreeChart toJFreeChart(Chart chart) {
        JFreeChart jf;
        if (chart instanceof LineChart c) {
            jf = line(c);
        } else if (chart instanceof BarChart c) {
            jf = bar(c);
        } else if (chart instanceof ScatterChart c) {
            jf = scatter(c);
        } else if (chart instanceof SankeyChart c) {
            jf = sankey(c);
        } else {
            throw new IllegalArgumentException("unknown chart type " + chart.getClass());
        }
        jf.setBackgroundPaint(Color.WHITE);
        jf.getTitle().setFont(TITLE);
        jf.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
        String foot = "Unit: " + chart.unit() + (chart.sources().isEmpty() ? "" : ". Source: " + String.join("; ", chart.sources()));
        TextTitle footer = new TextTitle(foot, FOOT);
        footer.setPosition(RectangleEdge.BOTTOM);
        footer.setHorizontalAlignment(HorizontalAlignment.LEFT);
        footer.setPaint(new Color(0x444444));
        footer.setMaximumLinesToDisplay(3);
        jf.addSubtitle(footer);
        return jf;
    }

    private static String axisLabel(String label, String unit) {
        return unit.isEmpty() || label.contains("(" + unit + ")") ? label : label + " (" + unit + ")";
    }

    private JFreeChart line(LineChart c) {
        JFreeChart jf;
        if (c.stacked()) {
            DefaultTableXYDataset ds = new DefaultTableXYDataset();
            for (Chart.Series s : c.series()) {
                XYSeries xs = new XYSeries(s.name(), true, false);
                for (int i = 0; i < s.x().size(); i++) {
                    Double y = s.y().get(i);
                    xs.add(s.x().get(i).doubleValue(), y == null || y.isNaN() ? 0.0 : y.doubleValue());
                }
                ds.addSeries(xs);
            }
            jf = ChartFactory.createStackedXYAreaChart(c.title(), c.xLabel(), axisLabel(c.yLabel(), c.unit()), ds,
                    PlotOrientation.VERTICAL, true, false, false);
        } else {
            XYSeriesCollection ds = new XYSeriesCollection();
            for (Chart.Series s : c.series()) {
                XYSeries xs = new XYSeries(s.name(), true, false);
                for (int i = 0; i < s.x().size(); i++) {
                    Double y = s.y().get(i);
                    xs.add((Number) s.x().get(i), y == null || y.isNaN() ? null : (Number) y); // gaps stay gaps
                }
                ds.addSeries(xs);
            }
            jf = ChartFactory.createXYLineChart(c.title(), c.xLabel(), axisLabel(c.yLabel(), c.unit()), ds,
                    PlotOrientation.VERTICAL, true, false, false);
            XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) jf.getXYPlot().getRenderer();
            for (int i = 0; i < c.series().size(); i++) {
                r.setSeriesStroke(i, new BasicStroke(2.2f));
                r.setSeriesShape(i, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
                r.setSeriesShapesVisible(i, true); // isolated points between gaps stay visible
            }
        }
        XYPlot p = jf.getXYPlot();
        styleXY(p, c.series().size());
        NumberAxis x = (NumberAxis) p.getDomainAxis();
        if (c.xLabel().toLowerCase(java.util.Locale.ROOT).contains("year")) {
            x.setNumberFormatOverride(new DecimalFormat("0"));
            x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        x.setAutoRangeIncludesZero(false);
        if (c.stacked()) {
            x.setUpperMargin(0.02); // stacked areas have no margin: the last tick label would be clipped
        }
        return jf;
    }

    private JFreeChart bar(BarChart c) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (Chart.Series s : c.series()) {
            for (int i = 0; i < c.categories().size(); i++) {
                Double y = s.y().get(i);
                ds.addValue(y == null || y.isNaN() ? null : y, s.name(), c.categories().get(i));
            }
        }
        PlotOrientation o = c.horizontal() ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL;
        String y = axisLabel(c.yLabel(), c.unit());
        JFreeChart jf = c.stacked()
                ? ChartFactory.createStackedBarChart(c.title(), c.categoryLabel(), y, ds, o, c.series().size() > 1, false, false)
                : ChartFactory.createBarChart(c.title(), c.categoryLabel(), y, ds, o, c.series().size() > 1, false, false);
        CategoryPlot p = jf.getCategoryPlot();
        p.setBackgroundPaint(Color.WHITE);
        p.setRangeGridlinePaint(new Color(0xDDDDDD));
        p.setOutlineVisible(false);
        BarRenderer r = (BarRenderer) p.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        for (int i = 0; i < c.series().size(); i++) {
            r.setSeriesPaint(i, PALETTE.get(i % PALETTE.size()));
        }
        return jf;
    }

    private JFreeChart scatter(ScatterChart c) {
        Map<String, XYSeries> groups = new LinkedHashMap<>();
        Map<String, Map<Integer, String>> labels = new HashMap<>();
        for (ScatterChart.Point pt : c.points()) {
            XYSeries s = groups.computeIfAbsent(pt.group(), g -> new XYSeries(g, false, true));
            labels.computeIfAbsent(pt.group(), g -> new HashMap<>()).put(s.getItemCount(), pt.label());
            s.add(pt.x(), pt.y());
        }
        XYSeriesCollection ds = new XYSeriesCollection();
        groups.values().forEach(ds::addSeries);
        JFreeChart jf = ChartFactory.createScatterPlot(c.title(), c.xLabel(), c.yLabel(), ds,
                PlotOrientation.VERTICAL, groups.size() > 1, false, false);
        XYPlot p = jf.getXYPlot();
        styleXY(p, groups.size());
        XYItemRenderer r = p.getRenderer();
        XYItemLabelGenerator gen = (dataset, series, item) -> {
            Map<Integer, String> m = labels.get(String.valueOf(dataset.getSeriesKey(series)));
            return m == null ? "" : m.getOrDefault(item, "");
        };
        r.setDefaultItemLabelGenerator(gen);
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        for (int i = 0; i < groups.size(); i++) {
            r.setSeriesShape(i, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        }
        Paint red = new Color(0xD55E00);
        if (c.xThreshold() != null) {
            ValueMarker m = new ValueMarker(c.xThreshold(), red, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 1f, new float[] {5f, 4f}, 0f));
            m.setLabel("threshold " + c.xThreshold());
            m.setLabelFont(FOOT);
            m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
            m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
            p.addDomainMarker(m);
        }
        if (c.yThreshold() != null) {
            ValueMarker m = new ValueMarker(c.yThreshold(), red, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 1f, new float[] {5f, 4f}, 0f));
            m.setLabel("threshold " + c.yThreshold());
            m.setLabelFont(FOOT);
            m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
            m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
            p.addRangeMarker(m);
        }
        ((NumberAxis) p.getDomainAxis()).setAutoRangeIncludesZero(true);
        return jf;
    }

    private JFreeChart sankey(SankeyChart c) {
        DefaultFlowDataset<String> ds = new DefaultFlowDataset<>();
        for (SankeyChart.Flow f : c.flows()) {
            ds.setFlow(f.stage(), f.from(), f.to(), f.value());
        }
        FlowPlot p = new FlowPlot(ds);
        p.setBackgroundPaint(Color.WHITE);
        p.setOutlineVisible(false);
        p.setDefaultNodeLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        int i = 0;
        for (int stage = 0; stage <= ds.getStageCount(); stage++) {
            for (Object k : stage < ds.getStageCount() ? ds.getSources(stage) : ds.getDestinations(stage - 1)) {
                @SuppressWarnings("unchecked")
                NodeKey<String> nk = new NodeKey<>(stage, (String) k);
                p.setNodeFillColor(nk, PALETTE.get(i++ % PALETTE.size()));
            }
        }
        p.setNodeMargin(0.04);
        return new JFreeChart(c.title(), TITLE, p, false);
    }

    private static void styleXY(XYPlot p, int n) {
        p.setBackgroundPaint(Color.WHITE);
        p.setDomainGridlinePaint(new Color(0xDDDDDD));
        p.setRangeGridlinePaint(new Color(0xDDDDDD));
        p.setOutlineVisible(false);
        XYItemRenderer r = p.getRenderer();
        for (int i = 0; i < n; i++) {
            r.setSeriesPaint(i, PALETTE.get(i % PALETTE.size()));
        }
    }
}
