package be.cambium.bench.stockflow;

import be.cambium.stockflow.StockflowCalculator;
import be.cambium.stockflow.StockflowResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** JMH: one full multi-layer run of the issue-size system (single shot, seconds). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class StockflowBenchmark {

    BenchSystem system;

    @Setup
    public void setUp() {
        system = BenchSystem.issueSize(6);
    }

    @Benchmark
    public StockflowResult fullRun() {
        return StockflowCalculator.compute(system.input);
    }
}
