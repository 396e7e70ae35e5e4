package org.kolscope.evidence;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * A test-only yardstick: what a classifier TRAINED ON THE LABELS reaches with the same signals,
 * cross-validated. Not part of the product (which never sees labels): it tells whether a missed
 * target is the detector's fault or the data's (a generator whose honest and manipulated accounts
 * overlap in every signal caps any detector).
 *
 * <p>The classifier: L2-penalised logistic regression (penalty 1e-2 per coefficient), fitted by
 * iteratively reweighted least squares, on each KOL's z-scores (unknown → 0) plus one indicator per
 * signal for "known" and log10 followers, manipulated (any kind) against honest. 5-fold
 * cross-validation gives every KOL an out-of-fold probability; the threshold is set so the share
 * of honest KOLs above it equals {@code falseAlarm} (the rate the detector reached), and precision
 * and recall are read there — a like-for-like comparison at the same false-alarm rate.
 */
final class LabelCeiling {
  record Result(double precision, double recall, double falseAlarm) {}

  private LabelCeiling() {}

  static Result of(EvidenceResult e, boolean[] manipulated, double falseAlarm, long seed) {
    int n = e.kols().size();
    double[][] x = features(e);
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = manipulated[i] ? 1 : 0;
    }
    int[] fold = new int[n];
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int i = 0; i < n; i++) {
      fold[i] = rnd.nextInt(5);
    }
    double[] p = new double[n];
    for (int f = 0; f < 5; f++) {
      int m = 0;
      for (int i = 0; i < n; i++) {
        m += fold[i] != f ? 1 : 0;
      }
      double[][] tx = new double[m][];
      double[] ty = new double[m];
      int j = 0;
      for (int i = 0; i < n; i++) {
        if (fold[i] != f) {
          tx[j] = x[i];
          ty[j++] = y[i];
        }
      }
      double[] beta = fit(tx, ty);
      for (int i = 0; i < n; i++) {
        if (fold[i] == f) {
          p[i] = sigmoid(dot(beta, x[i]));
        }
      }
    }
    double[] honest = new double[n];
    int h = 0;
    for (int i = 0; i < n; i++) {
      if (!manipulated[i]) {
        honest[h++] = p[i];
      }
    }
    honest = Arrays.copyOf(honest, h);
    Arrays.sort(honest);
    int allowed = (int) Math.floor(falseAlarm * h);
    double threshold = allowed >= h ? -1 : honest[h - 1 - allowed];
    int tp = 0, fp = 0, pos = 0;
    for (int i = 0; i < n; i++) {
      boolean caught = p[i] > threshold;
      if (manipulated[i]) {
        pos++;
        tp += caught ? 1 : 0;
      } else {
        fp += caught ? 1 : 0;
      }
    }
    return new Result(tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp),
        (double) tp / pos, (double) fp / h);
  }

  static double[][] features(EvidenceResult e) {
    Signal[] all = Signal.values();
    double[][] x = new double[e.kols().size()][];
    for (int i = 0; i < x.length; i++) {
      KolEvidence k = e.kols().get(i);
      double[] row = new double[2 + 2 * all.length];
      row[0] = 1;
      row[1] = Double.isNaN(k.followers()) ? 0 : Math.log10(k.followers());
      for (Signal s : all) {
        SignalReading r = k.reading(s);
        row[2 + s.ordinal()] = r == null || Double.isNaN(r.z()) ? 0 : Math.max(-8, Math.min(8, r.z()));
        row[2 + all.length + s.ordinal()] = r == null ? 0 : 1;
      }
      x[i] = row;
    }
    return x;
  }

  static double[] fit(double[][] x, double[] y) {
    int d = x[0].length;
    double[] beta = new double[d];
    for (int it = 0; it < 50; it++) {
      double[][] hh = new double[d][d];
      RealVector g = new ArrayRealVector(d);
      for (int i = 0; i < x.length; i++) {
        double p = sigmoid(dot(beta, x[i]));
        double w = Math.max(p * (1 - p), 1e-9);
        for (int a = 0; a < d; a++) {
          g.addToEntry(a, (y[i] - p) * x[i][a]);
          for (int b = a; b < d; b++) {
            hh[a][b] += w * x[i][a] * x[i][b];
          }
        }
      }
      for (int a = 0; a < d; a++) {
        for (int b = 0; b < a; b++) {
          hh[a][b] = hh[b][a];
        }
      }
      RealMatrix h = new Array2DRowRealMatrix(hh, false);
      for (int a = 1; a < d; a++) {
        g.addToEntry(a, -1e-2 * beta[a]);
        h.addToEntry(a, a, 1e-2);
      }
      h.addToEntry(0, 0, 1e-9);
      RealVector step = new CholeskyDecomposition(h, 1e-12, 1e-12).getSolver().solve(g);
      double change = 0;
      for (int a = 0; a < d; a++) {
        beta[a] += step.getEntry(a);
        change = Math.max(change, Math.abs(step.getEntry(a)));
      }
      if (change < 1e-8) {
        break;
      }
    }
    return beta;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double sigmoid(double t) {
    return 1 / (1 + Math.exp(-t));
  }
}
