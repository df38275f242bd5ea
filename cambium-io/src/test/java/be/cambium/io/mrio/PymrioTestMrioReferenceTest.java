package be.cambium.io.mrio;

import static org.assertj.core.api.Assertions.assertThat;

import be.cambium.footprint.ExtensionAccounts;
import be.cambium.footprint.FootprintCalculator;
import be.cambium.footprint.FootprintInput;
import be.cambium.footprint.FootprintResult;
import be.cambium.footprint.IoSystem;
import be.cambium.footprint.RegionFootprint;
import be.cambium.linalg.JavaLuSolver;
import be.cambium.linalg.LinearSolver;
import be.cambium.linalg.Solvers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * pymrio's 6-region x 8-sector test MRIO, read from its own raw files in ../shared/data/pymrio-test-mrio,
 * against pymrio's stored results (IndEcol/pymrio tests/test_integration.py, fixture td_testmrio) and the
 * regional emission accounts of shared/reference/eeio.md section 1.8. Sources and tolerances:
 * cambium-core src/test/resources/reference/footprint/SOURCE.md.
 */
class PymrioTestMrioReferenceTest {

    static final double[] D_IMP_REG_FACTOR_INPUTS = {2382767.5387909594, 2393134.584113787, 2972317.803194902,
        4201655.226133792, 1428782.8385865367, 6693276.934870526};

    static final double[] M_FACTOR_INPUTS = {0.53905275, 0.56458194, 0.00522754, 0.61727649, 0.01795329, 0.00576, 0.00901308,
        0.03437755, 0.00190124, 0.65405409, 0.00217839, 0.00183373, 0.01318255, 0.00542445, 0.0124986, 0.01269937, 0.00225489,
        0.00578084, 0.00764994, 0.606239, 0.06309964, 0.06737699, 0.03933411, 0.17613704, 0.0278522, 0.47281653, 0.00532731,
        0.00304105, 0.33222835, 0.00719231, 0.00238421, 0.01539324, 0.57624233, 0.67447196, 0.0054573, 0.0026126, 0.50032504,
        0.00493196, 0.03067217, 0.02587723, 0.00820916, 0.81204114, 0.0060531, 0.7988727, 0.16796353, 0.05810137, 0.00916826,
        0.01801689};

    /** eeio.md 1.8: rows emission_type1/air then emission_type2/water; D_cba_reg, D_pba_reg, D_imp_reg, D_exp_reg. */
    static final double[][][] EMISSIONS = {
        {{2.077521e+08, 1.154683e+08, 3.457988e+08, 4.460602e+08, 4.164857e+08, 8.244078e+08},
            {1.532486e+08, 8.697609e+07, 3.810068e+08, 4.220400e+08, 4.582923e+08, 8.544091e+08},
            {9.649067e+07, 4.495823e+07, 1.314260e+08, 7.282910e+07, 6.200922e+07, 1.019032e+08},
            {4.198716e+07, 1.646603e+07, 1.666340e+08, 4.880893e+07, 1.038158e+08, 1.319045e+08}},
        {{8.642744e+07, 7.200723e+07, 3.753335e+08, 1.721573e+08, 1.278938e+08, 2.901570e+08},
            {6.543960e+07, 4.507435e+07, 5.327782e+08, 1.309068e+08, 1.241302e+08, 2.256471e+08},
            {2.291135e+07, 2.835965e+07, 2.363388e+07, 5.927830e+07, 1.228847e+07, 9.564928e+07},
            {1.923515e+06, 1.426779e+06, 1.810786e+08, 1.802780e+07, 8.524823e+06, 3.113944e+07}}};

    static Path dir() {
        String base = System.getProperty("cambium.sharedData", "../shared/data");
        Path p = Path.of(base, "pymrio-test-mrio");
        Assumptions.assumeTrue(Files.isDirectory(p), "shared fixture " + p + " is absent; skipping the pymrio test MRIO");
        return p;
    }

    static List<LinearSolver> solvers() {
        return List.of(Solvers.automatic().solver(), new JavaLuSolver());
    }

