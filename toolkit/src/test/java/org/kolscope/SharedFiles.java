package org.kolscope;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the project's {@code shared/} folder (reference cases and real datasets), which lives
 * beside the repository: {@code ../shared} from the repository root. Tests that need it fail,
 * never skip, when it is absent.
 */
public final class SharedFiles {
  private SharedFiles() {}

  /** {@code shared/<relative>}, found by walking up from the working directory. */
  public static Path path(String relative) {
    Path d = Path.of("").toAbsolutePath();
    while (d != null) {
      Path candidate = d.resolve("shared");
      if (Files.isDirectory(candidate.resolve("reference"))) {
        Path p = candidate.resolve(relative);
        if (!Files.exists(p)) {
          throw new IllegalStateException("shared file missing: " + p);
        }
        return p;
      }
      d = d.getParent();
    }
    throw new IllegalStateException(
        "no shared/ folder beside the repository (looked upwards from "
            + Path.of("").toAbsolutePath() + ")");
  }

  /** A real dataset: {@code shared/data/real/<name>}. */
  public static Path realData(String name) {
    return path("data/real/" + name);
  }
}
