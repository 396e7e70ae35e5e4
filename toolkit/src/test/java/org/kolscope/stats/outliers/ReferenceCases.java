package org.kolscope.stats.outliers;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.kolscope.ReferenceData;

/**
 * Reference cases for the outlier, Benford and regression tests: {@link ReferenceData#load} (the
 * copies in {@code toolkit/src/test/resources/reference/cases/}, produced from R 4.2.2, scipy and
 * NIST; each file's {@code source} field and {@code reference/README.md} say where every value
 * comes from), plus array helpers.
 */
public final class ReferenceCases {
  private ReferenceCases() {}

  /** One case file by name (without {@code .json}). */
  public static JsonNode load(String name) {
    return ReferenceData.load(name);
  }

  /** A JSON array of numbers as doubles. */
  public static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }

  /** A JSON array of numbers as ints. */
  public static List<Integer> ints(JsonNode array) {
    List<Integer> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asInt()));
    return out;
  }

  /** Relative difference |a − e| / |e| (absolute when e = 0). */
  public static double rel(double actual, double expected) {
    return expected == 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
  }
}
