package be.cambium.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.cambium.footprint.RegionFootprint.Indicators;
import be.cambium.footprint.RegionFootprint.LayerValue;
import be.cambium.linalg.JavaLuSolver;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The bridged materials' layers, the items a footprint table shows, totals of items and the published RMC/DMC ratio. */
class RegionFootprintTest {

    static final MaterialBridge BRIDGE = new MaterialBridge(List.of(new MaterialBridge.Entry("*", "ext_type_1", "MF2", 1000, "t"),
            new MaterialBridge.Entry("ext", "ext_type_2", "MF2", 1000, "t"), new MaterialBridge.Entry("*", "ext_type_2", "MF4", 2, "kg")));

    static RegionFootprint bridged(int layers) {
        return FootprintCalculator.compute(FootprintInput.of(PymrioSmallMrioReferenceTest.system(), new JavaLuSolver())
                .withFocusRegion("reg1").withLayers(layers).withBridge(BRIDGE)).region();
    }

    @Test
    void materialLayersAreTheBridgedStressorLayersAndAddUpToTheMaterialFootprint() {
        RegionFootprint f = bridged(3);
        assertThat(f.materialLayers()).hasSize(2 * (3 + 1)).allSatisfy(l -> assertThat(l.extension()).isEqualTo("*"));
        for (Indicators mat : f.materials()) {
            List<LayerValue> ls = f.materialLayers().stream().filter(l -> l.stressor().equals(mat.name())).toList();
            assertThat(ls).extracting(LayerValue::tier).containsExactly(0, 1, 2, -1);
            assertThat(ls).allSatisfy(l -> assertThat(l.unit()).isEqualTo(mat.unit()));
            double rmc = mat.rawMaterialConsumption();
            assertThat(ls.stream().mapToDouble(LayerValue::value).sum()).isCloseTo(rmc, within(1e-9 * Math.abs(rmc)));
            assertThat(ls.stream().mapToDouble(LayerValue::share).sum()).isCloseTo(1.0, within(1e-12));
        }
        // MF2 tier 1 = 1000 x (tier 1 of ext_type_1 + tier 1 of ext_type_2)
        double t1 = f.layers().stream().filter(l -> l.tier() == 1).mapToDouble(LayerValue::value).sum();
        LayerValue mf2t1 = f.materialLayers().stream().filter(l -> l.stressor().equals("MF2") && l.tier() == 1).findFirst().orElseThrow();
        assertThat(mf2t1.value()).isCloseTo(1000 * t1, within(1e-9 * Math.abs(1000 * t1)));
        assertThat(f.items()).isEqualTo(f.materials());
        assertThat(f.itemLayers()).isEqualTo(f.materialLayers());
    }

    @Test
    void withoutABridgeTheItemsAreTheStressors() {
        RegionFootprint f = FootprintCalculator.compute(FootprintInput.of(PymrioSmallMrioReferenceTest.system(), new JavaLuSolver())
                .withFocusRegion("reg2")).region();
        assertThat(f.materials()).isEmpty();
        assertThat(f.materialLayers()).isEmpty();
        assertThat(f.items()).isEqualTo(f.stressors());
        assertThat(f.itemLayers()).isEqualTo(f.layers());
    }

    @Test
    void totalSumsEveryIndicatorAndRowsFollowTheCodes() {
        Indicators a = new Indicators("x", "a", "t", 1, 2, 0.5, 1, 0.5, 3, 3, 0);
        Indicators b = new Indicators("y", "b", "t", 10, 20, 5, 10, 5, 30, 30, 0);
        Indicators t = Indicators.total("all", "t", List.of(a, b));
        assertThat(t.extension()).isEqualTo("*");
        assertThat(t.values()).containsExactly(11, 22, 5.5, 11, 5.5, 33, 33, 0);
        assertThat(a.rows()).extracting(r -> r[0]).containsExactlyElementsOf(Indicators.CODES);
        assertThat(a.rows().get(5)[1]).isEqualTo(3.0);
    }

    @Test
    void ratioOnlyWhereBothArePublishedWithTheRoundingUncertainty() {
        TreeMap<Integer, Double> rmc = new TreeMap<>();
        TreeMap<Integer, Double> dmc = new TreeMap<>();
        rmc.put(2010, 13.7);
        dmc.put(2010, 14.5);
        rmc.put(2011, 14.0);
        dmc.put(2011, 14.0);
        rmc.put(2012, 10.0); // no DMC
        dmc.put(2013, 12.0); // no RMC
        rmc.put(2014, 5.0);
        dmc.put(2014, 0.0); // not positive
        List<RmcDmcRatio> r = RmcDmcRatio.of(rmc, dmc, 0.05);
        assertThat(r).extracting(RmcDmcRatio::year).containsExactly(2010, 2011);
        assertThat(r.get(0).ratio()).isCloseTo(13.7 / 14.5, within(1e-15));
        assertThat(r.get(0).uncertainty()).isCloseTo(13.7 / 14.5 * (0.05 / 13.7 + 0.05 / 14.5), within(1e-15));
        assertThat(r.get(0).equalWithinRounding()).isFalse(); // 0.945 +- 0.007
        assertThat(r.get(1).equalWithinRounding()).isTrue();
    }
}
