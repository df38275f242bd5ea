package be.cambium.bench.trade;

import be.cambium.io.comext.BasketAggregator;
import be.cambium.io.comext.ComextReader;
import be.cambium.io.comext.ComextStore;
import be.cambium.io.comext.TradeBaskets;
import be.cambium.trade.AlertInput;
import be.cambium.trade.TradeAlertDetector;
import be.cambium.trade.TradeCell;
import be.cambium.trade.TradeIndicatorCalculator;
import be.cambium.trade.TradeIndicatorResult;
import be.cambium.trade.TradeInput;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * JMH form of {@link TradeScaleBench} (streaming path and store path on a generated 5-million-row month):
 * {@code java -jar cambium-bench/target/cambium-bench.jar TradeScaleJmh -p dir=/tmp/trade-scale}.
 * The direct DuckDB SQL comparison is in {@link TradeScaleBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = "-Xmx4g")
public class TradeScaleJmh {

    @Param("target/trade-scale")
    public String dir;

    @Param("5000000")
    public int rows;

    private Path file;
    private TradeBaskets baskets;
    private final YearMonth month = YearMonth.of(2025, 12);

    @Setup
    public void setup() throws Exception {
        baskets = TradeBaskets.bundled();
        Path d = Path.of(dir);
        Files.createDirectories(d);
        file = d.resolve("full_v2_202512.dat");
        if (!Files.exists(file)) {
            ComextFixtureGenerator.writeBulkMonth(file, rows, month, 7L, baskets);
        }
    }

    @Benchmark
    public Object streaming() throws Exception {
        BasketAggregator agg = new BasketAggregator(baskets);
        ComextReader.read(file, Set.of("BE"), agg);
        return indicators(agg.cells());
    }

    @Benchmark
    public Object store() throws Exception {
        Path ws = Files.createTempDirectory(Path.of(dir), "jmh-ws-");
        try (ComextStore s = ComextStore.open(ws.resolve("cambium.duckdb"))) {
            s.importFile(file, Set.of("BE"), Instant.EPOCH);
            return indicators(s.cells(baskets, Set.of("BE"), 0, 0));
        } finally {
            TradeScaleBench.deleteTree(ws);
        }
    }

    private Object indicators(List<TradeCell> cells) {
        TradeIndicatorResult r = TradeIndicatorCalculator.compute(TradeInput.of(cells, new TreeSet<>(Set.of(month)),
                baskets.labels(), Map.of()));
        return TradeAlertDetector.compute(AlertInput.of(r, baskets.labels()));
    }
}
