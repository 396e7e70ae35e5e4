package org.kolscope.spark;

import java.util.ArrayList;
import java.util.List;
import org.kolscope.cli.Main;

/**
 * The audit as a {@code spark-submit} application: the arguments of {@code kolscope audit}
 * (ACCOUNTS, {@code --posts NOTES}, {@code --tiers}, {@code --json}, {@code --out DIR}, …), run
 * with {@code --engine spark} on the master spark-submit gives.
 *
 * <pre>
 * spark-submit --class org.kolscope.spark.AuditJob --master spark://host:7077 \
 *   --jars "$(ls spark/target/lib/*.jar | grep -v -e spark_ -e scala- | paste -sd,)" \
 *   spark/target/kolscope-spark-0.1.0-SNAPSHOT.jar accounts.csv --posts notes.parquet --json
 * </pre>
 */
public final class AuditJob {
  private AuditJob() {}

  public static void main(String[] args) {
    List<String> a = new ArrayList<>();
    a.add("audit");
    a.addAll(List.of(args));
    if (!a.contains("--engine")) {
      a.add("--engine");
      a.add("spark");
    }
    System.setProperty("kolscope.engine.child", "true");
    Main.main(a.toArray(new String[0]));
  }
}
