package be.cambium.io.stockflow;

import be.cambium.provenance.Source;
import be.cambium.stockflow.MassBalance;
import be.cambium.stockflow.MonteCarlo;
import be.cambium.stockflow.StockflowResult;
import be.cambium.stockflow.Table;
import be.cambium.validate.Issue;
import be.cambium.validate.ValidationReport;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes stock-flow results as long CSV files with snake_case headers and a unit column:
 * {@code stock.csv}, {@code inflow.csv}, {@code outflow.csv} (columns scenario, the segment
 * dimensions, technology, layer, component, material, year, value, unit; layer {@code product}
 * rows are in the product unit and have empty component and material), {@code end_of_life.csv}, {@code eol_summary.csv},
 * {@code balance.csv}, {@code issues.csv}, {@code sources.csv}, and when present
 * {@code by_cohort.csv} and {@code intervals.csv}.
 */
public final class StockflowCsvWriter {

    private StockflowCsvWriter() {
    }

    /** Writes all tables of the named runs (scenario name to result) into {@code dir}. */
    public static void write(Path dir, Map<String, StockflowResult> runs, MonteCarlo.@org.jspecify.annotations.Nullable Result mc,
                             ValidationReport issues, List<Source> sources) throws IOException {
        Files.createDirectories(dir);
        StockflowResult first = runs.values().iterator().next();
        List<String> prod = first.productStock().dimensions();
        List<String> seg = prod.subList(0, prod.size() - 1);
        List<String> header = new ArrayList<>();
        header.add("scenario");
        header.addAll(seg);
        header.addAll(List.of("technology", "layer", "component", "material", "year", "value", "unit"));
        writeStockFlow(dir.resolve("stock.csv"), header, runs, seg.size(), "stock");
        writeStockFlow(dir.resolve("inflow.csv"), header, runs, seg.size(), "inflow");
        writeStockFlow(dir.resolve("outflow.csv"), header, runs, seg.size(), "outflow");

        List<String> eolHeader = new ArrayList<>();
        eolHeader.add("scenario");
        eolHeader.addAll(first.endOfLife().dimensions());
        eolHeader.addAll(List.of("year", "value", "unit"));
        try (CSVPrinter p = printer(dir.resolve("end_of_life.csv"), eolHeader)) {
            for (var e : runs.entrySet()) {
                rows(p, e.getKey(), e.getValue().endOfLife(), e.getValue().years(), List.of());
            }
        }
        writeEolSummary(dir.resolve("eol_summary.csv"), runs, seg);
        try (CSVPrinter p = printer(dir.resolve("balance.csv"), List.of("scenario", "process", "material", "year", "residual",
                "tolerance", "unit", "ok"))) {
            for (var e : runs.entrySet()) {
                int[] years = e.getValue().years();
                for (MassBalance.Entry b : e.getValue().massBalance().entries()) {
                    double[] r = b.residual();
                    for (int t = 0; t < years.length; t++) {
                        p.printRecord(e.getKey(), b.process(), b.material(), years[t], num(r[t]), num(b.tolerance()), b.unit(),
                                Math.abs(r[t]) <= b.tolerance());
                    }
                }
            }
        }
        try (CSVPrinter p = printer(dir.resolve("issues.csv"), List.of("severity", "code", "message", "location"))) {
            for (Issue i : issues.issues()) {
                p.printRecord(i.severity().name().toLowerCase(Locale.ROOT), i.code(), i.message(), i.location().toString());
            }
        }
        try (CSVPrinter p = printer(dir.resolve("sources.csv"), List.of("id", "title", "url", "vintage"))) {
            for (Source s : sources) {
                p.printRecord(s.id(), s.title(), s.url() == null ? "" : s.url().toString(), s.vintage());
            }
        }
        if (first.stockByCohort().isPresent()) {
            Table c0 = first.stockByCohort().get();
            List<String> h = new ArrayList<>();
            h.add("scenario");
            h.addAll(c0.dimensions());
            h.addAll(List.of("year", "value", "unit"));
            try (CSVPrinter p = printer(dir.resolve("by_cohort.csv"), h)) {
                for (var e : runs.entrySet()) {
                    Table c = e.getValue().stockByCohort().orElseThrow();
                    int cohortDim = c.dimension("cohort");
                    int[] years = e.getValue().years();
                    for (Table.Row row : c.rows()) {
                        int cohort = Integer.parseInt(row.labels().get(cohortDim));
                        for (int t = 0; t < years.length; t++) {
                            if (years[t] >= cohort) {
                                List<Object> rec = new ArrayList<>();
                                rec.add(e.getKey());
                                rec.addAll(row.labels());
                                rec.add(years[t]);
                                rec.add(num(row.value(t)));
                                rec.add(c.unit());
                                p.printRecord(rec);
                            }
                        }
                    }
                }
            }
        }
        if (mc != null) {
            List<String> h = new ArrayList<>(List.of("scenario", "variable"));
            h.addAll(mc.dimensions());
            h.add("year");
            h.add("mean");
            for (double q : mc.spec().percentiles()) {
                h.add("p" + (q == Math.rint(q) ? Integer.toString((int) q) : Double.toString(q).replace('.', '_')));
            }
            h.add("unit");
            h.add("draws");
            h.add("seed");
            try (CSVPrinter p = printer(dir.resolve("intervals.csv"), h)) {
                int[] years = mc.years();
                for (MonteCarlo.Interval iv : mc.intervals()) {
                    for (int t = 0; t < years.length; t++) {
                        List<Object> rec = new ArrayList<>(List.of("base", iv.variable()));
                        rec.addAll(iv.labels());
                        rec.add(years[t]);
                        rec.add(num(iv.mean()[t]));
                        for (double[] pv : iv.percentileValues()) {
                            rec.add(num(pv[t]));
                        }
                        rec.add(iv.unit());
                        rec.add(mc.spec().draws());
                        rec.add(mc.spec().seed());
                        p.printRecord(rec);
                    }
                }
            }
        }
    }

