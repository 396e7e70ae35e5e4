package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code ./kolscope} as a separate process, the way a user does: through the launcher
 * script, with stdout and stderr captured separately (stderr is then a file, not a terminal), and
 * {@code KOLSCOPE_NO_BUILD=1} so a test never builds (failsafe runs after {@code package}).
 */
final class Launcher {
  /** What a run left: exit status, stdout, stderr. */
  record Run(int status, String out, String err) {
    /** The stderr lines. */
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  private Launcher() {}

  /** The checkout: the first folder up from the working directory holding {@code kolscope}. */
  static Path repo() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isExecutable(d.resolve("kolscope")) && Files.isRegularFile(d.resolve("cli/pom.xml"))) {
        return d;
      }
    }
    throw new AssertionError("no kolscope launcher above " + Path.of("").toAbsolutePath());
  }

  /** {@code ./kolscope args…} in {@code cwd}, with {@code env} added (a null value removes). */
  static Run run(Path cwd, Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(repo().resolve("kolscope").toString());
    cmd.addAll(List.of(args));
    return exec(cmd, cwd, env);
  }

  /** Runs {@code cmd} in {@code cwd} with {@code KOLSCOPE_NO_BUILD=1} and {@code env}. */
  static Run exec(List<String> cmd, Path cwd, Map<String, String> env) throws IOException, InterruptedException {
    Path out = Files.createTempFile("kolscope-it", ".out");
    Path err = Files.createTempFile("kolscope-it", ".err");
    try {
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
          .redirectOutput(out.toFile()).redirectError(err.toFile());
      pb.environment().put("KOLSCOPE_NO_BUILD", "1");
      pb.environment().remove("KOLSCOPE_JAVA_OPTS");
      pb.environment().remove("KOLSCOPE_DEBUG");
      env.forEach((k, v) -> {
        if (v == null) {
          pb.environment().remove(k);
        } else {
          pb.environment().put(k, v);
        }
      });
      Process p = pb.start();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("timed out: " + String.join(" ", cmd));
      }
      return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /**
   * Runs a shell command line under {@code script}, so the launcher's stdout and stderr are a
   * terminal (a pty); returns what the terminal showed (script's own stdout: \n becomes \r\n).
   */
  static Run onATerminal(Path cwd, Map<String, String> env, String shellLine) throws IOException, InterruptedException {
    assertThat(Path.of("/usr/bin/script")).as("script(1) from bsdutils").isExecutable();
    return exec(List.of("/usr/bin/script", "-qfec", shellLine, "/dev/null"), cwd, env);
  }

  /** {@code s} quoted for a POSIX shell. */
  static String sh(Object s) {
    return "'" + s.toString().replace("'", "'\\''") + "'";
  }

  /** Asserts the usual shape of a failure: status, nothing on stdout, one line starting kolscope: */
  static void assertOneLineFailure(Run r, int status) {
    assertThat(r.status()).as("exit status; stderr: %s", r.err()).isEqualTo(status);
    assertThat(r.out()).as("stdout").isEmpty();
    assertThat(r.errLines()).as("stderr lines").hasSize(1);
    assertThat(r.err()).startsWith("kolscope: ").endsWith("\n");
  }
}
