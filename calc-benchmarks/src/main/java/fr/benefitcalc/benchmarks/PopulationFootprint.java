package fr.benefitcalc.benchmarks;

import fr.benefitcalc.core.bulk.Population;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Memory per household of a columnar population with two years of monthly resources: the resource
 * columns as counted by {@link Population#resourceBytes()}, and the whole population (columns and
 * household objects) as the heap grows, measured after full collections.
 *
 * <pre>java -cp calc-benchmarks/target/benchmarks.jar fr.benefitcalc.benchmarks.PopulationFootprint 1000000</pre>
 */
public final class PopulationFootprint {
  private PopulationFootprint() {}

  /** Prints the footprint of a population of {@code args[0]} households (default 100 000). */
  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = used(memory);
    long start = System.nanoTime();
    Population population = Populations.calibrated(size, 1_000_003L);
    long built = System.nanoTime();
    long after = used(memory);
    System.out.printf("households: %d (built in %.1f s)%n", population.size(), (built - start) / 1e9);
    System.out.printf("income series held: %d (%.2f per household)%n", population.seriesCount(),
        population.seriesCount() / (double) size);
    System.out.printf("resource columns: %d bytes, %.0f bytes per household%n", population.resourceBytes(),
        population.resourceBytes() / (double) size);
    System.out.printf("household-fact columns: %d bytes, %.0f bytes per household%n", population.factBytes(),
        population.factBytes() / (double) size);
    System.out.printf("whole population on the heap: %d bytes, %.0f bytes per household%n", after - before,
        (after - before) / (double) size);
    System.out.println(population.household(size - 1).id());
  }

  private static long used(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
