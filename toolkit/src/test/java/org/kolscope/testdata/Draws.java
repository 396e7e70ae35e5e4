package org.kolscope.testdata;

import java.util.SplittableRandom;

/**
 * The random draws of the labelled generators, on a {@link SplittableRandom} with every
 * transcendental function from {@link StrictMath}, so a seed gives the same numbers on every JVM
 * that keeps {@code SplittableRandom}'s (documented, SplitMix64) bit stream.
 *
 * <p>Normals are Box–Muller pairs (both values used); Student-t is {@code Z / sqrt(χ²_ν / ν)}
 * (see {@link #t}); Poisson is Knuth's product method below a mean of 40 and a rounded normal
 * approximation above.
 */
final class Draws {
  private final SplittableRandom r;
  private double spare = Double.NaN;

  private Draws(SplittableRandom r) {
    this.r = r;
  }

  /** A stream for (seed, stream, index): streams of different purposes never overlap. */
  static Draws of(long seed, long stream, long index) {
    return new Draws(new SplittableRandom(mix(mix(seed ^ 0x5DEECE66DL, stream), index)));
  }

  /** A SplitMix64-style finaliser of two longs. */
  static long mix(long a, long b) {
    long z = a + 0x9E3779B97F4A7C15L * (b + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** U(0, 1). */
  double u() {
    return r.nextDouble();
  }

  /** U(a, b). */
  double u(double a, double b) {
    return a + (b - a) * r.nextDouble();
  }

  /** log-uniform on [a, b] (a, b > 0). */
  double logU(double a, double b) {
    return StrictMath.exp(u(StrictMath.log(a), StrictMath.log(b)));
  }

  /** A uniform integer in [0, n). */
  int below(int n) {
    return r.nextInt(n);
  }

  /** A uniform integer in [a, b]. */
  int between(int a, int b) {
    return a + r.nextInt(b - a + 1);
  }

  boolean chance(double p) {
    return r.nextDouble() < p;
  }

  long bits() {
    return r.nextLong();
  }

  /** Standard normal (Box–Muller). */
  double normal() {
    if (!Double.isNaN(spare)) {
      double s = spare;
      spare = Double.NaN;
      return s;
    }
    double u1 = 1.0 - r.nextDouble(); // (0, 1]
    double u2 = r.nextDouble();
    double rad = StrictMath.sqrt(-2.0 * StrictMath.log(u1));
    spare = rad * StrictMath.sin(2 * StrictMath.PI * u2);
    return rad * StrictMath.cos(2 * StrictMath.PI * u2);
  }

  /**
   * Student-t with {@code nu} (integer ≥ 1) degrees of freedom: Z / sqrt(χ²/ν), the χ² drawn as
   * −2·ln(U₁⋯U_⌊ν/2⌋) (a sum of ⌊ν/2⌋ χ²₂ variables) plus one squared normal when ν is odd.
   */
  double t(int nu) {
    double z = normal();
    double prod = 1;
    for (int i = 0; i < nu / 2; i++) {
      prod *= 1.0 - r.nextDouble();
    }
    double chi2 = -2 * StrictMath.log(prod);
    if (nu % 2 == 1) {
      double x = normal();
      chi2 += x * x;
    }
    return z / StrictMath.sqrt(chi2 / nu);
  }

  /** Exponential with mean 1. */
  double exp1() {
    return -StrictMath.log(1.0 - r.nextDouble());
  }

  /** Poisson(λ). */
  long poisson(double lambda) {
    if (!(lambda > 0)) {
      return 0;
    }
    if (lambda < 40) {
      double limit = StrictMath.exp(-lambda);
      double p = 1;
      long k = -1;
      do {
        k++;
        p *= r.nextDouble();
      } while (p > limit);
      return k;
    }
    return Math.max(0, Math.round(lambda + StrictMath.sqrt(lambda) * normal()));
  }

  /** 24 lower-case hex digits: 8 of {@code epochSeconds}, 16 random (RED-style ids). */
  String hexId(long epochSeconds) {
    char[] c = new char[24];
    long hi = epochSeconds & 0xFFFFFFFFL;
    for (int i = 7; i >= 0; i--) {
      c[i] = HEX[(int) (hi & 15)];
      hi >>>= 4;
    }
    long lo = r.nextLong();
    for (int i = 23; i >= 8; i--) {
      c[i] = HEX[(int) (lo & 15)];
      lo >>>= 4;
    }
    return new String(c);
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();
}
