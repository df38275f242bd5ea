package be.cambium.bench;

import be.cambium.footprint.Extension;
import be.cambium.footprint.ExtensionAccounts;
import be.cambium.footprint.FootprintCalculator;
import be.cambium.footprint.FootprintInput;
import be.cambium.footprint.FootprintResult;
import be.cambium.footprint.IoSystem;
import be.cambium.footprint.LabelIndex;
import be.cambium.linalg.DenseMatrix;
import be.cambium.linalg.LinearSolver;
import be.cambium.linalg.Solvers;
import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.lapack.NativeLAPACK;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.netlib.util.intW;

/**
 * One timed run on a generated MRIO (see {@link MrioGenerator}): M = S L for k stressors plus the regional
 * accounts D_cba, D_pba, D_imp, D_exp per region. Methods:
 * <ul>
 * <li>{@code native}, {@code java}: CAMBIUM's engine ({@link FootprintCalculator}) with native LAPACK or the
 * pure-Java LU: one factorisation, transposed solves for M, one block solve for x^(r);</li>
 * <li>{@code inverse}: pymrio's route re-done with native LAPACK: L = (I - A)⁻¹ by dgetrf + dgetri, M = S L and
 * L Y_r by dgemm.</li>
 * </ul>
 * Prints one {@code RESULT} line: times, GFLOP/s of the dense step, peak resident memory (VmHWM) and the path that ran.
 * Usage: {@code FootprintBenchMain DIR native|java|inverse}
 */
public final class FootprintBenchMain {

