package fr.benefitcalc.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The machine's ceiling for the bulk path: one thread summing a 256 MB array (far beyond the
 * caches), so that the bytes a household touches can be set against the bandwidth. The score is
 * bytes per second (operations per invocation = bytes read).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class MemoryBandwidthBenchmark {
  private static final int LONGS = 32 * 1024 * 1024;
  private long[] data;

  @Setup(Level.Trial)
  public void setUp() {
    data = new long[LONGS];
    for (int i = 0; i < LONGS; i++) {
      data[i] = i;
    }
  }

  /** A sequential sweep of 256 MB. */
  @Benchmark
  @OperationsPerInvocation(LONGS * 8)
  public long sequentialRead() {
    long total = 0;
    for (long v : data) {
      total += v;
    }
    return total;
  }
}
