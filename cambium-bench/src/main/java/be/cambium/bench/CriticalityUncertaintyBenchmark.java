package be.cambium.bench;

import be.cambium.criticality.CriticalityInput;
import be.cambium.criticality.CriticalityUncertainty;
import be.cambium.criticality.EndUse;
import be.cambium.criticality.MaterialStage;
import be.cambium.criticality.Scope;
import be.cambium.criticality.ShareScope;
import be.cambium.criticality.Stage;
import be.cambium.criticality.SubstitutionIndex;
import be.cambium.criticality.SupplyMode;
import be.cambium.criticality.SupplyShare;
import be.cambium.criticality.UncertaintyOptions;
import be.cambium.criticality.UncertaintyResult;
import be.cambium.criticality.ValueAdded;
import be.cambium.criticality.WgiRecord;
import be.cambium.validate.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Monte Carlo of the criticality engine at the size the issue asks for: 80 materials, both stages, about 30
 * global-supply and 15 sourcing countries per stage, 200 countries with six WGI estimates and standard
 * errors, EOL-RIR, SI_SR and SI_EI ranges. Synthetic inputs (seeded), for timing only.
 * Run: {@code java -jar cambium-bench/target/cambium-bench.jar CriticalityUncertaintyBenchmark}.
 */
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class CriticalityUncertaintyBenchmark {

    @Param({"10000"})
    int draws;

    CriticalityInput input;

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(2026);
        int countries = 200;
        List<WgiRecord> wgi = new ArrayList<>();
        for (int c = 0; c < countries; c++) {
            double[] est = new double[6];
            double[] se = new double[6];
            for (int k = 0; k < 6; k++) {
                est[k] = r.nextDouble(-2.2, 1.9);
                se[k] = r.nextDouble(0.12, 0.3);
            }
            wgi.add(WgiRecord.raw("C" + c, 2020, est, se, Location.none()));
        }
        List<MaterialStage> stages = new ArrayList<>();
        List<SupplyShare> shares = new ArrayList<>();
        List<EndUse> uses = new ArrayList<>();
        List<SubstitutionIndex> si = new ArrayList<>();
        for (int m = 0; m < 80; m++) {
            String mat = "M" + m;
            for (Stage st : Stage.values()) {
                stages.add(MaterialStage.of(mat, st, r.nextDouble(0.3, 1), 0.1, 0.9, SupplyMode.GS_EU).withRanges(0.05, 0.15, 0.85, 0.95));
                addShares(shares, r, mat, st, ShareScope.GS, 30, countries);
                addShares(shares, r, mat, st, ShareScope.EU, 15, countries);
            }
            uses.add(EndUse.of(mat, "a", 0.6, "C26"));
            uses.add(EndUse.of(mat, "b", 0.4, "C28"));
            si.add(new SubstitutionIndex(mat, 0.9, 0.8, 1.0, Location.none()));
        }
        input = CriticalityInput.ofStages(stages).withShares(shares).withWgi(wgi)
                .withEi(uses, List.of(ValueAdded.of(Scope.EU, "C26", 77000, "MEUR"), ValueAdded.of(Scope.EU, "C28", 204200, "MEUR")), si);
    }

    private static void addShares(List<SupplyShare> out, SplittableRandom r, String mat, Stage st, ShareScope sc, int n, int countries) {
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = Math.pow(r.nextDouble(), 3);
            sum += w[i];
        }
        int start = r.nextInt(countries - n);
        for (int i = 0; i < n; i++) {
            out.add(SupplyShare.of(mat, st, sc, "C" + (start + i), w[i] / sum, 1.0));
        }
    }

    @Benchmark
    public UncertaintyResult monteCarlo() {
        return CriticalityUncertainty.compute(input, UncertaintyOptions.of(draws, 42));
    }
}
