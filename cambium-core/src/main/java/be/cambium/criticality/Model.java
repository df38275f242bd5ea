package be.cambium.criticality;

import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The validated, indexed form of a {@link CriticalityInput}: every rule that decides what a missing or
 * odd value becomes runs here once, and records an issue. The deterministic run and the Monte Carlo
 * both evaluate this model.
 */
final class Model {

    /** Country-indexed shares of one material, stage and share scope. */
    static final class Shares {
        final ShareScope scope;
        final int[] country;
        final double[] share;
        final double[] t;
        final boolean[] censored;
        final boolean valid;

        Shares(ShareScope scope, int[] country, double[] share, double[] t, boolean[] censored, boolean valid) {
            this.scope = scope;
            this.country = country;
            this.share = share;
            this.t = t;
            this.censored = censored;
            this.valid = valid;
        }

        double hhi(double[] wgi) {
            if (!valid) {
                return Double.NaN;
            }
            double h = 0;
            for (int i = 0; i < share.length; i++) {
                h += share[i] * share[i] * wgi[country[i]] * t[i];
            }
            return h;
        }

        double hhi(double[] wgi, double[] drawnShare) {
            double h = 0;
            for (int i = 0; i < drawnShare.length; i++) {
                h += drawnShare[i] * drawnShare[i] * wgi[country[i]] * t[i];
            }
            return h;
        }
    }

    static final class StageModel {
        String material;
        Stage stage;
        @Nullable Shares gs;
        @Nullable Shares src;
        double hhiGsGiven = Double.NaN;
        double hhiSrcGiven = Double.NaN;
        double irInput = Double.NaN;
        double ir = Double.NaN;
        double eol = Double.NaN;
        double siSr = Double.NaN;
        double eolMin = Double.NaN;
        double eolMax = Double.NaN;
        double siSrMin = Double.NaN;
        double siSrMax = Double.NaN;
        /** Ranges of the pre-aggregated HHIs and of IR for the Monte Carlo (NaN: fixed). */
        double hhiGsMin = Double.NaN;
        double hhiGsMax = Double.NaN;
        double hhiSrcMin = Double.NaN;
        double hhiSrcMax = Double.NaN;
        double irMin = Double.NaN;
        double irMax = Double.NaN;
        @Nullable SupplyMode mode;
        /** False when an input error means SR must not be computed. */
        boolean computable = true;
        /** True when IR could not be formed because apparent consumption is not positive. */
        boolean netExporter;
        String note = "";
        /** Where the stage row (or the EU row it was built from) is. */
        Location location = Location.none();
        /** The row with scope EU of this material and stage (Belgian runs only), null when none. */
        @Nullable MaterialStage euRow;
        /** Inputs a Belgian run took from the EU row, e.g. "eol_rir; si_sr; supply_mode"; empty when none. */
        String euInputs = "";
        /** True when the supply mode is the EU row's (Belgian runs). */
        boolean modeFromEu;
        /** Where IR comes from, before the supply mode decides whether it is used. */
        IrBasis irBasis = IrBasis.MISSING;
        /** True when the Belgian transit fallback switched the stage to sourcing only. */
        boolean transitSourcingOnly;

        double hhiGs(double[] wgi) {
            return !Double.isNaN(hhiGsGiven) ? hhiGsGiven : gs == null ? Double.NaN : gs.hhi(wgi);
        }

        double hhiSrc(double[] wgi) {
            return !Double.isNaN(hhiSrcGiven) ? hhiSrcGiven : src == null ? Double.NaN : src.hhi(wgi);
        }

        static double sr(@Nullable SupplyMode mode, double hGs, double hSrc, double ir, double eol, double si) {
            if (mode == null) {
                return Double.NaN;
            }
            double core = switch (mode) {
                case GS -> hGs;
                case EU -> hSrc;
                case GS_EU -> hGs * ir / 2.0 + hSrc * (1.0 - ir / 2.0);
            };
            return core * (1.0 - eol) * si;
        }
    }

    static final class MaterialModel {
        final String material;
        final List<StageModel> stages = new ArrayList<>();
        double eiUnsub = Double.NaN;
        double unallocated = Double.NaN;
        double siEi = Double.NaN;
        double siEiMin = Double.NaN;
        double siEiMax = Double.NaN;
        /** Published EI carried as given (no end uses to recompute it); NaN when none. */
        double eiPublished = Double.NaN;
        /**
         * A published EI not carried because it is the EU's and the run is Belgian (scope BE); NaN when none. Kept only
         * to say so in the issue: the Belgian EI stays missing.
         */
        double eiPublishedEuOnly = Double.NaN;
        /**
         * Scope BE only: the unsubstituted EI of the Belgian structure on the EU scale (CAMBIUM sensitivity, not an official
         * method), 10 x Sum A_s x Q_s,BE / Sum Q_BE x Sum Q_EU / max Q_EU over the divisions in both scopes; NaN otherwise.
         */
        double eiBeEuScaleUnsub = Double.NaN;
        boolean hasStageData;

        MaterialModel(String material) {
            this.material = material;
        }
    }

