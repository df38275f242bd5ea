package be.cambium.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.cambium.provenance.Source;
import be.cambium.unit.Unit;
import be.cambium.validate.Issue;
import be.cambium.validate.Location;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Unit tests of the accounts engine on small synthetic accounts (values invented, in kt). */
class AccountsCalculatorTest {

    static final Unit KT = Unit.KILOTONNE;
    static final Source SRC = Source.of("test", "synthetic test figures", null, "n/a");

    static Observation obs(int year, String ind, String mat, double v) {
        return Observation.of("BE", year, ind, mat, v, KT, "test").withDecimals(0);
    }

    /** A consistent year: DE, IMP, EXP for TOTAL and its six children, children summing to the total. */
    static List<Observation> consistentYear(int y) {
        List<Observation> l = new ArrayList<>();
        double[][] f = {{30, 60, 40}, {0, 40, 30}, {60, 40, 38}, {0, 120, 90}, {0, 8, 10}, {0, 2, 1}};
        String[] m = {"MF1", "MF2", "MF3", "MF4", "MF5", "MF6"};
        double de = 0, imp = 0, exp = 0;
        for (int i = 0; i < m.length; i++) {
            if (!m[i].equals("MF5") && !m[i].equals("MF6")) {
                l.add(obs(y, "DE", m[i], f[i][0]));
            }
            l.add(obs(y, "IMP", m[i], f[i][1]));
            l.add(obs(y, "EXP", m[i], f[i][2]));
            de += f[i][0];
            imp += f[i][1];
            exp += f[i][2];
        }
        l.add(obs(y, "DE", "TOTAL", de));
        l.add(obs(y, "IMP", "TOTAL", imp));
        l.add(obs(y, "EXP", "TOTAL", exp));
        l.add(obs(y, "DMC", "TOTAL", de + imp - exp));
        return l;
    }

    static AccountsResult run(List<Observation> l) {
        return AccountsCalculator.compute(AccountsInput.of(l, TestTrees.mainCategories(), List.of(SRC)));
    }

    static double computed(AccountsResult r, int y, String ind, String mat) {
        return r.find("BE", y, ind, mat, Origin.COMPUTED, false).orElseThrow(() -> new AssertionError("no " + ind + " " + mat)).value();
    }

    @Test
    void consistentAccountsGiveNoIssuesAndTheIdentities() {
        AccountsResult r = run(consistentYear(2020));
        assertThat(r.report().issues()).isEmpty();
        assertThat(computed(r, 2020, "DMI", "TOTAL")).isEqualTo(90 + 270);
        assertThat(computed(r, 2020, "DMC", "TOTAL")).isEqualTo(90 + 270 - 209);
        assertThat(computed(r, 2020, "PTB", "TOTAL")).isEqualTo(270 - 209);
        // trade-only code: DE is structurally zero, so DMC = IMP - EXP
        assertThat(computed(r, 2020, "DMC", "MF5")).isEqualTo(-2);
        assertThat(computed(r, 2020, "MID", "MF4")).isEqualTo(100.0);
        assertThat(computed(r, 2020, "MID", "TOTAL")).isCloseTo(100.0 * 270 / 360, within(1e-12));
        assertThat(computed(r, 2020, "SS", "TOTAL")).isCloseTo(100.0 * 90 / 151, within(1e-12));
        assertThat(r.find("BE", 2020, "DMC", "TOTAL", Origin.PUBLISHED, false)).isPresent();
        assertThat(r.provenance().sources()).containsExactly(SRC);
    }

    @Test
    void brokenIdentityIsAnErrorWithTheCellAndNothingIsFixed() {
        List<Observation> l = consistentYear(2020);
        l.removeIf(o -> o.indicator().equals("DMC"));
        l.add(obs(2020, "DMC", "TOTAL", 160).withLocation(Location.at("x.tsv", 7, 3)));
        AccountsResult r = run(l);
        List<Issue> id = r.report().withCode("MFA_IDENTITY");
        assertThat(id).hasSize(1);
        assertThat(id.get(0).location().toString()).isEqualTo("x.tsv:7:3 geo=BE, year=2020, indicator=DMC, material=TOTAL");
        assertThat(id.get(0).message()).contains("160").contains("151").contains("DE + IMP − EXP");
        assertThat(r.find("BE", 2020, "DMC", "TOTAL", Origin.PUBLISHED, false).orElseThrow().value()).isEqualTo(160);
        assertThat(computed(r, 2020, "DMC", "TOTAL")).isEqualTo(151);
    }

