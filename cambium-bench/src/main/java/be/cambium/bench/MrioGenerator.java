package be.cambium.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.SplittableRandom;

/**
 * Writes a reproducible random MRIO for benchmarks: A (n x n, the given density, every column sum at
 * most {@code maxColSum}), Y (n x regions*7 categories), F (k x n), as raw little-endian float64,
 * column-major ({@code A.f64}, {@code Y.f64}, {@code F.f64}) plus {@code meta.properties}. numpy reads
 * the same files with {@code np.fromfile(..).reshape(cols, rows).T}.
 *
 * <p>Usage: {@code MrioGenerator DIR n density regions k seed}
 */
public final class MrioGenerator {

    public static final int CATEGORIES = 7;

    private MrioGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 6) {
            System.err.println("usage: MrioGenerator DIR n density regions k seed");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        double density = Double.parseDouble(args[2]);
        int regions = Integer.parseInt(args[3]);
        int k = Integer.parseInt(args[4]);
        long seed = Long.parseLong(args[5]);
        if (n % regions != 0) {
            throw new IllegalArgumentException("n must be a multiple of the number of regions");
        }
        Files.createDirectories(dir);
        SplittableRandom rnd = new SplittableRandom(seed);
        double maxColSum = 0.7;
        double[] col = new double[n];
        try (FileChannel ch = FileChannel.open(dir.resolve("A.f64"), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.allocateDirect(n * 8).order(ByteOrder.LITTLE_ENDIAN);
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    col[i] = rnd.nextDouble() < density ? rnd.nextDouble() : 0.0;
                    sum += col[i];
                }
                double scale = sum == 0 ? 0 : maxColSum * (0.2 + 0.8 * rnd.nextDouble()) / sum;
                buf.clear();
                for (int i = 0; i < n; i++) {
                    buf.putDouble(col[i] * scale);
                }
                buf.flip();
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
            }
        }
        int m = regions * CATEGORIES;
        writeRandom(dir.resolve("Y.f64"), (long) n * m, rnd, 1000.0);
        writeRandom(dir.resolve("F.f64"), (long) k * n, rnd, 50.0);
        String meta = "n=" + n + "\ndensity=" + density + "\nregions=" + regions + "\ncategories=" + CATEGORIES + "\nk=" + k
                + "\nseed=" + seed + "\nmaxColSum=" + maxColSum + "\n";
        Files.writeString(dir.resolve("meta.properties"), meta);
        System.out.println("wrote " + dir + ": n=" + n + " density=" + density + " regions=" + regions + " k=" + k + " seed=" + seed);
    }

    private static void writeRandom(Path p, long count, SplittableRandom rnd, double scale) throws IOException {
        try (OutputStream out = Files.newOutputStream(p)) {
            ByteBuffer b = ByteBuffer.allocate(8 * 4096).order(ByteOrder.LITTLE_ENDIAN);
            for (long c = 0; c < count; c++) {
                b.putDouble(rnd.nextDouble() * scale);
                if (!b.hasRemaining()) {
                    out.write(b.array(), 0, b.position());
                    b.clear();
                }
            }
            out.write(b.array(), 0, b.position());
        }
    }

    /** Reads a raw little-endian float64 file of exactly {@code count} values. */
    public static double[] read(Path p, long count) throws IOException {
        if (Files.size(p) != count * 8) {
            throw new IOException(p + " has " + Files.size(p) + " bytes, expected " + count * 8);
        }
        double[] d = new double[Math.toIntExact(count)];
        try (FileChannel ch = FileChannel.open(p)) {
            ByteBuffer buf = ByteBuffer.allocateDirect(1 << 24).order(ByteOrder.LITTLE_ENDIAN);
            int pos = 0;
            while (pos < d.length) {
                buf.clear();
                int want = (int) Math.min(buf.capacity(), (long) (d.length - pos) * 8);
                buf.limit(want);
                while (buf.hasRemaining()) {
                    if (ch.read(buf) < 0) {
                        throw new IOException("short read " + p);
                    }
                }
                buf.flip();
                buf.asDoubleBuffer().get(d, pos, want / 8);
                pos += want / 8;
            }
        }
        return d;
    }
}
