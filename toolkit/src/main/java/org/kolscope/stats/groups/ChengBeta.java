package org.kolscope.stats.groups;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * Beta(a, b) variates for a, b ≥ 1 (the shapes of uniform order statistics), by Cheng's
 * algorithm BB when both exceed 1 and by inversion when one equals 1.
 *
 * <p>Algorithm BB (R. C. H. Cheng, "Generating beta variates with nonintegral shape
 * parameters", <i>Communications of the ACM</i> 21(4), 1978, 317–322): with a₀ = min(a, b), b₀ =
 * max(a, b), α = a₀ + b₀, β = √((α − 2)/(2a₀b₀ − α)), γ = a₀ + 1/β, draw uniforms u₁, u₂, set v =
 * β ln(u₁/(1 − u₁)), w = a₀eᵛ, z = u₁²u₂, r = γv − ln 4, s = a₀ + r − w; accept if s + 1 + ln 5 ≥
 * 5z, or if s ≥ ln z, or if r + α ln(α/(b₀ + w)) ≥ ln z; the variate is w/(b₀ + w) when a = a₀,
 * else b₀/(b₀ + w). Beta(1, b) = 1 − U^{1/b} and Beta(a, 1) = U^{1/a} by inversion.
 *
 * <p>Commons Math's {@code BetaDistribution.sample()} runs the same algorithm through {@code
 * FastMath}'s table-driven log and exp; here the JDK's {@code Math.log} and {@code Math.exp},
 * which the JIT compiles to intrinsics, so the report's thousands of bootstrap CIs (2,000 draws
 * each) cost a fraction (they were most of its "When to post" section).
 */
final class ChengBeta {
  private static final double LN4 = Math.log(4);
  private static final double ONE_PLUS_LN5 = 1 + Math.log(5);

  private final double a;
  private final double b;
  private final double a0;
  private final double b0;
  private final double alpha;
  private final double beta;
  private final double gamma;

  /**
   * A sampler for Beta(a, b).
   *
   * @throws IllegalArgumentException unless a ≥ 1 and b ≥ 1 (finite)
   */
  ChengBeta(double a, double b) {
    if (!(a >= 1 && b >= 1 && Double.isFinite(a) && Double.isFinite(b))) {
      throw new IllegalArgumentException("Beta shapes must be finite and ≥ 1, got " + a + ", " + b);
    }
    this.a = a;
    this.b = b;
    this.a0 = Math.min(a, b);
    this.b0 = Math.max(a, b);
    this.alpha = a0 + b0;
    this.beta = a0 > 1 ? Math.sqrt((alpha - 2) / (2 * a0 * b0 - alpha)) : Double.NaN;
    this.gamma = a0 + 1 / beta;
  }

  /** One variate. */
  double sample(RandomGenerator rng) {
    if (a == 1) {
      return -Math.expm1(Math.log1p(-rng.nextDouble()) / b); // 1 − (1 − U)^{1/b}
    }
    if (b == 1) {
      return Math.exp(Math.log1p(-rng.nextDouble()) / a); // (1 − U)^{1/a}
    }
    while (true) {
      double u1 = rng.nextDouble();
      double u2 = rng.nextDouble();
      if (u1 == 0) {
        continue;
      }
      double v = beta * Math.log(u1 / (1 - u1));
      double w = a0 * Math.exp(v);
      double z = u1 * u1 * u2;
      double r = gamma * v - LN4;
      double s = a0 + r - w;
      if (s + ONE_PLUS_LN5 >= 5 * z) {
        return result(w);
      }
      double t = Math.log(z);
      if (s >= t) {
        return result(w);
      }
      if (r + alpha * Math.log(alpha / (b0 + w)) >= t) {
        return result(w);
      }
    }
  }

  private double result(double w) {
    return a == a0 ? w / (b0 + w) : b0 / (b0 + w);
  }
}