    @Test
    void differenceWithinPublishedRoundingIsNotAnIssue() {
        List<Observation> l = consistentYear(2020);
        l.removeIf(o -> o.indicator().equals("DMC"));
        // 7 rounded terms at 0 decimals: DE + IMP - EXP has half-width 1.5 plus 0.5 for DMC itself
        l.add(obs(2020, "DMC", "TOTAL", 153));
        assertThat(run(l).report().withCode("MFA_IDENTITY")).isEmpty();
        l.removeIf(o -> o.indicator().equals("DMC"));
        l.add(obs(2020, "DMC", "TOTAL", 153.1).withDecimals(1));
        assertThat(run(l).report().withCode("MFA_IDENTITY")).hasSize(1);
    }

    @Test
    void parentNotSumOfChildrenIsAnErrorOnTheParentCell() {
        List<Observation> l = consistentYear(2020);
        l.removeIf(o -> o.indicator().equals("IMP") && o.material().equals("MF3"));
        l.add(obs(2020, "IMP", "MF3", 45));
        AccountsResult r = run(l);
        List<Issue> ps = r.report().withCode("MFA_PARENT_SUM");
        assertThat(ps).hasSize(1);
        assertThat(ps.get(0).location().cell()).containsEntry("indicator", "IMP").containsEntry("material", "TOTAL").containsEntry("year", "2020");
        assertThat(ps.get(0).message()).contains("270").contains("275");
    }

    @Test
    void incompleteChildrenAreNotCheckedAgainstTheParent() {
        List<Observation> l = consistentYear(2020);
        l.removeIf(o -> o.indicator().equals("EXP") && o.material().equals("MF2"));
        assertThat(run(l).report().withCode("MFA_PARENT_SUM")).isEmpty();
    }

    @Test
    void negativeFlowsDeOnTradeOnlyBreakAndMissingYearAreReported() {
        List<Observation> l = new ArrayList<>();
        l.add(obs(2018, "IMP", "MF1", -5));
        l.add(obs(2019, "DE", "MF5", 3));
        l.add(obs(2018, "DE", "MF1", 10));
        l.add(obs(2020, "DE", "MF1", 11).withFlags("b"));
        l.add(obs(2021, "DE", "MF1", 12));
        AccountsResult r = run(l);
        assertThat(r.report().withCode("MFA_NEGATIVE")).singleElement().satisfies(i -> assertThat(i.location().cell()).containsEntry("year", "2018"));
        assertThat(r.report().withCode("MFA_DE_TRADE_ONLY")).singleElement().satisfies(i -> assertThat(i.location().cell()).containsEntry("material", "MF5"));
        assertThat(r.report().withCode("MFA_BREAK")).singleElement().satisfies(i -> assertThat(i.location().cell()).containsEntry("year", "2020"));
        assertThat(r.report().withCode("MFA_MISSING_YEAR")).singleElement().satisfies(i -> {
            assertThat(i.location().cell()).containsEntry("year", "2019").containsEntry("indicator", "DE").containsEntry("material", "MF1");
        });
    }

    @Test
    void missingInputGivesNoComputedValue() {
        List<Observation> l = new ArrayList<>();
        l.add(obs(2020, "DE", "MF1", 10));
        l.add(Observation.of("BE", 2020, "IMP", "MF1", Double.NaN, KT, "test").withFlags("c"));
        l.add(obs(2020, "EXP", "MF1", 4));
        AccountsResult r = run(l);
        assertThat(r.find("BE", 2020, "DMC", "MF1", Origin.COMPUTED, false)).isEmpty();
        assertThat(r.find("BE", 2020, "DMI", "MF1", Origin.COMPUTED, false)).isEmpty();
        // the confidential cell is still listed, missing, with its flag
        IndicatorValue c = r.find("BE", 2020, "IMP", "MF1", Origin.PUBLISHED, false).orElseThrow();
        assertThat(c.value()).isNaN();
        assertThat(c.flags()).isEqualTo("c");
    }