    final CriticalityOptions options;
    final Scope scope;
    final List<String> countries = new ArrayList<>();
    final Map<String, Integer> countryIndex = new HashMap<>();
    double[] wgi = new double[0];
    double[][] wgiEst = new double[0][];
    double[][] wgiSe = new double[0][];
    double[] wgiScaledSe = new double[0];
    boolean[] wgiDefaulted = new boolean[0];
    final Map<String, MaterialModel> materials = new LinkedHashMap<>();
    final Map<String, List<String>> groups = new LinkedHashMap<>();
    final List<EiContribution> eiContributions = new ArrayList<>();
    /** Scope BE: the NACE divisions with value added in both scopes (the EU-scale sensitivity's base), in input order. */
    final List<String> euScaleDivisions = new ArrayList<>();
    /** Scope BE: Sum Q_EU over {@link #euScaleDivisions} / Sum Q_EU over all EU divisions; NaN when not computed. */
    double euScaleEuCoverage = Double.NaN;
    final Set<String> euMembers;

    private final ValidationReport.Builder issues;
    private final CriticalityInput in;

    private Model(CriticalityInput in, ValidationReport.Builder issues) {
        this.in = in;
        this.options = in.options();
        this.scope = options.scope();
        this.issues = issues;
        this.euMembers = in.euMembers();
    }

    static Model prepare(CriticalityInput in, ValidationReport.Builder issues) {
        Model m = new Model(in, issues);
        m.prepareWgi();
        m.prepareStages();
        m.prepareShares();
        if (m.scope == Scope.BE) {
            m.applyBeIrRule();
        }
        m.prepareEi();
        m.prepareGroups();
        m.checkMaterialsWithoutStages();
        return m;
    }

    // ---------------------------------------------------------------- WGI

    private final Map<String, double[]> wgiAcc = new HashMap<>(); // sum scaled, n, sum est[6], sum se[6], sum scaledSe, nSe

    private void prepareWgi() {
        Map<String, List<WgiRecord>> byCountry = new LinkedHashMap<>();
        for (WgiRecord r : in.wgi()) {
            byCountry.computeIfAbsent(r.country(), k -> new ArrayList<>()).add(r);
        }
        for (var e : byCountry.entrySet()) {
            double sum = 0;
            int n = 0;
            double[] est = new double[6];
            double[] se = new double[6];
            int nEst = 0;
            int nSe = 0;
            double sumScaledSe = 0;
            int nScaledSe = 0;
            for (WgiRecord r : e.getValue()) {
                double v = !Double.isNaN(r.scaled()) ? r.scaled() : options.wgiScaling().scale(r.estimates());
                if (Double.isNaN(v)) {
                    issues.warning("WGI_INCOMPLETE", "WGI of " + r.country() + " " + r.year()
                            + " lacks one of the six estimates; this year is left out of the country's mean", r.location());
                    continue;
                }
                if (v < 0 || v > 10) {
                    issues.error("WGI_OUT_OF_RANGE", "scaled WGI of " + r.country() + " is " + v + ", outside 0..10", r.location());
                    continue;
                }
                sum += v;
                n++;
                if (r.hasEstimates()) {
                    double[] x = r.estimates();
                    for (int i = 0; i < 6; i++) {
                        est[i] += x[i];
                    }
                    nEst++;
                    if (r.hasStdErrors()) {
                        double[] s = r.stdErrors();
                        for (int i = 0; i < 6; i++) {
                            se[i] += s[i];
                        }
                        nSe++;
                    }
                }
                if (!Double.isNaN(r.scaledSe())) {
                    sumScaledSe += r.scaledSe();
                    nScaledSe++;
                }
            }
            if (n == 0) {
                continue;
            }
            int idx = country(e.getKey());
            wgi[idx] = sum / n;
            wgiDefaulted[idx] = false;
            if (nEst == n) {
                for (int i = 0; i < 6; i++) {
                    est[i] /= nEst;
                }
                wgiEst[idx] = est;
                if (nSe == n) {
                    for (int i = 0; i < 6; i++) {
                        se[i] /= nSe;
                    }
                    wgiSe[idx] = se;
                }
            }
            if (nScaledSe == n) {
                wgiScaledSe[idx] = sumScaledSe / nScaledSe;
            }
        }
    }

    /** Index of a country, adding it (with the stated default WGI, flagged as defaulted) when new. */
    int country(String code) {
        Integer i = countryIndex.get(code);
        if (i != null) {
            return i;
        }
        int idx = countries.size();
        countries.add(code);
        countryIndex.put(code, idx);
        if (idx >= wgi.length) {
            int cap = Math.max(16, wgi.length * 2);
            wgi = java.util.Arrays.copyOf(wgi, cap);
            wgiEst = java.util.Arrays.copyOf(wgiEst, cap);
            wgiSe = java.util.Arrays.copyOf(wgiSe, cap);
            wgiScaledSe = java.util.Arrays.copyOf(wgiScaledSe, cap);
            wgiDefaulted = java.util.Arrays.copyOf(wgiDefaulted, cap);
            for (int k = idx; k < cap; k++) {
                wgiScaledSe[k] = Double.NaN;
            }
        }
        wgi[idx] = options.missingWgi();
        wgiDefaulted[idx] = true;
        return idx;
    }

    double[] wgiVector() {
        return java.util.Arrays.copyOf(wgi, countries.size());
    }

    // ---------------------------------------------------------------- stages

    private MaterialModel material(String name) {
        return materials.computeIfAbsent(name, MaterialModel::new);
    }

