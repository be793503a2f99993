package fr.benefitcalc.benchmarks.alternated;

/**
 * One jar's side of an alternated measurement: a fixed set of households, computed once per {@link #run()}. The
 * implementations ({@code probe} package) are defined anew inside each measured jar's class loader and drive that
 * jar's own classes; this interface is the only type they share with the harness, so it uses only JDK types.
 */
public interface Workload extends AutoCloseable {
  /** The households one {@link #run()} computes (the divisor of the CPU time and of the bytes allocated). */
  int households();

  /**
   * Computes every household once, as the JMH benchmark's operation does, and returns a value derived from the
   * results (so that nothing is optimised away).
   */
  long run();

  /**
   * The SHA-256 (hexadecimal) of what the households give: the same text for two jars means the same results
   * (for the timelines, every decision, month paid and due, regularisation and cause, as {@code TimelineDump}
   * writes them; for the bulk path, every household's cents).
   */
  String digest();

  /** Stops the workload's threads. */
  @Override
  void close();
}
