package org.kolscope.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.junit.jupiter.api.Test;

/**
 * {@link GlsScore#with}: one factorisation per set of known signals, reused for every account,
 * gives the score and contributions a factorisation of each account's own sub-matrix gives (the
 * definition, {@code dᵀR⁻¹z / √(dᵀR⁻¹d)} and each share {@code w_j z_j / √(dᵀR⁻¹d)} with {@code w =
 * R⁻¹d}, computed here without the class), to the last bit, and so does {@link GlsScore#scored},
 * which gives both from one solve.
 */
class GlsScore_ReuseTest {

  @Test
  void manyAccountsWithMissingSignals_sameBitsAsAFactorisationEach() {
    Random rnd = new Random(3);
    int k = 8;
    double[][] r = correlation(k, rnd);
    GlsScore gls = GlsScore.with(r);
    for (int account = 0; account < 3000; account++) {
      double[] z = new double[k];
      double[] d = new double[k];
      for (int j = 0; j < k; j++) {
        z[j] = rnd.nextInt(4) == 0 ? Double.NaN : rnd.nextGaussian() * 2;
        d[j] = rnd.nextInt(5) == 0 ? Double.NaN : rnd.nextInt(3) - 1;
      }
      double want = byDefinition(z, d, r);
      // score and shares from one solve: the same bits as the definition's
      GlsScore.Scored s = gls.scored(z, d);
      assertThat(Double.valueOf(s.score())).as("scored, account %d", account).isEqualTo(Double.valueOf(want));
      double[] shares = sharesByDefinition(z, d, r);
      for (int j = 0; j < k; j++) {
        assertThat(Double.valueOf(s.contributions()[j])).as("share of signal %d, account %d", j, account)
            .isEqualTo(Double.valueOf(shares[j]));
      }
      // Double.equals: the same bits, NaN included
      assertThat(Double.valueOf(gls.score(z, d))).as("account %d", account).isEqualTo(Double.valueOf(want));
      double[] c = gls.contributions(z, d);
      double sum = 0;
      boolean any = false;
      for (double v : c) {
        if (!Double.isNaN(v)) {
          sum += v;
          any = true;
        }
      }
      if (any && !Double.isNaN(want)) {
        assertThat(sum).as("contributions sum to the score, account %d", account)
            .isCloseTo(want, org.assertj.core.api.Assertions.within(1e-9));
      }
    }
  }

  /** {@code w_j z_j / √(dᵀR⁻¹d)} with {@code w = R⁻¹d} over the known signals, NaN for the others. */
  private static double[] sharesByDefinition(double[] z, double[] d, double[][] r) {
    double[] out = new double[z.length];
    java.util.Arrays.fill(out, Double.NaN);
    int[] vars = java.util.stream.IntStream.range(0, z.length)
        .filter(j -> !Double.isNaN(z[j]) && !Double.isNaN(d[j])).toArray();
    if (vars.length == 0) {
      return out;
    }
    double[][] s = new double[vars.length][vars.length];
    RealVector dv = new ArrayRealVector(vars.length);
    for (int a = 0; a < vars.length; a++) {
      dv.setEntry(a, d[vars[a]]);
      for (int b = 0; b < vars.length; b++) {
        s[a][b] = r[vars[a]][vars[b]];
      }
    }
    RealVector w = new CholeskyDecomposition(new Array2DRowRealMatrix(s, false), 1e-10, 1e-10)
        .getSolver().solve(dv);
    double den = w.dotProduct(dv);
    if (den > 0) {
      for (int a = 0; a < vars.length; a++) {
        out[vars[a]] = w.getEntry(a) * z[vars[a]] / Math.sqrt(den);
      }
    }
    return out;
  }

  private static double byDefinition(double[] z, double[] d, double[][] r) {
    int k = 0;
    for (int j = 0; j < z.length; j++) {
      if (!Double.isNaN(z[j]) && !Double.isNaN(d[j])) {
        k++;
      }
    }
    if (k == 0) {
      return Double.NaN;
    }
    int[] vars = new int[k];
    for (int j = 0, i = 0; j < z.length; j++) {
      if (!Double.isNaN(z[j]) && !Double.isNaN(d[j])) {
        vars[i++] = j;
      }
    }
    double[][] s = new double[k][k];
    RealVector zv = new ArrayRealVector(k);
    RealVector dv = new ArrayRealVector(k);
    for (int a = 0; a < k; a++) {
      zv.setEntry(a, z[vars[a]]);
      dv.setEntry(a, d[vars[a]]);
      for (int b = 0; b < k; b++) {
        s[a][b] = r[vars[a]][vars[b]];
      }
    }
    RealVector w = new CholeskyDecomposition(new Array2DRowRealMatrix(s, false), 1e-10, 1e-10)
        .getSolver().solve(dv);
    double den = w.dotProduct(dv);
    return den > 0 ? w.dotProduct(zv) / Math.sqrt(den) : Double.NaN;
  }

  /** A random correlation matrix: the normalised Gram matrix of random vectors. */
  private static double[][] correlation(int k, Random rnd) {
    double[][] v = new double[k][k + 3];
    for (double[] row : v) {
      for (int i = 0; i < row.length; i++) {
        row[i] = rnd.nextGaussian();
      }
    }
    double[][] r = new double[k][k];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        double s = 0;
        for (int i = 0; i < k + 3; i++) {
          s += v[a][i] * v[b][i];
        }
        r[a][b] = s;
      }
    }
    double[][] out = new double[k][k];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        out[a][b] = r[a][b] / Math.sqrt(r[a][a] * r[b][b]);
      }
    }
    return out;
  }
}