    private FootprintBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String method = args[1];
        Properties meta = new Properties();
        try (var in = Files.newBufferedReader(dir.resolve("meta.properties"))) {
            meta.load(in);
        }
        int n = Integer.parseInt(meta.getProperty("n"));
        int regions = Integer.parseInt(meta.getProperty("regions"));
        int cats = Integer.parseInt(meta.getProperty("categories"));
        int k = Integer.parseInt(meta.getProperty("k"));
        long t0 = System.nanoTime();
        DenseMatrix a = DenseMatrix.wrap(n, n, MrioGenerator.read(dir.resolve("A.f64"), (long) n * n));
        DenseMatrix y = DenseMatrix.wrap(n, regions * cats, MrioGenerator.read(dir.resolve("Y.f64"), (long) n * regions * cats));
        DenseMatrix f = DenseMatrix.wrap(k, n, MrioGenerator.read(dir.resolve("F.f64"), (long) k * n));
        double load = secs(t0);
        List<String> regs = new ArrayList<>();
        for (int r = 0; r < regions; r++) {
            regs.add(String.format("R%02d", r));
        }
        List<String> secs = new ArrayList<>();
        for (int s = 0; s < n / regions; s++) {
            secs.add("s" + s);
        }
        List<String> cat = new ArrayList<>();
        for (int c = 0; c < cats; c++) {
            cat.add("c" + c);
        }
        LabelIndex ix = LabelIndex.product("sector", regs, secs);
        LabelIndex fd = LabelIndex.product("category", regs, cat);
        List<String> stressors = new ArrayList<>();
        List<String> units = new ArrayList<>();
        for (int q = 0; q < k; q++) {
            stressors.add("stressor " + q);
            units.add("kt");
        }
        long t1 = System.nanoTime();
        IoSystem sys = IoSystem.fromCoefficients(ix, fd, a, y, "M.EUR")
                .withExtension(Extension.withoutFinalDemand("material", stressors, units, f, regions * cats));
        double build = secs(t1);
        String path;
        double compute;
        double dense;
        double checksum;
        if (method.equals("inverse")) {
            AtomicReference<double[]> out = new AtomicReference<>();
            double[] timings = new double[2];
            // native calls on a big-stack thread, as the engine does (OpenBLAS dgetrf/dgetri need it)
            Thread th = new Thread(null, () -> timings(sys, n, regions, k, out, timings), "bench-inverse", 256L << 20);
            th.start();
            th.join();
            compute = timings[0];
            dense = timings[1];
            checksum = out.get()[0];
            path = "explicit inverse: native dgetrf+dgetri, then dgemm for S L and L Y_r (pymrio's route)";
        } else {
            LinearSolver solver = method.equals("java") ? Solvers.byName("java-lu").solver() : Solvers.byName("native-lapack").solver();
            path = solver.description();
            if (System.getProperty("bench.parts") != null) {
                long tp = System.nanoTime();
                var lu = solver.factoriseLeontief(a);
                double tf = secs(tp);
                tp = System.nanoTime();
                double[] b = new double[n * k];
                lu.solveInPlace(b, k, true);
                System.out.printf("PARTS factorise_s=%.2f solve_%d_transposed_s=%.2f%n", tf, k, secs(tp));
            }
            long t2 = System.nanoTime();
            FootprintResult r = FootprintCalculator.compute(FootprintInput.of(sys, solver).withSectorResolvedImports(false));
            compute = secs(t2);
            dense = Double.NaN;
            if (r.report().hasErrors()) {
                throw new IllegalStateException(r.report().toString());
            }
            ExtensionAccounts e = r.accounts("material");
            checksum = e.multipliers().get(0, 0) + e.importsByRegion().get(0, 0);
        }
        double lu = 2.0 / 3.0 * Math.pow(n, 3);
        System.out.printf("RESULT method=%s n=%d k=%d regions=%d load_s=%.2f build_x_s=%.2f compute_s=%.2f dense_step_s=%s "
                + "gflops_lu_equivalent=%.1f peak_rss_mb=%d checksum=%.12e path=\"%s\"%n", method, n, k, regions, load, build,
                compute, Double.isNaN(dense) ? "-" : String.format("%.2f", dense), lu / compute / 1e9, peakRssMb(), checksum, path);
    }

    private static void timings(IoSystem sys, int n, int regions, int k, AtomicReference<double[]> out, double[] timings) {
        NativeLAPACK lapack = NativeLAPACK.getInstance();
        BLAS blas = BLAS.getInstance();
        long t = System.nanoTime();
        double[] l = sys.technicalCoefficients().toColumnMajor(); // becomes I - A, then L, in place
        for (int p = 0; p < l.length; p++) {
            l[p] = -l[p];
        }
        for (int i = 0; i < n; i++) {
            l[i + i * n] += 1.0;
        }
        int[] ipiv = new int[n];
        intW info = new intW(0);
        lapack.dgetrf(n, n, l, n, ipiv, info);
        double[] work = new double[1];
        lapack.dgetri(n, l, n, ipiv, work, -1, info);
        work = new double[(int) work[0]];
        lapack.dgetri(n, l, n, ipiv, work, work.length, info);
        timings[1] = secs(t);
        // M = S L (k x n); S = F / x
        double[] x = sys.output();
        DenseMatrix fm = sys.extensions().get(0).stressorsOfProduction();
        double[] s = new double[k * n];
        for (int j = 0; j < n; j++) {
            for (int q = 0; q < k; q++) {
                s[q + j * k] = x[j] == 0 ? 0 : fm.get(q, j) / x[j];
            }
        }
        double[] m = new double[k * n];
        blas.dgemm("N", "N", k, n, n, 1.0, s, k, l, n, 0.0, m, k);
        // x^(r) = L Y_r (n x regions)
        DenseMatrix y = sys.finalDemand();
        int cats = y.cols() / regions;
        double[] yAgg = new double[n * regions];
        for (int c = 0; c < y.cols(); c++) {
            int r = c / cats;
            for (int i = 0; i < n; i++) {
                yAgg[i + r * n] += y.get(i, c);
            }
        }
        double[] xr = new double[n * regions];
        blas.dgemm("N", "N", n, regions, n, 1.0, l, n, yAgg, n, 0.0, xr, n);
        // regional accounts from S and x^(r)
        int nsec = n / regions;
        double[] cba = new double[k * regions];
        double[] imp = new double[k * regions];
        for (int r = 0; r < regions; r++) {
            for (int i = 0; i < n; i++) {
                double v = xr[i + r * n];
                boolean foreign = i / nsec != r;
                for (int q = 0; q < k; q++) {
                    double d = s[q + i * k] * v;
                    cba[q + r * k] += d;
                    if (foreign) {
                        imp[q + r * k] += d;
                    }
                }
            }
        }
        timings[0] = secs(t);
        out.set(new double[] {m[0] + imp[0]});
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Peak resident set size of this process (Linux VmHWM), in MB. */
    static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }
}
