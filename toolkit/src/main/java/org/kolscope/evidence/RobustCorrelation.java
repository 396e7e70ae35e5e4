package org.kolscope.evidence;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.kolscope.core.Parallel;
import org.kolscope.core.Quantiles;

/**
 * A robust correlation matrix of several variables with missing values: Gnanadesikan and
 * Kettenring's pairwise estimator, made positive definite.
 *
 * <p>For two variables standardised by a robust scale, {@code u} and {@code v}, over the rows where
 * both are known: {@code r = (S(u + v)² − S(u − v)²) / (S(u + v)² + S(u − v)²)} with {@code S} the
 * MAD × 1.4826. It equals Pearson's correlation when S is the standard deviation, and a few
 * extreme rows (the manipulated accounts) barely move it. A pair known together on fewer than
 * {@value #MIN_PAIRS} rows gets 0. Pairwise estimates need not form a positive definite matrix;
 * the matrix is shrunk towards the identity, {@code (1 − λ) R + λ I}, with the smallest λ of
 * 0, 0.05, 0.10, … whose Cholesky factorisation succeeds (a positive definite matrix is what
 * {@link GlsScore} inverts).
 *
 * <p>References: R. Gnanadesikan and J. R. Kettenring, "Robust estimates, residuals, and outlier
 * detection with multiresponse data", Biometrics 28(1), 1972, 81–124; R. A. Maronna and R. H.
 * Zamar, "Robust estimates of location and dispersion for high-dimensional datasets",
 * Technometrics 44(4), 2002, 307–317 (the pairwise estimator and its repair).
 */
public final class RobustCorrelation {
  /** Fewest rows known in both variables for a pairwise estimate. */
  public static final int MIN_PAIRS = 20;

  private RobustCorrelation() {}

  /**
   * The correlation matrix of the columns of {@code z} ({@code z[row][variable]}, NaN = missing).
   *
   * @throws IllegalArgumentException if rows have unequal lengths
   */
  public static double[][] of(double[][] z) {
    int k = z.length == 0 ? 0 : z[0].length;
    double[][] r = new double[k][k];
    int[][] pairs = new int[k * (k - 1) / 2][];
    for (int a = 0, p = 0; a < k; a++) {
      r[a][a] = 1;
      for (int b = a + 1; b < k; b++) {
        pairs[p++] = new int[] {a, b};
      }
    }
    // each pair writes its own two cells
    Parallel.forEach(pairs.length, 1, p -> {
      int a = pairs[p][0];
      int b = pairs[p][1];
      r[a][b] = r[b][a] = pair(z, a, b);
    });
    return positiveDefinite(r);
  }

  static double pair(double[][] z, int a, int b) {
    int m = 0;
    for (double[] row : z) {
      if (row.length <= Math.max(a, b)) {
        throw new IllegalArgumentException("rows have unequal lengths");
      }
      if (!Double.isNaN(row[a]) && !Double.isNaN(row[b])) {
        m++;
      }
    }
    if (m < MIN_PAIRS) {
      return 0;
    }
    double[] u = new double[m];
    double[] v = new double[m];
    int i = 0;
    for (double[] row : z) {
      if (!Double.isNaN(row[a]) && !Double.isNaN(row[b])) {
        u[i] = row[a];
        v[i++] = row[b];
      }
    }
    double su = Quantiles.madNormal(u);
    double sv = Quantiles.madNormal(v);
    if (!(su > 0) || !(sv > 0)) {
      return 0;
    }
    double[] plus = new double[m];
    double[] minus = new double[m];
    for (int j = 0; j < m; j++) {
      plus[j] = u[j] / su + v[j] / sv;
      minus[j] = u[j] / su - v[j] / sv;
    }
    double p = Quantiles.madNormal(plus);
    double q = Quantiles.madNormal(minus);
    double den = p * p + q * q;
    return den > 0 ? (p * p - q * q) / den : 0;
  }

  static double[][] positiveDefinite(double[][] r) {
    int k = r.length;
    for (int step = 0; step <= 20; step++) {
      double lambda = step * 0.05;
      double[][] s = new double[k][k];
      for (int a = 0; a < k; a++) {
        for (int b = 0; b < k; b++) {
          s[a][b] = (1 - lambda) * r[a][b] + (a == b ? lambda : 0);
        }
      }
      if (isPositiveDefinite(s)) {
        return s;
      }
    }
    double[][] id = new double[k][k];
    for (int a = 0; a < k; a++) {
      id[a] = new double[k];
      id[a][a] = 1;
    }
    return id;
  }

  static boolean isPositiveDefinite(double[][] s) {
    if (s.length == 0) {
      return true;
    }
    try {
      RealMatrix m = new Array2DRowRealMatrix(s, true);
      new CholeskyDecomposition(m, 1e-10, 1e-10);
      return true;
    } catch (NonPositiveDefiniteMatrixException | org.apache.commons.math3.linear.NonSymmetricMatrixException e) {
      return false;
    }
  }

  /**
   * {@code (1 − λ) R + λ I}: the off-diagonal entries shrunk towards 0 by λ, a fixed-intensity
   * version of the shrinkage of O. Ledoit and M. Wolf, "A well-conditioned estimator for
   * large-dimensional covariance matrices", J. Multivariate Anal. 88(2), 2004, 365–411. A convex
   * combination of positive definite matrices stays positive definite.
   *
   * @throws IllegalArgumentException unless λ in [0, 1]
   */
  public static double[][] shrink(double[][] r, double lambda) {
    if (!(lambda >= 0 && lambda <= 1)) {
      throw new IllegalArgumentException("shrinkage must be in [0, 1], got " + lambda);
    }
    double[][] s = new double[r.length][];
    for (int a = 0; a < r.length; a++) {
      s[a] = r[a].clone();
      for (int b = 0; b < r.length; b++) {
        if (a != b) {
          s[a][b] *= 1 - lambda;
        }
      }
    }
    return s;
  }

  /** The sub-matrix of {@code r} on the given variables. */
  static double[][] sub(double[][] r, int[] vars) {
    double[][] s = new double[vars.length][vars.length];
    for (int a = 0; a < vars.length; a++) {
      for (int b = 0; b < vars.length; b++) {
        s[a][b] = r[vars[a]][vars[b]];
      }
    }
    return s;
  }

  static String format(double[][] r) {
    StringBuilder sb = new StringBuilder();
    for (double[] row : r) {
      sb.append(Arrays.toString(Arrays.stream(row).map(v -> Math.round(v * 100) / 100.0).toArray())).append('\n');
    }
    return sb.toString();
  }
}
