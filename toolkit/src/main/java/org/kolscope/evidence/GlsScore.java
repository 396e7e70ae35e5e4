package org.kolscope.evidence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.RealVector;

/**
 * One score from several correlated z-scores along an expected direction: the generalised least
 * squares (GLS) combination.
 *
 * <p>With z-scores {@code z} (each N(0, 1) for an honest account, correlation matrix {@code R}) and
 * a direction {@code d} in which a manipulation moves them ({@code z ≈ δ · d} for some unknown
 * δ &gt; 0), the score {@code T = dᵀ R⁻¹ z / √(dᵀ R⁻¹ d)} is N(0, 1) for an honest account and the
 * most powerful linear test of δ &gt; 0: signals that move together in honest accounts (a weak
 * month lowers reach and engagement alike) are not counted twice, and a signal that the
 * manipulation leaves alone ({@code d_j = 0}) still helps by cancelling the noise it shares with
 * the others. Only the signals known for the account take part (the sub-matrix of R). Because R is
 * an estimate, the cancelling can overshoot; {@link Evidence} shrinks R's off-diagonal entries
 * ({@link RobustCorrelation#shrink}) before scoring.
 *
 * <p>References: P. C. O'Brien, "Procedures for comparing samples with multiple endpoints",
 * Biometrics 40(4), 1984, 1079–1087 (the GLS test); S. M. Kay, Fundamentals of Statistical Signal
 * Processing, Vol. II: Detection Theory, Prentice Hall, 1998, §4.3 (the matched filter in
 * correlated Gaussian noise, the same statistic).
 */
public final class GlsScore {
  private final double[][] r;
  /** Per set of signals taking part (bit j: signal j), the factorisation of R's sub-matrix. */
  private final Map<Long, DecompositionSolver> solvers = new ConcurrentHashMap<>();

  private GlsScore(double[][] r) {
    this.r = r;
  }

  /**
   * The scores of many accounts against one correlation matrix: each sub-matrix (one per set of
   * known signals, a handful in practice) is factorised once, not once per account; the scores are
   * the same to the last bit as {@link #of}'s. Safe to use from several threads.
   *
   * @param r the correlation matrix of the z-scores (positive definite), k × k, at most 64
   */
  public static GlsScore with(double[][] r) {
    if (r.length > 64) {
      throw new IllegalArgumentException("at most 64 signals, got " + r.length);
    }
    return new GlsScore(r);
  }

  /**
   * The score, or NaN when no signal with a non-zero direction is known.
   *
   * @param z z-scores (NaN = unknown), not null
   * @param d the direction, as long as z
   * @param r the correlation matrix of z (positive definite), k × k
   */
  public static double of(double[] z, double[] d, double[][] r) {
    return with(r).score(z, d);
  }

  /**
   * Each known signal's share of the score: {@code w_j z_j / √(dᵀR⁻¹d)} with {@code w = R⁻¹ d}
   * (they sum to the score; NaN for unknown signals). For naming the signals behind a finding.
   */
  public static double[] contributions(double[] z, double[] d, double[][] r) {
    return with(r).contributions(z, d);
  }

  /** As {@link #of(double[], double[], double[][])} against this matrix. */
  public double score(double[] z, double[] d) {
    return scored(z, d).score();
  }

  /** As {@link #contributions(double[], double[], double[][])} against this matrix. */
  public double[] contributions(double[] z, double[] d) {
    return scored(z, d).contributions();
  }

  /**
   * The score and each known signal's share of it, from one solve of {@code R w = d} (the same
   * numbers as {@link #score} and {@link #contributions}, which each solve it).
   *
   * @param score as {@link #score}: NaN when no signal with a direction is known
   * @param contributions as {@link #contributions}: NaN for the signals not taking part
   */
  public record Scored(double score, double[] contributions) {}

  /** {@link #score} and {@link #contributions} of {@code z} along {@code d}, solved once. */
  public Scored scored(double[] z, double[] d) {
    double[] out = new double[z.length];
    java.util.Arrays.fill(out, Double.NaN);
    Weights w = weights(z, d);
    if (w == null || !(w.den > 0)) {
      return new Scored(Double.NaN, out);
    }
    RealVector zv = new ArrayRealVector(w.vars.length);
    for (int a = 0; a < w.vars.length; a++) {
      zv.setEntry(a, z[w.vars[a]]);
      out[w.vars[a]] = w.w.getEntry(a) * z[w.vars[a]] / Math.sqrt(w.den);
    }
    return new Scored(w.w.dotProduct(zv) / Math.sqrt(w.den), out);
  }

  /** {@code w = R⁻¹ d} over the signals known in z and d, and {@code dᵀR⁻¹d}. */
  private record Weights(int[] vars, RealVector w, double den) {}

  /** The weights, or null when no signal is known in both z and d. */
  private Weights weights(double[] z, double[] d) {
    int[] vars = used(z, d);
    if (vars.length == 0) {
      return null;
    }
    RealVector dv = new ArrayRealVector(vars.length);
    for (int a = 0; a < vars.length; a++) {
      dv.setEntry(a, d[vars[a]]);
    }
    RealVector w = solver(vars).solve(dv);
    return new Weights(vars, w, w.dotProduct(dv));
  }

  private DecompositionSolver solver(int[] vars) {
    long mask = 0;
    for (int v : vars) {
      mask |= 1L << v;
    }
    return solvers.computeIfAbsent(mask, m -> new CholeskyDecomposition(
        new Array2DRowRealMatrix(RobustCorrelation.sub(r, vars), false), 1e-10, 1e-10).getSolver());
  }

  /** The signals known in both z and d, in order. */
  private static int[] used(double[] z, double[] d) {
    int k = 0;
    for (int j = 0; j < z.length; j++) {
      if (!Double.isNaN(z[j]) && !Double.isNaN(d[j])) {
        k++;
      }
    }
    int[] vars = new int[k];
    int i = 0;
    for (int j = 0; j < z.length; j++) {
      if (!Double.isNaN(z[j]) && !Double.isNaN(d[j])) {
        vars[i++] = j;
      }
    }
    return vars;
  }
}
