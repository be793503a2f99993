package fr.benefitcalc.benchmarks.alternated;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Measures what a piece of work used: CPU time and bytes allocated. */
@FunctionalInterface
public interface Meter {
  /** What was used between {@link #start()} and the call of the supplier it returned. */
  record Usage(long cpuNanos, long allocatedBytes) {}

  /** Starts a measurement; the supplier returned gives what was used since. */
  Supplier<Usage> start();

  /**
   * The CPU time and the bytes allocated by every live Java thread of this JVM, summed: the thread that calls and
   * the threads a workload hands its households to (the JMH benchmarks' executors), while the other jars' threads
   * wait. The JIT compiler and the garbage collector are not Java threads: their work is not counted (as with the
   * CPU time of one thread). A thread that ends between the start and the end is not counted.
   */
  static Meter threads() {
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    if (!mx.isThreadCpuTimeSupported() || !mx.isThreadAllocatedMemorySupported()) {
      throw new IllegalStateException("this JVM measures neither the CPU time nor the allocation of a thread");
    }
    mx.setThreadCpuTimeEnabled(true);
    mx.setThreadAllocatedMemoryEnabled(true);
    return () -> {
      long[] ids = mx.getAllThreadIds();
      long[] cpu = mx.getThreadCpuTime(ids);
      long[] bytes = mx.getThreadAllocatedBytes(ids);
      Map<Long, long[]> before = new HashMap<>();
      for (int i = 0; i < ids.length; i++) {
        before.put(ids[i], new long[] {Math.max(0, cpu[i]), Math.max(0, bytes[i])});
      }
      return () -> {
        long[] now = mx.getAllThreadIds();
        long[] cpuNow = mx.getThreadCpuTime(now);
        long[] bytesNow = mx.getThreadAllocatedBytes(now);
        long usedCpu = 0;
        long usedBytes = 0;
        for (int i = 0; i < now.length; i++) {
          if (cpuNow[i] < 0 || bytesNow[i] < 0) {
            continue; // ended meanwhile
          }
          long[] then = before.getOrDefault(now[i], new long[2]);
          usedCpu += cpuNow[i] - then[0];
          usedBytes += bytesNow[i] - then[1];
        }
        return new Usage(usedCpu, usedBytes);
      };
    };
  }
}
