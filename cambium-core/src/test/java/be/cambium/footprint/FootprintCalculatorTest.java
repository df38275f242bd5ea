package be.cambium.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import be.cambium.footprint.RegionFootprint.Indicators;
import be.cambium.footprint.RegionFootprint.LayerValue;
import be.cambium.footprint.RegionFootprint.StructuralPath;
import be.cambium.linalg.DenseMatrix;
import be.cambium.linalg.GaussSeidelSolver;
import be.cambium.linalg.JavaLuSolver;
import be.cambium.linalg.Solvers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FootprintCalculatorTest {

    static IoSystem small() {
        return PymrioSmallMrioReferenceTest.system();
    }

    @Test
    void regionSplitAddsUpAndMatchesTheAccounts() {
        FootprintInput in = FootprintInput.of(small(), Solvers.automatic().solver()).withFocusRegion("reg1");
        FootprintResult r = FootprintCalculator.compute(in);
        assertThat(r.report().hasErrors()).isFalse();
        assertThat(r.report().withCode("SPLIT_IDENTITY")).isEmpty();
        RegionFootprint f = r.region();
        assertThat(f).isNotNull();
        ExtensionAccounts acc = r.accounts("ext");
        for (int q = 0; q < 2; q++) {
            Indicators ind = f.stressors().get(q);
            // DE is F summed over reg1's sectors
            double de = PymrioSmallMrioReferenceTest.F[q][0] + PymrioSmallMrioReferenceTest.F[q][1] + PymrioSmallMrioReferenceTest.F[q][2];
            assertThat(ind.domesticExtraction()).isCloseTo(de, within(1e-12));
            // RMC = D_cba_reg without F_Y
            assertThat(ind.rawMaterialConsumption())
                    .isCloseTo(acc.consumptionByRegion().get(q, 0) - PymrioSmallMrioReferenceTest.F_Y[q][0], within(1e-10));
            assertThat(ind.imports()).isCloseTo(ind.importsFinal() + ind.importsIntermediate() + ind.importsReexport(), within(1e-10));
            assertThat(ind.rawMaterialInput()).isCloseTo(ind.domesticExtraction() + ind.imports(), within(1e-12));
            assertThat(ind.importsFinal()).isPositive();
            assertThat(ind.importsReexport()).isPositive();
            // layers add up to the footprint, the first is S y
            double sum = f.layers().stream().filter(l -> l.stressor().equals(ind.name())).mapToDouble(LayerValue::value).sum();
            assertThat(sum).isCloseTo(ind.rawMaterialConsumption(), within(1e-10));
        }
        LayerValue tier0 = f.layers().stream().filter(l -> l.stressor().equals("ext_type_1") && l.tier() == 0).findFirst().orElseThrow();
        double sy = 0;
        for (int i = 0; i < 6; i++) {
            sy += PymrioSmallMrioReferenceTest.S[0][i] * PymrioSmallMrioReferenceTest.Y[i][0];
        }
        assertThat(tier0.value()).isCloseTo(sy, within(1e-12));
    }

    @Test
    void structuralPathsAreSortedAndBelowTheTotal() {
        FootprintInput in = FootprintInput.of(small(), new JavaLuSolver()).withFocusRegion("reg2").withPaths(0.01, 5);
        RegionFootprint f = FootprintCalculator.compute(in).region();
        List<StructuralPath> p = f.paths().stream().filter(s -> s.stressor().equals("ext_type_1")).toList();
        assertThat(p).hasSize(5);
        for (int i = 1; i < p.size(); i++) {
            assertThat(Math.abs(p.get(i).value())).isLessThanOrEqualTo(Math.abs(p.get(i - 1).value()));
        }
        assertThat(p.stream().mapToDouble(StructuralPath::share).sum()).isLessThanOrEqualTo(1.0 + 1e-12);
        // the top path of length 1 is a direct one: S_j y_j for the final product j
        StructuralPath first = p.get(0);
        if (first.path().size() == 1) {
            int j = small().sectors().indexOf(first.path().get(0));
            assertThat(first.value()).isCloseTo(PymrioSmallMrioReferenceTest.S[0][j] * PymrioSmallMrioReferenceTest.Y[j][1], within(1e-12));
        }
    }

    @Test
    void bridgeSumsStressorsIntoMaterials() {
        MaterialBridge br = new MaterialBridge(List.of(new MaterialBridge.Entry("*", "ext_type_1", "MF2", 1000, "t"),
                new MaterialBridge.Entry("ext", "ext_type_2", "MF2", 1000, "t"),
                new MaterialBridge.Entry("ext", "nope", "MF4", 1, "t")));
        FootprintResult r = FootprintCalculator.compute(FootprintInput.of(small(), new JavaLuSolver()).withFocusRegion("reg1").withBridge(br));
        Indicators mf2 = r.region().materials().get(0);
        double rmc = r.region().stressors().get(0).rawMaterialConsumption() + r.region().stressors().get(1).rawMaterialConsumption();
        assertThat(mf2.name()).isEqualTo("MF2");
        assertThat(mf2.rawMaterialConsumption()).isCloseTo(1000 * rmc, within(1e-9));
        assertThat(r.report().withCode("BRIDGE_UNKNOWN_STRESSOR")).hasSize(1);
    }

    @Test
    void perCapitaAccountsDivideByPopulation() {
        IoSystem sys = small().withPopulation(Map.of("reg1", 10.0, "reg2", 4.0));
        ExtensionAccounts e = FootprintCalculator.compute(FootprintInput.of(sys, new JavaLuSolver())).accounts("ext");
        assertThat(e.perCapita()).hasSize(4);
        assertThat(e.perCapita().get(0).get(1, 1)).isCloseTo(e.consumptionByRegion().get(1, 1) / 4.0, within(1e-15));
        assertThatThrownBy(() -> small().withPopulation(Map.of("reg1", 10.0))).hasMessageContaining("reg2");
    }

    @Test
    void iterativeSolverGivesTheSameAccounts() {
        ExtensionAccounts lu = FootprintCalculator.compute(FootprintInput.of(small(), new JavaLuSolver())).accounts("ext");
        ExtensionAccounts gs = FootprintCalculator.compute(FootprintInput.of(small(), new GaussSeidelSolver())).accounts("ext");
        assertThat(gs.multipliers().maxAbsDifference(lu.multipliers())).isLessThan(1e-12);
        assertThat(gs.imports().maxAbsDifference(lu.imports())).isLessThan(1e-11);
    }

    @Test
    void zeroOutputGivesAZeroColumnAndAnIssue() {
        double[][] z = {{0, 1}, {0, 2}};
        LabelIndex ix = LabelIndex.product("sector", List.of("r"), List.of("a", "b"));
        LabelIndex fd = LabelIndex.product("category", List.of("r"), List.of("hh"));
        IoSystem s = IoSystem.fromFlows(ix, fd, DenseMatrix.of(z), DenseMatrix.of(new double[][] {{-1}, {8}}), null, "EUR");
        assertThat(s.output()).containsExactly(0.0, 10.0);
        assertThat(s.technicalCoefficients().column(0)).containsExactly(0.0, 0.0);
        assertThat(s.report().withCode("ZERO_OUTPUT")).hasSize(1);
        assertThat(s.report().withCode("ZERO_OUTPUT").get(0).location().toString()).contains("region=r", "sector=a");
    }

    @Test
    void notProductiveSystemIsRejectedNamingTheColumns() {
        LabelIndex ix = LabelIndex.product("sector", List.of("BE"), List.of("steel", "coal"));
        LabelIndex fd = LabelIndex.product("category", List.of("BE"), List.of("hh"));
        DenseMatrix a = DenseMatrix.of(new double[][] {{0.6, 0.5}, {0.7, 0.6}});
        assertThatThrownBy(() -> IoSystem.fromCoefficients(ix, fd, a, DenseMatrix.of(new double[][] {{1}, {1}}), "EUR"))
                .isInstanceOf(IoSystemException.class)
                .hasMessageContaining("NOT_PRODUCTIVE")
                .hasMessageContaining("sector=steel")
                .hasMessageContaining("sector=coal");
    }

    @Test
    void negativeFlowsAreWarnedWithTheirCell() {
        LabelIndex ix = LabelIndex.product("sector", List.of("BE"), List.of("a", "b"));
        LabelIndex fd = LabelIndex.product("category", List.of("BE"), List.of("hh"));
        IoSystem s = IoSystem.fromFlows(ix, fd, DenseMatrix.of(new double[][] {{1, -2}, {3, 1}}),
                DenseMatrix.of(new double[][] {{20}, {10}}), null, "EUR");
        assertThat(s.report().withCode("NEGATIVE_FLOW")).hasSize(1);
        assertThat(s.report().withCode("NEGATIVE_FLOW").get(0).location().toString()).contains("row_sector=a", "col_sector=b");
    }

    @Test
    void nonFiniteValuesAreErrors() {
        LabelIndex ix = LabelIndex.product("sector", List.of("BE"), List.of("a"));
        LabelIndex fd = LabelIndex.product("category", List.of("BE"), List.of("hh"));
        assertThatThrownBy(() -> IoSystem.fromFlows(ix, fd, DenseMatrix.of(new double[][] {{Double.NaN}}),
                DenseMatrix.of(new double[][] {{1}}), null, "EUR")).isInstanceOf(IoSystemException.class).hasMessageContaining("NOT_FINITE");
    }

    @Test
    void unknownRegionAndMisshapenInputsThrow() {
        assertThatThrownBy(() -> FootprintInput.of(small(), new JavaLuSolver()).withFocusRegion("BE")).hasMessageContaining("reg1");
        assertThatThrownBy(() -> small().withExtension(Extension.withoutFinalDemand("bad", List.of("s"), List.of("kg"),
                DenseMatrix.zeros(1, 5), 2))).hasMessageContaining("5 columns");
    }
}
