package be.cambium.stockflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Seeded Monte Carlo over lifetimes, technology shares and material contents. Each draw multiplies
 * (a) every lifetime of a technology by one factor (a time stretch), (b) each technology's share in
 * a segment by one factor, then renormalises the shares of every cohort to 1, and (c) each
 * composition row's content by one factor. Factors are log-normal with mean 1 and the given
 * coefficient of variation. Draw d uses the d-th {@link SplittableRandom#split()} of
 * {@code new SplittableRandom(seed)}, so results depend only on the seed and the input.
 */
public final class MonteCarlo {

    private MonteCarlo() {
    }

    /**
     * @param draws        number of draws (>= 2)
     * @param seed         random seed
     * @param lifetimeCv   coefficient of variation of the lifetime factor (0 = fixed)
     * @param shareCv      coefficient of variation of the share factors
     * @param intensityCv  coefficient of variation of the content factors
     * @param percentiles  percentiles to report, in [0, 100]
     */
    public record Spec(int draws, long seed, double lifetimeCv, double shareCv, double intensityCv, double[] percentiles) {
        public Spec {
            if (draws < 2) {
                throw new IllegalArgumentException("Monte Carlo needs at least 2 draws, got " + draws);
            }
            for (double cv : new double[] {lifetimeCv, shareCv, intensityCv}) {
                if (!(cv >= 0) || !Double.isFinite(cv)) {
                    throw new IllegalArgumentException("coefficients of variation must be >= 0, got " + cv);
                }
            }
            percentiles = percentiles.clone();
            for (double p : percentiles) {
                if (!(p >= 0 && p <= 100)) {
                    throw new IllegalArgumentException("percentiles must lie in [0, 100], got " + p);
                }
            }
        }

        public static Spec of(int draws, long seed, double lifetimeCv, double shareCv, double intensityCv) {
            return new Spec(draws, seed, lifetimeCv, shareCv, intensityCv, new double[] {5, 50, 95});
        }

        @Override
        public double[] percentiles() {
            return percentiles.clone();
        }
    }

    /** One interval series: variable (stock, outflow, material_stock, material_outflow, secondary_material), labels, unit. */
    public record Interval(String variable, List<String> labels, String unit, double[] mean, double[][] percentileValues) {
        public Interval {
            labels = List.copyOf(labels);
        }
    }

    /** All intervals of a run, by year position of {@code years}. */
    public record Result(int[] years, Spec spec, List<String> dimensions, List<Interval> intervals, int drawsWithErrors) {
        public Result {
            years = years.clone();
            dimensions = List.copyOf(dimensions);
            intervals = List.copyOf(intervals);
        }
    }

    public static Result run(StockflowInput base, Spec spec) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(spec, "spec");
        int n = base.yearCount();
        SplittableRandom root = new SplittableRandom(spec.seed());
        Map<String, double[][]> samples = new LinkedHashMap<>(); // key -> [draw][year]
        Map<String, String[]> keyInfo = new LinkedHashMap<>();
        int errors = 0;
        List<String> segDims = base.segmentDimensions();
        for (int d = 0; d < spec.draws(); d++) {
            SplittableRandom r = root.split();
            StockflowResult res = StockflowCalculator.compute(perturb(base, spec, r));
            if (res.report().hasErrors()) {
                errors++;
            }
            collect(samples, keyInfo, "stock", res.productStock(), segDims.size(), -1, d, spec.draws(), n);
            collect(samples, keyInfo, "outflow", res.productOutflow(), segDims.size(), -1, d, spec.draws(), n);
            int matDim = res.materialStock().dimension("material");
            collect(samples, keyInfo, "material_stock", res.materialStock(), segDims.size(), matDim, d, spec.draws(), n);
            collect(samples, keyInfo, "material_outflow", res.materialOutflow(), segDims.size(), matDim, d, spec.draws(), n);
            Table eol = res.endOfLife();
            List<Table.Row> sec = eol.rows().stream().filter(x -> x.labels().get(eol.dimension("flow")).equals("secondary_material")).toList();
            collect(samples, keyInfo, "secondary_material", new Table("s", eol.dimensions(), eol.unit(), sec), segDims.size(),
                    eol.dimension("material"), d, spec.draws(), n);
        }
        List<Interval> out = new ArrayList<>();
        double[] ps = spec.percentiles();
        for (Map.Entry<String, double[][]> e : samples.entrySet()) {
            double[][] s = e.getValue();
            double[] mean = new double[n];
            double[][] pv = new double[ps.length][n];
            double[] col = new double[spec.draws()];
            for (int t = 0; t < n; t++) {
                for (int d = 0; d < col.length; d++) {
                    col[d] = s[d][t];
                    mean[t] += col[d] / col.length;
                }
                Arrays.sort(col);
                for (int p = 0; p < ps.length; p++) {
                    pv[p][t] = percentile(col, ps[p]);
                }
            }
            String[] info = keyInfo.get(e.getKey());
            List<String> labels = new ArrayList<>(Arrays.asList(info).subList(2, info.length));
            out.add(new Interval(info[0], labels, info[1], mean, pv));
        }
        List<String> dims = new ArrayList<>(segDims);
        dims.add("material");
        return new Result(base.years(), spec, dims, out, errors);
    }

    /** Linear interpolation between order statistics (numpy's default, Hyndman-Fan type 7). */
    static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p / 100.0;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static void collect(Map<String, double[][]> samples, Map<String, String[]> keyInfo, String variable, Table table,
                                int segDims, int matDim, int draw, int draws, int n) {
        for (Table.Row row : table.rows()) {
            List<String> labels = new ArrayList<>(row.labels().subList(0, segDims));
            labels.add(matDim < 0 ? "product" : row.labels().get(matDim));
            String key = variable + "\u0000" + String.join("\u0000", labels);
            double[][] s = samples.computeIfAbsent(key, k -> new double[draws][n]);
            if (!keyInfo.containsKey(key)) {
                List<String> info = new ArrayList<>();
                info.add(variable);
                info.add(table.unit());
                info.addAll(labels);
                keyInfo.put(key, info.toArray(String[]::new));
            }
            double[] v = row.values();
            for (int t = 0; t < n; t++) {
                s[draw][t] += v[t];
            }
        }
    }

    /** One draw's input. */
    static StockflowInput perturb(StockflowInput base, Spec spec, SplittableRandom r) {
        Map<String, Double> lifetimeFactor = new LinkedHashMap<>();
        List<Segment> segs = new ArrayList<>();
        for (Segment s : base.segments()) {
            List<Segment.TechnologyShare> ts = s.technologies();
            int n = base.yearCount();
            double[][] w = new double[ts.size()][];
            for (int k = 0; k < ts.size(); k++) {
                double f = factor(r, spec.shareCv());
                w[k] = ts.get(k).share();
                for (int c = 0; c < n; c++) {
                    w[k][c] *= f;
                }
            }
            for (int c = 0; c < n; c++) {
                double sum = 0;
                for (double[] x : w) {
                    sum += x[c];
                }
                if (sum > 0) {
                    for (double[] x : w) {
                        x[c] /= sum;
                    }
                }
            }
            List<Segment.TechnologyShare> nts = new ArrayList<>();
            for (int k = 0; k < ts.size(); k++) {
                Segment.TechnologyShare x = ts.get(k);
                double lf = lifetimeFactor.computeIfAbsent(x.technology(), t -> factor(r, spec.lifetimeCv()));
                nts.add(x.withShare(ts.size() == 1 ? x.share() : w[k])
                        .withLifetimes(x.lifetimeByCohort().stream().map(l -> lf == 1.0 ? l : l.scaled(lf)).toList()));
            }
            segs.add(s.withTechnologies(nts));
        }
        List<Composition> comps = new ArrayList<>();
        for (Composition c : base.compositions()) {
            comps.add(c.scaledContent(factor(r, spec.intensityCv())));
        }
        return base.withSegments(segs).withCompositions(comps).withKeepCohorts(false);
    }

    /** A log-normal factor with mean 1 and coefficient of variation cv. */
    static double factor(SplittableRandom r, double cv) {
        if (cv == 0) {
            return 1.0;
        }
        double s2 = Math.log1p(cv * cv);
        return Math.exp(Math.sqrt(s2) * r.nextGaussian() - s2 / 2);
    }
}