    private void prepareStages() {
        // rows for this scope win over rows for any scope; a Belgian run builds a stage from the EU row when no Belgian or
        // any-scope row exists (every input but IR and sourcing is then the EU's, see inheritEu)
        Map<String, MaterialStage> chosen = new LinkedHashMap<>();
        Map<String, MaterialStage> euRows = new HashMap<>();
        Map<String, MaterialStage> euOnly = new HashMap<>();
        Set<String> synthesized = new java.util.HashSet<>();
        Set<String> seen = new java.util.HashSet<>();
        for (MaterialStage r : in.stages()) {
            String key = r.material() + "|" + r.stage();
            String dupKey = key + "|" + r.scope();
            if (!seen.add(dupKey)) {
                issues.error("DUPLICATE_ROW", "second row for " + r.material() + " stage " + r.stage()
                        + (r.scope() == null ? "" : " scope " + r.scope()), r.location());
                continue;
            }
            if (r.scope() == null || r.scope() == Scope.EU) {
                euRows.merge(key, r, (a, b) -> b.scope() == Scope.EU ? b : a);
            }
            if (r.scope() == Scope.EU) {
                euOnly.put(key, r);
            }
            if (r.scope() == scope) {
                chosen.put(key, r);
                synthesized.remove(key);
            } else if (r.scope() == null) {
                if (!chosen.containsKey(key) || synthesized.remove(key)) {
                    chosen.put(key, r);
                }
            } else if (scope == Scope.BE && r.scope() == Scope.EU && !chosen.containsKey(key)) {
                chosen.put(key, MaterialStage.of(r.material(), r.stage(), Double.NaN, Double.NaN, Double.NaN, null)
                        .withScope(Scope.BE).withLocation(r.location()));
                synthesized.add(key);
            }
        }
        for (var entry : chosen.entrySet()) {
            MaterialStage r = entry.getValue();
            MaterialModel mm = material(r.material());
            mm.hasStageData = true;
            StageModel s = new StageModel();
            s.material = r.material();
            s.stage = r.stage();
            s.location = r.location();
            s.hhiGsGiven = checkHhi(r.hhiGs(), "hhi_gs", r);
            s.hhiSrcGiven = checkHhi(r.hhiSourcing(), "hhi_sourcing", r);
            s.eol = checkFraction(r.eolRir(), "eol_rir", r, false);
            s.siSr = checkFraction(r.siSr(), "si_sr", r, true);
            if (checkRange(r.eolRirMin(), r.eolRirMax(), s.eol, 1, "eol_rir", r)) {
                s.eolMin = r.eolRirMin();
                s.eolMax = r.eolRirMax();
            }
            if (checkRange(r.siSrMin(), r.siSrMax(), s.siSr, 1, "si_sr", r)) {
                s.siSrMin = r.siSrMin();
                s.siSrMax = r.siSrMax();
            }
            if (checkHhiRange(r.hhiGsMin(), r.hhiGsMax(), r.hhiGs(), s.hhiGsGiven, "hhi_gs", r)) {
                s.hhiGsMin = r.hhiGsMin();
                s.hhiGsMax = r.hhiGsMax();
            }
            if (checkHhiRange(r.hhiSourcingMin(), r.hhiSourcingMax(), r.hhiSourcing(), s.hhiSrcGiven, "hhi_sourcing", r)) {
                s.hhiSrcMin = r.hhiSourcingMin();
                s.hhiSrcMax = r.hhiSourcingMax();
            }
            s.mode = r.mode() == null ? SupplyMode.GS_EU : r.mode();
            if (scope == Scope.BE) {
                s.euRow = euOnly.get(entry.getKey());
                inheritEu(r, s, synthesized.contains(entry.getKey()));
            }
            importReliance(r, s);
            if (checkRange(r.irMin(), r.irMax(), s.ir, 1, "ir", r)) {
                s.irMin = r.irMin();
                s.irMax = r.irMax();
            }
            s.irBasis = Double.isNaN(s.ir) ? IrBasis.MISSING
                    : scope == Scope.BE && r.scope() == null ? IrBasis.ANY_SCOPE : IrBasis.OWN;
            if (scope == Scope.BE) {
                transitFallback(r, s, euRows.get(entry.getKey()));
            }
            mm.stages.add(s);
        }
        for (MaterialModel mm : materials.values()) {
            mm.stages.sort(java.util.Comparator.comparing(x -> x.stage));
        }
    }

    /**
     * The Belgian adaptation replaces only value added, sourcing and IR (reference page section 4.8): EOL-RIR, SI_SR, the
     * supply mode and a pre-aggregated HHI of global supply (with their Monte Carlo ranges) come from the EU row of the
     * stage when the Belgian (or any-scope) row does not give them. One info issue per stage names what was taken.
     */
    private void inheritEu(MaterialStage r, StageModel s, boolean synthesized) {
        MaterialStage eu = s.euRow;
        if (eu == null) {
            return;
        }
        List<String> taken = new ArrayList<>();
        if (Double.isNaN(r.eolRir()) && !Double.isNaN(eu.eolRir())) {
            s.eol = checkFraction(eu.eolRir(), "eol_rir", eu, false);
            boolean range = checkRange(eu.eolRirMin(), eu.eolRirMax(), s.eol, 1, "eol_rir", eu);
            s.eolMin = range ? eu.eolRirMin() : Double.NaN;
            s.eolMax = range ? eu.eolRirMax() : Double.NaN;
            taken.add("eol_rir");
        }
        if (Double.isNaN(r.siSr()) && !Double.isNaN(eu.siSr())) {
            s.siSr = checkFraction(eu.siSr(), "si_sr", eu, true);
            boolean range = checkRange(eu.siSrMin(), eu.siSrMax(), s.siSr, 1, "si_sr", eu);
            s.siSrMin = range ? eu.siSrMin() : Double.NaN;
            s.siSrMax = range ? eu.siSrMax() : Double.NaN;
            taken.add("si_sr");
        }
        if (r.mode() == null && eu.mode() != null) {
            s.mode = eu.mode();
            s.modeFromEu = true;
            taken.add("supply_mode");
        }
        if (Double.isNaN(r.hhiGs()) && !Double.isNaN(eu.hhiGs())) {
            s.hhiGsGiven = checkHhi(eu.hhiGs(), "hhi_gs", eu);
            boolean range = checkHhiRange(eu.hhiGsMin(), eu.hhiGsMax(), eu.hhiGs(), s.hhiGsGiven, "hhi_gs", eu);
            s.hhiGsMin = range ? eu.hhiGsMin() : Double.NaN;
            s.hhiGsMax = range ? eu.hhiGsMax() : Double.NaN;
            taken.add("hhi_gs");
        }
        if (taken.isEmpty()) {
            return;
        }
        s.euInputs = String.join("; ", taken);
        issues.info("BE_EU_INPUTS", r.material() + " " + r.stage() + ": " + s.euInputs + (s.modeFromEu ? " (" + eu.mode().code() + ")" : "")
                + " taken from the EU row" + (synthesized ? " (no Belgian or any-scope row for this stage)" : "")
                + "; the Belgian adaptation replaces only value added, sourcing and IR", eu.location());
    }

