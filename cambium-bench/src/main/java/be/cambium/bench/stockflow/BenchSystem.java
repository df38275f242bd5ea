package be.cambium.bench.stockflow;

import be.cambium.provenance.Provenance;
import be.cambium.stockflow.CohortDriver;
import be.cambium.stockflow.Composition;
import be.cambium.stockflow.EolRoute;
import be.cambium.stockflow.Lifetime;
import be.cambium.stockflow.NegativeInflowPolicy;
import be.cambium.stockflow.Segment;
import be.cambium.stockflow.StockflowInput;
import be.cambium.stockflow.Timing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The synthetic benchmark system of issue 6: 200 years x 10 regions x 8 technologies x 12 components
 * x 25 materials, inflow-driven, cohort-dependent shares and contents, Weibull lifetimes per
 * technology. All numbers come from {@code new SplittableRandom(seed)}.
 */
public final class BenchSystem {

    public final int years, regions, techs, comps, mats;
    public final double[][] inflow;        // [region][cohort]
    public final double[][][] share;       // [region][tech][cohort]
    public final double[][] weibull;       // [tech][shape, scale]
    public final double[][][][] content;   // [tech][comp][mat][cohort], count per unit = 1
    public final StockflowInput input;

    public BenchSystem(int years, int regions, int techs, int comps, int mats, long seed) {
        this.years = years;
        this.regions = regions;
        this.techs = techs;
        this.comps = comps;
        this.mats = mats;
        SplittableRandom r = new SplittableRandom(seed);
        inflow = new double[regions][years];
        share = new double[regions][techs][years];
        for (int g = 0; g < regions; g++) {
            for (int c = 0; c < years; c++) {
                inflow[g][c] = 100 + 900 * r.nextDouble();
                double sum = 0;
                for (int k = 0; k < techs; k++) {
                    share[g][k][c] = r.nextDouble();
                    sum += share[g][k][c];
                }
                for (int k = 0; k < techs; k++) {
                    share[g][k][c] /= sum;
                }
            }
        }
        weibull = new double[techs][];
        for (int k = 0; k < techs; k++) {
            weibull[k] = new double[] {1.5 + 3 * r.nextDouble(), 10 + 30 * r.nextDouble()};
        }
        content = new double[techs][comps][mats][years];
        for (int k = 0; k < techs; k++) {
            for (int j = 0; j < comps; j++) {
                for (int m = 0; m < mats; m++) {
                    double base = Math.pow(10, 3 * r.nextDouble() - 2);
                    double trend = 0.995 + 0.01 * r.nextDouble();
                    for (int c = 0; c < years; c++) {
                        content[k][j][m][c] = base * Math.pow(trend, c);
                    }
                }
            }
        }
        int[] ys = IntStream.range(1851, 1851 + years).toArray();
        List<Segment> segs = new ArrayList<>();
        for (int g = 0; g < regions; g++) {
            List<Segment.TechnologyShare> ts = new ArrayList<>();
            for (int k = 0; k < techs; k++) {
                ts.add(Segment.TechnologyShare.constantLifetime("T" + k, share[g][k], new Lifetime.Weibull(weibull[k][0], weibull[k][1])));
            }
            segs.add(new Segment("R" + g, Map.of("region", "R" + g), new CohortDriver.Inflow(inflow[g]),
                    NegativeInflowPolicy.REPORT, ts));
        }
        List<Composition> cs = new ArrayList<>();
        double[] one = new double[years];
        java.util.Arrays.fill(one, 1.0);
        for (int k = 0; k < techs; k++) {
            for (int j = 0; j < comps; j++) {
                for (int m = 0; m < mats; m++) {
                    cs.add(new Composition("T" + k, "C" + j, "M" + m, one, content[k][j][m], "synthetic"));
                }
            }
        }
        List<EolRoute> routes = new ArrayList<>();
        for (int m = 0; m < mats; m++) {
            routes.add(new EolRoute("*", "M" + m, 0.9, 0.8, 0.7, "synthetic"));
        }
        input = new StockflowInput("bench", ys, Timing.END, "count", "t", segs, cs, routes, 1e-9, false, Provenance.empty());
    }

    public static BenchSystem issueSize(long seed) {
        return new BenchSystem(200, 10, 8, 12, 25, seed);
    }
}
