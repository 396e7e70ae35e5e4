package org.kolscope.stats.groups;

import com.fasterxml.jackson.databind.JsonNode;
import org.kolscope.ReferenceData;

/**
 * Reference cases for the group-comparison tests: {@link ReferenceData#load} (the copies in {@code
 * toolkit/src/test/resources/reference/cases/}; each file's {@code source} field and {@code
 * reference/README.md} say where every value comes from), plus array helpers.
 */
public final class ReferenceCases {
  private ReferenceCases() {}

  /** A parsed case file, e.g. {@code group_tests_engagement}. */
  public static JsonNode load(String name) {
    return ReferenceData.load(name);
  }

  /** A JSON array of numbers as a double[]. */
  public static double[] doubles(JsonNode array) {
    if (array == null || !array.isArray()) {
      throw new IllegalArgumentException("not a JSON array: " + array);
    }
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }

  /** The input sample {@code key} (A, B, C, D_tie_free, E_tie_free) of the group case. */
  public static double[] groupInput(String key) {
    return doubles(load("group_tests_engagement").path("input").get(key));
  }
}