    /** Largest pre-aggregated HHI_WGI,t accepted: 10 on the WGI scale times a t above 1 (export restrictions). */
    static final double HHI_MAX = 15;

    private double checkHhi(double v, String col, MaterialStage r) {
        if (Double.isNaN(v)) {
            return v;
        }
        if (v < 0 || v > HHI_MAX) {
            issues.error("VALUE_OUT_OF_RANGE", col + " of " + r.material() + " " + r.stage() + " is " + v
                    + "; HHI_WGI,t lies on the 0..10 scale (at most 10 x max t)", r.location());
            return Double.NaN;
        }
        return v;
    }

    private double checkFraction(double v, String col, MaterialStage r, boolean substitution) {
        if (Double.isNaN(v)) {
            return v;
        }
        boolean bad = substitution ? (v <= 0 || v > 1) : (v < 0 || v > 1);
        if (bad) {
            issues.error("VALUE_OUT_OF_RANGE", col + " of " + r.material() + " " + r.stage() + " is " + v + ", outside "
                    + (substitution ? "(0, 1]" : "[0, 1]"), r.location());
            return Double.NaN;
        }
        return v;
    }

    /**
     * Checks the Monte Carlo range [lo, hi] of an input: both ends or none, lo <= hi, within [0, max], containing the
     * value (when there is one). An invalid range is an error and is not used (the input stays fixed).
     */
    private boolean checkRange(double lo, double hi, double value, double max, String col, MaterialStage r) {
        if (Double.isNaN(lo) && Double.isNaN(hi)) {
            return false;
        }
        if (Double.isNaN(lo) || Double.isNaN(hi) || lo > hi || lo < 0 || hi > max
                || (!Double.isNaN(value) && (value < lo || value > hi))) {
            issues.error("RANGE_INVALID", col + " range [" + lo + ", " + hi + "] of " + r.material() + " " + r.stage()
                    + " is not an interval in [0, " + fmtBound(max) + "] containing the value " + value
                    + (col.equals("ir") ? " (IR after the clamp rules)" : "") + "; the input is held fixed", r.location());
            return false;
        }
        return true;
    }

    /** A range of a pre-aggregated HHI; without a given HHI it has nothing to vary (shares are drawn instead). */
    private boolean checkHhiRange(double lo, double hi, double given, double accepted, String col, MaterialStage r) {
        if (Double.isNaN(lo) && Double.isNaN(hi)) {
            return false;
        }
        if (Double.isNaN(given)) {
            issues.warning("RANGE_UNUSED", col + " range [" + lo + ", " + hi + "] of " + r.material() + " " + r.stage()
                    + " is given without a pre-aggregated " + col + "; it is not used (an HHI from shares varies through"
                    + " the shares)", r.location());
            return false;
        }
        return !Double.isNaN(accepted) && checkRange(lo, hi, accepted, HHI_MAX, col, r);
    }

