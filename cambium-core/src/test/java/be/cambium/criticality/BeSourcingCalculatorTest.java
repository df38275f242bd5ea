package be.cambium.criticality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.cambium.trade.Flow;
import be.cambium.trade.TradeRow;
import be.cambium.validate.Issue;
import be.cambium.validate.Location;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Hand-made trade rows with known totals (not published figures). */
class BeSourcingCalculatorTest {

    static Set<YearMonth> year(int... years) {
        Set<YearMonth> out = new java.util.HashSet<>();
        for (int y : years) {
            for (int m = 1; m <= 12; m++) {
                out.add(YearMonth.of(y, m));
            }
        }
        return out;
    }

    static TradeRow imp(String partner, String tt, String cn, YearMonth p, double eur, double kg) {
        return new TradeRow("BE", partner, tt, cn, Flow.IMPORT, p, 1, eur, kg, "full_v2_" + p.toString().replace("-", "") + ".dat");
    }

    static TradeRow exp(String partner, String cn, YearMonth p, double eur, double kg) {
        return new TradeRow("BE", partner, "I", cn, Flow.EXPORT, p, 1, eur, kg, "full_v2_" + p.toString().replace("-", "") + ".dat");
    }

    static final List<MaterialCode> COBALT = List.of(MaterialCode.of("Cobalt", Stage.P, "81052000", 2002, null),
            MaterialCode.of("Cobalt", Stage.P, "28220000", null, null));
    static final YearMonth M3 = YearMonth.of(2023, 3);
    static final YearMonth M9 = YearMonth.of(2023, 9);

    /** CN 600 kg, US 100, DE 300 (EU), QZ 100 (confidential), exports 200; production 1 t. */
    static List<TradeRow> cobaltRows() {
        return List.of(imp("CN", "E", "81052000", M3, 6000, 400), imp("CN", "E", "28220000", M9, 2000, 200),
                imp("US", "E", "81052000", M3, 1000, 100), imp("DE", "I", "81052000", M9, 3000, 300),
                imp("QZ", "E", "81052000", M9, 900, 100), imp("EU27_2020_EXTRA", "E", "81052000", M9, 9000, 800),
                exp("FR", "81052000", M3, 2500, 200),
                new TradeRow("NL", "CN", "E", "81052000", Flow.IMPORT, M3, 1, 1, 5000, "x"), // other reporter
                imp("CN", "E", "99999999", M3, 1, 7000)); // unmapped code
    }

    static Map<String, SourcingPartner> byPartner(BeSourcingResult r) {
        return r.partners().stream().collect(Collectors.toMap(SourcingPartner::partner, Function.identity()));
    }

    static List<String> codes(BeSourcingResult r) {
        return r.report().issues().stream().map(Issue::code).toList();
    }

    @Test
    void sharesIrAndFlagsFromKnownRows() {
        List<SupplyShare> ref = List.of(new SupplyShare("Cobalt", Stage.P, ShareScope.EU, "CN", 0.09, 1.1, false, "", Location.none()));
        BeSourcingResult r = BeSourcingCalculator.compute(BeSourcingInput.of(cobaltRows(), year(2023), COBALT,
                List.of(DomesticProduction.of("Cobalt", Stage.P, 2023, 1.0)), ref, 2023, 2023));
        assertThat(r.report().hasErrors()).as(r.report().toString()).isFalse();
        SourcingStage st = r.stages().get(0);
        assertThat(st.importsKg()).isEqualTo(1100); // aggregate and other reporter and unmapped code left out
        assertThat(st.exportsKg()).isEqualTo(200);
        assertThat(st.productionKg()).isEqualTo(1000);
        assertThat(st.irBe()).isCloseTo(900.0 / 1900, within(1e-12));
        assertThat(st.intraEuShare()).isCloseTo(0.3, within(1e-12));
        assertThat(st.notObservedShare()).isCloseTo(100.0 / 1100, within(1e-12));
        Map<String, SourcingPartner> p = byPartner(r);
        assertThat(p.get("CN").share()).isCloseTo(0.3, within(1e-12));
        assertThat(p.get("CN").t()).isEqualTo(1.1);
        assertThat(p.get("CN").periods()).isEqualTo("2023-03..2023-09");
        assertThat(p.get("US").share()).isCloseTo(0.05, within(1e-12));
        assertThat(p.get("US").t()).isEqualTo(1.0);
        assertThat(p.get("DE").share()).isCloseTo(0.15, within(1e-12));
        assertThat(p.get("DE").t()).isEqualTo(0.8);
        assertThat(p.get("DE").tradeType()).isEqualTo("I");
        assertThat(p.get("BE").share()).isCloseTo(0.5, within(1e-12));
        assertThat(p.get("BE").tradeType()).isEqualTo("DP");
        assertThat(p.get("QZ").observed()).isFalse();
        assertThat(p.get("QZ").quantityKg()).isEqualTo(100);
        assertThat(r.shares()).hasSize(4).allSatisfy(s -> assertThat(s.scope()).isEqualTo(ShareScope.BE));
        assertThat(r.shares().stream().mapToDouble(SupplyShare::share).sum()).isCloseTo(1, within(1e-12));
        assertThat(codes(r)).contains("BE_PARTNER_NOT_OBSERVED", "BE_INTRA_EU_CONSIGNMENT", "BE_AGGREGATE_PARTNER", "T_DEFAULT");
        assertThat(r.report().withCode("BE_PARTNER_NOT_OBSERVED").get(0).message()).contains("9.1 %");
        assertThat(r.provenance().parameters()).containsEntry("be_sourcing_years", "2023");
    }

