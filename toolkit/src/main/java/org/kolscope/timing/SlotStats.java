package org.kolscope.timing;

import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.kolscope.stats.Quantiles;
import org.kolscope.stats.groups.BootstrapMedianCi;

/**
 * The median and its bootstrap CI of many groups of values at once: in parallel, each group with
 * its own seed (derived from the analysis seed and the group's number by SplitMix64), so the
 * result does not depend on the order the threads run in.
 */
final class SlotStats {
  private SlotStats() {}

  /** Median and CI of one group; NaN median for no values, NaN CI for fewer than 2. */
  record Stat(int n, double median, double low, double high) {}

  static Stat[] compute(List<double[]> groups, long seed, long stream, int resamples,
      double level) {
    IntFunction<Stat> one = g -> {
      double[] x = groups.get(g);
      if (x.length == 0) {
        return new Stat(0, Double.NaN, Double.NaN, Double.NaN);
      }
      if (x.length == 1) {
        return new Stat(1, x[0], Double.NaN, Double.NaN);
      }
      boolean tied = true;
      for (double v : x) {
        if (v != x[0]) {
          tied = false;
          break;
        }
      }
      if (tied) {
        return new Stat(x.length, x[0], x[0], x[0]);
      }
      BootstrapMedianCi.Result ci =
          BootstrapMedianCi.compute(x, resamples, level, mix(seed, stream * 1_000 + g));
      return new Stat(x.length, ci.median(), ci.low(), ci.high());
    };
    return IntStream.range(0, groups.size()).parallel().mapToObj(one).toArray(Stat[]::new);
  }

  /** The median of a group (NaN when empty). */
  static double median(double[] x) {
    return x.length == 0 ? Double.NaN : Quantiles.median(x);
  }

  /** SplitMix64 (Steele, Lea and Flood 2014) of a seed and a stream number. */
  static long mix(long seed, long stream) {
    long z = seed + (stream + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
