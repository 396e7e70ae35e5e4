import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.jfree.chart.JFreeChart;
import org.kolscope.charts.Charts;
import org.kolscope.charts.FollowerEngagementChart;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Benchmark: build and render the follower-engagement chart to PNG (1000 x 650) and SVG for
 * synthetic tables of N accounts. Run with bench/charts/run.sh [N ...] (default 100000 1000000).
 * Prints one line per case: median of 3 timed runs after one warm-up run.
 */
public class ChartBench {
  public static void main(String[] args) {
    int[] sizes = args.length == 0 ? new int[] {100_000, 1_000_000}
        : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    System.out.printf(Locale.ROOT, "%-10s %-9s %10s %10s %10s %12s%n",
        "points", "mode", "build ms", "png ms", "svg ms", "png bytes");
    for (int n : sizes) {
      Table t = accounts(n, 1);
      run(t, n, FollowerEngagementChart.DEFAULT_DENSITY_THRESHOLD, "auto");
      if (n <= 100_000) {
        run(t, n, Integer.MAX_VALUE, "scatter");
      }
    }
  }

  static void run(Table t, int n, int threshold, String label) {
    long[] build = new long[3];
    long[] png = new long[3];
    long[] svg = new long[3];
    int bytes = 0;
    for (int rep = -1; rep < 3; rep++) {
      long t0 = System.nanoTime();
      JFreeChart c = FollowerEngagementChart.of(t).flagged("suspicious").densityThreshold(threshold).build();
      long t1 = System.nanoTime();
      bytes = Charts.toPng(c, 1000, 650).length;
      long t2 = System.nanoTime();
      int len = Charts.toSvg(c, 1000, 650).length();
      long t3 = System.nanoTime();
      if (rep >= 0) {
        build[rep] = (t1 - t0) / 1_000_000;
        png[rep] = (t2 - t1) / 1_000_000;
        svg[rep] = (t3 - t2) / 1_000_000;
      }
    }
    String mode = n > threshold ? "density" : "scatter";
    System.out.printf(Locale.ROOT, "%-10d %-9s %10d %10d %10d %12d%n", n,
        mode + (label.equals("auto") ? "" : "*"), median(build), median(png), median(svg), bytes);
  }

  static long median(long[] a) {
    long[] s = a.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  /** Synthetic accounts: log-uniform followers 500–5M, likes+collects falling with size, 2 % fakes. */
  static Table accounts(int n, long seed) {
    Random rnd = new Random(seed);
    StringColumn name = StringColumn.create("name");
    LongColumn followers = LongColumn.create("followers");
    LongColumn lac = LongColumn.create("likes_and_collects");
    BooleanColumn sus = BooleanColumn.create("suspicious");
    for (int i = 0; i < n; i++) {
      double f = Math.pow(10, 2.7 + rnd.nextDouble() * 4.0);
      double ratio = (f < 5e3 ? 4.0 : f < 5e4 ? 2.3 : f < 5e5 ? 0.7 : 0.4)
          * Math.exp(0.55 * rnd.nextGaussian());
      boolean fake = rnd.nextDouble() < 0.02;
      if (fake) {
        ratio *= 0.02;
      }
      name.append("小红薯" + i);
      followers.append(Math.round(f));
      lac.append(Math.max(1, Math.round(f * ratio)));
      sus.append(fake);
    }
    return Table.create("bench", name, followers, lac, sus);
  }
}