    @Test
    void greekAndBritishPartnersBecomeEurostatCodes() {
        BeSourcingResult r = BeSourcingCalculator.compute(BeSourcingInput.of(List.of(imp("GR", "I", "28220000", M3, 1, 10),
                imp("GB", "E", "28220000", M3, 1, 30)), year(2023), COBALT, List.of(), List.of(), 2023, 2023));
        assertThat(byPartner(r)).containsKeys("EL", "UK");
        assertThat(byPartner(r).get("EL").t()).isEqualTo(0.8);
        assertThat(byPartner(r).get("UK").t()).isEqualTo(1.0); // not a member in 2023
    }

    @Test
    void valueSharesAreAnOption() {
        BeSourcingResult r = BeSourcingCalculator.compute(BeSourcingInput.of(cobaltRows(), year(2023), COBALT, List.of(), List.of(),
                2023, 2023).withBasis(ShareBasis.VALUE));
        Map<String, SourcingPartner> p = byPartner(r);
        assertThat(p.get("CN").share()).isCloseTo(8000.0 / 12000, within(1e-12));
        assertThat(p.get("DE").share()).isCloseTo(3000.0 / 12000, within(1e-12));
        assertThat(p).doesNotContainKey("BE");
    }

    @Test
    void productionUnknownLeavesIrMissingNotZero() {
        BeSourcingResult r = BeSourcingCalculator.compute(BeSourcingInput.of(cobaltRows(), year(2023), COBALT, List.of(), List.of(),
                2023, 2023));
        SourcingStage st = r.stages().get(0);
        assertThat(st.irBe()).isNaN();
        assertThat(st.productionKg()).isNaN();
        assertThat(st.irInputsComplete()).isFalse();
        assertThat(st.note()).contains("production unknown");
        assertThat(codes(r)).contains("BE_PRODUCTION_MISSING");
        // shares of imports only: CN 600, US 100, DE 300
        assertThat(byPartner(r).get("CN").share()).isCloseTo(0.6, within(1e-12));
        CriticalityInput applied = BeSourcingCalculator.apply(Fixtures.cobalt(), r).input();
        assertThat(applied.stages()).noneMatch(m -> m.material().equals("Cobalt"));
    }

    @Test
    void reExportHubTriggersTheTransitFallback() {
        // no extraction in Belgium (standing zero); imports 100 kg, exports 300 kg
        List<TradeRow> rows = List.of(imp("CD", "E", "26050000", M3, 10, 100), exp("NL", "26050000", M9, 40, 300));
        List<MaterialCode> codes = List.of(MaterialCode.of("Cobalt", Stage.E, "26050000", null, null));
        BeSourcingResult r = BeSourcingCalculator.compute(BeSourcingInput.of(rows, year(2023), codes,
                List.of(DomesticProduction.of("Cobalt", Stage.E, null, 0)), List.of(), 2023, 2023));
        SourcingStage st = r.stages().get(0);
        assertThat(st.irBe()).isNaN();
        assertThat(st.irInputsComplete()).isTrue();
        assertThat(st.note()).contains("net exporter");
        assertThat(byPartner(r).get("CD").share()).isEqualTo(1.0); // zero production adds no BE line
        assertThat(byPartner(r)).doesNotContainKey("BE");

        MaterialStage base = MaterialStage.of("Cobalt", Stage.E, Double.NaN, 0.2, 1.0, null);
        CriticalityInput in = CriticalityInput.ofStages(List.of(base)).withShares(List.of(
                new SupplyShare("Cobalt", Stage.E, ShareScope.GS, "CD", 1.0, 1.0, false, "", Location.none())))
                .withWgi(List.of(Fixtures.wgi("CD", 8.0))).withOptions(CriticalityOptions.defaults().withScope(Scope.BE));
        BeSourcingResult.Applied a = BeSourcingCalculator.apply(in, r);
        assertThat(a.sharesAdded()).isEqualTo(1);
        assertThat(a.stagesAdded()).isEqualTo(1);
        CriticalityResult cr = CriticalityCalculator.compute(a.input());
        assertThat(cr.report().withCode("BE_TRANSIT_FALLBACK")).hasSize(1);
        StageResult sr = cr.stages().get(0);
        assertThat(sr.modeUsed()).isEqualTo(SupplyMode.EU);
        assertThat(sr.hhiSourcing()).isCloseTo(8.0, within(1e-9)); // CD 100 % x WGI 8 x t 1
        assertThat(sr.sr()).isCloseTo(8.0 * 0.8, within(1e-9));
    }

