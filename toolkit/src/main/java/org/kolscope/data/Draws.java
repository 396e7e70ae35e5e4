package org.kolscope.data;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * The generator's random draws beyond a uniform: seeds for the streams of each account
 * (SplitMix64), log-normal, uniform on an interval and a weighted choice. {@link StrictMath}
 * throughout, so the same seed gives the same draws on every JVM.
 */
final class Draws {
  private Draws() {}

  /** SplitMix64 (Steele, Lea and Flood 2014) of {@code seed} and a stream number. */
  static long splitMix(long seed, long stream) {
    long z = seed + (stream + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** e^(ln(median) + σz), z standard normal: a log-normal draw with the given median. */
  static double logNormal(RandomGenerator rng, double median, double sigma) {
    return median * StrictMath.exp(sigma * rng.nextGaussian());
  }

  static double uniform(RandomGenerator rng, double lo, double hi) {
    return lo + (hi - lo) * rng.nextDouble();
  }

  static int weighted(RandomGenerator rng, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = rng.nextDouble() * total;
    for (int i = 0; i < weights.length - 1; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
