package be.cambium.footprint;

import static be.cambium.footprint.Matrices.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

import be.cambium.linalg.DenseMatrix;
import be.cambium.linalg.Factorisation;
import be.cambium.linalg.JavaLuSolver;
import be.cambium.linalg.LinearSolver;
import be.cambium.linalg.Solvers;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * pymrio's 2-region x 3-sector test system ({@code td_small_MRIO} in IndEcol/pymrio tests/test_math.py,
 * see src/test/resources/reference/footprint/SOURCE.md): every matrix and account pymrio checks.
 * Values given to 16 digits are matched to 1e-12 relative; those printed to 8 decimals (B, G, M_down)
 * to 5e-9 absolute.
 */
class PymrioSmallMrioReferenceTest {

    static final List<String> REGIONS = List.of("reg1", "reg2");
    static final LabelIndex SECTORS = LabelIndex.product("sector", REGIONS, List.of("sector1", "sector2", "sector3"));
    static final LabelIndex FD = LabelIndex.product("category", REGIONS, List.of("final demand"));

    static final double[][] Z = {{10, 5, 1, 6, 5, 7}, {0, 2, 0, 0, 5, 3}, {10, 3, 20, 4, 2, 0}, {5, 0, 0, 1, 10, 9},
        {0, 10, 1, 0, 20, 1}, {5, 0, 0, 1, 10, 10}};
    static final double[][] Y = {{14, 3}, {2.5, 2.5}, {13, 6}, {5, 20}, {10, 10}, {3, 10}};
    static final double[][] F = {{20, 1, 42, 4, 20, 5}, {5, 4, 11, 8, 2, 10}};
    static final double[][] F_Y = {{50, 10}, {100, 20}};

