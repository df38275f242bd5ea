package be.cambium.bench.stockflow;

import be.cambium.stockflow.StockflowCalculator;
import be.cambium.stockflow.StockflowResult;
import be.cambium.stockflow.Table;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Side-by-side run for the note: builds the issue-size system, times CAMBIUM (1 warm-up + 3 runs),
 * prints heap use, and writes the inputs and CAMBIUM's material stock/outflow totals as big-endian
 * doubles for {@code scripts/stockflow_numpy.py}, which recomputes them in numpy (ODYM formulation)
 * and compares. Usage: {@code java -cp cambium-bench.jar be.cambium.bench.stockflow.StockflowBench DIR}.
 */
public final class StockflowBench {

    private StockflowBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "stockflow-bench");
        Files.createDirectories(dir);
        BenchSystem s = BenchSystem.issueSize(6);
        StockflowResult r = null;
        long best = Long.MAX_VALUE, bestCpu = Long.MAX_VALUE;
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
            long t0 = System.nanoTime(), c0 = mx.getCurrentThreadCpuTime();
            r = StockflowCalculator.compute(s.input);
            long dt = System.nanoTime() - t0, dc = mx.getCurrentThreadCpuTime() - c0;
            if (i > 0) {
                best = Math.min(best, dt);
                bestCpu = Math.min(bestCpu, dc);
            }
            System.out.printf("run %d: %.3f s wall, %.3f s CPU%n", i, dt / 1e9, dc / 1e9);
        }
        System.out.printf("CAMBIUM best CPU time of 3: %.3f s (single thread)%n", bestCpu / 1e9);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long used = rt.totalMemory() - rt.freeMemory();
        System.out.printf("CAMBIUM best of 3: %.3f s; heap in use with the result held: %.0f MB; mass balance ok: %s; max residual %.3g%n",
                best / 1e9, used / 1e6, r.massBalance().ok(), r.massBalance().maxAbsResidual());
        try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(dir.resolve("inputs.bin"))))) {
            o.writeInt(s.years);
            o.writeInt(s.regions);
            o.writeInt(s.techs);
            o.writeInt(s.comps);
            o.writeInt(s.mats);
            for (double[] a : s.inflow) {
                write(o, a);
            }
            for (double[][] a : s.share) {
                for (double[] b : a) {
                    write(o, b);
                }
            }
            for (double[] a : s.weibull) {
                write(o, a);
            }
            for (double[][][] a : s.content) {
                for (double[][] b : a) {
                    for (double[] c : b) {
                        write(o, c);
                    }
                }
            }
        }
        try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(dir.resolve("cambium_totals.bin"))))) {
            for (Table t : new Table[] {r.materialStock(), r.materialOutflow()}) {
                int md = t.dimension("material");
                for (int m = 0; m < s.mats; m++) {
                    java.util.List<Object> f = new java.util.ArrayList<>(java.util.Collections.nCopies(t.dimensions().size(), null));
                    f.set(md, "M" + m);
                    write(o, t.sum(f));
                }
            }
        }
        System.out.println("wrote " + dir.resolve("inputs.bin") + " and " + dir.resolve("cambium_totals.bin"));
    }

    private static void write(DataOutputStream o, double[] a) throws IOException {
        for (double v : a) {
            o.writeDouble(v);
        }
    }
}