    private static String fmtBound(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private void importReliance(MaterialStage r, StageModel s) {
        double ir = r.ir();
        if (Double.isNaN(ir) && !(Double.isNaN(r.production()) && Double.isNaN(r.imports()) && Double.isNaN(r.exports()))) {
            double p = r.production();
            double i = r.imports();
            double x = r.exports();
            if (Double.isNaN(p) || Double.isNaN(i) || Double.isNaN(x)) {
                issues.warning("IR_INPUT_MISSING", "IR of " + r.material() + " " + r.stage()
                        + " needs production, imports and exports; one is missing", r.location());
            } else if (p < 0 || i < 0 || x < 0) {
                issues.error("IR_INPUT_NEGATIVE", "IR inputs of " + r.material() + " " + r.stage()
                        + " must not be negative (production " + p + ", imports " + i + ", exports " + x + ")", r.location());
                s.computable = false;
            } else {
                double denom = p + i - x;
                if (denom <= 0) {
                    issues.warning("IR_UNDEFINED", "apparent consumption of " + r.material() + " " + r.stage()
                            + " (production + imports - exports) is " + denom + " <= 0; treated as a net exporter, IR = 0",
                            r.location());
                    s.irInput = Double.NaN;
                    s.ir = 0;
                    s.netExporter = true;
                    return;
                } else {
                    ir = (i - x) / denom;
                }
            }
        }
        s.irInput = ir;
        if (Double.isNaN(ir)) {
            s.ir = Double.NaN;
            return;
        }
        if (ir < 0) {
            issues.warning("IR_CLAMPED", "import reliance of " + r.material() + " " + r.stage() + " is "
                    + fmt(ir) + " < 0 (net exporter); reported as 0 as in the CRM studies", r.location());
            s.ir = 0;
        } else if (ir > 1) {
            issues.warning("IR_CLAMPED", "import reliance of " + r.material() + " " + r.stage() + " is "
                    + fmt(ir) + " > 1; clamped to 1", r.location());
            s.ir = 1;
        } else {
            s.ir = ir;
        }
    }

    private void transitFallback(MaterialStage r, StageModel s, @Nullable MaterialStage euRow) {
        boolean irNonPositive = s.netExporter || (!Double.isNaN(s.irInput) && s.irInput <= 0);
        boolean transit = !Double.isNaN(r.transitShare()) && r.transitShare() >= options.transitThreshold();
        if (!(irNonPositive || transit) || s.mode == SupplyMode.GS) {
            return;
        }
        String why = irNonPositive ? "IR_BE = " + (s.netExporter ? "undefined" : fmt(s.irInput)) + " <= 0 (re-export hub)"
                : "quasi-transit is " + fmt(r.transitShare()) + " of imports (>= " + options.transitThreshold() + ")";
        if (options.transitFallback() == TransitFallback.EU_IR && euRow != null && !Double.isNaN(euRow.ir())) {
            s.ir = Math.max(0, Math.min(1, euRow.ir()));
            s.mode = SupplyMode.GS_EU;
            if (euRow != r) { // the EU row's IR range goes with its IR (a row for any scope was checked above)
                boolean euRange = checkRange(euRow.irMin(), euRow.irMax(), s.ir, 1, "ir", euRow);
                s.irMin = euRange ? euRow.irMin() : Double.NaN;
                s.irMax = euRange ? euRow.irMax() : Double.NaN;
            }
            s.note = "BE transit fallback: EU IR " + fmt(s.ir) + " used because " + why;
            s.irBasis = IrBasis.TRANSIT_EU_IR;
        } else {
            s.mode = SupplyMode.EU;
            s.note = "BE transit fallback: Belgian sourcing only because " + why;
            s.irBasis = IrBasis.TRANSIT_SOURCING_ONLY;
            s.transitSourcingOnly = true;
        }
        s.modeFromEu = false;
        issues.warning("BE_TRANSIT_FALLBACK", r.material() + " " + r.stage() + ": " + s.note, r.location());
    }

    /**
     * IR_BE missing at a stage that blends global supply and Belgian sourcing: the EU IR of the stage as a proxy
     * ({@link BeIrRule#EU_IR}, its Monte Carlo range with it) or SR missing ({@link BeIrRule#MISSING}). Without Belgian
     * sourcing the stage falls back to global supply only (the engine's GS-only rule), which needs no IR: no rule runs.
     */
    private void applyBeIrRule() {
        for (MaterialModel mm : materials.values()) {
            for (StageModel s : mm.stages) {
                boolean hasSourcing = !Double.isNaN(s.hhiSrcGiven) || (s.src != null && s.src.valid);
                if (s.mode != SupplyMode.GS_EU || !Double.isNaN(s.ir) || !s.computable || !hasSourcing) {
                    continue;
                }
                MaterialStage eu = s.euRow;
                String what = s.material + " " + s.stage;
                if (options.beIrRule() == BeIrRule.MISSING) {
                    issues.warning("BE_IR_MISSING", what + ": IR_BE is missing (Belgian production or trade unknown) and the "
                            + "rule is MISSING: SR not computed", s.location);
                    continue;
                }
                if (eu == null || Double.isNaN(eu.ir())) {
                    issues.warning("BE_IR_MISSING", what + ": IR_BE is missing and the EU row gives no IR to use as a proxy: "
                            + "SR not computed", s.location);
                    continue;
                }
                s.ir = Math.max(0, Math.min(1, eu.ir()));
                boolean range = checkRange(eu.irMin(), eu.irMax(), s.ir, 1, "ir", eu);
                s.irMin = range ? eu.irMin() : Double.NaN;
                s.irMax = range ? eu.irMax() : Double.NaN;
                s.irBasis = IrBasis.EU_PROXY;
                String note = "IR_BE missing: EU IR " + fmt(s.ir) + " used as a proxy";
                s.note = s.note.isEmpty() ? note : s.note + "; " + note;
                issues.warning("BE_IR_EU_PROXY", what + ": " + note + " (rule EU_IR; --be-ir missing leaves SR missing)",
                        s.location);
            }
        }
    }

    // ---------------------------------------------------------------- shares

    private void prepareShares() {
        Map<String, List<SupplyShare>> sets = new LinkedHashMap<>();
        for (SupplyShare sh : in.shares()) {
            if (sh.scope() != ShareScope.GS && sh.scope() != scope.sourcing()) {
                continue;
            }
            sets.computeIfAbsent(sh.material() + "|" + sh.stage() + "|" + sh.scope(), k -> new ArrayList<>()).add(sh);
        }
        Set<String> defaultedReported = new java.util.HashSet<>();
        for (List<SupplyShare> set : sets.values()) {
            SupplyShare first = set.get(0);
            MaterialModel mm = material(first.material());
            StageModel st = null;
            for (StageModel s : mm.stages) {
                if (s.stage == first.stage()) {
                    st = s;
                }
            }
            if (st == null) {
                if (mm.hasStageData) {
                    issues.warning("NO_STAGE_DATA", "shares given for " + first.material() + " stage " + first.stage()
                            + " but material_stage has no row for that stage; they are not used", first.location());
                }
                continue; // materials with no stage row at all are reported once in checkMaterialsWithoutStages
            }
            Shares shares = buildShares(set, defaultedReported);
            if (first.scope() == ShareScope.GS) {
                st.gs = shares;
            } else {
                st.src = shares;
            }
        }
    }

    private Shares buildShares(List<SupplyShare> set, Set<String> defaultedReported) {
        SupplyShare first = set.get(0);
        String what = first.material() + " " + first.stage() + " " + first.scope();
        boolean valid = true;
        List<SupplyShare> used = new ArrayList<>();
        Set<String> countriesSeen = new java.util.HashSet<>();
        int censored = 0;
        int tDefault = 0;
        for (SupplyShare sh : set) {
            if (!countriesSeen.add(sh.country())) {
                issues.error("DUPLICATE_SHARE", "second share of " + sh.country() + " for " + what, sh.location());
                valid = false;
                continue;
            }
            if (Double.isNaN(sh.share())) {
                issues.warning("SHARE_MISSING", "share of " + sh.country() + " for " + what + " is missing; left out", sh.location());
                continue;
            }
            if (sh.share() < 0 || sh.share() > 1) {
                issues.error("SHARE_OUT_OF_RANGE", "share of " + sh.country() + " for " + what + " is " + sh.share()
                        + ", outside [0, 1]; the HHI is not computed", sh.location());
                valid = false;
                continue;
            }
            if (!Double.isNaN(sh.t()) && sh.t() <= 0) {
                issues.error("VALUE_OUT_OF_RANGE", "t of " + sh.country() + " for " + what + " is " + sh.t() + ", must be > 0",
                        sh.location());
                valid = false;
                continue;
            }
            if (sh.censored()) {
                censored++;
            }
            if (Double.isNaN(sh.t())) {
                tDefault++;
            }
            used.add(sh);
        }
        double sum = used.stream().mapToDouble(SupplyShare::share).sum();
        if (sum > 1 + options.shareSumTolerance()) {
            issues.error("SHARE_SUM_HIGH", "shares of " + what + " sum to " + fmt(sum) + " > 1 (tolerance "
                    + options.shareSumTolerance() + "); the HHI is not computed", first.location());
            valid = false;
        } else if (sum < 1 - options.shareSumTolerance()) {
            String msg = "shares of " + what + " sum to " + fmt(sum) + " < 1; the unlisted rest is not in the HHI";
            if (first.scope() == ShareScope.GS) {
                issues.warning("SHARE_SUM_LOW", msg, first.location());
            } else {
                issues.info("SHARE_SUM_LOW", msg + " (sourcing tables list only shares >= 1 %)", first.location());
            }
        }
        if (censored > 0) {
            issues.info("CENSORED_SHARE", censored + " share(s) of " + what + " printed as a bound (e.g. <0.1 %) used as "
                    + options.censoredShare() + " where the reader did not give a value", first.location());
        }
        if (tDefault > 0) {
            issues.info("T_DEFAULT", tDefault + " share(s) of " + what + " have no t: " + options.intraEuT()
                    + " for EU member states, 1.0 otherwise", first.location());
        }
        int n = used.size();
        int[] c = new int[n];
        double[] s = new double[n];
        double[] t = new double[n];
        boolean[] cens = new boolean[n];
        for (int i = 0; i < n; i++) {
            SupplyShare sh = used.get(i);
            boolean known = countryIndex.containsKey(sh.country());
            c[i] = country(sh.country());
            if ((!known || wgiDefaulted[c[i]]) && defaultedReported.add(sh.country())) {
                issues.warning("WGI_MISSING_DEFAULT", "no WGI for " + sh.country() + " (share in " + what
                        + "); the stated default scaled WGI " + options.missingWgi() + " is used", sh.location());
            }
            s[i] = sh.share();
            t[i] = !Double.isNaN(sh.t()) ? sh.t() : euMembers.contains(sh.country()) ? options.intraEuT() : 1.0;
            cens[i] = sh.censored();
        }
        return new Shares(first.scope(), c, s, t, cens, valid);
    }

    // ---------------------------------------------------------------- EI

    private void prepareEi() {
        Map<String, Double> va = new LinkedHashMap<>();
        String unit = null;
        double maxQ = Double.NaN;
        for (ValueAdded v : in.valueAdded()) {
            if (v.scope() != scope) {
                continue;
            }
            String nace = normNace(v.nace());
            if (Double.isNaN(v.value()) || v.value() <= 0) {
                issues.error("VALUE_OUT_OF_RANGE", "value added of " + nace + " is " + v.value() + "; it must be > 0", v.location());
                continue;
            }
            if (unit == null) {
                unit = v.unit();
            } else if (!unit.equals(v.unit())) {
                issues.error("UNIT_MISMATCH", "value added of " + nace + " is in " + v.unit() + ", others in " + unit, v.location());
                continue;
            }
            if (va.put(nace, v.value()) != null) {
                issues.error("DUPLICATE_ROW", "second value added for " + scope + " " + nace, v.location());
            }
            maxQ = Double.isNaN(maxQ) ? v.value() : Math.max(maxQ, v.value());
        }
        double euScale = scope == Scope.BE ? prepareEuScale(va) : Double.NaN;
        Map<String, List<EndUse>> byMaterial = new LinkedHashMap<>();
        for (EndUse e : in.endUses()) {
            byMaterial.computeIfAbsent(e.material(), k -> new ArrayList<>()).add(e);
        }
        for (var e : byMaterial.entrySet()) {
            MaterialModel mm = material(e.getKey());
            if (va.isEmpty()) {
                issues.warning("VALUE_ADDED_MISSING", "no value added for scope " + scope + "; EI of " + e.getKey()
                        + " is not computed", e.getValue().get(0).location());
                continue;
            }
            double allocated = 0;
            double total = 0;
            double sumAq = 0;
            boolean valid = true;
            List<EiContribution> contrib = new ArrayList<>();
            for (EndUse u : e.getValue()) {
                if (Double.isNaN(u.share())) {
                    issues.warning("SHARE_MISSING", "end-use share of " + u.material() + " / " + u.application()
                            + " is missing; counted as unallocated", u.location());
                    continue;
                }
                if (u.share() < 0 || u.share() > 1) {
                    issues.error("SHARE_OUT_OF_RANGE", "end-use share of " + u.material() + " / " + u.application() + " is "
                            + u.share() + ", outside [0, 1]", u.location());
                    valid = false;
                    continue;
                }
                total += u.share();
                String nace = normNace(u.nace());
                Double q = nace.isEmpty() ? null : va.get(nace);
                if (!nace.isEmpty() && q == null) {
                    issues.warning("VALUE_ADDED_MISSING", "no value added for NACE " + nace + " (" + u.material() + " / "
                            + u.application() + "); the share counts as unallocated", u.location());
                }
                if (q == null) {
                    contrib.add(new EiContribution(u.material(), scope, u.application(), nace, u.share(), Double.NaN, 0, false));
                } else {
                    allocated += u.share();
                    sumAq += u.share() * q;
                    contrib.add(new EiContribution(u.material(), scope, u.application(), nace, u.share(), q,
                            10.0 * u.share() * q / maxQ, true));
                }
            }
            eiContributions.addAll(contrib);
            Location loc = e.getValue().get(0).location();
            if (total > 1 + options.shareSumTolerance()) {
                issues.error("SHARE_SUM_HIGH", "end-use shares of " + e.getKey() + " sum to " + fmt(total)
                        + " > 1; EI is not computed", loc);
                valid = false;
            } else if (total < 1 - options.shareSumTolerance()) {
                issues.warning("SHARE_SUM_LOW", "end-use shares of " + e.getKey() + " sum to " + fmt(total)
                        + " < 1; the rest counts as unallocated", loc);
            }
            if (!valid) {
                continue;
            }
            mm.unallocated = Math.max(0, 1 - allocated);
            if (mm.unallocated > options.shareSumTolerance()) {
                issues.info("UNALLOCATED_END_USE", fmt(mm.unallocated) + " of the end uses of " + e.getKey()
                        + " have no NACE value added; rule " + options.unallocatedRule(), loc);
            }
            if (options.unallocatedRule() == UnallocatedRule.RENORMALISE) {
                sumAq = allocated > 0 ? sumAq / allocated : Double.NaN;
            }
            mm.eiUnsub = 10.0 * sumAq / maxQ;
            if (!Double.isNaN(euScale)) {
                mm.eiBeEuScaleUnsub = euScaleEi(e.getValue(), va, euScale);
            }
        }
        // substitution indices
        Map<String, SubstitutionIndex> given = new HashMap<>();
        for (SubstitutionIndex s : in.siEi()) {
            if (given.put(s.material(), s) != null) {
                issues.error("DUPLICATE_ROW", "second SI_EI for " + s.material(), s.location());
            }
        }
        Map<String, List<Substitute>> subs = new HashMap<>();
        for (Substitute s : in.substitutes()) {
            subs.computeIfAbsent(s.material(), k -> new ArrayList<>()).add(s);
        }
        for (MaterialModel mm : materials.values()) {
            SubstitutionIndex s = given.get(mm.material);
            if (s != null) {
                if (Double.isNaN(s.siEi()) || s.siEi() <= 0 || s.siEi() > 1) {
                    issues.error("VALUE_OUT_OF_RANGE", "si_ei of " + mm.material + " is " + s.siEi() + ", outside (0, 1]", s.location());
                } else {
                    mm.siEi = s.siEi();
                    mm.siEiMin = s.min();
                    mm.siEiMax = s.max();
                }
                if (!Double.isNaN(s.eiPublished())) {
                    if (s.eiPublished() < 0) {
                        issues.error("VALUE_OUT_OF_RANGE", "ei_published of " + mm.material + " is " + s.eiPublished() + ", negative",
                                s.location());
                    } else if (Double.isNaN(mm.eiUnsub) && scope == Scope.BE) {
                        // a published EI is the EU's (the CRM studies assess the EU): never the Belgian EI
                        mm.eiPublishedEuOnly = s.eiPublished();
                    } else if (Double.isNaN(mm.eiUnsub)) {
                        mm.eiPublished = s.eiPublished();
                    }
                }
            } else if (subs.containsKey(mm.material)) {
                mm.siEi = Substitution.siEi(subs.get(mm.material), options.substitution());
            }
            if (!subs.containsKey(mm.material)) {
                continue;
            }
            double siSr = Substitution.siSr(subs.get(mm.material), options.substitution());
            for (StageModel st : mm.stages) {
                if (Double.isNaN(st.siSr)) {
                    st.siSr = siSr;
                    st.note = (st.note.isEmpty() ? "" : st.note + "; ") + "SI_SR computed from substitutes";
                }
            }
        }
    }

    /**
     * Scope BE: fills {@link #euScaleDivisions} (Belgian divisions that also have EU value added) and returns the factor
     * Sum Q_EU / (max Q_EU x Sum Q_BE) over them, so that Q_s,BE x factor = (Q_s,BE / Sum Q_BE) x (Sum Q_EU / max Q_EU);
     * NaN (with an info) when the input has no usable EU value added. Each scope stays in its own unit: the factor is
     * unit-free.
     */
    private double prepareEuScale(Map<String, Double> be) {
        Map<String, Double> eu = new LinkedHashMap<>();
        Set<String> units = new java.util.TreeSet<>();
        for (ValueAdded v : in.valueAdded()) {
            if (v.scope() == Scope.EU && !Double.isNaN(v.value()) && v.value() > 0) {
                eu.putIfAbsent(normNace(v.nace()), v.value());
                units.add(v.unit());
            }
        }
        if (be.isEmpty() || eu.isEmpty() || units.size() > 1) {
            issues.info("EI_BE_EU_SCALE_NOT_COMPUTED", "the sensitivity 'Belgian structure, EU scale' (ei_be_eu_scale) needs valid EU "
                    + "value added in one unit besides the Belgian; " + (units.size() > 1 ? "EU value added has units " + units
                    : "none given") + ": not computed", Location.none());
            return Double.NaN;
        }
        double sumBe = 0;
        double sumEu = 0;
        for (var b : be.entrySet()) {
            Double q = eu.get(b.getKey());
            if (q != null) {
                euScaleDivisions.add(b.getKey());
                sumBe += b.getValue();
                sumEu += q;
            }
        }
        if (euScaleDivisions.isEmpty()) {
            issues.info("EI_BE_EU_SCALE_NOT_COMPUTED", "no NACE division has both EU and Belgian value added: ei_be_eu_scale "
                    + "is not computed", Location.none());
            return Double.NaN;
        }
        double maxEu = 0;
        double allEu = 0;
        for (String d : euScaleDivisions) {
            maxEu = Math.max(maxEu, eu.get(d));
        }
        for (double q : eu.values()) {
            allEu += q;
        }
        euScaleEuCoverage = sumEu / allEu;
        issues.info("EI_BE_EU_SCALE", "sensitivity ei_be_eu_scale (Belgian structure, EU scale; not an official method): "
                + euScaleDivisions.size() + " divisions with value added in both scopes (" + String.join(", ", euScaleDivisions)
                + "), " + fmt(100 * euScaleEuCoverage) + "% of EU value added; Belgian-only divisions count as unallocated",
                Location.none());
        return sumEu / (maxEu * sumBe);
    }

    /** The EU-scale EI of one material's end uses (unsubstituted), the unallocated rule as for the EI; NaN on a bad share. */
    private double euScaleEi(List<EndUse> uses, Map<String, Double> be, double factor) {
        double allocated = 0;
        double sumAq = 0;
        for (EndUse u : uses) {
            if (Double.isNaN(u.share())) {
                continue;
            }
            if (u.share() < 0 || u.share() > 1) {
                return Double.NaN;
            }
            String nace = normNace(u.nace());
            if (!nace.isEmpty() && euScaleDivisions.contains(nace)) {
                allocated += u.share();
                sumAq += u.share() * be.get(nace);
            }
        }
        if (options.unallocatedRule() == UnallocatedRule.RENORMALISE) {
            sumAq = allocated > 0 ? sumAq / allocated : Double.NaN;
        }
        return 10.0 * sumAq * factor;
    }

    static String normNace(String nace) {
        String n = nace.trim();
        int dash = n.indexOf(" - ");
        if (dash > 0) {
            n = n.substring(0, dash).trim();
        }
        return n.toUpperCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- groups and checks

    private void prepareGroups() {
        for (GroupMember g : in.groups()) {
            List<String> members = groups.computeIfAbsent(g.group(), k -> new ArrayList<>());
            if (members.contains(g.member())) {
                issues.error("DUPLICATE_ROW", "member " + g.member() + " listed twice in group " + g.group(), g.location());
                continue;
            }
            members.add(g.member());
            if (!materials.containsKey(g.member())) {
                issues.warning("GROUP_MEMBER_MISSING", "group " + g.group() + " member " + g.member()
                        + " has no data; the group score is not computed", g.location());
            }
        }
    }

    private void checkMaterialsWithoutStages() {
        Map<String, Location> firstSeen = new LinkedHashMap<>();
        for (SupplyShare s : in.shares()) {
            firstSeen.putIfAbsent(s.material(), s.location());
        }
        for (EndUse e : in.endUses()) {
            firstSeen.putIfAbsent(e.material(), e.location());
        }
        Set<String> groupNames = new LinkedHashSet<>(groups.keySet());
        for (MaterialModel mm : materials.values()) {
            if (!mm.hasStageData && !groupNames.contains(mm.material)) {
                issues.warning("NO_STAGE_DATA", mm.material + " has data but no row in material_stage for scope " + scope
                        + "; its SR is not computed", firstSeen.getOrDefault(mm.material, Location.none()));
            }
        }
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
