package be.cambium.criticality;

import be.cambium.provenance.Provenance;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The EU critical raw materials method (EC 2017 Guidelines, used for the 2017, 2020 and 2023 lists) and
 * its Belgian adaptation:
 * <pre>
 * HHI_WGI,t = Sum_c S_c^2 x WGI_c x t_c
 * SR        = [HHI_GS x IR/2 + HHI_sourcing x (1 - IR/2)] x (1 - EOL_RIR) x SI_SR   (mode GS+EU; GS or EU alone otherwise)
 * EI        = 10 x Sum_s A_s x Q_s / max_s Q_s x SI_EI
 * critical  = EI >= 2.8 and SR >= 1.0
 * </pre>
 * SR per stage, the bottleneck being the higher; groups as the mean of their members. Pure: no IO,
 * no clock, no randomness.
 */
public final class CriticalityCalculator {

    private CriticalityCalculator() {
    }

    public static CriticalityResult compute(CriticalityInput input) {
        java.util.Objects.requireNonNull(input, "input");
        ValidationReport.Builder issues = ValidationReport.builder();
        Model model = Model.prepare(input, issues);
        double[] wgi = model.wgiVector();
        Scope scope = model.scope;
        CriticalityOptions o = model.options;

        List<StageResult> stageResults = new ArrayList<>();
        List<Contribution> contributions = new ArrayList<>();
        List<MaterialResult> results = new ArrayList<>();
        Map<String, MaterialResult> byName = new LinkedHashMap<>();
        List<CrmaBenchmark> benchmarks = new ArrayList<>();

        for (Model.MaterialModel mm : model.materials.values()) {
            if (model.groups.containsKey(mm.material) && !mm.hasStageData) {
                continue; // a group name given only through groups.csv
            }
            StageResult best = null;
            StageResult e = null;
            StageResult p = null;
            boolean partial = false;
            List<String> flags = new ArrayList<>();
            for (Model.StageModel st : mm.stages) {
                StageResult r = stage(st, wgi, scope, issues);
                stageResults.add(r);
                addContributions(model, st, wgi, contributions);
                if (model.scope == Scope.EU) {
                    CrmaBenchmark b = crma(model, st);
                    if (b != null) {
                        benchmarks.add(b);
                    }
                }
                if (st.stage == Stage.E) {
                    e = r;
                } else {
                    p = r;
                }
                if (Double.isNaN(r.sr())) {
                    partial = true;
                } else if (best == null || r.sr() > best.sr()) {
                    best = r;
                }
                if (!r.note().isEmpty()) {
                    flags.add(r.stage() + ": " + r.note());
                }
            }
            if (best != null && partial) {
                issues.warning("BOTTLENECK_PARTIAL", mm.material + ": SR could not be computed at every stage with data; "
                        + "the bottleneck is chosen among the others", Location.cell("material", mm.material));
                flags.add("bottleneck among partial stages");
            }
            double ei = mm.eiUnsub * mm.siEi;
            boolean published = Double.isNaN(mm.eiUnsub) && !Double.isNaN(mm.eiPublished);
            if (published) {
                ei = mm.eiPublished;
                flags.add("EI published (not recomputed)");
                issues.info("EI_PUBLISHED", mm.material + ": no end uses to recompute EI; the published EI " + Model.fmt(ei)
                        + " is carried as given", Location.cell("material", mm.material));
            }
            if (!Double.isNaN(mm.eiUnsub) && Double.isNaN(mm.siEi)) {
                issues.warning("SI_EI_MISSING", mm.material + " has no SI_EI (given or computed); EI is not computed, "
                        + "the unsubstituted EI " + Model.fmt(mm.eiUnsub) + " is reported", Location.cell("material", mm.material));
            }
            if (!Double.isNaN(mm.eiPublishedEuOnly)) {
                flags.add("EI missing: the published EI is the EU's");
                issues.warning("EI_PUBLISHED_EU_ONLY", mm.material + ": no usable end uses to compute a Belgian EI; the published EI "
                        + Model.fmt(mm.eiPublishedEuOnly) + " is the EU's and is not carried as the Belgian EI; EI is missing",
                        Location.cell("material", mm.material));
            } else if (Double.isNaN(mm.eiUnsub) && !published && mm.hasStageData) {
                issues.warning("EI_NOT_COMPUTED", mm.material + " has no usable end uses and value added; EI is missing",
                        Location.cell("material", mm.material));
            }
            double sr = best == null ? Double.NaN : best.sr();
            MaterialResult mr = new MaterialResult(mm.material, scope, false, sr, ei, mm.eiUnsub, mm.unallocated,
                    o.classify(sr, ei), best == null ? null : best.stage(),
                    e == null ? Double.NaN : e.sr(), p == null ? Double.NaN : p.sr(),
                    best == null ? Double.NaN : best.hhiGs(), best == null ? Double.NaN : best.hhiSourcing(),
                    best == null ? Double.NaN : best.ir(), best == null ? Double.NaN : best.eolRir(),
                    best == null ? Double.NaN : best.siSr(), mm.siEi, best == null ? null : best.modeUsed(), flags,
                    best == null ? null : best.irBasis(), best == null ? null : best.sourcingBasis(),
                    best == null ? "" : best.euInputs(), mm.eiBeEuScaleUnsub * mm.siEi);
            results.add(mr);
            byName.put(mm.material, mr);
        }
        for (var g : model.groups.entrySet()) {
            double sr = 0;
            double ei = 0;
            double eiEuScale = 0;
            int n = 0;
            boolean complete = true;
            for (String m : g.getValue()) {
                MaterialResult r = byName.get(m);
                if (r == null || Double.isNaN(r.sr()) || Double.isNaN(r.ei())) {
                    complete = false;
                    continue;
                }
                sr += r.sr();
                ei += r.ei();
                eiEuScale += r.eiBeEuScale();
                n++;
            }
            double gsr = complete && n > 0 ? sr / n : Double.NaN;
            double gei = complete && n > 0 ? ei / n : Double.NaN;
            if (!complete) {
                issues.warning("GROUP_INCOMPLETE", "group " + g.getKey() + ": a member has no SR or EI; the group mean is not computed",
                        Location.cell("group", g.getKey()));
            }
            results.add(new MaterialResult(g.getKey(), scope, true, gsr, gei, Double.NaN, Double.NaN, o.classify(gsr, gei),
                    null, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, null,
                    List.of("mean of " + n + " members: " + String.join(", ", g.getValue())), null, null, "",
                    complete && n > 0 ? eiEuScale / n : Double.NaN));
        }
        Provenance prov = provenance(input, model);
        return new CriticalityResult(scope, results, stageResults, contributions, model.eiContributions, benchmarks,
                issues.build(), prov);
    }

