package be.cambium.accounts;

import be.cambium.provenance.Provenance;
import be.cambium.provenance.Source;
import be.cambium.unit.Unit;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Computes the EW-MFA indicators and checks the published figures (method: {@code docs/methods/accounts.md}).
 *
 * <pre>
 * DMI = DE + IMP        DMC = DE + IMP − EXP        PTB = IMP − EXP       (every node of the material tree)
 * per capita = X / POP  RP = GDP / DMC (EUR_basis/kg)  MID = IMP / DMI · 100 %  SS = DE / DMC · 100 %
 * U = RCV_R − IMP_W + EXP_W        CMU = U / (DMC + U) · 100 %               (total and by main category)
 * </pre>
 *
 * <p>Tolerances: every published value is taken as exact up to half its last published digit; the
 * half-widths are propagated through sums and ratios (interval bound), and a published value differs from
 * its recomputation only when the gap exceeds the sum of both half-widths (plus a relative floating-point
 * slack). Nothing is corrected: published values are kept beside computed ones, and a missing input gives
 * no computed value (missing is not zero), except DE on trade-only codes, which is structurally zero.
 *
 * <p>Issue codes: {@code MFA_UNIT}, {@code MFA_UNKNOWN_INDICATOR}, {@code MFA_UNKNOWN_MATERIAL}, {@code MFA_DUPLICATE},
 * {@code MFA_NEGATIVE}, {@code MFA_DE_TRADE_ONLY}, {@code MFA_BREAK}, {@code MFA_MISSING_YEAR}, {@code MFA_PARENT_SUM},
 * {@code MFA_IDENTITY}, {@code MFA_PUBLISHED_MISMATCH}, {@code MFA_NO_SOURCE}, {@code MFA_NOT_COMPUTABLE}.
 */
public final class AccountsCalculator {

    private static final List<Indicator> FLOWS = List.of(Indicator.DE, Indicator.IMP, Indicator.EXP, Indicator.DMI, Indicator.DMC, Indicator.PTB);
    private static final Set<Indicator> NON_NEGATIVE = Set.of(Indicator.DE, Indicator.IMP, Indicator.EXP, Indicator.RCV_R,
            Indicator.IMP_W, Indicator.EXP_W, Indicator.POP);

    private AccountsCalculator() {
    }

    /** A cell key: per capita values are a separate series from absolute ones. */
    private record Key(String geo, int year, Indicator indicator, String material, boolean perCapita) {
        Key with(Indicator i) {
            return new Key(geo, year, i, material, perCapita);
        }

        Key withMaterial(String m) {
            return new Key(geo, year, indicator, m, perCapita);
        }

