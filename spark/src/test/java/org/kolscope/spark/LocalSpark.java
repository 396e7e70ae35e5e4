package org.kolscope.spark;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** The test session: Spark in local mode with two cores, small partitions so files split. */
final class LocalSpark {
  /** The repository's root (tests run in spark/). */
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  private LocalSpark() {}

  static SparkSession start(String name) {
    SparkSession s = SparkSession.builder().appName(name).master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        // 1 MB splits: the shipped notes come in several partitions, the generated in dozens
        .config("spark.sql.files.maxPartitionBytes", String.valueOf(1 << 20))
        .getOrCreate();
    s.sparkContext().setLogLevel("WARN");
    return s;
  }

  /** As {@link #start(String)}, files cut into parts of {@code splitBytes} (many parts from a small file). */
  static SparkSession start(String name, int splitBytes) {
    SparkSession s = start(name);
    s.conf().set("spark.sql.files.maxPartitionBytes", String.valueOf(splitBytes));
    return s;
  }
}