    @ParameterizedTest
    @MethodSource("solvers")
    void factorInputsMatchPymrioStoredResults(LinearSolver solver) throws Exception {
        MrioReader.Result read = MrioReader.read(dir(), null);
        IoSystem sys = read.system();
        assertThat(sys.sectors().size()).isEqualTo(48);
        assertThat(sys.finalDemandCategories().size()).isEqualTo(42);
        assertThat(sys.monetaryUnit()).isEqualTo("Mill USD");
        assertThat(read.report().hasErrors()).isFalse();
        FootprintResult r = FootprintCalculator.compute(FootprintInput.of(sys, solver));
        assertThat(r.report().hasErrors()).isFalse();
        ExtensionAccounts f = r.accounts("factor_inputs");
        for (int reg = 0; reg < 6; reg++) {
            double v = f.importsByRegion().get(0, reg);
            assertThat(Math.abs(v - D_IMP_REG_FACTOR_INPUTS[reg])).as("D_imp_reg %d", reg)
                    .isLessThanOrEqualTo(1e-9 * D_IMP_REG_FACTOR_INPUTS[reg]);
        }
        for (int j = 0; j < 48; j++) {
            assertThat(Math.abs(f.multipliers().get(0, j) - M_FACTOR_INPUTS[j])).as("M[%d]", j).isLessThanOrEqualTo(5e-9);
        }
    }

    @Test
    void emissionAccountsMatchTheReferencePage() throws Exception {
        IoSystem sys = MrioReader.read(dir(), "emissions").system();
        assertThat(sys.extensions()).hasSize(1);
        ExtensionAccounts e = FootprintCalculator.compute(FootprintInput.of(sys, Solvers.automatic().solver())).accounts("emissions");
        assertThat(e.stressors()).containsExactly("emission_type1/air", "emission_type2/water");
        assertThat(e.units()).containsExactly("kg", "kg");
        List<String> accounts = ExtensionAccounts.ACCOUNTS;
        for (int q = 0; q < 2; q++) {
            for (int a = 0; a < 4; a++) {
                for (int reg = 0; reg < 6; reg++) {
                    double want = EMISSIONS[q][a][reg];
                    double got = e.byRegion(accounts.get(a)).get(q, reg);
                    assertThat(Math.abs(got - want)).as("%s %s reg%d", e.stressors().get(q), accounts.get(a), reg + 1)
                            .isLessThanOrEqualTo(5e-7 * Math.abs(want));
                }
            }
        }
        // per capita: population.txt is read
        assertThat(e.perCapita()).isNotNull();
        assertThat(e.perCapita().get(0).get(0, 0)).isCloseTo(EMISSIONS[0][0][0] / 7.8e8, org.assertj.core.data.Percentage.withPercentage(1e-4));
    }

    @Test
    void productionLayersOfReg1MatchTheReferencePage() throws Exception {
        IoSystem sys = MrioReader.read(dir(), "emissions").system();
        RegionFootprint f = FootprintCalculator.compute(FootprintInput.of(sys, Solvers.automatic().solver())
                .withFocusRegion("reg1").withLayers(5)).region();
        // eeio.md 1.8: emission_type1 footprint of reg1 without F_Y 1.454168e8; layers 83.10, 14.04, 2.34, 0.42, 0.08 %
        var ind = f.stressors().get(0);
        assertThat(ind.rawMaterialConsumption()).isCloseTo(1.454168e8, org.assertj.core.data.Percentage.withPercentage(1e-4));
        double[] pct = {83.10, 14.04, 2.34, 0.42, 0.08};
        var layers = f.layers().stream().filter(l -> l.stressor().equals("emission_type1/air") && l.tier() >= 0).toList();
        for (int t = 0; t < 5; t++) {
            assertThat(layers.get(t).share() * 100).as("layer %d", t).isCloseTo(pct[t], org.assertj.core.data.Offset.offset(0.005));
        }
        assertThat(f.paths()).isNotEmpty();
    }
}