    /**
     * End-of-life totals over the whole horizon by scenario, segment labels, component and material:
     * outflow, collected, sorted, secondary material, losses and the recovery rate (secondary / outflow),
     * which makes the bottlenecks (components whose materials are not recovered) visible.
     */
    private static void writeEolSummary(Path file, Map<String, StockflowResult> runs, List<String> seg) throws IOException {
        List<String> h = new ArrayList<>(List.of("scenario"));
        h.addAll(seg);
        h.addAll(List.of("component", "material", "from_year", "to_year", "outflow", "collected", "sorted", "secondary_material",
                "losses", "recovery_rate", "unit"));
        try (CSVPrinter p = printer(file, h)) {
            for (var e : runs.entrySet()) {
                Table t = e.getValue().endOfLife();
                int[] years = e.getValue().years();
                int ci = t.dimension("component"), mi = t.dimension("material"), fi = t.dimension("flow");
                Map<List<String>, double[]> acc = new java.util.LinkedHashMap<>();
                String[] flows = {"collected", "uncollected", "sorted", "sorting_loss", "secondary_material", "recycling_loss"};
                for (Table.Row row : t.rows()) {
                    List<String> key = new ArrayList<>(row.labels().subList(0, seg.size()));
                    key.add(row.labels().get(ci));
                    key.add(row.labels().get(mi));
                    int f = List.of(flows).indexOf(row.labels().get(fi));
                    double sum = 0;
                    for (double v : row.values()) {
                        sum += v;
                    }
                    acc.computeIfAbsent(key, k -> new double[flows.length])[f] += sum;
                }
                for (var a : acc.entrySet()) {
                    double[] v = a.getValue();
                    double outflow = v[0] + v[1];
                    List<Object> rec = new ArrayList<>(List.of(e.getKey()));
                    rec.addAll(a.getKey());
                    rec.addAll(List.of(years[0], years[years.length - 1], num(outflow), num(v[0]), num(v[2]), num(v[4]),
                            num(v[1] + v[3] + v[5]), outflow > 0 ? num(v[4] / outflow) : "", t.unit()));
                    p.printRecord(rec);
                }
            }
        }
    }

    private static void writeStockFlow(Path file, List<String> header, Map<String, StockflowResult> runs, int segDims, String what)
            throws IOException {
        try (CSVPrinter p = printer(file, header)) {
            for (var e : runs.entrySet()) {
                StockflowResult r = e.getValue();
                Table product = switch (what) {
                    case "stock" -> r.productStock();
                    case "inflow" -> r.productInflow();
                    default -> r.productOutflow();
                };
                Table material = switch (what) {
                    case "stock" -> r.materialStock();
                    case "inflow" -> r.materialInflow();
                    default -> r.materialOutflow();
                };
                int[] years = r.years();
                for (Table.Row row : product.rows()) {
                    List<String> l = row.labels();
                    for (int t = 0; t < years.length; t++) {
                        List<Object> rec = new ArrayList<>();
                        rec.add(e.getKey());
                        rec.addAll(l);
                        rec.addAll(List.of("product", "", ""));
                        rec.add(years[t]);
                        rec.add(num(row.value(t)));
                        rec.add(product.unit());
                        p.printRecord(rec);
                    }
                }
                for (Table.Row row : material.rows()) {
                    List<String> l = row.labels();
                    for (int t = 0; t < years.length; t++) {
                        List<Object> rec = new ArrayList<>();
                        rec.add(e.getKey());
                        rec.addAll(l.subList(0, segDims + 1));
                        rec.add("material");
                        rec.add(l.get(segDims + 1));
                        rec.add(l.get(segDims + 2));
                        rec.add(years[t]);
                        rec.add(num(row.value(t)));
                        rec.add(material.unit());
                        p.printRecord(rec);
                    }
                }
            }
        }
    }

    private static void rows(CSVPrinter p, String scenario, Table t, int[] years, List<String> extra) throws IOException {
        for (Table.Row row : t.rows()) {
            for (int y = 0; y < years.length; y++) {
                List<Object> rec = new ArrayList<>();
                rec.add(scenario);
                rec.addAll(row.labels());
                rec.addAll(extra);
                rec.add(years[y]);
                rec.add(num(row.value(y)));
                rec.add(t.unit());
                p.printRecord(rec);
            }
        }
    }

    /** Shortest round-trip text of a double; -0 printed as 0. */
    static String num(double v) {
        if (v == 0) {
            return "0";
        }
        return Double.toString(v);
    }

    private static CSVPrinter printer(Path file, List<String> header) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).setRecordSeparator("\n").get());
    }
}
