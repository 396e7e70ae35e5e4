package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The KOLScope kernel installed with {@code kolscope kernel install --prefix TMP} under a test
 * name, and a way to run Python with Jupyter pointed at it ({@code JUPYTER_PATH}), for the
 * failsafe ITs that drive the kernel from real Jupyter clients. Fails, never skips, when python3
 * is missing. A JUnit extension: register it as a static field with {@code @RegisterExtension}; it
 * installs before all tests of the class and removes the temporary prefix after them.
 */
final class JupyterFixture implements BeforeAllCallback, AfterAllCallback {
  private final String name;
  private final String displayName;
  private final Supplier<Path> javaHome;
  private Path prefix;
  private Path python;
  private String installErr = "";

  /** A kernelspec {@code name} shown as {@code displayName}, installed before all tests. */
  JupyterFixture(String name, String displayName) {
    this(name, displayName, null);
  }

  /**
   * The same, installed by {@code ./kolscope kernel install} run on the JDK {@code javaHome}
   * gives (asked for before all tests), so the kernelspec runs that java; null: installed in this
   * JVM.
   */
  JupyterFixture(String name, String displayName, Supplier<Path> javaHome) {
    this.name = name;
    this.displayName = displayName;
    this.javaHome = javaHome;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException, InterruptedException {
    python = findPython();
    prefix = Files.createTempDirectory("kolscope-kernel-it");
    if (javaHome == null) {
      CliRun run = CliRun.of("kernel", "install", "--prefix", prefix.toString(), "--name", name, "--display-name", displayName);
      assertThat(run.status()).as("install stderr: %s", run.err()).isEqualTo(Main.OK);
      installErr = run.err();
      return;
    }
    Launcher.Run run = Launcher.run(Path.of("").toAbsolutePath(), Map.of("JAVA_HOME", javaHome.get().toString()),
        "kernel", "install", "--prefix", prefix.toString(), "--name", name, "--display-name", displayName);
    assertThat(run.status()).as("install stderr: %s", run.err()).isZero();
    installErr = run.err();
  }

  /** What the install printed on stderr. */
  String installErr() {
    return installErr;
  }

  /** The installed kernel.json. */
  Path kernelJson() {
    return prefix.resolve("share/jupyter/kernels").resolve(name).resolve("kernel.json");
  }

  /** The kernelspec name Jupyter knows the kernel by. */
  String kernelName() {
    return name;
  }

  /** A directory of the repository, resolved from the cli module (the failsafe working dir). */
  static Path repoDir(String... parts) {
    return Path.of("..", parts).toAbsolutePath().normalize();
  }

  /**
   * Runs {@code python3 args…} in {@code workDir} with {@code JUPYTER_PATH} on the temporary
   * prefix and {@code KOLSCOPE_KERNEL} set to the kernel name; asserts exit status 0 and returns
   * stdout and stderr together (also echoed to the test's stdout).
   */
  String runPython(Path workDir, long timeoutMinutes, String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(python.toString());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true);
    pb.environment().put("JUPYTER_PATH", prefix.resolve("share/jupyter").toString());
    pb.environment().put("KOLSCOPE_KERNEL", name);
    pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
    Process p = pb.start();
    byte[] output = p.getInputStream().readAllBytes();
    if (!p.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("python timed out: " + String.join(" ", cmd));
    }
    String text = new String(output, StandardCharsets.UTF_8);
    System.out.println(text);
    assertThat(p.exitValue()).as("%s exited with %s:%n%s", String.join(" ", cmd), p.exitValue(), text).isZero();
    return text;
  }

  /**
   * Runs a Python unittest module of kernel/src/test/python against the kernel; asserts it passed
   * with nothing skipped and returns its verbose output.
   */
  String passes(String module) throws Exception {
    String out = runPython(repoDir("kernel", "src", "test", "python"), 15, "-m", "unittest", "-v", module);
    assertThat(out).contains("OK").doesNotContain("skipped");
    return out;
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    if (prefix == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(prefix)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static Path findPython() {
    Path debian = Path.of("/usr/bin/python3");
    if (Files.isExecutable(debian)) {
      return debian;
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(dir, "python3");
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    throw new AssertionError("python3 is required for the Jupyter tests (apt-get install jupyter-client python3-nbclient python3-jupyter-kernel-test)");
  }
}
