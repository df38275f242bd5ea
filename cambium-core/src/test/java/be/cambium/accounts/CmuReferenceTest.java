package be.cambium.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.cambium.provenance.Source;
import be.cambium.unit.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CMU on the worked example of the method reference (methods-accounts-criticality.md §3.3, toy test [D]):
 * DMC 150, RCV_R 40, IMP_w 12, EXP_w 7 (Mt) → U = 35, M = 185, CMU = 18.9 %. See
 * src/test/resources/accounts/SOURCE.md.
 */
class CmuReferenceTest {

    static final Source REF = Source.of("ref-cmu-toy", "CAMBIUM method reference §3.3, CMU toy example", null, "2025");

    static Observation mt(String ind, String mat, double v) {
        return Observation.of("XX", 2020, ind, mat, v, Unit.MEGATONNE, "ref-cmu-toy").withDecimals(0);
    }

    @Test
    void workedExampleGives18Point9Percent() {
        AccountsResult r = AccountsCalculator.compute(AccountsInput.of(List.of(
                mt("DMC", "TOTAL", 150), mt("RCV_R", "TOTAL", 40), mt("IMP_W", "TOTAL", 12), mt("EXP_W", "TOTAL", 7),
                Observation.of("XX", 2020, "CMU", "TOTAL", 18.9, Unit.PERCENT, "ref-cmu-toy").withDecimals(1)),
                TestTrees.mainCategories(), List.of(REF)));
        assertThat(r.report().issues()).isEmpty();
        IndicatorValue u = r.find("XX", 2020, "U", "TOTAL", Origin.COMPUTED, false).orElseThrow();
        assertThat(u.value()).isEqualTo(35.0);
        IndicatorValue cmu = r.find("XX", 2020, "CMU", "TOTAL", Origin.COMPUTED, false).orElseThrow();
        assertThat(cmu.unit()).isEqualTo(Unit.PERCENT);
        // exact: 35/185 = 18.918...%; the reference prints one decimal, so ±0.05 pp
        assertThat(cmu.value()).isCloseTo(100.0 * 35 / 185, within(1e-12));
        assertThat(cmu.value()).isCloseTo(18.9, within(0.05));
    }

    @Test
    void aPublishedCmuOutsideTheRoundingIsReported() {
        AccountsResult r = AccountsCalculator.compute(AccountsInput.of(List.of(
                mt("DMC", "TOTAL", 150), mt("RCV_R", "TOTAL", 40), mt("IMP_W", "TOTAL", 12), mt("EXP_W", "TOTAL", 7),
                Observation.of("XX", 2020, "CMU", "TOTAL", 21.6, Unit.PERCENT, "ref-cmu-toy").withDecimals(1)),
                TestTrees.mainCategories(), List.of(REF)));
        assertThat(r.report().withCode("MFA_PUBLISHED_MISMATCH")).singleElement()
                .satisfies(i -> assertThat(i.location().cell()).containsEntry("indicator", "CMU"));
    }

    @Test
    void cmuByMainCategoryUsesThatCategorysDmc() {
        AccountsResult r = AccountsCalculator.compute(AccountsInput.of(List.of(
                mt("DMC", "MF2", 10), mt("RCV_R", "MF2", 6), mt("IMP_W", "MF2", 3), mt("EXP_W", "MF2", 1)),
                TestTrees.mainCategories(), List.of(REF)));
        assertThat(r.find("XX", 2020, "CMU", "MF2", Origin.COMPUTED, false).orElseThrow().value()).isCloseTo(100.0 * 4 / 14, within(1e-12));
    }
}