    /** Cobalt P: CN 100 % of Belgian imports; IR_BE = (IMP - EXP) / (DP + IMP - EXP) = (100 - 0) / (1000 + 100) with 1 t produced. */
    static BeSourcingResult cobaltFromTrade() {
        List<TradeRow> rows = List.of(imp("CN", "E", "28220000", M3, 10, 100));
        return BeSourcingCalculator.compute(BeSourcingInput.of(rows, year(2023), COBALT,
                List.of(DomesticProduction.of("Cobalt", Stage.P, 2023, 1.0)), List.of(), 2023, 2023));
    }

    static CriticalityInput beRun(MaterialStage... stages) {
        return CriticalityInput.ofStages(List.of(stages)).withShares(List.of(
                        new SupplyShare("Cobalt", Stage.P, ShareScope.GS, "CD", 1.0, 1.0, false, "", Location.none())))
                .withWgi(List.of(Fixtures.wgi("CD", 8.0), Fixtures.wgi("CN", 6.0), Fixtures.wgi("BE", 2.0)))
                .withOptions(CriticalityOptions.defaults().withScope(Scope.BE));
    }

    @Test
    void aBothScopeSourcingHhiDoesNotOverrideTheSharesDerivedFromTrade() {
        // review finding: the both-scope row's hhi_sourcing 5.0 won over the trade shares while the basis said "BE trade"
        MaterialStage any = MaterialStage.of("Cobalt", Stage.P, Double.NaN, 0.0, 1.0, SupplyMode.GS_EU).withHhi(Double.NaN, 5.0);
        BeSourcingResult.Applied a = BeSourcingCalculator.apply(beRun(any), cobaltFromTrade());
        assertThat(a.report().withCode("BE_SOURCING_REPLACES_HHI")).hasSize(1);
        CriticalityResult cr = CriticalityCalculator.compute(a.input());
        StageResult st = cr.stages().stream().filter(x -> x.material().equals("Cobalt")).findFirst().orElseThrow();
        // Belgian sourcing = production 1,000 kg (BE, WGI 2, t 0.8) + CN 100 kg (WGI 6, t 1), not the package's 5.0
        assertThat(st.hhiSourcing()).isCloseTo((100.0 / 121) * 2 * 0.8 + (1.0 / 121) * 6, within(1e-9));
        assertThat(st.sourcingBasis()).isEqualTo(SourcingBasis.OWN);
        // the same HHI on a row with scope BE is the package's Belgian sourcing: it wins, and says so
        MaterialStage be = any.withScope(Scope.BE);
        BeSourcingResult.Applied b = BeSourcingCalculator.apply(beRun(be), cobaltFromTrade());
        assertThat(b.report().withCode("BE_SOURCING_PACKAGE")).hasSize(1);
        assertThat(b.sharesAdded()).isZero();
        assertThat(CriticalityCalculator.compute(b.input()).stages().get(0).hhiSourcing()).isEqualTo(5.0);
    }

    @Test
    void irBeFromTradeReachesAStageThatOnlyHasAnEuRow() {
        // review finding: IR_BE was computed but dropped when the stage had only an EU row, and the EU IR was used as a proxy
        MaterialStage eu = MaterialStage.of("Cobalt", Stage.P, 0.81, 0.0, 1.0, SupplyMode.GS_EU).withScope(Scope.EU);
        BeSourcingResult.Applied a = BeSourcingCalculator.apply(beRun(eu), cobaltFromTrade());
        assertThat(a.stagesAdded()).isEqualTo(1);
        CriticalityResult cr = CriticalityCalculator.compute(a.input());
        StageResult st = cr.stages().stream().filter(x -> x.scope() == Scope.BE).findFirst().orElseThrow();
        assertThat(st.irInput()).isCloseTo(100.0 / 1100, within(1e-12));
        assertThat(st.irBasis()).isEqualTo(IrBasis.OWN);
        assertThat(cr.report().withCode("BE_IR_EU_PROXY")).isEmpty();
    }

