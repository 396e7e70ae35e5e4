package org.kolscope.stats.groups;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the shared reference cases ({@code ../shared/reference/cases/*.json}) at test time. The
 * {@code shared} directory is found by walking up from the working directory until a directory
 * has a {@code shared/reference} child; the files are never copied into the repository.
 */
public final class ReferenceCases {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ReferenceCases() {}

  /** The {@code shared} directory. */
  public static Path sharedDir() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("shared").resolve("reference"))) {
        return d.resolve("shared");
      }
    }
    throw new IllegalStateException("no shared/reference directory above " + dir);
  }

  /** A parsed case file, e.g. {@code group_tests_engagement}. */
  public static JsonNode load(String name) {
    Path p = sharedDir().resolve("reference").resolve("cases").resolve(name + ".json");
    try {
      return MAPPER.readTree(p.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
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
