package org.kolscope;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A JDK of release 24 or later on this machine, for the tests of what changed there (no security
 * manager, warnings about {@code sun.misc.Unsafe} and native access, the ahead-of-time cache):
 * {@code KOLSCOPE_NEW_JAVA_HOME}, or else the newest under {@code /usr/lib/jvm}. Without one those
 * tests do not run, unless {@code KOLSCOPE_REQUIRE_NEW_JAVA=1} (CI, see .ci/run): then they fail.
 */
public final class NewJava {
  public static final String REQUIRE = "KOLSCOPE_REQUIRE_NEW_JAVA";
  public static final int RELEASE = 24;
  private static final Pattern VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);

  private NewJava() {}

  /** Whether the new-Java tests run: a JDK was found, or one is required. */
  public static boolean wanted() {
    return find().isPresent() || "1".equals(System.getenv(REQUIRE));
  }

  /** The JDK's home; fails with what to install when there is none. */
  public static Path home() {
    return find().orElseThrow(() -> new AssertionError(REQUIRE + "=1 but no JDK " + RELEASE
        + " or later is in /usr/lib/jvm and KOLSCOPE_NEW_JAVA_HOME is not set"));
  }

  /** Its feature release. */
  public static int release(Path home) {
    try {
      Matcher m = VERSION.matcher(Files.readString(home.resolve("release"), StandardCharsets.UTF_8));
      return m.find() ? Integer.parseInt(m.group(1)) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  private static Optional<Path> find() {
    String given = System.getenv("KOLSCOPE_NEW_JAVA_HOME");
    if (given != null && !given.isBlank()) {
      return Optional.of(Path.of(given));
    }
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return Optional.empty();
    }
    try (Stream<Path> dirs = Files.list(jvms)) {
      return dirs.filter(d -> Files.isExecutable(d.resolve("bin/java")) && release(d) >= RELEASE)
          .max(Comparator.comparingInt(NewJava::release));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