    @Test
    void theIrRangeOfAnotherScopeDoesNotTravelWithIrBeFromTrade() {
        // review finding: the both-scope row's IR range 0.45-0.55 stayed on the trade-derived IR_BE (RANGE_INVALID, exit 2)
        MaterialStage any = MaterialStage.of("Cobalt", Stage.P, 0.5, 0.0, 1.0, SupplyMode.GS_EU).withIrRange(0.45, 0.55);
        BeSourcingResult.Applied a = BeSourcingCalculator.apply(beRun(any), cobaltFromTrade());
        MaterialStage be = a.input().stages().stream().filter(m -> m.scope() == Scope.BE).findFirst().orElseThrow();
        assertThat(be.irMin()).isNaN();
        assertThat(be.irMax()).isNaN();
        CriticalityResult cr = CriticalityCalculator.compute(a.input());
        assertThat(cr.report().hasErrors()).as(cr.report().toString()).isFalse();
        assertThat(cr.stages().stream().filter(x -> x.scope() == Scope.BE).findFirst().orElseThrow().irInput())
                .isCloseTo(100.0 / 1100, within(1e-12));
    }

    @Test
    void negativeIrWithProductionAlsoFallsBack() {
        List<TradeRow> rows = List.of(imp("CN", "E", "28220000", M3, 10, 100), exp("FR", "28220000", M9, 40, 300));
        BeSourcingResult r = BeSourcingCalculator.compute(BeSourcingInput.of(rows, year(2023), COBALT,
                List.of(DomesticProduction.of("Cobalt", Stage.P, 2023, 1.0)), List.of(), 2023, 2023));
        assertThat(r.stages().get(0).irBe()).isCloseTo(-200.0 / 800, within(1e-12));
        CriticalityInput in = CriticalityInput.ofStages(List.of(MaterialStage.of("Cobalt", Stage.P, Double.NaN, 0.1, 1.0, null)))
                .withOptions(CriticalityOptions.defaults().withScope(Scope.BE));
        CriticalityResult cr = CriticalityCalculator.compute(BeSourcingCalculator.apply(in, r).input());
        assertThat(cr.report().withCode("BE_TRANSIT_FALLBACK")).hasSize(1);
        assertThat(cr.stages().get(0).irInput()).isCloseTo(-0.25, within(1e-12));
    }

    @Test
    void cnCodeChangeAcrossYearsIsChainedAndMisusedCodesAreReported() {
        List<MaterialCode> codes = List.of(MaterialCode.of("Neodymium", Stage.P, "28053020", 2016, 2022),
                MaterialCode.of("Neodymium", Stage.P, "28053021", 2023, null));
        List<TradeRow> rows = List.of(imp("CN", "E", "28053020", YearMonth.of(2022, 5), 1, 100),
                imp("US", "E", "28053021", YearMonth.of(2023, 5), 1, 200),
                imp("JP", "E", "28053020", YearMonth.of(2023, 5), 1, 50)); // old code after its end
        BeSourcingResult r = BeSourcingCalculator.compute(BeSourcingInput.of(rows, year(2022, 2023), codes,
                List.of(DomesticProduction.of("Neodymium", Stage.P, null, 0)), List.of(), 2022, 2023));
        assertThat(r.stages().get(0).importsKg()).isEqualTo(300);
        assertThat(r.stages().get(0).irBe()).isEqualTo(1.0);
        assertThat(byPartner(r)).containsOnlyKeys("CN", "US");
        assertThat(r.report().withCode("BE_CODE_OUT_OF_YEARS")).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("28053020").contains("[2023]"));

