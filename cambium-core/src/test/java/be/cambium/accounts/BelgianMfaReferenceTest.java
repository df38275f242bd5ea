package be.cambium.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.cambium.provenance.Source;
import be.cambium.unit.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The EW-MFA identities on published Belgian figures for 2022 (sources and tolerances in
 * src/test/resources/accounts/SOURCE.md): imports 269.4 Mt and DMC 151.7 Mt (FEB progress report 2024),
 * net imports PTB 60 Mt (Federal Planning Bureau, 30 April 2024), imports = 75 % of material input and
 * DMC = 42 % of DMI (FEB). DE and EXP are not published in these sources; they follow from the identities
 * DMC = DE + PTB and PTB = IMP − EXP, and the test checks that the two independently published ratios
 * agree with them within the published rounding.
 */
class BelgianMfaReferenceTest {

    static final Source FEB = Source.of("feb-ce-2024", "FEB/Möbius circular economy progress report 2024, as reported by circlemade.brussels",
            "https://circlemade.brussels/echo-des-circular-business-awards", "2024");
    static final Source FPB = Source.of("fpb-mfa-2024", "Federal Planning Bureau, material flow accounts 2008-2022 (press report)",
            "https://rtl.be/actu/belgique/economie/plus-dimportations-de-matieres-que-dexportations-en-belgique-entre-2008-et-2022/2024-04-30/article/664083",
            "2024-04-30");

    @Test
    void importDependencyFromPublishedFlowsMatchesThePublished75Percent() {
        double dmc = 151.7;
        double ptb = 60;
        double imp = 269.4;
        // DE and EXP from the identities, with the rounding half-widths of their published terms
        double de = dmc - ptb;      // ± (0.05 + 0.5)
        double exp = imp - ptb;     // ± (0.05 + 0.5)
        AccountsResult r = AccountsCalculator.compute(AccountsInput.of(List.of(
                Observation.of("BE", 2022, "IMP", "TOTAL", imp, Unit.MEGATONNE, "feb-ce-2024").withDecimals(1),
                Observation.of("BE", 2022, "DMC", "TOTAL", dmc, Unit.MEGATONNE, "feb-ce-2024").withDecimals(1),
                Observation.of("BE", 2022, "PTB", "TOTAL", ptb, Unit.MEGATONNE, "fpb-mfa-2024").withDecimals(0),
                // derived DE and EXP: true rounding bound ±0.55 Mt; entered as 0 decimals (±0.5), slightly tighter, so a pass is conservative
                Observation.of("BE", 2022, "DE", "TOTAL", de, Unit.MEGATONNE, "feb-ce-2024").withDecimals(0),
                Observation.of("BE", 2022, "EXP", "TOTAL", exp, Unit.MEGATONNE, "fpb-mfa-2024").withDecimals(0),
                Observation.of("BE", 2022, "MID", "TOTAL", 75, Unit.PERCENT, "feb-ce-2024").withDecimals(0)),
                TestTrees.mainCategories(), List.of(FEB, FPB)));
        // published MID 75 % (±0.5) vs IMP/DMI = 269.4/361.1 = 74.6 % (±0.14): consistent, no issue
        assertThat(r.report().errors()).isEmpty();
        double mid = r.find("BE", 2022, "MID", "TOTAL", Origin.COMPUTED, false).orElseThrow().value();
        assertThat(mid).isCloseTo(75, within(0.5 + 0.2));
        double dmi = r.find("BE", 2022, "DMI", "TOTAL", Origin.COMPUTED, false).orElseThrow().value();
        assertThat(dmi).isCloseTo(361.1, within(1e-9));
        // DMC/DMI published as 42 % (±0.5): 151.7/361.1 = 42.0 %
        assertThat(100 * dmc / dmi).isCloseTo(42, within(0.5));
        assertThat(r.find("BE", 2022, "DMC", "TOTAL", Origin.COMPUTED, false).orElseThrow().value()).isCloseTo(dmc, within(1e-9));
    }

    @Test
    void aDmcFarFromTheIdentityWouldBeCaught() {
        // same figures, but DMC as an earlier vintage might print it (+5 Mt): the identity check fires
        AccountsResult r = AccountsCalculator.compute(AccountsInput.of(List.of(
                Observation.of("BE", 2022, "IMP", "TOTAL", 269.4, Unit.MEGATONNE, "feb-ce-2024").withDecimals(1),
                Observation.of("BE", 2022, "DMC", "TOTAL", 156.7, Unit.MEGATONNE, "feb-ce-2024").withDecimals(1),
                Observation.of("BE", 2022, "DE", "TOTAL", 91.7, Unit.MEGATONNE, "feb-ce-2024").withDecimals(0),
                Observation.of("BE", 2022, "EXP", "TOTAL", 209.4, Unit.MEGATONNE, "fpb-mfa-2024").withDecimals(0)),
                TestTrees.mainCategories(), List.of(FEB, FPB)));
        assertThat(r.report().withCode("MFA_IDENTITY")).hasSize(1);
    }
}