    static final double[] X = {51, 15, 58, 50, 52, 39};
    static final double[][] A = {
        {0.19607843137254902, 0.3333333333333333, 0.017241379310344827, 0.12, 0.09615384615384616, 0.1794871794871795},
        {0.0, 0.13333333333333333, 0.0, 0.0, 0.09615384615384616, 0.07692307692307693},
        {0.19607843137254902, 0.2, 0.3448275862068966, 0.08, 0.038461538461538464, 0.0},
        {0.09803921568627451, 0.0, 0.0, 0.02, 0.19230769230769232, 0.23076923076923075},
        {0.0, 0.6666666666666666, 0.017241379310344827, 0.0, 0.38461538461538464, 0.02564102564102564},
        {0.09803921568627451, 0.0, 0.0, 0.02, 0.19230769230769232, 0.2564102564102564}};
    static final double[][] B = {
        {0.19607843, 0.09803922, 0.01960784, 0.11764706, 0.09803922, 0.1372549},
        {0.0, 0.13333333, 0.0, 0.0, 0.33333333, 0.2},
        {0.17241379, 0.05172414, 0.34482759, 0.06896552, 0.03448276, 0.0},
        {0.1, 0.0, 0.0, 0.02, 0.2, 0.18},
        {0.0, 0.19230769, 0.01923077, 0.0, 0.38461538, 0.01923077},
        {0.12820513, 0.0, 0.0, 0.02564103, 0.25641026, 0.25641026}};
    static final double[][] L = {
        {1.3387146304736708, 0.9689762471208287, 0.05036622549592462, 0.17820960407435948, 0.5752019383714646, 0.4985179148178926},
        {0.02200779585580331, 1.3716472861392823, 0.0076800357678581885, 0.006557415453762468, 0.2698335633228079, 0.15854643902810828},
        {0.43290422861412026, 0.8627066565439678, 1.5492942759220427, 0.18491657196329184, 0.44027825642348534, 0.26630955082840885},
        {0.18799498787612925, 0.5244084722329316, 0.020254008037620782, 1.0542007368783255, 0.5816573175534603, 0.44685014763069275},
        {0.04400982046095892, 1.5325472495862535, 0.05259311578831879, 0.014602513642445088, 1.9545285794951548, 0.2410917825607805},
        {0.19294222439918532, 0.5382086951864299, 0.020787008249137116, 0.05562707205933412, 0.596964089068025, 1.4849251515157111}};
    static final double[][] G = {
        {1.33871463, 0.28499301, 0.05727924, 0.1747153, 0.58648041, 0.38121958},
        {0.07482651, 1.37164729, 0.02969614, 0.02185805, 0.93542302, 0.41222074},
        {0.38065717, 0.22311379, 1.54929428, 0.15941084, 0.39473223, 0.17907022},
        {0.19175489, 0.15732254, 0.02349465, 1.05420074, 0.60492361, 0.34854312},
        {0.04316348, 0.44208094, 0.05866155, 0.01404088, 1.95452858, 0.18081884},
        {0.25230906, 0.20700334, 0.03091401, 0.07131676, 0.79595212, 1.48492515}};
    static final double[][] S = {
        {0.39215686274509803, 0.06666666666666667, 0.7241379310344828, 0.08, 0.38461538461538464, 0.1282051282051282},
        {0.09803921568627451, 0.26666666666666666, 0.1896551724137931, 0.16, 0.038461538461538464, 0.2564102564102564}};
    static final double[][] M = {
        {0.896638324101429, 1.7965474933011258, 1.1666796580507097, 0.3013124703668342, 1.4371886818255364, 0.7177624711634629},
        {0.3004620527704837, 0.9052387706892087, 0.311411003349379, 0.23778766312079253, 0.5331560745059157, 0.6031791628984159}};
    static final double[][] M_DOWN = {
        {0.48172779, 0.48999986, 0.74944707, 0.38438353, 0.48030952, 0.50914162},
        {0.26832875, 0.25724662, 0.28759602, 0.18651650, 0.21856841, 0.25216408}};
    static final double[][] D_CBA = {
        {14.059498889254174, 18.863255551508175, 17.32012296814962, 8.71616437964097, 18.863255551508175, 14.17770265993889},
        {5.395407054390734, 7.594657671782178, 5.857880532237175, 5.657139420727301, 7.594657671782178, 7.900257649080434}};
    static final double[][] D_PBA = {
        {20.000000000000004, 1.0, 42.00000000000001, 4.0, 20.0, 5.0},
        {5.000000000000001, 4.0, 11.0, 8.0, 1.9999999999999998, 10.0}};
    static final double[][] D_IMP = {
        {1.2792573306446737, 10.499069649181388, 1.2752266807875912, 6.604374747509535, 8.364185902326788, 10.842115601865368},
        {2.054905005956757, 3.9151998960771452, 1.522271392125981, 1.743464577633809, 3.6794577757050337, 3.221508682410955}};
    static final double[][] D_EXP = {
        {8.251832343364468, 0.5304113433404783, 17.02843256499675, 1.3307504334524414, 9.797226856351275, 1.9255763708099365},
        {2.062958085841117, 2.1216453733619134, 4.459827576546767, 2.6615008669048827, 0.9797226856351275, 3.851152741619873}};

    static IoSystem system() {
        return IoSystem.fromFlows(SECTORS, FD, DenseMatrix.of(Z), DenseMatrix.of(Y), null, "Mill EUR")
                .withExtension(Extension.of("ext", List.of("ext_type_1", "ext_type_2"), List.of("kg", "kg"),
                        DenseMatrix.of(F), DenseMatrix.of(F_Y)));
    }

    static List<LinearSolver> solvers() {
        return List.of(Solvers.automatic().solver(), new JavaLuSolver());
    }