    private static StageResult stage(Model.StageModel st, double[] wgi, Scope scope, ValidationReport.Builder issues) {
        double hGs = st.hhiGs(wgi);
        double hSrc = st.hhiSrc(wgi);
        SupplyMode mode = st.mode;
        String note = st.note;
        Location loc = Location.cell("material", st.material, "stage", st.stage.name());
        boolean gsFallback = false;
        // GS+EU without sourcing: the study's GS-only rule; for Belgium also an "EU only" mode taken from the EU row
        // (the EU's reason, its IR <= 0, says nothing about Belgian sourcing data)
        if ((mode == SupplyMode.GS_EU || (mode == SupplyMode.EU && st.modeFromEu)) && Double.isNaN(hSrc) && !Double.isNaN(hGs)) {
            String from = mode == SupplyMode.EU ? " (EU supply mode 'EU only')" : "";
            mode = SupplyMode.GS;
            gsFallback = true;
            note = (note.isEmpty() ? "" : note + "; ") + "no " + scope + " sourcing data: GS only" + from;
            issues.warning("SOURCING_MISSING", st.material + " " + st.stage + ": no " + scope
                    + " sourcing HHI; SR uses global supply only (the study's 'GS only' rule)" + from, loc);
        }
        SupplyMode planned = mode;
        double sr = Double.NaN;
        boolean irMissing = false;
        boolean sourcingMissing = false;
        if (!st.computable) {
            mode = null;
        } else {
            List<String> missing = new ArrayList<>();
            if ((mode == SupplyMode.GS || mode == SupplyMode.GS_EU) && Double.isNaN(hGs)) {
                missing.add("HHI_GS");
            }
            if ((mode == SupplyMode.EU || mode == SupplyMode.GS_EU) && Double.isNaN(hSrc)) {
                missing.add("HHI_" + scope);
                sourcingMissing = true;
            }
            if (mode == SupplyMode.GS_EU && Double.isNaN(st.ir)) {
                missing.add(scope == Scope.BE ? "IR (IR_BE)" : "IR");
                irMissing = true;
            }
            if (Double.isNaN(st.eol)) {
                missing.add("EOL_RIR");
            }
            if (Double.isNaN(st.siSr)) {
                missing.add("SI_SR");
            }
            if (missing.isEmpty()) {
                sr = Model.StageModel.sr(mode, hGs, hSrc, st.ir, st.eol, st.siSr);
            } else {
                issues.warning("SR_INPUT_MISSING", st.material + " " + st.stage + ": SR not computed, missing "
                        + String.join(", ", missing), loc);
                mode = null;
            }
        }
        IrBasis irBasis = irMissing ? IrBasis.MISSING : planned == null ? st.irBasis : switch (planned) {
            case GS_EU -> st.irBasis;
            case EU -> st.transitSourcingOnly ? IrBasis.TRANSIT_SOURCING_ONLY : IrBasis.NOT_USED;
            case GS -> IrBasis.NOT_USED;
        };
        SourcingBasis srcBasis = sourcingMissing ? SourcingBasis.MISSING : gsFallback ? SourcingBasis.GS_FALLBACK
                : planned == SupplyMode.GS ? SourcingBasis.NOT_USED
                : Double.isNaN(hSrc) ? SourcingBasis.MISSING : SourcingBasis.OWN;
        return new StageResult(st.material, st.stage, scope, hGs, hSrc, st.irInput, st.ir, st.eol, st.siSr, mode, sr, note,
                irBasis, srcBasis, st.euInputs);
    }

