package org.kolscope;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the project's {@code shared/} folder, which lives beside the repository ({@code
 * ../shared} from the repository root) and is not part of a clone. It holds the real public
 * datasets ({@code shared/data/real/}, no licence, so never copied into the repository) and the
 * originals of the reference cases (a copy of which is in the test resources, see {@link
 * ReferenceData}).
 *
 * <p>Tests that read it are marked {@link RealData} (or {@link NeedsShared}): without the folder
 * they are reported as not run, unless {@value #REQUIRE_ENV}{@code =1} makes that a failure.
 */
public final class SharedFiles {
  /** The environment variable that turns a missing {@code shared/} folder into a failure. */
  public static final String REQUIRE_ENV = "KOLSCOPE_REQUIRE_REAL_DATA";

  private SharedFiles() {}

  /** The working directory the search starts from. */
  public static Path searchStart() {
    return Path.of("").toAbsolutePath();
  }

  /**
   * {@code shared/<sub>} (a directory), found by walking up from the working directory, or empty
   * when no ancestor has it.
   */
  public static Optional<Path> find(String sub) {
    for (Path d = searchStart(); d != null; d = d.getParent()) {
      Path candidate = d.resolve("shared").resolve(sub);
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Whether {@value #REQUIRE_ENV} is {@code 1}: absence of {@code shared/} is then a failure. */
  public static boolean required() {
    return "1".equals(System.getenv(REQUIRE_ENV));
  }

  /** Where the search looked, in words, for messages. */
  public static String lookedFor(String sub) {
    return "looked for shared/" + sub + " upwards from " + searchStart();
  }

  /**
   * {@code shared/<sub>/<name>}; fails with the search path when it is absent (a test that gets
   * here without the folder is missing its {@link RealData} / {@link NeedsShared} mark).
   */
  public static Path file(String sub, String name) {
    Path dir = find(sub).orElseThrow(() -> new IllegalStateException(
        "no shared/" + sub + " folder beside the repository (" + lookedFor(sub) + "); a test"
            + " that reads it must be marked @RealData or @NeedsShared(\"" + sub + "\")"));
    Path p = dir.resolve(name);
    if (!Files.exists(p)) {
      throw new IllegalStateException("shared file missing: " + p);
    }
    return p;
  }

  /** A real dataset: {@code shared/data/real/<name>}. */
  public static Path realData(String name) {
    return file(RealData.FOLDER, name);
  }
}