        Map<String, String> labels() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("geo", geo);
            m.put("year", Integer.toString(year));
            m.put("indicator", indicator.name());
            m.put("material", material);
            if (perCapita) {
                m.put("basis", "per capita");
            }
            return m;
        }
    }

    /** A value with its rounding half-width, unit, flags and sources. */
    private record Val(double v, double hw, Unit unit, String flags, Set<String> sources) {
        static Val of(Observation o) {
            return new Val(o.value(), o.halfWidth(), o.unit(), o.flags(), o.sourceId().isBlank() ? Set.of() : Set.of(o.sourceId()));
        }

        Val to(Unit u) {
            double f = unit.conversionFactorTo(u);
            return new Val(v * f, hw * Math.abs(f), u, flags, sources);
        }

        Val plus(Val o, double sign) {
            Val b = o.to(unit);
            return new Val(v + sign * b.v, hw + b.hw, unit, union(flags, b.flags), join(sources, b.sources));
        }

        /** Quotient with a bound on its rounding error: |a/b|·(ha/|a| + hb/|b|), written without dividing by a. */
        Val over(Val o, Unit resultUnit) {
            double q = v / o.v;
            double h = (hw + Math.abs(q) * o.hw) / Math.abs(o.v);
            Unit raw = unit.dividedBy(o.unit);
            double f = raw.conversionFactorTo(resultUnit);
            return new Val(q * f, h * Math.abs(f), resultUnit, union(flags, o.flags), join(sources, o.sources));
        }

        Val times(double k) {
            return new Val(v * k, hw * Math.abs(k), unit, flags, sources);
        }

        Val inUnit(Unit u) {
            return new Val(v, hw, u, flags, sources);
        }
    }

    private static final class Run {
        final AccountsInput in;
        final ValidationReport.Builder issues = ValidationReport.builder();
        final Map<Key, Observation> published = new LinkedHashMap<>();
        final Map<Key, Val> computed = new LinkedHashMap<>();
        final List<IndicatorValue> out = new ArrayList<>();

        Run(AccountsInput in) {
            this.in = in;
        }

        Location loc(Key k, @Nullable Observation o) {
            Location base = o == null ? Location.none() : o.location();
            return base.withCell(k.labels());
        }

        @Nullable Val pub(Key k) {
            Observation o = published.get(k);
            return o == null || o.isMissing() ? null : Val.of(o);
        }

        /** The computed value if there is one, else the published one. */
        @Nullable Val best(Key k) {
            Val c = computed.get(k);
            return c != null ? c : pub(k);
        }
    }

    public static AccountsResult compute(AccountsInput in) {
        Run r = new Run(in);
        admit(r);
        checkSeries(r);
        checkParentSums(r);
        computeFlows(r);
        computePerCapita(r);
        computeRatios(r);
        computeCmu(r);
        computeProductivity(r);
        return finish(r);
    }

    // ---- 1. admission: unit, sign, trade-only DE, breaks, duplicates ----

    private static void admit(Run r) {
        MaterialHierarchy tree = r.in.tree();
        Set<String> unknownMaterials = new TreeSet<>();
        for (Observation o : r.in.observations()) {
            Map<String, String> labels = new LinkedHashMap<>();
            labels.put("geo", o.geo());
            labels.put("year", Integer.toString(o.year()));
            labels.put("indicator", o.indicator());
            labels.put("material", o.material());
            Location loc = o.location().withCell(labels);
            Indicator ind = Indicator.parse(o.indicator()).orElse(null);
            if (ind == null) {
                r.issues.warning("MFA_UNKNOWN_INDICATOR", "indicator '" + o.indicator() + "' is not one the accounts use; ignored", loc);
                continue;
            }
            if (!ind.accepts(o.unit())) {
                r.issues.error("MFA_UNIT", "unit " + o.unit() + " (" + o.unit().describe() + ") does not fit " + ind + ", which needs "
                        + ind.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + "; value not used", loc);
                continue;
            }
            boolean perCapita = ind.kind() == Indicator.Kind.MASS_FLOW && Indicator.isPerCapitaMass(o.unit());
            Key k = new Key(o.geo(), o.year(), ind, o.material(), perCapita);
            Observation first = r.published.get(k);
            if (first != null) {
                r.issues.error("MFA_DUPLICATE", "a second value for this cell (" + o.value() + " " + o.unit() + ", source " + o.sourceId()
                        + "); the first (" + first.value() + ", " + first.location() + ") is kept", loc);
                continue;
            }
            r.published.put(k, o);
            if (ind.kind() == Indicator.Kind.MASS_FLOW && !o.material().equals("TOTAL") && !tree.contains(o.material())) {
                unknownMaterials.add(o.material());
            }
            if (!o.isMissing() && NON_NEGATIVE.contains(ind) && o.value() < 0) {
                r.issues.error("MFA_NEGATIVE", ind + " must not be negative, got " + o.value() + " " + o.unit(), loc);
            }
            if (ind == Indicator.DE && !o.isMissing() && o.value() != 0 && tree.isTradeOnly(o.material())) {
                r.issues.error("MFA_DE_TRADE_ONLY", "domestic extraction " + o.value() + " " + o.unit() + " on " + o.material()
                        + ", a trade-only code (no domestic extraction exists there)", loc);
            }
            if (o.flags().indexOf('b') >= 0) {
                r.issues.warning("MFA_BREAK", "break in time series (flag b): the change from the previous year is not comparable", loc);
            }
            r.out.add(new IndicatorValue(o.geo(), o.year(), ind.name(), o.material(), o.value(), o.unit(), o.flags(), Origin.PUBLISHED,
                    o.sourceId().isBlank() ? List.of() : List.of(o.sourceId())));
        }
        for (String m : unknownMaterials) {
            r.issues.warning("MFA_UNKNOWN_MATERIAL", "material code '" + m + "' is not in the material tree; no parent/children check",
                    Location.cell("material", m));
        }
    }

    // ---- 2. series: missing years inside each published series ----

    private static void checkSeries(Run r) {
        Map<Key, TreeSet<Integer>> years = new LinkedHashMap<>();
        for (Map.Entry<Key, Observation> e : r.published.entrySet()) {
            if (e.getValue().isMissing()) {
                continue;
            }
            Key k = e.getKey();
            years.computeIfAbsent(new Key(k.geo(), 0, k.indicator(), k.material(), k.perCapita()), x -> new TreeSet<>()).add(k.year());
        }
        years.forEach((k, ys) -> {
            int y = ys.first() + 1;
            while (y < ys.last()) {
                if (ys.contains(y)) {
                    y++;
                    continue;
                }
                int gapEnd = ys.higher(y) - 1;
                Key cell = new Key(k.geo(), y, k.indicator(), k.material(), k.perCapita());
                Observation o = r.published.get(cell);
                String years1 = y == gapEnd ? "" + y : y + "–" + gapEnd;
                r.issues.warning("MFA_MISSING_YEAR", "no value for " + years1 + " inside the series " + ys.first() + "–" + ys.last()
                        + (o == null ? "" : " (given as missing" + (o.flags().isEmpty() ? "" : ", flag " + o.flags()) + ")")
                        + "; it stays missing", r.loc(cell, o));
                y = gapEnd + 1;
            }
        });
    }

    // ---- 3. parent = sum of children (published values) ----

    private static void checkParentSums(Run r) {
        MaterialHierarchy tree = r.in.tree();
        for (Map.Entry<Key, Observation> e : r.published.entrySet()) {
            Key k = e.getKey();
            if (!FLOWS.contains(k.indicator()) || e.getValue().isMissing()) {
                continue;
            }
            List<String> children = tree.childrenSumming(k.material(), k.indicator());
            if (children.isEmpty()) {
                continue;
            }
            Val parent = Val.of(e.getValue());
            Val sum = null;
            List<String> parts = new ArrayList<>();
            boolean complete = true;
            for (String c : children) {
                Val v = r.pub(k.withMaterial(c));
                if (v == null && k.indicator() == Indicator.DE && tree.isTradeOnly(c)) {
                    continue; // structurally zero
                }
                if (v == null) {
                    complete = false;
                    break;
                }
                parts.add(c + " " + fmt(v.v()));
                sum = sum == null ? v.to(parent.unit()) : sum.plus(v, +1);
            }
            if (!complete || sum == null) {
                continue;
            }
            double tol = parent.hw() + sum.hw() + r.in.relativeSlack() * Math.max(Math.abs(parent.v()), Math.abs(sum.v()));
            double gap = parent.v() - sum.v();
            if (Math.abs(gap) > tol) {
                r.issues.error("MFA_PARENT_SUM", k.indicator() + " of " + k.material() + " is " + fmt(parent.v()) + " " + parent.unit()
                        + " but its children sum to " + fmt(sum.v()) + " (" + String.join(" + ", parts) + "), a gap of " + fmt(gap)
                        + " beyond the published rounding ±" + fmt(tol), r.loc(k, e.getValue()));
            }
        }
    }

    // ---- 4. DMI, DMC, PTB at every node with DE/IMP/EXP ----

    private static void computeFlows(Run r) {
        Set<Key> nodes = new LinkedHashSet<>();
        for (Key k : r.published.keySet()) {
            if ((k.indicator() == Indicator.DE || k.indicator() == Indicator.IMP || k.indicator() == Indicator.EXP)) {
                nodes.add(new Key(k.geo(), k.year(), Indicator.DMC, k.material(), k.perCapita()));
            }
        }
        for (Key node : nodes) {
            Val imp = r.pub(node.with(Indicator.IMP));
            Val exp = r.pub(node.with(Indicator.EXP));
            Val de = r.pub(node.with(Indicator.DE));
            if (de == null && r.in.tree().isTradeOnly(node.material()) && (imp != null || exp != null)) {
                Unit u = imp != null ? imp.unit() : exp.unit();
                de = new Val(0.0, 0.0, u, "", Set.of());
            }
            if (de != null && imp != null) {
                Val dmi = de.plus(imp, +1);
                put(r, node.with(Indicator.DMI), dmi, Indicator.DMI);
                if (exp != null) {
                    put(r, node.with(Indicator.DMC), dmi.plus(exp, -1), Indicator.DMC);
                }
            }
            if (imp != null && exp != null) {
                put(r, node.with(Indicator.PTB), imp.plus(exp, -1), Indicator.PTB);
            }
        }
    }

    /** Stores a computed value, and compares it with the published one of the same cell. */
    private static void put(Run r, Key k, Val v, @Nullable Indicator identity) {
        r.computed.put(k, v);
        Observation p = r.published.get(k);
        if (p != null && !p.isMissing()) {
            boolean isIdentity = identity != null && FLOWS.contains(k.indicator());
            compare(r, k, p, v, isIdentity ? "MFA_IDENTITY" : "MFA_PUBLISHED_MISMATCH", isIdentity ? identityText(k.indicator()) : "recomputed");
        }
    }

    private static String identityText(Indicator i) {
        return switch (i) {
            case DMI -> "DE + IMP";
            case DMC -> "DE + IMP − EXP";
            case PTB -> "IMP − EXP";
            default -> "recomputed";
        };
    }

    private static void compare(Run r, Key k, Observation published, Val computed, String code, String what) {
        Val p = Val.of(published).to(computed.unit());
        double tol = p.hw() + computed.hw() + r.in.relativeSlack() * Math.max(Math.abs(p.v()), Math.abs(computed.v()));
        double gap = p.v() - computed.v();
        if (Math.abs(gap) > tol) {
            r.issues.error(code, "published " + k.indicator() + " " + fmt(p.v()) + " " + computed.unit() + " differs from " + what + " = "
                    + fmt(computed.v()) + " by " + fmt(gap) + ", beyond the published rounding ±" + fmt(tol), r.loc(k, published));
        }
    }

    // ---- 5. per capita ----

    private static void computePerCapita(Run r) {
        List<Key> abs = new ArrayList<>();
        for (Key k : union(r)) {
            if (!k.perCapita() && FLOWS.contains(k.indicator())) {
                abs.add(k);
            }
        }
        for (Key k : abs) {
            Val x = r.best(k);
            Val pop = r.pub(new Key(k.geo(), k.year(), Indicator.POP, "TOTAL", false));
            if (x == null || pop == null || pop.v() <= 0) {
                continue;
            }
            Key pc = new Key(k.geo(), k.year(), k.indicator(), k.material(), true);
            Val v = x.over(pop, Unit.T_PER_CAPITA);
            r.computed.put(pc, v);
            Observation p = r.published.get(pc);
            if (p != null && !p.isMissing()) {
                compare(r, pc, p, v, "MFA_PUBLISHED_MISMATCH", k.indicator() + " / POP");
            }
        }
    }

    // ---- 6. import dependency and self-sufficiency ----

    private static void computeRatios(Run r) {
        for (Key k : union(r)) {
            if (k.perCapita() || k.indicator() != Indicator.DMI) {
                continue;
            }
            Val dmi = r.best(k);
            Val imp = r.pub(k.with(Indicator.IMP));
            if (dmi != null && imp != null && dmi.v() > 0) {
                put(r, k.with(Indicator.MID), imp.to(dmi.unit()).over(dmi.inUnit(dmi.unit()), Unit.DIMENSIONLESS).times(100).inUnit(Unit.PERCENT), null);
            }
        }
        for (Key k : union(r)) {
            if (k.perCapita() || k.indicator() != Indicator.DMC || r.in.tree().isTradeOnly(k.material())) {
                continue;
            }
            Val dmc = r.best(k);
            Val de = r.pub(k.with(Indicator.DE));
            if (dmc == null || de == null) {
                continue;
            }
            if (dmc.v() <= 0) {
                r.issues.info("MFA_NOT_COMPUTABLE", "self-sufficiency DE / DMC not computed: DMC is " + fmt(dmc.v()) + " (not positive)",
                        r.loc(k.with(Indicator.SS), null));
                continue;
            }
            put(r, k.with(Indicator.SS), de.over(dmc, Unit.DIMENSIONLESS).times(100).inUnit(Unit.PERCENT), null);
        }
    }

    // ---- 7. circular material use rate ----

    private static void computeCmu(Run r) {
        Set<Key> nodes = new LinkedHashSet<>();
        for (Key k : r.published.keySet()) {
            if (k.indicator() == Indicator.RCV_R && !k.perCapita()) {
                nodes.add(k.with(Indicator.CMU));
            }
        }
        for (Key k : nodes) {
            Val rcv = r.pub(k.with(Indicator.RCV_R));
            Val impW = r.pub(k.with(Indicator.IMP_W));
            Val expW = r.pub(k.with(Indicator.EXP_W));
            Val dmc = r.best(k.with(Indicator.DMC));
            if (rcv == null || impW == null || expW == null || dmc == null) {
                List<String> lacking = new ArrayList<>();
                if (impW == null) {
                    lacking.add("IMP_W");
                }
                if (expW == null) {
                    lacking.add("EXP_W");
                }
                if (dmc == null) {
                    lacking.add("DMC");
                }
                if (rcv == null) {
                    lacking.add("RCV_R");
                }
                r.issues.info("MFA_NOT_COMPUTABLE", "CMU not computed: missing " + String.join(", ", lacking), r.loc(k, null));
                continue;
            }
            Val u = rcv.plus(impW, -1).plus(expW, +1);
            put(r, k.with(Indicator.U), u, null);
            Val m = dmc.to(u.unit()).plus(u, +1);
            if (m.v() <= 0) {
                r.issues.info("MFA_NOT_COMPUTABLE", "CMU not computed: DMC + U = " + fmt(m.v()) + " is not positive", r.loc(k, null));
                continue;
            }
            put(r, k, u.over(m, Unit.DIMENSIONLESS).times(100).inUnit(Unit.PERCENT), null);
        }
    }

    // ---- 8. resource productivity ----

    private static void computeProductivity(Run r) {
        for (Key k : union(r)) {
            if (k.perCapita() || k.indicator() != Indicator.GDP) {
                continue;
            }
            Val gdp = r.pub(k);
            Val dmc = r.best(new Key(k.geo(), k.year(), Indicator.DMC, k.material(), false));
            if (gdp == null || dmc == null || dmc.v() <= 0 || gdp.unit().currency().isEmpty()) {
                continue;
            }
            String basis = gdp.unit().priceBasis();
            Unit target = Unit.parse(gdp.unit().currency() + (basis.isEmpty() ? "" : "_" + basis) + "/kg");
            put(r, new Key(k.geo(), k.year(), Indicator.RP, k.material(), false), gdp.over(dmc, target), null);
        }
    }

    // ---- output ----

    private static List<Key> union(Run r) {
        Set<Key> s = new LinkedHashSet<>(r.published.keySet());
        s.addAll(r.computed.keySet());
        return new ArrayList<>(s);
    }

    private static AccountsResult finish(Run r) {
        r.computed.forEach((k, v) -> r.out.add(new IndicatorValue(k.geo(), k.year(), k.indicator().name(), k.material(), v.v(), v.unit(),
                v.flags(), Origin.COMPUTED, List.copyOf(new TreeSet<>(v.sources())))));
        List<IndicatorValue> values = new ArrayList<>();
        for (IndicatorValue v : r.out) {
            if (!Double.isNaN(v.value()) || !v.flags().isEmpty()) {
                values.add(v);
            }
        }
        values.sort(Comparator.comparing(IndicatorValue::geo).thenComparingInt(IndicatorValue::year)
                .thenComparing(IndicatorValue::indicator).thenComparing(IndicatorValue::material)
                .thenComparing(IndicatorValue::isPerCapita).thenComparing(IndicatorValue::origin));
        Map<String, Source> byId = new HashMap<>();
        r.in.sources().forEach(s -> byId.put(s.id(), s));
        Provenance prov = Provenance.empty();
        Set<String> used = new TreeSet<>();
        values.forEach(v -> used.addAll(v.sources()));
        for (String id : used) {
            Source s = byId.get(id);
            if (s == null) {
                r.issues.warning("MFA_NO_SOURCE", "source '" + id + "' is cited by values but not described", Location.none());
            } else {
                prov = prov.withSource(s);
            }
        }
        prov = prov.withStep("admit published values: unit, sign, trade-only DE, break flags, duplicates")
                .withStep("check series for missing years and parent = sum of children")
                .withStep("compute DMI = DE + IMP, DMC = DE + IMP - EXP, PTB = IMP - EXP at every node with its inputs")
                .withStep("compute per capita (POP), MID = IMP/DMI, SS = DE/DMC, U and CMU, RP = GDP/DMC")
                .withParameter("tolerance", "half the last published digit of every input, propagated through sums and ratios, plus "
                        + r.in.relativeSlack() + " relative")
                .withParameter("missing", "missing stays missing: no computed value when an input is missing")
                .withParameter("trade-only DE", "structural zero when absent on trade-only codes");
        return new AccountsResult(values, r.issues.build(), prov);
    }

    private static String union(String a, String b) {
        TreeSet<Character> s = new TreeSet<>();
        for (char c : (a + b).toCharArray()) {
            s.add(c);
        }
        StringBuilder sb = new StringBuilder();
        s.forEach(sb::append);
        return sb.toString();
    }

    private static Set<String> join(Set<String> a, Set<String> b) {
        if (b.isEmpty()) {
            return a;
        }
        Set<String> s = new TreeSet<>(a);
        s.addAll(b);
        return s;
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        String s = String.format(Locale.ROOT, "%.6f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
