package be.cambium.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.cambium.criticality.CriticalityCalculator;
import be.cambium.criticality.CriticalityInput;
import be.cambium.criticality.CriticalityOptions;
import be.cambium.criticality.CriticalityResult;
import be.cambium.criticality.EndUse;
import be.cambium.criticality.MaterialResult;
import be.cambium.criticality.SubstitutionIndex;
import be.cambium.criticality.UnallocatedRule;
import be.cambium.io.pkg.DataPackageReader;
import be.cambium.io.pkg.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published 2023 EI (study Annex 4, bundled {@code eu-crm-2023/published_scores.csv}, one decimal) recomputed by the
 * engine from the bundled package alone: end-use shares and their NACE division with the EU value added printed beside
 * them (Appendix 6 transcription, {@code crm2023-app6}), EI = 10 x Sum A_s Q_s / max Q x SI_EI with the SI_EI of the
 * CritMAT transcription ({@code crm2023-critmat}), groups as the mean of their members. Only materials whose EI is
 * recomputed from end uses are compared; the 26 that carry the published EI ({@code si_ei.ei_published}) are not.
 *
 * <p>Tolerance 0.15 on the EI rounded to two decimals, as for SR: the published one decimal alone is +/- 0.05; the
 * transcribed inputs add their own rounding (end-use shares in whole per cent, SI_EI in two decimals), which for the
 * compared materials moves EI by up to about 0.1 (half-widths measured in {@link #toleranceCoversTheInputRounding()}).
 * The materials beyond it, and the two not computable, are named with their cause in docs/methods/criticality.md
 * ("Reference tests").
 */
class Crm2023EiReferenceTest {

    static final double TOLERANCE = 0.15;

    /** Published names (Annex 4) that differ from the package's material names. */
    private static final Map<String, String> NAME = Map.of("Natural Rubber", "Natural rubber", "Natural Teak wood",
            "Natural teak wood", "Kaolin clay", "Kaolin", "HREEs", "HREE", "LREEs", "LREE", "PGMs", "PGM");

    private static final String CARRIED = "EI published (not recomputed)";

    private static CriticalityInput leaveOut;
    private static final Map<String, Double> PUBLISHED = new LinkedHashMap<>();

    @BeforeAll
    static void read() {
        CriticalityService service = new CriticalityService();
        var pkg = service.read("eu-crm-2023", CriticalityOptions.defaults());
        assertThat(pkg.report().hasErrors()).as(pkg.report().toString()).isFalse();
        leaveOut = Objects.requireNonNull(pkg.input());
        var rr = new DataPackageReader().readClasspath(Crm2023EiReferenceTest.class.getClassLoader(), "data/eu-crm-2023");
        Table t = Objects.requireNonNull(rr.dataPackage()).table("published_scores").orElseThrow();
        for (int i = 0; i < t.rowCount(); i++) {
            BigDecimal ei = t.number(i, "ei");
            if (t.value(i, "year") instanceof Number y && y.intValue() == 2023 && ei != null) {
                String m = t.string(i, "material");
                PUBLISHED.put(NAME.getOrDefault(m, m), ei.doubleValue());
            }
        }
    }

    /** The comparison of one run with Annex 4. */
    record Comparison(List<String> within, Map<String, Double> beyond, List<String> notComputable, List<String> carried,
                      double meanAbsDeviation) {
    }

    static Comparison compare(CriticalityResult r) {
        List<String> in = new ArrayList<>();
        Map<String, Double> out = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        List<String> carried = new ArrayList<>();
        double sumAbs = 0;
        for (var e : PUBLISHED.entrySet()) {
            MaterialResult m = r.material(e.getKey()).orElse(null);
            if (m != null && m.flags().contains(CARRIED)) {
                carried.add(e.getKey());
            } else if (m == null || Double.isNaN(m.ei())) {
                missing.add(e.getKey());
            } else {
                double d = Math.abs(Math.round(m.ei() * 100) / 100.0 - e.getValue());
                sumAbs += d;
                if (d > TOLERANCE + 1e-9) {
                    out.put(e.getKey(), m.ei());
                } else {
                    in.add(e.getKey());
                }
            }
        }
        return new Comparison(in, out, missing, carried, sumAbs / (in.size() + out.size()));
    }

    static String describe(String rule, Comparison c) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s: %d within %.2f, %d beyond, %d not computable,"
                + " %d carried; mean abs deviation %.3f; beyond:", rule, c.within().size(), TOLERANCE, c.beyond().size(),
                c.notComputable().size(), c.carried().size(), c.meanAbsDeviation()));
        c.beyond().forEach((k, v) -> b.append(String.format(Locale.ROOT, " %s %.2f vs %.1f;", k, v, PUBLISHED.get(k))));
        return b.toString();
    }

    private static CriticalityResult run(UnallocatedRule rule) {
        return CriticalityCalculator.compute(leaveOut.withOptions(leaveOut.options().withUnallocatedRule(rule)));
    }

    /** Beyond 0.15 with the default rule (LEAVE_OUT); causes in docs/methods/criticality.md and the tests below. */
    static final List<String> BEYOND_LEAVE_OUT = List.of("Aluminium", "Fluorspar", "Hafnium", "Iron ore", "LREE",
            "Manganese", "PGM", "Selenium", "Silver", "Sulphur", "Talc", "Tin", "Titanium", "Zirconium");

    /** Beyond 0.15 with RENORMALISE. */
    static final List<String> BEYOND_RENORMALISE = List.of("Aluminium", "Beryllium", "Cobalt", "Fluorspar", "Hafnium",
            "Indium", "Iron ore", "LREE", "Manganese", "Selenium", "Silver", "Sulphur", "Titanium");

    /** Published EI, end uses in the package, but no recomputed EI: silica sand (SI_EI empty in the transcription) and
     * HREE (dysprosium has no end uses in the Appendix 6 transcription, so no group mean). */
    static final List<String> NOT_COMPUTABLE = List.of("Silica sand", "HREE");

    /** Measured with the default rule (2026-11-29): 28 of 42 recomputed EI within 0.15. */
    static final int WITHIN_LEAVE_OUT = 28;
    /** Measured with RENORMALISE: 29 of 42. */
    static final int WITHIN_RENORMALISE = 29;

    @Test
    void publishedEiWithinPointFifteenExceptTheNamedMaterials() {
        Comparison c = compare(run(UnallocatedRule.LEAVE_OUT));
        System.out.println(describe("LEAVE_OUT", c));
        assertThat(PUBLISHED).hasSize(70);
        assertThat(c.carried()).hasSize(26);
        assertThat(c.notComputable()).containsExactlyInAnyOrderElementsOf(NOT_COMPUTABLE);
        assertThat(c.within().size() + c.beyond().size()).isEqualTo(42);
        assertThat(c.within().size()).isGreaterThanOrEqualTo(WITHIN_LEAVE_OUT);
        assertThat(c.beyond().keySet()).containsExactlyInAnyOrderElementsOf(BEYOND_LEAVE_OUT);
        assertThat(c.within()).contains("Gallium", "Tungsten", "Magnesium", "Cobalt", "Beryllium", "Indium");
    }

    /**
     * Neither unallocated rule matches the study as a whole: RENORMALISE brings one more material within 0.15 (PGM, at
     * exactly 0.15) but has the larger mean absolute deviation, and it moves three materials out (beryllium, cobalt,
     * indium, whose published EI LEAVE_OUT reproduces to 0.02) while moving three in (talc, tin, zirconium). The default
     * stays LEAVE_OUT; the finding is recorded in docs/methods/criticality.md.
     */
    @Test
    void unallocatedRuleNeitherMatchesTheStudyAsAWhole() {
        Comparison lo = compare(run(UnallocatedRule.LEAVE_OUT));
        Comparison rn = compare(run(UnallocatedRule.RENORMALISE));
        System.out.println(describe("RENORMALISE", rn));
        assertThat(rn.notComputable()).containsExactlyInAnyOrderElementsOf(NOT_COMPUTABLE);
        assertThat(rn.within().size()).isGreaterThanOrEqualTo(WITHIN_RENORMALISE);
        assertThat(rn.beyond().keySet()).containsExactlyInAnyOrderElementsOf(BEYOND_RENORMALISE);
        assertThat(rn.within().size() - lo.within().size()).isEqualTo(1);
        assertThat(rn.meanAbsDeviation()).isGreaterThan(lo.meanAbsDeviation());
        // the study behaves like LEAVE_OUT for these (an "Other" end use without NACE: 14 %, 6 %, 10 % + 10 % missing) ...
        for (String m : List.of("Beryllium", "Cobalt", "Indium")) {
            assertThat(lo.within()).contains(m);
            assertThat(rn.beyond()).containsKey(m);
        }
        // ... and like RENORMALISE for these ("Other" without NACE: 4 %, 5 %, 7 %)
        CriticalityResult l = run(UnallocatedRule.LEAVE_OUT);
        Map<String, Double> other = Map.of("Talc", 0.04, "Tin", 0.05, "Zirconium", 0.07);
        other.forEach((m, share) -> {
            assertThat(lo.beyond()).containsKey(m);
            assertThat(rn.within()).contains(m);
            assertThat(l.material(m).orElseThrow().unallocatedShare()).isCloseTo(share, within(1e-9));
            assertThat(l.eiContributions().stream().filter(x -> x.material().equals(m) && !x.allocated()))
                    .singleElement().satisfies(x -> assertThat(x.nace()).isEmpty());
        });
        // PGM: within only at the edge (6.947 -> 6.95 against 7.1)
        assertThat(rn.within()).contains("PGM");
        assertThat(run(UnallocatedRule.RENORMALISE).material("PGM").orElseThrow().ei()).isCloseTo(6.947, within(0.001));
    }

    /**
     * The tolerance against the rounding of the inputs: EI is bilinear in the end-use shares (printed in whole per cent,
     * +/- 0.005 each) and SI_EI (the package's printing-precision range), so its range over the rounding box is reached at
     * the corners. Count the materials whose published EI +/- 0.05 meets that range (LEAVE_OUT).
     */
    @Test
    void toleranceCoversTheInputRounding() {
        CriticalityResult r = run(UnallocatedRule.LEAVE_OUT);
        Map<String, double[]> box = new LinkedHashMap<>();
        double maxQ = leaveOut.valueAdded().stream().filter(v -> v.scope() == leaveOut.options().scope())
                .mapToDouble(v -> v.value()).max().orElseThrow();
        Map<String, Double> q = new LinkedHashMap<>();
        leaveOut.valueAdded().forEach(v -> q.put(v.nace(), v.value()));
        Map<String, SubstitutionIndex> si = new LinkedHashMap<>();
        leaveOut.siEi().forEach(s -> si.put(s.material(), s));
        for (MaterialResult m : r.materials()) {
            if (m.group() || Double.isNaN(m.ei()) || m.flags().contains(CARRIED)) {
                continue;
            }
            double lo = 0;
            double hi = 0;
            for (EndUse u : leaveOut.endUses()) {
                Double v = q.get(u.nace());
                if (!u.material().equals(m.material()) || v == null || Double.isNaN(u.share())) {
                    continue;
                }
                lo += Math.max(0, u.share() - 0.005) * v;
                hi += (u.share() + 0.005) * v;
            }
            SubstitutionIndex s = si.get(m.material());
            box.put(m.material(), new double[] {10 * lo / maxQ * s.min(), 10 * hi / maxQ * s.max(), m.ei()});
        }
        List<String> reachable = new ArrayList<>();
        List<Double> halfWidths = new ArrayList<>();
        for (var e : PUBLISHED.entrySet()) {
            double[] b = box.get(e.getKey());
            if (b == null) {
                continue;
            }
            assertThat(b[0]).isLessThanOrEqualTo(b[2]);
            assertThat(b[1]).isGreaterThanOrEqualTo(b[2]);
            halfWidths.add((b[1] - b[0]) / 2);
            if (e.getValue() + 0.05 >= b[0] && e.getValue() - 0.05 <= b[1]) {
                reachable.add(e.getKey());
            }
        }
        halfWidths.sort(Double::compare);
        double median = halfWidths.get(halfWidths.size() / 2);
        System.out.printf(Locale.ROOT, "rounding box: %d individual materials, median half-width %.3f, max %.3f;"
                + " published +/- 0.05 reachable for %d: %s%n", halfWidths.size(), median,
                halfWidths.get(halfWidths.size() - 1), reachable.size(), reachable);
        assertThat(halfWidths).hasSize(40);
        // 0.15 is about the median worst-case half-width: the tolerance is what the printed inputs allow, not slack
        assertThat(median).isBetween(0.12, 0.18);
        assertThat(reachable.size()).isGreaterThanOrEqualTo(31);
        Comparison c = compare(r);
        // beyond 0.15 but reachable from the rounded inputs (wide boxes: many end uses or an SI_EI of 0.82)
        assertThat(reachable.stream().filter(c.beyond()::containsKey).toList())
                .containsExactlyInAnyOrder("Aluminium", "Manganese", "Silver", "Talc");
        // within 0.15 but not reachable: gallium 3.84 needs SI_EI 0.94-0.955 where the transcription has 0.98
        assertThat(c.within().stream().filter(m -> box.containsKey(m) && !reachable.contains(m)).toList())
                .containsExactly("Gallium");
    }

    /** Causes that one input, or one documented source, shows (docs/methods/criticality.md). */
    @Test
    void namedDeviationsExplained() {
        CriticalityResult r = run(UnallocatedRule.LEAVE_OUT);
        // no SI_EI <= 1 reaches the published EI: the unsubstituted EI itself is below it (end uses or NACE differ)
        Map.of("Fluorspar", 3.8, "Selenium", 4.8, "Iron ore", 7.2).forEach((m, pub) ->
                assertThat(r.material(m).orElseThrow().eiUnsubstituted()).as(m).isLessThan(pub - 0.05));
        // one SI_EI 0.04-0.06 away from the transcribed one would reproduce these; end uses cannot be told apart
        Map.of("Hafnium", 4.3, "Silver", 4.6, "Sulphur", 5.0, "Titanium", 5.4).forEach((m, pub) -> {
            MaterialResult x = r.material(m).orElseThrow();
            assertThat(Math.abs(pub / x.eiUnsubstituted() - x.siEi())).as(m).isBetween(0.035, 0.065);
        });
        // manganese: the five rows whose printed value added belongs to another NACE division (SOURCE.md); with the
        // printed value added (which fits the application: machinery C28, other transport C30, ...) and the 3 % of
        // shares the transcription lacks renormalised, the published 6.9 is reproduced
        Map<String, String> printedVa = Map.of("Engineering (machinery & equipment)", "C28",
                "Transportation (other transport equipment)", "C30", "Engineering (industrial)", "C25", "Metalware", "C24",
                "Transportation (motor vehicles)", "C29");
        List<EndUse> mn = new ArrayList<>();
        for (EndUse u : leaveOut.endUses()) {
            mn.add(u.material().equals("Manganese") && printedVa.containsKey(u.application())
                    ? new EndUse(u.material(), u.application(), u.share(), printedVa.get(u.application()), u.location()) : u);
        }
        assertThat(mn).isNotEqualTo(leaveOut.endUses());
        CriticalityInput fixed = leaveOut.withEi(mn, leaveOut.valueAdded(), leaveOut.siEi());
        double mnLeaveOut = CriticalityCalculator.compute(fixed).material("Manganese").orElseThrow().ei();
        double mnRenorm = CriticalityCalculator.compute(fixed.withOptions(fixed.options()
                .withUnallocatedRule(UnallocatedRule.RENORMALISE))).material("Manganese").orElseThrow().ei();
        assertThat(mnLeaveOut).isCloseTo(6.70, within(0.01));
        assertThat(mnRenorm).isCloseTo(6.9, within(0.05));
        // aluminium: the CritMAT transcription's own EI is 5.8 (Annex 4: 5.5; the only EI where the two differ)
        assertThat(r.material("Aluminium").orElseThrow().ei()).isCloseTo(5.8, within(0.1));
        // groups: the member EI of the CritMAT transcription (cambium-bench/scripts/crm2023-critmat/eureport_results.csv)
        // give the published group EI as their mean; one or two members carry the deviation
        Map<String, Double> critmat = Map.of("Iridium", 6.4, "Palladium", 8.1, "Platinum", 6.9, "Rhodium", 8.6,
                "Ruthenium", 5.5, "Cerium", 4.9, "Lanthanum", 2.9, "Neodymium", 7.2, "Praseodymium", 7.0, "Samarium", 7.7);
        assertThat(mean(critmat, List.of("Iridium", "Palladium", "Platinum", "Rhodium", "Ruthenium"))).isCloseTo(7.1, within(0.05));
        assertThat(mean(critmat, List.of("Cerium", "Lanthanum", "Neodymium", "Praseodymium", "Samarium"))).isCloseTo(5.9, within(0.05));
        // LREE: lanthanum 3.66 against 2.9 (60 % fluid cracking catalysts in C19); the other four within 0.2
        assertThat(r.material("Lanthanum").orElseThrow().ei() - critmat.get("Lanthanum")).isGreaterThan(0.7);
        for (String m : List.of("Cerium", "Neodymium", "Praseodymium", "Samarium", "Palladium", "Platinum", "Rhodium")) {
            assertThat(r.material(m).orElseThrow().ei()).as(m).isCloseTo(critmat.get(m), within(0.2));
        }
        // PGM: iridium (34 % "Other" without NACE) 3.36 against 6.4, ruthenium (13 % "Other") 4.36 against 5.5
        assertThat(r.material("Iridium").orElseThrow().unallocatedShare()).isCloseTo(0.34, within(1e-9));
        assertThat(r.material("Ruthenium").orElseThrow().unallocatedShare()).isCloseTo(0.13, within(1e-9));
        assertThat(critmat.get("Iridium") - r.material("Iridium").orElseThrow().ei()).isGreaterThan(3.0);
        assertThat(critmat.get("Ruthenium") - r.material("Ruthenium").orElseThrow().ei()).isGreaterThan(1.0);
    }

    /** The comparison bites: SI_EI 5 % lower (a copy of the input) leaves far fewer materials within 0.15. */
    @Test
    void countDropsWhenSiEiIsPerturbed() {
        List<SubstitutionIndex> lower = leaveOut.siEi().stream().map(s -> new SubstitutionIndex(s.material(),
                s.siEi() * 0.95, s.min(), s.max(), s.eiPublished(), s.location())).toList();
        CriticalityInput perturbed = leaveOut.withEi(leaveOut.endUses(), leaveOut.valueAdded(), lower);
        Comparison c = compare(CriticalityCalculator.compute(perturbed));
        System.out.println(describe("LEAVE_OUT, SI_EI x 0.95", c));
        assertThat(c.within().size()).isLessThan(WITHIN_LEAVE_OUT - 10);
        // the carried published EI do not move, so the drop is the recomputed EI's
        assertThat(c.carried()).hasSize(26);
    }

    private static double mean(Map<String, Double> v, List<String> members) {
        return members.stream().mapToDouble(v::get).average().orElseThrow();
    }

}