    @Test
    void unitNotMatchingTheIndicatorIsRejected() {
        List<Observation> l = new ArrayList<>();
        l.add(Observation.of("BE", 2020, "DMC", "TOTAL", 150, Unit.MEUR_2015, "test"));
        l.add(Observation.of("BE", 2020, "CMU", "TOTAL", 20, KT, "test"));
        l.add(Observation.of("BE", 2020, "POP", "TOTAL", 11e6, KT, "test"));
        AccountsResult r = run(l);
        assertThat(r.report().withCode("MFA_UNIT")).hasSize(3);
        assertThat(r.values()).isEmpty();
    }

    @Test
    void perCapitaResourceProductivityAndFlagsPropagate() {
        List<Observation> l = new ArrayList<>(consistentYear(2020));
        l.add(Observation.of("BE", 2020, "POP", "TOTAL", 10_000, Unit.PERSONS, "test"));
        l.add(Observation.of("BE", 2020, "GDP", "TOTAL", 4530, Unit.parse("MEUR_CLV2010"), "test"));
        l.add(Observation.of("BE", 2020, "DMC", "TOTAL", 15.2, Unit.T_PER_CAPITA, "test").withDecimals(1));
        l.set(0, l.get(0).withFlags("p"));
        AccountsResult r = run(l);
        assertThat(r.report().issues()).isEmpty();
        IndicatorValue pc = r.find("BE", 2020, "DMC", "TOTAL", Origin.COMPUTED, true).orElseThrow();
        assertThat(pc.value()).isCloseTo(151_000.0 / 10_000, within(1e-12));
        assertThat(pc.unit()).isEqualTo(Unit.T_PER_CAPITA);
        IndicatorValue rp = r.find("BE", 2020, "RP", "TOTAL", Origin.COMPUTED, false).orElseThrow();
        assertThat(rp.unit().toString()).isEqualTo("EUR_CLV2010/kg");
        assertThat(rp.value()).isCloseTo(4530e6 / 151e6, within(1e-12));
        assertThat(r.find("BE", 2020, "DMC", "MF1", Origin.COMPUTED, false).orElseThrow().flags()).isEqualTo("p");
    }

    @Test
    void publishedPerCapitaFarFromRecomputedIsAMismatch() {
        List<Observation> l = new ArrayList<>(consistentYear(2020));
        l.add(Observation.of("BE", 2020, "POP", "TOTAL", 10_000, Unit.PERSONS, "test"));
        l.add(Observation.of("BE", 2020, "DMC", "TOTAL", 16.0, Unit.T_PER_CAPITA, "test").withDecimals(1));
        assertThat(run(l).report().withCode("MFA_PUBLISHED_MISMATCH")).singleElement()
                .satisfies(i -> assertThat(i.location().cell()).containsEntry("basis", "per capita"));
    }

    @Test
    void duplicateCellsKeepTheFirst() {
        List<Observation> l = new ArrayList<>();
        l.add(obs(2020, "DE", "MF1", 10));
        l.add(obs(2020, "DE", "MF1", 11));
        AccountsResult r = run(l);
        assertThat(r.report().withCode("MFA_DUPLICATE")).hasSize(1);
        assertThat(r.find("BE", 2020, "DE", "MF1", Origin.PUBLISHED, false).orElseThrow().value()).isEqualTo(10);
    }

    @Test
    void eolRirIsPassedThroughWithItsSource() {
        Source jrc = Source.of("jrc-eolrir", "EOL-RIR", "https://ec.europa.eu/eurostat/cache/metadata/en/cei_srm010_esmsip2.htm", "2023");
        AccountsResult r = AccountsCalculator.compute(AccountsInput.of(
                List.of(Observation.of("EU27_2020", 2022, "EOL_RIR", "TOTAL", 12.0, Unit.PERCENT, "jrc-eolrir")),
                TestTrees.mainCategories(), List.of(jrc)));
        assertThat(r.values()).singleElement().satisfies(v -> {
            assertThat(v.origin()).isEqualTo(Origin.PUBLISHED);
            assertThat(v.sources()).containsExactly("jrc-eolrir");
        });
        assertThat(r.provenance().sources()).containsExactly(jrc);
    }
}
