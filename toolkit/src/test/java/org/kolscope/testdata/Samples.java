package org.kolscope.testdata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/** Small statistics helpers for the labelled generators' tests. */
final class Samples {
  private Samples() {}

  static double median(Collection<Double> values) {
    return quantile(values, 0.5);
  }

  /** Type-7 (linear) sample quantile. */
  static double quantile(Collection<Double> values, double p) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    if (v.length == 0) {
      throw new IllegalArgumentException("empty sample");
    }
    Arrays.sort(v);
    double h = (v.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(v.length - 1, lo + 1);
    return v[lo] + (h - lo) * (v[hi] - v[lo]);
  }

  static double mean(Collection<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }

  static double sd(Collection<Double> values) {
    double m = mean(values);
    double s = 0;
    for (double x : values) {
      s += (x - m) * (x - m);
    }
    return Math.sqrt(s / (values.size() - 1));
  }

  static double correlation(List<Double> a, List<Double> b) {
    double ma = mean(a), mb = mean(b);
    double sab = 0, saa = 0, sbb = 0;
    for (int i = 0; i < a.size(); i++) {
      double x = a.get(i) - ma, y = b.get(i) - mb;
      sab += x * y;
      saa += x * x;
      sbb += y * y;
    }
    return sab / Math.sqrt(saa * sbb);
  }

  /** Excess kurtosis (moment estimator). */
  static double excessKurtosis(Collection<Double> values) {
    double m = mean(values);
    double m2 = 0, m4 = 0;
    for (double x : values) {
      double d = (x - m) * (x - m);
      m2 += d;
      m4 += d * d;
    }
    m2 /= values.size();
    m4 /= values.size();
    return m4 / (m2 * m2) - 3;
  }

  /** RED tier of a follower count: 0 below 5k, 1 to 50k, 2 to 500k, 3 above. */
  static int tier(long followers) {
    return followers < 5_000 ? 0 : followers < 50_000 ? 1 : followers < 500_000 ? 2 : 3;
  }

  /** Row indexes of {@code table} grouped by {@code kol_id}, in table order. */
  static Map<String, List<Integer>> byKol(Table table) {
    Map<String, List<Integer>> out = new LinkedHashMap<>();
    for (int r = 0; r < table.rowCount(); r++) {
      out.computeIfAbsent(table.stringColumn("kol_id").get(r), k -> new ArrayList<>()).add(r);
    }
    return out;
  }
}