        // a window the mapping does not cover: trade not counted, IR not computed
        BeSourcingResult gap = BeSourcingCalculator.compute(BeSourcingInput.of(rows, year(2022, 2023), codes.subList(0, 1),
                List.of(DomesticProduction.of("Neodymium", Stage.P, null, 0)), List.of(), 2022, 2023));
        assertThat(codes(gap)).contains("BE_CODE_NOT_COVERED");
        assertThat(gap.stages().get(0).irBe()).isNaN();
    }

    @Test
    void noMonthInTheWindowIsAnErrorNotAZero() {
        BeSourcingResult r = BeSourcingCalculator.compute(BeSourcingInput.of(List.of(), Set.of(), COBALT, List.of(), List.of(),
                2021, 2023));
        assertThat(r.report().hasErrors()).isTrue();
        assertThat(codes(r)).containsExactly("BE_TRADE_NO_DATA");
        assertThat(r.stages()).isEmpty();
        assertThat(r.shares()).isEmpty();
    }

    @Test
    void missingMonthsAndMassesAreFlaggedAndStopIr() {
        Set<YearMonth> months = new java.util.HashSet<>(year(2023));
        months.remove(YearMonth.of(2023, 12));
        List<TradeRow> rows = new ArrayList<>(cobaltRows());
        BeSourcingResult r = BeSourcingCalculator.compute(BeSourcingInput.of(rows, months, COBALT,
                List.of(DomesticProduction.of("Cobalt", Stage.P, 2023, 1.0)), List.of(), 2023, 2023));
        assertThat(codes(r)).contains("BE_TRADE_MONTHS_MISSING");
        assertThat(r.stages().get(0).irBe()).isNaN();

        rows.add(imp("CN", "E", "28220000", M9, 500, Double.NaN));
        BeSourcingResult m = BeSourcingCalculator.compute(BeSourcingInput.of(rows, year(2023), COBALT,
                List.of(DomesticProduction.of("Cobalt", Stage.P, 2023, 1.0)), List.of(), 2023, 2023));
        assertThat(codes(m)).contains("BE_TRADE_MASS_MISSING");
        assertThat(m.stages().get(0).irBe()).isNaN();
        assertThat(byPartner(m).get("CN").observed()).isFalse(); // its mass is incomplete
        assertThat(byPartner(m).get("US").share()).isCloseTo(100.0 / 1400, within(1e-12));
    }

    @Test
    void materialWithoutCodesGetsNoBelgianRows() {
        BeSourcingResult r = BeSourcingCalculator.compute(BeSourcingInput.of(cobaltRows(), year(2023), COBALT, List.of(), List.of(),
                2023, 2023));
        assertThat(r.stages()).extracting(SourcingStage::material).containsExactly("Cobalt");
        CriticalityInput applied = BeSourcingCalculator.apply(Fixtures.cobalt(), r).input();
        assertThat(applied.shares().stream().filter(s -> s.scope() == ShareScope.BE && s.material().equals("Co"))).hasSize(3);
    }

    @Test
    void packageSharesWinOverDerivedOnes() {
        List<MaterialCode> codes = List.of(MaterialCode.of("Co", Stage.P, "28220000", null, null));
        BeSourcingResult r = BeSourcingCalculator.compute(BeSourcingInput.of(List.of(imp("CN", "E", "28220000", M3, 1, 10)),
                year(2023), codes, List.of(DomesticProduction.of("Co", Stage.P, null, 0)), List.of(), 2023, 2023));
        BeSourcingResult.Applied a = BeSourcingCalculator.apply(Fixtures.cobalt(), r);
        assertThat(a.sharesAdded()).isZero();
        assertThat(a.report().withCode("BE_SOURCING_PACKAGE")).hasSize(1);
        assertThat(a.report().withCode("BE_IR_PACKAGE")).hasSize(1); // the fixture's BE row gives IR 0.6
        assertThat(a.input().shares()).isEqualTo(Fixtures.cobalt().shares());
    }

    @Test
    void badMappingAndProductionRowsAreLocatedErrors() {
        Location l = Location.line("material_cn.csv", 4);
        List<MaterialCode> codes = List.of(new MaterialCode("Cobalt", Stage.P, "28220000", 2024, 2020, "", "", l),
                new MaterialCode("Cobalt", Stage.P, "81052000", null, null, "", "", Location.line("material_cn.csv", 5)),
                new MaterialCode("Cobalt", Stage.P, "81052000", 2020, null, "", "", Location.line("material_cn.csv", 6)));
        BeSourcingResult r = BeSourcingCalculator.compute(BeSourcingInput.of(cobaltRows(), year(2023), codes,
                List.of(new DomesticProduction("Cobalt", Stage.P, 2023, -1, "", Location.line("be_production.csv", 2))), List.of(),
                2023, 2023));
        assertThat(r.report().errors()).extracting(Issue::code).containsExactlyInAnyOrder("BE_CODE_YEARS", "DUPLICATE_ROW",
                "BE_PRODUCTION_NEGATIVE");
        assertThat(r.report().withCode("BE_CODE_YEARS").get(0).location()).isEqualTo(l);
    }
}