    @ParameterizedTest
    @MethodSource("solvers")
    void systemMatricesMatchPymrio(LinearSolver solver) {
        IoSystem sys = system();
        // two columns of A sum to 1.33 and 1.0, yet the system is productive: warned, not rejected
        assertThat(sys.report().hasErrors()).isFalse();
        assertThat(sys.report().withCode("COLUMN_SUM_AT_LEAST_ONE")).hasSize(2);
        assertThat(sys.report().withCode("POSSIBLY_NOT_PRODUCTIVE")).isEmpty();
        assertClose("x", sys.output(), X, 0, 0);
        assertClose("A", sys.technicalCoefficients(), A, 1e-15, 0);
        assertClose("B", sys.ghoshCoefficients(), B, 0, 5e-9);
        Factorisation lu = solver.factoriseLeontief(sys.technicalCoefficients());
        DenseMatrix l = lu.solve(DenseMatrix.identity(6)); // only to compare with pymrio's L in this test
        assertClose("L", l, L, 1e-12, 0);
        double[][] g = new double[6][6];
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                g[i][j] = l.get(i, j) * X[j] / X[i]; // G = x^-1 L x^
            }
        }
        assertClose("G", DenseMatrix.of(g), G, 0, 5e-9);
    }

    @ParameterizedTest
    @MethodSource("solvers")
    void accountsMatchPymrio(LinearSolver solver) {
        FootprintResult r = FootprintCalculator.compute(FootprintInput.of(system(), solver));
        assertThat(r.report().hasErrors()).isFalse();
        ExtensionAccounts e = r.accounts("ext");
        assertClose("S", e.directIntensities(), S, 1e-15, 0);
        assertClose("M", e.multipliers(), M, 1e-12, 0);
        assertClose("M_down", e.downstreamMultipliers(), M_DOWN, 0, 5e-9);
        assertClose("D_cba", e.consumption(), D_CBA, 1e-12, 0);
        assertClose("D_pba", e.production(), D_PBA, 1e-12, 0);
        assertClose("D_imp", e.imports(), D_IMP, 1e-12, 1e-14);
        assertClose("D_exp", e.exports(), D_EXP, 1e-12, 0);
    }

    @ParameterizedTest
    @MethodSource("solvers")
    void regionalAccountsAddFinalDemandStressorsAsPymrioDoes(LinearSolver solver) {
        ExtensionAccounts e = FootprintCalculator.compute(FootprintInput.of(system(), solver)).accounts("ext");
        for (int q = 0; q < 2; q++) {
            for (int r = 0; r < 2; r++) {
                double cba = 0;
                double pba = 0;
                double imp = 0;
                double exp = 0;
                for (int s = 0; s < 3; s++) {
                    cba += D_CBA[q][r * 3 + s];
                    pba += D_PBA[q][r * 3 + s];
                    imp += D_IMP[q][r * 3 + s];
                    exp += D_EXP[q][r * 3 + s];
                }
                assertThat(e.consumptionByRegion().get(q, r)).isCloseTo(cba + F_Y[q][r], org.assertj.core.data.Offset.offset(1e-12));
                assertThat(e.productionByRegion().get(q, r)).isCloseTo(pba + F_Y[q][r], org.assertj.core.data.Offset.offset(1e-12));
                assertThat(e.importsByRegion().get(q, r)).isCloseTo(imp, org.assertj.core.data.Offset.offset(1e-12));
                assertThat(e.exportsByRegion().get(q, r)).isCloseTo(exp, org.assertj.core.data.Offset.offset(1e-12));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("solvers")
    void coefficientsRouteGivesTheSameAccounts(LinearSolver solver) {
        IoSystem fromA = IoSystem.fromCoefficients(SECTORS, FD, DenseMatrix.of(A), DenseMatrix.of(Y), "Mill EUR")
                .withExtension(Extension.of("ext", List.of("ext_type_1", "ext_type_2"), List.of("kg", "kg"),
                        DenseMatrix.of(F), DenseMatrix.of(F_Y)));
        assertClose("x from A", fromA.output(), X, 1e-13, 0);
        ExtensionAccounts e = FootprintCalculator.compute(FootprintInput.of(fromA, solver)).accounts("ext");
        assertClose("M", e.multipliers(), M, 1e-12, 0);
        assertClose("D_cba", e.consumption(), D_CBA, 1e-12, 0);
        assertClose("D_imp", e.imports(), D_IMP, 1e-12, 1e-14);
    }
}
