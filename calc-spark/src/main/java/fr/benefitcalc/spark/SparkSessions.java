package fr.benefitcalc.spark;

import org.apache.spark.sql.SparkSession;

/** The Spark sessions of the command and the tests. */
public final class SparkSessions {
  private SparkSessions() {}

  /**
   * A session on this machine ({@code local[*]}, {@code local[N]}): bound to 127.0.0.1, without the web UI,
   * with {@code shufflePartitions} partitions after a shuffle (the aggregates are small).
   */
  public static SparkSession local(String master, int shufflePartitions) {
    return SparkSession.builder().appName("benefit-calc compare").master(master)
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", Integer.toString(shufflePartitions))
        .getOrCreate();
  }

  /** A session on a cluster's master (or the one {@code spark-submit} set, when {@code master} is empty). */
  public static SparkSession cluster(String master) {
    SparkSession.Builder b = SparkSession.builder().appName("benefit-calc compare");
    if (!master.isEmpty()) {
      b.master(master);
    }
    return b.getOrCreate();
  }
}
