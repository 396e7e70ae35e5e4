package org.kolscope.spark;

import org.apache.spark.sql.SparkSession;

/** Spark sessions as KOLScope starts them. */
public final class Sessions {
  /** Where Spark runs when nobody says: every core of this machine. */
  public static final String DEFAULT_MASTER = "local[*]";

  private Sessions() {}

  /**
   * The session: at {@code master} if given, else at the master spark-submit set ({@code
   * spark.master}), else {@link #DEFAULT_MASTER}. Spark's UI is off (a port per run is of no use
   * to a command) and its log says warnings only.
   */
  public static SparkSession start(String master, String appName) {
    SparkSession.Builder b = SparkSession.builder().appName(appName)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC");
    if (master != null && !master.isBlank()) {
      b.master(master);
    } else if (System.getProperty("spark.master") == null) {
      b.master(DEFAULT_MASTER);
    }
    SparkSession s = b.getOrCreate();
    s.sparkContext().setLogLevel("WARN");
    return s;
  }
}
