package be.cambium.criticality;

import be.cambium.validate.ValidationReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded Monte Carlo over the criticality inputs and a one-at-a-time sensitivity of SR.
 * <ul>
 *   <li>supply shares: Dirichlet around the observed shares of each material, stage and scope, with
 *       concentration kappa, rescaled to the listed total (shares given only as pre-aggregated HHIs stay fixed);</li>
 *   <li>WGI: each raw estimate drawn normal around its value with its published standard error, then scaled
 *       (or the scaled value with its standard error when only that is given); one draw per country and
 *       iteration, shared by all materials;</li>
 *   <li>EOL-RIR, SI_SR, SI_EI, IR and pre-aggregated HHIs: uniform within the ranges given in the inputs (fixed
 *       when none; a zero-width range is fixed too);</li>
 *   <li>t, end-use shares and value added: fixed.</li>
 * </ul>
 * Supply modes and fallbacks are those of the deterministic run; an input the stage's mode does not use is not drawn.
 * A master {@link SplittableRandom} seeded from the options draws the WGI (iteration by iteration, country by country),
 * then splits one stream per material in a fixed order; materials are drawn in parallel on their own streams, so a
 * seed reproduces the result exactly whatever the thread count. On a material's stream, iteration by iteration and
 * stage by stage (E, then P): HHI_GS (Dirichlet over the shares, or uniform over the range of a given HHI), the
 * sourcing HHI (the same), IR, EOL-RIR, SI_SR; then SI_EI. A fixed input takes no number from the stream, so inputs
 * without ranges give the same draws as before the ranges existed.
 */
public final class CriticalityUncertainty {

    private CriticalityUncertainty() {
    }

