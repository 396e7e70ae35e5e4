package org.kolscope.evidence;

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
  private GlsScore() {}

  /**
   * The score, or NaN when no signal with a non-zero direction is known.
   *
   * @param z z-scores (NaN = unknown), not null
   * @param d the direction, as long as z
   * @param r the correlation matrix of z (positive definite), k × k
   */
  public static double of(double[] z, double[] d, double[][] r) {
    int k = 0;
    boolean any = false;
    for (int j = 0; j < z.length; j++) {
      if (!Double.isNaN(z[j]) && !Double.isNaN(d[j])) {
        k++;
        any = true;
      }
    }
    if (!any) {
      return Double.NaN;
    }
    int[] vars = used(z, d, k);
    double[][] s = RobustCorrelation.sub(r, vars);
    RealVector zv = new ArrayRealVector(k);
    RealVector dv = new ArrayRealVector(k);
    for (int a = 0; a < k; a++) {
      zv.setEntry(a, z[vars[a]]);
      dv.setEntry(a, d[vars[a]]);
    }
    DecompositionSolver solver =
        new CholeskyDecomposition(new Array2DRowRealMatrix(s, false), 1e-10, 1e-10).getSolver();
    RealVector w = solver.solve(dv); // R⁻¹ d
    double den = w.dotProduct(dv);
    return den > 0 ? w.dotProduct(zv) / Math.sqrt(den) : Double.NaN;
  }

  /**
   * Each known signal's share of the score: {@code w_j z_j / √(dᵀR⁻¹d)} with {@code w = R⁻¹ d}
   * (they sum to the score; NaN for unknown signals). For naming the signals behind a finding.
   */
  public static double[] contributions(double[] z, double[] d, double[][] r) {
    double[] out = new double[z.length];
    java.util.Arrays.fill(out, Double.NaN);
    int k = 0;
    for (int j = 0; j < z.length; j++) {
      if (!Double.isNaN(z[j]) && !Double.isNaN(d[j])) {
        k++;
      }
    }
    if (k == 0) {
      return out;
    }
    int[] vars = used(z, d, k);
    double[][] s = RobustCorrelation.sub(r, vars);
    RealVector dv = new ArrayRealVector(k);
    for (int a = 0; a < k; a++) {
      dv.setEntry(a, d[vars[a]]);
    }
    RealVector w = new CholeskyDecomposition(new Array2DRowRealMatrix(s, false), 1e-10, 1e-10)
        .getSolver().solve(dv);
    double den = w.dotProduct(dv);
    if (!(den > 0)) {
      return out;
    }
    for (int a = 0; a < k; a++) {
      out[vars[a]] = w.getEntry(a) * z[vars[a]] / Math.sqrt(den);
    }
    return out;
  }

  private static int[] used(double[] z, double[] d, int k) {
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
