package org.kolscope.charts;

import java.nio.file.Path;
import java.util.Arrays;
import org.jfree.chart.JFreeChart;
import org.kolscope.io.Schema;
import tech.tablesaw.api.Table;

/**
 * Renders one PNG of each chart type from seeded synthetic data into {@code docs/images/} (the
 * README images). Run from the repository root:
 *
 * <pre>
 * mvn -o -q -pl toolkit test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp toolkit/target/classes:toolkit/target/test-classes:$(cat /tmp/cp.txt) \
 *     org.kolscope.charts.DocImages docs/images
 * </pre>
 */
public final class DocImages {
  private DocImages() {}

  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "docs/images");
    for (String type : ChartsSamples.TYPES) {
      Charts.savePng(ChartsSamples.chart(type), dir.resolve(type + ".png"), 1000, 640, 1);
      System.err.println("wrote " + dir.resolve(type + ".png"));
    }
  }
}