    public static UncertaintyResult compute(CriticalityInput input, UncertaintyOptions opt) {
        java.util.Objects.requireNonNull(input, "input");
        java.util.Objects.requireNonNull(opt, "opt");
        CriticalityResult base = CriticalityCalculator.compute(input);
        ValidationReport.Builder ignored = ValidationReport.builder(); // issues already reported by the base run
        Model model = Model.prepare(input, ignored);
        CriticalityOptions o = model.options;
        Map<String, StageResult> baseStages = new HashMap<>();
        for (StageResult s : base.stages()) {
            baseStages.put(s.material() + "|" + s.stage(), s);
        }
        int n = opt.draws();
        int nc = model.countries.size();
        double[] wgiBase = model.wgiVector();
        SplittableRandom rnd = new SplittableRandom(opt.seed());

        List<Model.MaterialModel> mats = new ArrayList<>();
        for (Model.MaterialModel mm : model.materials.values()) {
            if (base.material(mm.material).filter(r -> !r.group()).isPresent()) {
                mats.add(mm);
            }
        }
        int nm = mats.size();
        // 1. governance: one draw per country and iteration, shared by all materials (sequential, master stream)
        double[][] wgiDraws = new double[n][];
        double[] est = new double[6];
        for (int d = 0; d < n; d++) {
            double[] wgi = new double[nc];
            for (int c = 0; c < nc; c++) {
                double[] e = model.wgiEst[c];
                double[] se = model.wgiSe[c];
                if (e != null && se != null) {
                    for (int k = 0; k < 6; k++) {
                        est[k] = e[k] + se[k] * rnd.nextGaussian();
                    }
                    wgi[c] = o.wgiScaling().scale(est);
                } else if (!Double.isNaN(model.wgiScaledSe[c])) {
                    wgi[c] = Math.max(0, Math.min(10, wgiBase[c] + model.wgiScaledSe[c] * rnd.nextGaussian()));
                } else {
                    wgi[c] = wgiBase[c];
                }
            }
            wgiDraws[d] = wgi;
        }
        // 2. each material with its own stream split from the master in a fixed order: parallel and reproducible
        SplittableRandom[] streams = new SplittableRandom[nm];
        for (int m = 0; m < nm; m++) {
            streams[m] = rnd.split();
        }
        double[][] srDraw = new double[nm][n];
        double[][] eiDraw = new double[nm][n];
        java.util.stream.IntStream.range(0, nm).parallel().forEach(m -> drawMaterial(mats.get(m), baseStages, wgiDraws, opt,
                streams[m], srDraw[m], eiDraw[m]));
        List<MaterialUncertainty> out = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int m = 0; m < nm; m++) {
            index.put(mats.get(m).material, m);
            out.add(summary(mats.get(m).material, model.scope, false, srDraw[m], eiDraw[m], o));
        }
        for (var g : model.groups.entrySet()) {
            double[] sr = new double[n];
            double[] ei = new double[n];
            boolean ok = true;
            for (String member : g.getValue()) {
                Integer k = index.get(member);
                if (k == null) {
                    ok = false;
                    break;
                }
                for (int d = 0; d < n; d++) {
                    sr[d] += srDraw[k][d] / g.getValue().size();
                    ei[d] += eiDraw[k][d] / g.getValue().size();
                }
            }
            if (!ok) {
                Arrays.fill(sr, Double.NaN);
                Arrays.fill(ei, Double.NaN);
            }
            out.add(summary(g.getKey(), model.scope, true, sr, ei, o));
        }
        List<Sensitivity> sens = sensitivity(model, mats, baseStages, wgiBase, opt);
        var prov = base.provenance()
                .withStep("Monte Carlo: " + n + " draws, seed " + opt.seed() + ", Dirichlet kappa " + opt.dirichletConcentration()
                        + " on shares, normal WGI estimates with their standard errors, uniform EOL-RIR/SI_SR/SI_EI, IR and"
                        + " pre-aggregated HHIs within given ranges")
                .withStep("one-at-a-time sensitivity of SR: IR, EOL-RIR, SI_SR of the bottleneck stage (given range or +/- "
                        + opt.oatStep() + "), pre-aggregated HHIs with a given range, WGI of the three largest contributors"
                        + " (+/- 1 standard error, or +/- 0.5 scaled)")
                .withParameter("draws", Integer.toString(n))
                .withParameter("seed", Long.toString(opt.seed()))
                .withParameter("dirichlet_concentration", Double.toString(opt.dirichletConcentration()));
        return new UncertaintyResult(model.scope, opt, out, sens, base.report(), prov);
    }

    /** Precomputed Dirichlet constants of one set of shares (Marsaglia-Tsang d and c per share, 1/a for a < 1). */
    private static final class Plan {
        final Model.Shares s;
        final double total;
        final double[] d;
        final double[] c;
        final double[] invA;
        final double[] x;

        Plan(Model.Shares s, double kappa) {
            this.s = s;
            int k = s.share.length;
            double t = 0;
            for (double v : s.share) {
                t += v;
            }
            total = t;
            d = new double[k];
            c = new double[k];
            invA = new double[k];
            x = new double[k];
            for (int i = 0; i < k; i++) {
                double a = t > 0 ? kappa * s.share[i] / t : 0;
                double aa = a < 1 ? a + 1 : a;
                d[i] = aa - 1.0 / 3.0;
                c[i] = 1.0 / Math.sqrt(9.0 * d[i]);
                invA[i] = a > 0 && a < 1 ? 1.0 / a : a <= 0 ? -1 : 0;
            }
        }

        double draw(double[] wgi, SplittableRandom rnd) {
            if (!s.valid) {
                return Double.NaN;
            }
            int k = x.length;
            if (total <= 0) {
                return 0;
            }
            double g = 0;
            for (int i = 0; i < k; i++) {
                if (invA[i] < 0) {
                    x[i] = 0;
                    continue;
                }
                double v = gammaMt(d[i], c[i], rnd);
                if (invA[i] > 0) {
                    v *= Math.exp(Math.log(rnd.nextDouble()) * invA[i]);
                }
                x[i] = v;
                g += v;
            }
            double h = 0;
            for (int i = 0; i < k; i++) {
                double sh = g > 0 ? total * x[i] / g : s.share[i];
                h += sh * sh * wgi[s.country[i]] * s.t[i];
            }
            return h;
        }
    }

    private static void drawMaterial(Model.MaterialModel mm, Map<String, StageResult> baseStages, double[][] wgiDraws,
                                     UncertaintyOptions opt, SplittableRandom rnd, double[] srOut, double[] eiOut) {
        int ns = mm.stages.size();
        Model.StageModel[] st = mm.stages.toArray(new Model.StageModel[0]);
        SupplyMode[] mode = new SupplyMode[ns];
        Plan[] gs = new Plan[ns];
        Plan[] src = new Plan[ns];
        for (int i = 0; i < ns; i++) {
            StageResult b = baseStages.get(st[i].material + "|" + st[i].stage);
            mode[i] = b == null || Double.isNaN(b.sr()) ? null : b.modeUsed();
            if (mode[i] == null) {
                continue;
            }
            boolean useGs = mode[i] != SupplyMode.EU;
            boolean useSrc = mode[i] != SupplyMode.GS;
            if (useGs && Double.isNaN(st[i].hhiGsGiven) && st[i].gs != null) {
                gs[i] = new Plan(st[i].gs, opt.dirichletConcentration());
            }
            if (useSrc && Double.isNaN(st[i].hhiSrcGiven) && st[i].src != null) {
                src[i] = new Plan(st[i].src, opt.dirichletConcentration());
            }
        }
        for (int d = 0; d < srOut.length; d++) {
            double[] wgi = wgiDraws[d];
            double best = Double.NaN;
            for (int i = 0; i < ns; i++) {
                if (mode[i] == null) {
                    continue;
                }
                Model.StageModel s = st[i];
                // the draw order is documented in the class comment: changing it changes every seeded result
                double hGs = gs[i] != null ? gs[i].draw(wgi, rnd)
                        : mode[i] != SupplyMode.EU ? uniform(s.hhiGs(wgi), s.hhiGsMin, s.hhiGsMax, rnd) : s.hhiGs(wgi);
                double hSrc = src[i] != null ? src[i].draw(wgi, rnd)
                        : mode[i] != SupplyMode.GS ? uniform(s.hhiSrc(wgi), s.hhiSrcMin, s.hhiSrcMax, rnd) : s.hhiSrc(wgi);
                double ir = mode[i] == SupplyMode.GS_EU ? uniform(s.ir, s.irMin, s.irMax, rnd) : s.ir;
                double eol = uniform(s.eol, s.eolMin, s.eolMax, rnd);
                double si = uniform(s.siSr, s.siSrMin, s.siSrMax, rnd);
                double sr = Model.StageModel.sr(mode[i], hGs, hSrc, ir, eol, si);
                if (Double.isNaN(best) || sr > best) {
                    best = sr;
                }
            }
            srOut[d] = best;
            eiOut[d] = Double.isNaN(mm.eiUnsub) && !Double.isNaN(mm.eiPublished) ? mm.eiPublished
                    : mm.eiUnsub * uniform(mm.siEi, mm.siEiMin, mm.siEiMax, rnd);
        }
    }

    /** Marsaglia-Tsang with precomputed d = a - 1/3 and c = 1 / sqrt(9 d) (a >= 1). */
    private static double gammaMt(double d, double c, SplittableRandom rnd) {
        while (true) {
            double x;
            double v;
            do {
                x = rnd.nextGaussian();
                v = 1.0 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = rnd.nextDouble();
            double x2 = x * x;
            if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    private static double uniform(double v, double lo, double hi, SplittableRandom rnd) {
        if (Double.isNaN(lo) || Double.isNaN(hi) || hi <= lo) {
            return v;
        }
        return lo + (hi - lo) * rnd.nextDouble();
    }

    /** Gamma(shape a, scale 1) by Marsaglia and Tsang (2000), with the a < 1 boost. */
    static double gamma(double a, SplittableRandom rnd) {
        if (a < 1) {
            double u = rnd.nextDouble();
            return gamma(a + 1, rnd) * Math.pow(u, 1.0 / a);
        }
        double d = a - 1.0 / 3.0;
        return gammaMt(d, 1.0 / Math.sqrt(9.0 * d), rnd);
    }

    private static MaterialUncertainty summary(String material, Scope scope, boolean group, double[] sr, double[] ei,
                                               CriticalityOptions o) {
        int n = sr.length;
        int crit = 0;
        boolean undetermined = false;
        for (int d = 0; d < n; d++) {
            Verdict v = o.classify(sr[d], ei[d]);
            if (v == Verdict.UNDETERMINED) {
                undetermined = true;
                break;
            }
            if (v == Verdict.CRITICAL) {
                crit++;
            }
        }
        double[] s = quantiles(sr);
        double[] e = quantiles(ei);
        return new MaterialUncertainty(material, scope, group, n, undetermined ? Double.NaN : (double) crit / n,
                s[0], s[1], s[2], e[0], e[1], e[2]);
    }

    /** 5, 50 and 95 % quantiles (linear interpolation between order statistics); NaN when any draw is NaN. */
    static double[] quantiles(double[] v) {
        for (double x : v) {
            if (Double.isNaN(x)) {
                return new double[] {Double.NaN, Double.NaN, Double.NaN};
            }
        }
        double[] s = v.clone();
        Arrays.sort(s);
        return new double[] {q(s, 0.05), q(s, 0.5), q(s, 0.95)};
    }

    private static double q(double[] s, double p) {
        double pos = p * (s.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(s.length - 1, lo + 1);
        return s[lo] + (pos - lo) * (s[hi] - s[lo]);
    }

    // ------------------------------------------------------------------ one at a time

    private static List<Sensitivity> sensitivity(Model model, List<Model.MaterialModel> mats, Map<String, StageResult> baseStages,
                                                 double[] wgiBase, UncertaintyOptions opt) {
        List<Sensitivity> out = new ArrayList<>();
        for (Model.MaterialModel mm : mats) {
            Model.StageModel bottleneck = null;
            double baseSr = Double.NaN;
            for (Model.StageModel st : mm.stages) {
                StageResult b = baseStages.get(st.material + "|" + st.stage);
                if (b != null && !Double.isNaN(b.sr()) && (Double.isNaN(baseSr) || b.sr() > baseSr)) {
                    baseSr = b.sr();
                    bottleneck = st;
                }
            }
            if (bottleneck == null) {
                continue;
            }
            List<Sensitivity> rows = new ArrayList<>();
            StageResult bb = baseStages.get(bottleneck.material + "|" + bottleneck.stage);
            if (bb.modeUsed() == SupplyMode.GS_EU) {
                rows.add(oat(model, mm, baseStages, wgiBase, bottleneck, "ir", bottleneck.ir, bottleneck.irMin, bottleneck.irMax,
                        0, 1, opt.oatStep()));
            }
            if (bb.modeUsed() != SupplyMode.EU && !Double.isNaN(bottleneck.hhiGsMin)) {
                rows.add(oat(model, mm, baseStages, wgiBase, bottleneck, "hhi_gs", bottleneck.hhiGsGiven, bottleneck.hhiGsMin,
                        bottleneck.hhiGsMax, 0, Model.HHI_MAX, opt.oatStep()));
            }
            if (bb.modeUsed() != SupplyMode.GS && !Double.isNaN(bottleneck.hhiSrcMin)) {
                rows.add(oat(model, mm, baseStages, wgiBase, bottleneck, "hhi_sourcing", bottleneck.hhiSrcGiven,
                        bottleneck.hhiSrcMin, bottleneck.hhiSrcMax, 0, Model.HHI_MAX, opt.oatStep()));
            }
            rows.add(oat(model, mm, baseStages, wgiBase, bottleneck, "eol_rir", bottleneck.eol, bottleneck.eolMin, bottleneck.eolMax,
                    0, 1, opt.oatStep()));
            rows.add(oat(model, mm, baseStages, wgiBase, bottleneck, "si_sr", bottleneck.siSr, bottleneck.siSrMin, bottleneck.siSrMax,
                    1e-9, 1, opt.oatStep()));
            for (int c : topContributors(bottleneck, wgiBase, 3)) {
                double lo;
                double hi;
                double[] e = model.wgiEst[c];
                double[] se = model.wgiSe[c];
                if (e != null && se != null) {
                    double[] a = new double[6];
                    double[] b = new double[6];
                    for (int k = 0; k < 6; k++) {
                        a[k] = e[k] + se[k];
                        b[k] = e[k] - se[k];
                    }
                    double x = model.options.wgiScaling().scale(a);
                    double y = model.options.wgiScaling().scale(b);
                    lo = Math.min(x, y);
                    hi = Math.max(x, y);
                } else if (!Double.isNaN(model.wgiScaledSe[c])) {
                    lo = Math.max(0, wgiBase[c] - model.wgiScaledSe[c]);
                    hi = Math.min(10, wgiBase[c] + model.wgiScaledSe[c]);
                } else {
                    lo = Math.max(0, wgiBase[c] - 0.5);
                    hi = Math.min(10, wgiBase[c] + 0.5);
                }
                double[] w = wgiBase.clone();
                w[c] = lo;
                double srLo = materialSr(mm, baseStages, w, null, null, 0);
                w[c] = hi;
                double srHi = materialSr(mm, baseStages, w, null, null, 0);
                rows.add(new Sensitivity(mm.material, model.scope, "wgi:" + model.countries.get(c), lo, hi, srLo, srHi,
                        Math.abs(srHi - srLo), 0));
            }
            rows.sort((a, b) -> Double.compare(b.swing(), a.swing()));
            for (int i = 0; i < rows.size(); i++) {
                Sensitivity s = rows.get(i);
                out.add(new Sensitivity(s.material(), s.scope(), s.input(), s.low(), s.high(), s.srLow(), s.srHigh(), s.swing(), i + 1));
            }
        }
        return out;
    }

    private static Sensitivity oat(Model model, Model.MaterialModel mm, Map<String, StageResult> baseStages, double[] wgi,
                                   Model.StageModel st, String name, double v, double rLo, double rHi, double min, double max,
                                   double step) {
        double lo = !Double.isNaN(rLo) && !Double.isNaN(rHi) ? rLo : Math.max(min, v - step);
        double hi = !Double.isNaN(rLo) && !Double.isNaN(rHi) ? rHi : Math.min(max, v + step);
        double srLo = materialSr(mm, baseStages, wgi, st, name, lo);
        double srHi = materialSr(mm, baseStages, wgi, st, name, hi);
        return new Sensitivity(mm.material, model.scope, name, lo, hi, srLo, srHi, Math.abs(srHi - srLo), 0);
    }

    private static double materialSr(Model.MaterialModel mm, Map<String, StageResult> baseStages, double[] wgi,
                                     Model.@org.jspecify.annotations.Nullable StageModel target, @org.jspecify.annotations.Nullable String input, double value) {
        double best = Double.NaN;
        for (Model.StageModel st : mm.stages) {
            StageResult b = baseStages.get(st.material + "|" + st.stage);
            if (b == null || Double.isNaN(b.sr())) {
                continue;
            }
            double hGs = st.hhiGs(wgi);
            double hSrc = st.hhiSrc(wgi);
            double ir = st.ir;
            double eol = st.eol;
            double si = st.siSr;
            if (st == target && input != null) {
                switch (input) {
                    case "hhi_gs" -> hGs = value;
                    case "hhi_sourcing" -> hSrc = value;
                    case "ir" -> ir = value;
                    case "eol_rir" -> eol = value;
                    case "si_sr" -> si = value;
                    default -> { }
                }
            }
            double sr = Model.StageModel.sr(b.modeUsed(), hGs, hSrc, ir, eol, si);
            if (Double.isNaN(best) || sr > best) {
                best = sr;
            }
        }
        return best;
    }

    private static int[] topContributors(Model.StageModel st, double[] wgi, int k) {
        Map<Integer, Double> c = new HashMap<>();
        for (Model.Shares s : new Model.Shares[] {st.gs, st.src}) {
            if (s == null || !s.valid) {
                continue;
            }
            for (int i = 0; i < s.share.length; i++) {
                c.merge(s.country[i], s.share[i] * s.share[i] * wgi[s.country[i]] * s.t[i], Double::sum);
            }
        }
        return c.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(k)
                .mapToInt(Map.Entry::getKey).toArray();
    }
}