    private static void addContributions(Model model, Model.StageModel st, double[] wgi, List<Contribution> out) {
        for (Model.Shares s : new Model.Shares[] {st.gs, st.src}) {
            if (s == null) {
                continue;
            }
            for (int i = 0; i < s.share.length; i++) {
                int c = s.country[i];
                double w = wgi[c];
                out.add(new Contribution(st.material, st.stage, s.scope, model.countries.get(c), s.share[i], w, s.t[i],
                        s.valid ? s.share[i] * s.share[i] * w * s.t[i] : Double.NaN, s.censored[i], model.wgiDefaulted[c]));
            }
        }
    }

    private static @Nullable CrmaBenchmark crma(Model model, Model.StageModel st) {
        Model.Shares s = st.src;
        if (s == null || !s.valid || model.euMembers.isEmpty()) {
            return null;
        }
        CriticalityOptions o = model.options;
        String top = "";
        double topShare = 0;
        double eu = 0;
        for (int i = 0; i < s.share.length; i++) {
            String c = model.countries.get(s.country[i]);
            if (model.euMembers.contains(c)) {
                eu += s.share[i];
            } else if (s.share[i] > topShare) {
                topShare = s.share[i];
                top = c;
            }
        }
        double bench = st.stage == Stage.E ? o.crmaExtraction() : o.crmaProcessing();
        double rec = st.eol;
        return new CrmaBenchmark(st.material, st.stage, top, topShare, topShare > o.crmaThirdCountry(), eu, bench, eu >= bench,
                rec, !Double.isNaN(rec) && rec >= o.crmaRecycling());
    }

    private static Provenance provenance(CriticalityInput in, Model m) {
        CriticalityOptions o = in.options();
        Provenance p = in.provenance()
                .withStep("HHI_WGI,t = sum_c S_c^2 x WGI_c x t_c per material, stage and share scope (GS, " + o.scope().sourcing() + ")")
                .withStep("SR = [HHI_GS x IR/2 + HHI_" + o.scope() + " x (1 - IR/2)] x (1 - EOL_RIR) x SI_SR per stage; bottleneck = higher stage SR")
                .withStep("EI = 10 x sum_s A_s x Q_s / max_s Q_s x SI_EI (scope " + o.scope() + " value added)")
                .withStep("groups = arithmetic mean of member SR and EI")
                .withParameter("scope", o.scope().name())
                .withParameter("ei_threshold", Double.toString(o.eiThreshold()))
                .withParameter("sr_threshold", Double.toString(o.srThreshold()))
                .withParameter("threshold_decimals", Integer.toString(o.thresholdDecimals()))
                .withParameter("wgi_scaling", o.wgiScaling().description())
                .withParameter("wgi_missing_default", Double.toString(o.missingWgi()))
                .withParameter("censored_share_value", Double.toString(o.censoredShare()))
                .withParameter("share_sum_tolerance", Double.toString(o.shareSumTolerance()))
                .withParameter("intra_eu_t", Double.toString(o.intraEuT()))
                .withParameter("unallocated_rule", o.unallocatedRule().name())
                .withParameter("ir_rule", "IR < 0 reported as 0, IR > 1 as 1 (flagged)")
                .withParameter("be_transit_fallback", o.transitFallback().name() + " when IR_BE <= 0 or quasi-transit >= "
                        + o.transitThreshold())
                .withParameter("be_ir_rule", o.beIrRule().name() + " when IR_BE is missing at a stage with Belgian sourcing"
                        + (o.beIrRule() == BeIrRule.EU_IR ? " (EU IR of the stage as a proxy, flagged)" : " (SR missing)"))
                .withParameter("be_eu_inputs", "EOL-RIR, SI_SR, supply mode and a pre-aggregated HHI_GS from the EU row (scope EU) "
                        + "when no BE or any-scope row gives them; SI_EI (si_ei, no scope) applies to both scopes")
                .withParameter("ei_published_rule", "si_ei.ei_published carried as the EI (fixed in the Monte Carlo) only when no "
                        + "usable end uses give an EI, and only for scope EU: a published EI is the EU's, the Belgian EI stays missing")
                .withParameter("countries_with_wgi", Integer.toString((int) java.util.stream.IntStream.range(0, m.countries.size())
                        .filter(i -> !m.wgiDefaulted[i]).count()));
        if (o.scope() != Scope.BE) {
            return p;
        }
        return p.withStep("sensitivity, not the verdict basis: ei_be_eu_scale = 10 x sum_s A_s x Q_s,BE / sum Q_BE x sum Q_EU / "
                        + "max Q_EU x SI_EI over the " + m.euScaleDivisions.size() + " NACE divisions with value added in both scopes")
                .withParameter("ei_be_eu_scale_divisions", String.join(" ", m.euScaleDivisions))
                .withParameter("ei_be_eu_scale_eu_coverage", Double.isNaN(m.euScaleEuCoverage) ? "" : Model.fmt(m.euScaleEuCoverage));
    }
}
