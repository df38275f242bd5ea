package be.cambium.criticality;

import static org.assertj.core.api.Assertions.assertThat;

import be.cambium.validate.Location;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class CriticalityPropertyTest {

    static CriticalityInput fromWeights(List<Double> weights, List<Double> wgis, double ir, double eol, double si) {
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        List<SupplyShare> shares = new ArrayList<>();
        List<WgiRecord> w = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            String c = "C" + i;
            shares.add(new SupplyShare("M", Stage.E, ShareScope.GS, c, weights.get(i) / total, 1.0, false, "", Location.none()));
            shares.add(new SupplyShare("M", Stage.E, ShareScope.EU, c, weights.get(i) / total, 1.0, false, "", Location.none()));
            w.add(WgiRecord.scaled(c, 2022, wgis.get(i % wgis.size()), Double.NaN, Location.none()));
        }
        return CriticalityInput.ofStages(List.of(MaterialStage.of("M", Stage.E, ir, eol, si, SupplyMode.GS_EU)))
                .withShares(shares).withWgi(w);
    }

    @Property(tries = 200)
    void hhiLiesBetweenMinWgiOverNAndMaxWgi(@ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = 0.01, max = 1) Double> weights,
                                          @ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = 0, max = 10) Double> wgis) {
        CriticalityResult r = CriticalityCalculator.compute(fromWeights(weights, wgis, 0.5, 0, 1));
        double h = r.stages().get(0).hhiGs();
        double max = wgis.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertThat(h).isBetween(0.0, max + 1e-9);
        double plain = r.contributions().stream().filter(c -> c.shareScope() == ShareScope.GS).mapToDouble(c -> c.share() * c.share()).sum();
        assertThat(plain).isBetween(1.0 / weights.size() - 1e-9, 1.0 + 1e-9);
        assertThat(r.report().hasErrors()).isFalse();
    }

    @Property(tries = 200)
    void srIsMonotoneInIrWhenGlobalSupplyIsMoreConcentrated(@ForAll @DoubleRange(min = 0, max = 10) double hGs,
                                                           @ForAll @DoubleRange(min = 0, max = 10) double hEu,
                                                           @ForAll @DoubleRange(min = -0.5, max = 1.5) double ir1,
                                                           @ForAll @DoubleRange(min = -0.5, max = 1.5) double ir2,
                                                           @ForAll @DoubleRange(min = 0, max = 1) double eol) {
        double lo = Math.min(ir1, ir2);
        double hi = Math.max(ir1, ir2);
        double a = sr(hGs, hEu, lo, eol);
        double b = sr(hGs, hEu, hi, eol);
        if (hGs >= hEu) {
            assertThat(b).isGreaterThanOrEqualTo(a - 1e-12);
        } else {
            assertThat(b).isLessThanOrEqualTo(a + 1e-12);
        }
        // SR always lies between the two concentration indices times (1 - EOL-RIR)
        assertThat(a).isBetween(Math.min(hGs, hEu) * (1 - eol) - 1e-12, Math.max(hGs, hEu) * (1 - eol) + 1e-12);
    }

    static double sr(double hGs, double hEu, double ir, double eol) {
        MaterialStage s = MaterialStage.of("M", Stage.E, ir, eol, 1.0, SupplyMode.GS_EU).withHhi(hGs, hEu);
        return CriticalityCalculator.compute(CriticalityInput.ofStages(List.of(s))).material("M").orElseThrow().sr();
    }

    @Property(tries = 100)
    void bottleneckIsTheHigherStage(@ForAll @DoubleRange(min = 0, max = 10) double e, @ForAll @DoubleRange(min = 0, max = 10) double p) {
        List<MaterialStage> st = List.of(MaterialStage.of("M", Stage.E, 1, 0, 1, SupplyMode.GS).withHhi(e, Double.NaN),
                MaterialStage.of("M", Stage.P, 1, 0, 1, SupplyMode.GS).withHhi(p, Double.NaN));
        MaterialResult m = CriticalityCalculator.compute(CriticalityInput.ofStages(st)).material("M").orElseThrow();
        assertThat(m.sr()).isEqualTo(Math.max(e, p));
        assertThat(m.bottleneck()).isEqualTo(p > e ? Stage.P : Stage.E);
    }

    @Property(tries = 50)
    void monteCarloIsReproducibleAndBounded(@ForAll @Size(min = 1, max = 8) List<@DoubleRange(min = 0.01, max = 1) Double> weights,
                                           @ForAll @IntRange(min = 0, max = 1000) int seed) {
        CriticalityInput in = fromWeights(weights, List.of(3.0, 6.0), 0.7, 0.1, 0.9).withEi(
                List.of(EndUse.of("M", "a", 1, "C28")), List.of(ValueAdded.of(Scope.EU, "C28", 1, "MEUR")), List.of(SubstitutionIndex.of("M", 0.4)));
        UncertaintyResult a = CriticalityUncertainty.compute(in, UncertaintyOptions.of(200, seed));
        UncertaintyResult b = CriticalityUncertainty.compute(in, UncertaintyOptions.of(200, seed));
        assertThat(a.materials()).isEqualTo(b.materials());
        MaterialUncertainty m = a.material("M").orElseThrow();
        assertThat(m.srP05()).isLessThanOrEqualTo(m.srP50());
        assertThat(m.srP50()).isLessThanOrEqualTo(m.srP95());
        assertThat(m.srP95()).isLessThanOrEqualTo(6.0 * 0.9 * 0.9 + 1e-9);
        assertThat(m.pCritical()).isBetween(0.0, 1.0);
        assertThat(m.eiP05()).isEqualTo(4.0); // SI_EI has no range: EI is fixed at 10 x 0.4
    }
}
