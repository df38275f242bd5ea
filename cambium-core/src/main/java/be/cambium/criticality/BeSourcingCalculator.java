package be.cambium.criticality;

import be.cambium.classification.Classifications;
import be.cambium.classification.Countries;
import be.cambium.trade.Flow;
import be.cambium.trade.PartnerKind;
import be.cambium.trade.Partners;
import be.cambium.trade.TradeRow;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Belgian sourcing shares and IR_BE from detailed trade rows (Comext), for the Belgian adaptation of the SR
 * (docs/methods/criticality.md, "Belgian sourcing from Comext"). Pure: rows in, totals, shares and issues out.
 *
 * <ul>
 *   <li>A row counts for a material and stage when its CN8 code is mapped to them and valid in the row's year; a mapped
 *       code used outside its years is reported and not counted.</li>
 *   <li>Partners: countries enter the shares (Comext ISO codes turned into Eurostat's: GR to EL, GB to UK); confidential
 *       and unknown partners (QX-QZ, QP-QW) are not observed: their mass counts in the import total, not in the shares,
 *       and their share of the imports is reported; aggregates are dropped.</li>
 *   <li>Shares = partner imports / sum over observed partners (+ domestic production when known, as partner BE).</li>
 *   <li>IR_BE = (IMP - EXP) / (DP + IMP - EXP) over the window, only when DP is known for every year and every month and
 *       CN year of the window is covered and every mass is observed; else missing, with the reason.</li>
 *   <li>t: EU member states (in the partner's last month) {@code intraEuT}; else the package's EU-sourcing t for that
 *       country, material and stage, else its GS t, else 1.0 ({@code T_DEFAULT}).</li>
 * </ul>
 */
public final class BeSourcingCalculator {

    private static final Countries COUNTRIES = Classifications.standard().countries();

    private BeSourcingCalculator() {
    }

    /** Per partner of one material and stage. */
    private static final class PartnerAcc {
        double kg;
        double eur;
        boolean kgMissing;
        boolean eurMissing;
        double euKg;
        final TreeSet<String> tradeTypes = new TreeSet<>();
        final TreeSet<String> vintages = new TreeSet<>();
        @Nullable YearMonth first;
        @Nullable YearMonth last;
    }

    /** Per material and stage. */
    private static final class StageAcc {
        final String material;
        final Stage stage;
        final Map<String, PartnerAcc> partners = new TreeMap<>();
        final Map<String, PartnerAcc> notObserved = new TreeMap<>();
        double impKg;
        double impEur;
        double expKg;
        double expEur;
        int impKgMissing;
        int expKgMissing;
        double impEurOfMassMissing;
        final TreeSet<String> vintages = new TreeSet<>();
        final TreeSet<Integer> uncoveredYears = new TreeSet<>();

        StageAcc(String material, Stage stage) {
            this.material = material;
            this.stage = stage;
        }
    }

    public static BeSourcingResult compute(BeSourcingInput in) {
        ValidationReport.Builder issues = ValidationReport.builder();
        String window = in.fromYear() == in.toYear() ? Integer.toString(in.fromYear()) : in.fromYear() + "-" + in.toYear();
        Location winLoc = Location.cell("reporter", in.reporter(), "years", window);

        // months of the window present in the data
        TreeSet<YearMonth> present = new TreeSet<>();
        for (YearMonth m : in.months()) {
            if (m.getYear() >= in.fromYear() && m.getYear() <= in.toYear()) {
                present.add(m);
            }
        }
        if (present.isEmpty()) {
            issues.error("BE_TRADE_NO_DATA", "the trade data hold no month of reporter " + in.reporter() + " in " + window
                    + "; Belgian sourcing cannot be derived (import Comext files of those years first)", winLoc);
            return new BeSourcingResult(in.fromYear(), in.toYear(), List.of(), List.of(), List.of(), issues.build(),
                    in.provenance());
        }
        int expected = 12 * (in.toYear() - in.fromYear() + 1);
        boolean windowComplete = present.size() == expected;
        if (!windowComplete) {
            Map<Integer, Integer> perYear = new TreeMap<>();
            for (int y = in.fromYear(); y <= in.toYear(); y++) {
                perYear.put(y, 0);
            }
            present.forEach(m -> perYear.merge(m.getYear(), 1, Integer::sum));
            List<String> gaps = new ArrayList<>();
            perYear.forEach((y, n) -> {
                if (n < 12) {
                    gaps.add(y + ": " + n + " of 12 months");
                }
            });
            issues.warning("BE_TRADE_MONTHS_MISSING", "reporter " + in.reporter() + " trade data cover " + present.size() + " of "
                    + expected + " months of " + window + " (" + String.join(", ", gaps) + "); shares use the months present, "
                    + "IR_BE is not computed", winLoc);
        }

        // the mapping: checks and index
        Map<String, StageAcc> accs = new LinkedHashMap<>();
        Map<String, List<MaterialCode>> byCode = new HashMap<>();
        Map<String, List<MaterialCode>> byStage = new LinkedHashMap<>();
        for (MaterialCode c : in.codes()) {
            if (c.validFrom() != null && c.validTo() != null && c.validFrom() > c.validTo()) {
                issues.error("BE_CODE_YEARS", "CN code " + c.cn8() + " of " + c.material() + " " + c.stage() + ": valid_from "
                        + c.validFrom() + " is after valid_to " + c.validTo() + "; the row is not used", c.location());
                continue;
            }
            String key = c.material() + "|" + c.stage();
            boolean dup = byStage.getOrDefault(key, List.of()).stream().anyMatch(o -> o.cn8().equals(c.cn8()) && overlap(o, c));
            if (dup) {
                issues.error("DUPLICATE_ROW", "CN code " + c.cn8() + " is mapped twice to " + c.material() + " " + c.stage()
                        + " in overlapping years; the second row is not used", c.location());
                continue;
            }
            byStage.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            byCode.computeIfAbsent(c.cn8(), k -> new ArrayList<>()).add(c);
            accs.computeIfAbsent(key, k -> new StageAcc(c.material(), c.stage()));
        }
        for (Map.Entry<String, List<MaterialCode>> e : byStage.entrySet()) {
            StageAcc a = accs.get(e.getKey());
            for (int y = in.fromYear(); y <= in.toYear(); y++) {
                int year = y;
                if (e.getValue().stream().noneMatch(c -> c.validIn(year))) {
                    a.uncoveredYears.add(y);
                }
            }
            if (!a.uncoveredYears.isEmpty()) {
                issues.warning("BE_CODE_NOT_COVERED", a.material + " " + a.stage + ": no mapped CN code is valid in "
                        + a.uncoveredYears + "; that trade is not counted and IR_BE is not computed",
                        e.getValue().get(0).location());
            }
        }

        // the rows
        Map<String, TreeSet<Integer>> outOfYears = new TreeMap<>();
        int aggregates = 0;
        int procedureSkipped = 0;
        for (TradeRow r : in.rows()) {
            int year = r.period().getYear();
            if (!r.reporter().equals(in.reporter()) || year < in.fromYear() || year > in.toYear()) {
                continue;
            }
            List<MaterialCode> mapped = byCode.get(r.cn8());
            if (mapped == null) {
                continue;
            }
            if (!in.statProcedures().isEmpty() && !in.statProcedures().contains(r.statProcedure())) {
                procedureSkipped++;
                continue;
            }
            PartnerKind kind = Partners.kind(r.partner());
            if (kind == PartnerKind.AGGREGATE) {
                aggregates++;
                continue;
            }
            boolean any = false;
            for (MaterialCode c : mapped) {
                if (!c.validIn(year)) {
                    continue;
                }
                any = true;
                add(accs.get(c.material() + "|" + c.stage()), r, kind);
            }
            if (!any) {
                outOfYears.computeIfAbsent(r.cn8(), k -> new TreeSet<>()).add(year);
            }
        }
        for (Map.Entry<String, TreeSet<Integer>> e : outOfYears.entrySet()) {
            MaterialCode c = byCode.get(e.getKey()).get(0);
            issues.warning("BE_CODE_OUT_OF_YEARS", "trade rows of CN " + e.getKey() + " in " + e.getValue() + " lie outside the "
                    + "years the mapping gives the code (" + years(c) + "); they are not counted (check the CN concordance "
                    + "and material_cn)", c.location());
        }
        if (aggregates > 0) {
            issues.info("BE_AGGREGATE_PARTNER", aggregates + " trade row(s) with an aggregate partner (e.g. WORLD, "
                    + "EU27_2020_EXTRA) dropped so that nothing is counted twice", winLoc);
        }
        if (procedureSkipped > 0) {
            issues.info("BE_STAT_PROCEDURE", procedureSkipped + " trade row(s) outside the statistical procedures "
                    + new TreeSet<>(in.statProcedures()) + " dropped", winLoc);
        }

        // t of third countries from the package's EU and GS tables
        Map<String, Double> tEu = new HashMap<>();
        Map<String, Double> tGs = new HashMap<>();
        for (SupplyShare s : in.referenceShares()) {
            if (Double.isNaN(s.t())) {
                continue;
            }
            String k = s.material() + "|" + s.stage() + "|" + s.country();
            if (s.scope() == ShareScope.EU) {
                tEu.putIfAbsent(k, s.t());
            } else if (s.scope() == ShareScope.GS) {
                tGs.putIfAbsent(k, s.t());
            }
        }

        List<SourcingStage> stages = new ArrayList<>();
        List<SourcingPartner> partners = new ArrayList<>();
        List<SupplyShare> shares = new ArrayList<>();
        YearMonth lastMonth = YearMonth.of(in.toYear(), 12);
        for (StageAcc a : accs.values()) {
            String what = a.material + " " + a.stage;
            Location loc = Location.cell("material", a.material, "stage", a.stage.name(), "years", window);
            String vintages = String.join("; ", a.vintages);
            String src = "Eurostat Comext" + (vintages.isEmpty() ? "" : " " + vintages) + " (reporter " + in.reporter()
                    + ", " + window + "); CN codes from material_cn";
            double dp = production(in, a, issues);
            List<String> notes = new ArrayList<>();
            boolean complete = windowComplete && a.uncoveredYears.isEmpty();

            // IR_BE
            double ir = Double.NaN;
            boolean irInputs = false;
            if (Double.isNaN(dp)) {
                notes.add("IR_BE not computed and shares of imports only: Belgian production unknown");
                issues.warning("BE_PRODUCTION_MISSING", what + ": no Belgian production (be_production) for every year of "
                        + window + "; IR_BE is missing (not zero) and the shares are shares of imports only", loc);
            } else if (!complete) {
                notes.add("IR_BE not computed: window not fully covered");
            } else if (a.impKgMissing > 0 || a.expKgMissing > 0) {
                notes.add("IR_BE not computed: mass missing in " + (a.impKgMissing + a.expKgMissing) + " trade row(s)");
            } else if (dp == 0 && a.impKg == 0 && a.expKg == 0) {
                notes.add("IR_BE undefined: no production and no trade in " + window);
            } else {
                irInputs = true;
                double denom = dp + a.impKg - a.expKg;
                if (denom <= 0) {
                    notes.add("apparent consumption DP + IMP - EXP = " + fmt(denom) + " kg <= 0: net exporter (re-export hub)");
                } else {
                    ir = (a.impKg - a.expKg) / denom;
                }
            }
            if (a.impKgMissing > 0 || a.expKgMissing > 0) {
                issues.warning("BE_TRADE_MASS_MISSING", what + ": " + a.impKgMissing + " import and " + a.expKgMissing
                        + " export row(s) have no net mass (not observed); they are left out of the mass totals and shares"
                        + (a.impEur > 0 ? " (" + pct(a.impEurOfMassMissing / a.impEur) + " of the import value)" : ""), loc);
            }

            // partners in and out of the shares
            double total = 0;
            double euKg = 0;
            double observedKg = 0;
            Map<String, Double> basisValue = new LinkedHashMap<>();
            for (Map.Entry<String, PartnerAcc> e : a.partners.entrySet()) {
                PartnerAcc p = e.getValue();
                boolean missing = in.basis() == ShareBasis.MASS ? p.kgMissing : p.eurMissing;
                double v = in.basis() == ShareBasis.MASS ? p.kg : p.eur;
                if (missing) {
                    partners.add(line(a, e.getKey(), p, Double.NaN, Double.NaN, "not in the shares: "
                            + (in.basis() == ShareBasis.MASS ? "mass" : "value") + " missing in some rows", src));
                    continue;
                }
                basisValue.put(e.getKey(), v);
                total += v;
                if (!p.kgMissing) {
                    observedKg += p.kg;
                    euKg += p.euKg;
                }
            }
            boolean withProduction = in.basis() == ShareBasis.MASS && !Double.isNaN(dp) && dp > 0;
            if (withProduction) {
                total += dp;
            }
            if (in.basis() == ShareBasis.VALUE && !Double.isNaN(dp) && dp > 0) {
                notes.add("value shares: imports only (production has no value)");
            }
            double notObservedKg = 0;
            for (Map.Entry<String, PartnerAcc> e : a.notObserved.entrySet()) {
                notObservedKg += e.getValue().kg;
                partners.add(line(a, e.getKey(), e.getValue(), Double.NaN, Double.NaN,
                        "not in the shares: partner confidential or not specified", src));
            }
            double impObs = a.impKg;
            double notObservedShare = impObs > 0 ? notObservedKg / impObs : Double.NaN;
            if (notObservedKg > 0) {
                issues.warning("BE_PARTNER_NOT_OBSERVED", what + ": " + pct(notObservedShare) + " of the import mass ("
                        + fmt(notObservedKg) + " kg) has a confidential or unspecified partner (" + String.join(", ",
                        a.notObserved.keySet()) + "); it counts in IMP but not in the shares (not observed, not zero)", loc);
            }
            double intraEu = observedKg > 0 ? euKg / observedKg : Double.NaN;
            if (euKg > 0) {
                issues.info("BE_INTRA_EU_CONSIGNMENT", what + ": " + pct(intraEu) + " of the observed import mass comes from "
                        + "EU member states, recorded by member state of consignment, not origin (goods of third countries "
                        + "shipped through e.g. NL count as NL)", loc);
            }
            boolean hasShares = total > 0;
            if (!hasShares) {
                notes.add("no observed imports in " + window);
                issues.info("BE_NO_IMPORTS", what + ": no Belgian imports with an observed partner in " + window
                        + "; no Belgian sourcing shares", loc);
            } else {
                int tDefault = 0;
                for (Map.Entry<String, Double> e : basisValue.entrySet()) {
                    PartnerAcc p = a.partners.get(e.getKey());
                    double share = e.getValue() / total;
                    double t;
                    String tSource;
                    String k = a.material + "|" + a.stage + "|" + e.getKey();
                    if (p.last != null && Partners.isEuMember(iso(e.getKey()), p.last)) {
                        t = in.intraEuT();
                        tSource = "EU member state (" + in.intraEuT() + ")";
                    } else if (tEu.containsKey(k)) {
                        t = tEu.get(k);
                        tSource = "package EU sourcing t";
                    } else if (tGs.containsKey(k)) {
                        t = tGs.get(k);
                        tSource = "package GS t";
                    } else {
                        t = 1.0;
                        tSource = "default 1.0 (T_DEFAULT)";
                        tDefault++;
                    }
                    partners.add(line(a, e.getKey(), p, share, t, tSource, src));
                    shares.add(new SupplyShare(a.material, a.stage, ShareScope.BE, e.getKey(), share, t, false, src,
                            Location.cell("material", a.material, "stage", a.stage.name(), "partner", e.getKey())));
                }
                if (tDefault > 0) {
                    issues.info("T_DEFAULT", tDefault + " third-country partner(s) of " + what + " have no t in the package's "
                            + "EU or GS tables: 1.0", loc);
                }
                if (withProduction) {
                    double share = dp / total;
                    partners.add(new SourcingPartner(a.material, a.stage, in.reporter(), "DP", dp, Double.NaN, share,
                            in.intraEuT(), "EU member state (" + in.intraEuT() + ")", window, "be_production"));
                    shares.add(new SupplyShare(a.material, a.stage, ShareScope.BE, in.reporter(), share, in.intraEuT(), false,
                            "be_production", loc));
                }
            }
            stages.add(new SourcingStage(a.material, a.stage, in.fromYear(), in.toYear(), dp, a.impKg, a.expKg, a.impEur,
                    a.expEur, ir, intraEu, notObservedShare, irInputs, hasShares, String.join("; ", notes)));
        }
        var prov = in.provenance()
                .withStep("Belgian sourcing from trade: rows of reporter " + in.reporter() + ", " + window + ", CN8 codes of "
                        + "material_cn valid in the row's year; aggregates dropped; confidential/unknown partners not observed")
                .withStep("shares = partner " + (in.basis() == ShareBasis.MASS ? "net mass" : "value")
                        + " / sum over observed partners (+ Belgian production when known)")
                .withStep("IR_BE = (IMP - EXP) / (DP + IMP - EXP) over the window when DP is known and the window covered")
                .withParameter("be_sourcing_years", window)
                .withParameter("be_sourcing_basis", in.basis().name().toLowerCase(Locale.ROOT))
                .withParameter("be_sourcing_stat_procedures", in.statProcedures().isEmpty() ? "all"
                        : new TreeSet<>(in.statProcedures()).toString())
                .withParameter("be_sourcing_intra_eu_t", Double.toString(in.intraEuT()));
        return new BeSourcingResult(in.fromYear(), in.toYear(), stages, partners, shares, issues.build(), prov);
    }

    private static void add(StageAcc a, TradeRow r, PartnerKind kind) {
        boolean kgMissing = Double.isNaN(r.quantityKg());
        boolean eurMissing = Double.isNaN(r.valueEur());
        a.vintages.add(r.vintage());
        if (r.flow() == Flow.EXPORT) {
            if (kgMissing) {
                a.expKgMissing++;
            } else {
                a.expKg += r.quantityKg();
            }
            if (!eurMissing) {
                a.expEur += r.valueEur();
            }
            return;
        }
        if (kgMissing) {
            a.impKgMissing++;
            if (!eurMissing) {
                a.impEurOfMassMissing += r.valueEur();
            }
        } else {
            a.impKg += r.quantityKg();
        }
        if (!eurMissing) {
            a.impEur += r.valueEur();
        }
        String partner = kind == PartnerKind.COUNTRY ? COUNTRIES.fromIso2(r.partner()).orElse(r.partner()) : r.partner();
        PartnerAcc p = (kind == PartnerKind.COUNTRY ? a.partners : a.notObserved).computeIfAbsent(partner, k -> new PartnerAcc());
        if (kgMissing) {
            p.kgMissing = true;
        } else {
            p.kg += r.quantityKg();
            if (kind == PartnerKind.COUNTRY && Partners.isEuMember(r.partner(), r.period())) {
                p.euKg += r.quantityKg();
            }
        }
        if (eurMissing) {
            p.eurMissing = true;
        } else {
            p.eur += r.valueEur();
        }
        if (!r.tradeType().isEmpty()) {
            p.tradeTypes.add(r.tradeType());
        }
        p.vintages.add(r.vintage());
        if (p.first == null || r.period().isBefore(p.first)) {
            p.first = r.period();
        }
        if (p.last == null || r.period().isAfter(p.last)) {
            p.last = r.period();
        }
    }

    private static SourcingPartner line(StageAcc a, String partner, PartnerAcc p, double share, double t, String tSource,
                                        String stageSource) {
        String periods = p.first == null ? "" : p.first + ".." + p.last;
        String src = p.vintages.isEmpty() ? stageSource : "Eurostat Comext " + String.join("; ", p.vintages);
        return new SourcingPartner(a.material, a.stage, partner, String.join(";", p.tradeTypes), p.kgMissing ? Double.NaN : p.kg,
                p.eurMissing ? Double.NaN : p.eur, share, t, tSource, periods, src);
    }

    /** The Comext (ISO) code of a Eurostat country code, for the membership test. */
    private static String iso(String eurostat) {
        return COUNTRIES.isKnown(eurostat) ? COUNTRIES.toIso2(eurostat).orElse(eurostat) : eurostat;
    }

    /** Production over the window in kg: every year needs a row (or a standing row without year); else NaN. */
    private static double production(BeSourcingInput in, StageAcc a, ValidationReport.Builder issues) {
        DomesticProduction standing = null;
        Map<Integer, DomesticProduction> byYear = new HashMap<>();
        for (DomesticProduction d : in.production()) {
            if (!d.material().equals(a.material) || d.stage() != a.stage) {
                continue;
            }
            if (d.tonnes() < 0) {
                issues.error("BE_PRODUCTION_NEGATIVE", "Belgian production of " + a.material + " " + a.stage + " is "
                        + d.tonnes() + " t; production must not be negative (row not used)", d.location());
                continue;
            }
            if (d.year() == null) {
                if (standing != null) {
                    issues.error("DUPLICATE_ROW", "second standing (year-less) production row for " + a.material + " "
                            + a.stage, d.location());
                    continue;
                }
                standing = d;
            } else if (byYear.putIfAbsent(d.year(), d) != null) {
                issues.error("DUPLICATE_ROW", "second production row for " + a.material + " " + a.stage + " in " + d.year(),
                        d.location());
            }
        }
        double sum = 0;
        for (int y = in.fromYear(); y <= in.toYear(); y++) {
            DomesticProduction d = byYear.getOrDefault(y, standing);
            if (d == null || Double.isNaN(d.tonnes())) {
                return Double.NaN;
            }
            sum += d.tonnes() * 1000;
        }
        return sum;
    }

    /**
     * The criticality input with the derived Belgian rows: the shares (scope BE) of every material and stage that has no
     * BE shares in the package, and a BE stage row with production, imports and exports (the engine then computes IR_BE,
     * clamps it and applies the transit fallback) where IR_BE is computable and the package gives no Belgian IR.
     * Package rows win; an info issue names each material and stage where they did.
     */
    public static BeSourcingResult.Applied apply(CriticalityInput in, BeSourcingResult r) {
        ValidationReport.Builder issues = ValidationReport.builder();
        Map<String, MaterialStage> beRows = new HashMap<>();
        Map<String, MaterialStage> anyRows = new HashMap<>();
        Map<String, MaterialStage> euRows = new HashMap<>();
        for (MaterialStage m : in.stages()) {
            String k = m.material() + "|" + m.stage();
            if (m.scope() == Scope.BE) {
                beRows.put(k, m);
            } else if (m.scope() == null) {
                anyRows.put(k, m);
            } else {
                euRows.put(k, m);
            }
        }
        // the package's own Belgian sourcing wins: BE shares, or a sourcing HHI given on a BE row
        java.util.Set<String> packageBe = new java.util.HashSet<>();
        for (SupplyShare s : in.shares()) {
            if (s.scope() == ShareScope.BE) {
                packageBe.add(s.material() + "|" + s.stage());
            }
        }
        beRows.forEach((k, m) -> {
            if (!Double.isNaN(m.hhiSourcing())) {
                packageBe.add(k);
            }
        });
        List<SupplyShare> shares = new ArrayList<>(in.shares());
        java.util.Set<String> derived = new java.util.HashSet<>();
        java.util.Set<String> reported = new java.util.HashSet<>();
        int added = 0;
        for (SupplyShare s : r.shares()) {
            String k = s.material() + "|" + s.stage();
            if (packageBe.contains(k)) {
                if (reported.add(k)) {
                    issues.info("BE_SOURCING_PACKAGE", s.material() + " " + s.stage() + ": the package has Belgian sourcing "
                            + "(shares or a sourcing HHI with scope BE); it is used instead of the shares derived from trade "
                            + "(be_sourcing.csv lists the derived ones)", s.location());
                }
                continue;
            }
            shares.add(s);
            derived.add(k);
            added++;
        }
        Map<String, SourcingStage> irStages = new HashMap<>();
        for (SourcingStage st : r.stages()) {
            if (!st.irInputsComplete()) {
                continue;
            }
            String k = st.material() + "|" + st.stage();
            MaterialStage be = beRows.get(k);
            if (be != null && (!Double.isNaN(be.ir()) || !Double.isNaN(be.production()) || !Double.isNaN(be.imports())
                    || !Double.isNaN(be.exports()))) {
                issues.info("BE_IR_PACKAGE", st.material() + " " + st.stage() + ": the package gives the Belgian IR (or its "
                        + "inputs); it is used instead of IR_BE from trade", be.location());
                continue;
            }
            irStages.put(k, st);
        }
        // a Belgian stage row wherever trade changes something: derived shares over a both-scope row that gives a sourcing
        // HHI (that HHI is not Belgian: the derived shares replace it), or IR_BE inputs from trade
        java.util.Set<String> keys = new java.util.TreeSet<>(irStages.keySet());
        derived.stream().filter(k -> !beRows.containsKey(k) && anyRows.containsKey(k)
                && !Double.isNaN(anyRows.get(k).hhiSourcing())).forEach(keys::add);
        Map<String, MaterialStage> replace = new HashMap<>();
        List<MaterialStage> extra = new ArrayList<>();
        int stagesAdded = 0;
        for (String k : keys) {
            MaterialStage be = beRows.get(k);
            MaterialStage base = be != null ? be : anyRows.get(k);
            SourcingStage st = irStages.get(k);
            if (base == null) {
                MaterialStage eu = euRows.get(k);
                if (eu == null) {
                    continue; // no row in any scope: the stage is not assessed
                }
                // a stage with only an EU row: an empty Belgian row, the engine takes the EU inputs (never its IR)
                base = MaterialStage.of(eu.material(), eu.stage(), Double.NaN, Double.NaN, Double.NaN, null);
            }
            MaterialStage row = base.withScope(Scope.BE);
            if (derived.contains(k) && be == null && !Double.isNaN(row.hhiSourcing())) {
                issues.info("BE_SOURCING_REPLACES_HHI", k.replace('|', ' ') + ": the package's sourcing HHI ("
                        + fmt(row.hhiSourcing()) + ", a row for both scopes) is replaced for Belgium by the shares derived from "
                        + "trade", base.location());
                row = row.withHhi(row.hhiGs(), Double.NaN).withHhiRanges(row.hhiGsMin(), row.hhiGsMax(), Double.NaN, Double.NaN);
            }
            if (st != null) {
                // IR_BE from trade: no IR (and no IR range) of another scope travels with it
                row = row.withIr(Double.NaN).withIrRange(Double.NaN, Double.NaN)
                        .withTrade(st.productionKg(), st.importsKg(), st.exportsKg(), base.transitShare());
                stagesAdded++;
            }
            String[] mk = k.split("\\|", 2);
            row = row.withLocation(Location.cell("material", mk[0], "stage", mk[1], "source",
                    st == null ? "be_sourcing (trade shares)" : "be_sourcing (trade " + st.fromYear() + "-" + st.toYear() + ")"));
            if (be != null) {
                replace.put(k, row);
            } else {
                extra.add(row);
            }
        }
        List<MaterialStage> stages = new ArrayList<>();
        for (MaterialStage m : in.stages()) {
            String k = m.material() + "|" + m.stage();
            stages.add(m.scope() == Scope.BE && replace.containsKey(k) ? replace.get(k) : m);
        }
        stages.addAll(extra);
        CriticalityInput out = in.withShares(shares).withStages(stages);
        var prov = in.provenance().merge(r.provenance())
                .withStep("Belgian sourcing derived from trade for " + derived.size() + " material-stage(s), IR_BE inputs for "
                        + stagesAdded);
        out = new CriticalityInput(out.stages(), out.shares(), out.wgi(), out.endUses(), out.valueAdded(), out.siEi(),
                out.groups(), out.substitutes(), out.euMembers(), out.options(), prov);
        return new BeSourcingResult.Applied(out, issues.build(), added, stagesAdded);
    }

    private static boolean overlap(MaterialCode a, MaterialCode b) {
        int a0 = a.validFrom() == null ? Integer.MIN_VALUE : a.validFrom();
        int a1 = a.validTo() == null ? Integer.MAX_VALUE : a.validTo();
        int b0 = b.validFrom() == null ? Integer.MIN_VALUE : b.validFrom();
        int b1 = b.validTo() == null ? Integer.MAX_VALUE : b.validTo();
        return a0 <= b1 && b0 <= a1;
    }

    private static String years(MaterialCode c) {
        return (c.validFrom() == null ? "" : c.validFrom().toString()) + "-" + (c.validTo() == null ? "" : c.validTo().toString());
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * v);
    }

    private static String fmt(double v) {
        return java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
