package be.cambium.linalg;

import dev.ludovic.netlib.lapack.NativeLAPACK;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.netlib.util.intW;

/**
 * Dense LU through the system's LAPACK ({@code dgetrf} once, {@code dgetrs} per block of right-hand
 * sides, with {@code trans = "T"} for transposed solves), reached through {@code dev.ludovic.netlib}.
 * On Debian, {@code libopenblas0} provides {@code liblapack.so.3} and {@code libblas.so.3}.
 *
 * <p>Every native call runs on one dedicated thread with a 64 MB stack: multi-threaded OpenBLAS
 * {@code dgetrf} puts work buffers on the calling thread's stack and crashes the JVM (SIGSEGV) when it
 * is called from a thread with the JVM's default 1 MB stack (seen with OpenBLAS 0.3.21 at n = 150).
 */
public final class NativeLapackSolver extends DenseLuSolver {

    /** Solve right-hand sides in blocks of this many columns so a huge block never needs a second copy. */
    private static final int RHS_BLOCK = 256;

    private static final long NATIVE_STACK_BYTES = 64L << 20;
    private static final ExecutorService NATIVE_THREAD = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(null, r, "cambium-lapack", NATIVE_STACK_BYTES);
        t.setDaemon(true);
        return t;
    });

    private final NativeLAPACK lapack;

    private NativeLapackSolver(NativeLAPACK lapack) {
        this.lapack = lapack;
    }

    /** The native solver, or empty with the reason in {@code whyNot[0]} when no native LAPACK loads. */
    public static Optional<NativeLapackSolver> load(String @Nullable [] whyNot) {
        try {
            NativeLAPACK l = onNativeThread(NativeLAPACK::getInstance);
            // a 1 x 1 solve proves the library is really callable
            double[] a = {2.0};
            double[] b = {4.0};
            intW info = new intW(0);
            onNativeThread(() -> {
                l.dgesv(1, 1, a, 1, new int[1], b, 1, info);
                return null;
            });
            if (info.val != 0 || b[0] != 2.0) {
                throw new IllegalStateException("native dgesv self-check failed (info " + info.val + ")");
            }
            return Optional.of(new NativeLapackSolver(l));
        } catch (Throwable t) { // UnsatisfiedLinkError, RuntimeException from the loader
            if (whyNot != null && whyNot.length > 0) {
                String m = t.getMessage();
                whyNot[0] = t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
            }
            return Optional.empty();
        }
    }

    @Override
    public String name() {
        return "native-lapack";
    }

    @Override
    public String description() {
        return "native LAPACK dgetrf/dgetrs (" + lapack.getClass().getSimpleName() + ", system liblapack.so.3)";
    }

    @Override
    Factorisation factoriseOwned(int n, double[] a) {
        int[] ipiv = new int[n];
        intW info = new intW(0);
        onNativeThread(() -> {
            lapack.dgetrf(n, n, a, Math.max(1, n), ipiv, info);
            return null;
        });
        if (info.val > 0) {
            throw new SingularMatrixException(info.val - 1, "matrix is singular: U(" + info.val + "," + info.val
                    + ") is exactly zero (column " + (info.val - 1) + ", 0-based)");
        }
        if (info.val < 0) {
            throw new IllegalStateException("dgetrf rejected argument " + (-info.val));
        }
        return new Lu(n, a, ipiv);
    }

    private final class Lu implements Factorisation {
        private final int n;
        private final double[] lu;
        private final int[] ipiv;

        Lu(int n, double[] lu, int[] ipiv) {
            this.n = n;
            this.lu = lu;
            this.ipiv = ipiv;
        }

        @Override
        public int size() {
            return n;
        }

        @Override
        public void solveInPlace(double[] b, int nrhs, boolean transposed) {
            requireBlock(b, nrhs);
            if (nrhs == 0 || n == 0) {
                return;
            }
            String trans = transposed ? "T" : "N";
            // dgetrs with an offset into b: solve column blocks in place
            for (int c0 = 0; c0 < nrhs; c0 += RHS_BLOCK) {
                int nc = Math.min(RHS_BLOCK, nrhs - c0);
                intW info = new intW(0);
                int offset = c0 * n;
                onNativeThread(() -> {
                    lapack.dgetrs(trans, n, nc, lu, 0, n, ipiv, 0, b, offset, n, info);
                    return null;
                });
                if (info.val != 0) {
                    throw new IllegalStateException("dgetrs failed with info " + info.val);
                }
            }
        }
    }


    /** Runs a native call on the big-stack thread and rethrows what it threw. */
    private static <T> T onNativeThread(Callable<T> call) {
        Future<T> f = NATIVE_THREAD.submit(call);
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for LAPACK", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error er) {
                throw er;
            }
            throw new IllegalStateException(c);
        }
    }
}
