package org.kolscope.stats.outliers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the shared reference cases ({@code ../shared/reference/cases/*.json}, produced from R 4.2.2,
 * scipy and NIST; see {@code ../shared/reference/README.md}) at test time. The shared directory is
 * found by walking up from the working directory until a {@code shared} sibling appears; the files
 * are never copied into the repository.
 */
public final class ReferenceCases {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ReferenceCases() {}

  /** The {@code shared} directory beside the repository. */
  public static Path shared() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      Path candidate = d.resolveSibling("shared");
      if (Files.isDirectory(candidate.resolve("reference").resolve("cases"))) {
        return candidate;
      }
      if (Files.isDirectory(d.resolve("shared").resolve("reference").resolve("cases"))) {
        return d.resolve("shared");
      }
    }
    throw new IllegalStateException("no 'shared' directory with reference/cases above " + dir);
  }

  /** One case file by name (without {@code .json}). */
  public static JsonNode load(String name) {
    Path p = shared().resolve("reference").resolve("cases").resolve(name + ".json");
    try {
      return MAPPER.readTree(Files.readString(p));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reference case " + p, e);
    }
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
