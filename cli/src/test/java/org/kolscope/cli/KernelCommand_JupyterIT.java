package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Installs the kernel with {@code kolscope kernel install --prefix TMP} and runs the Python
 * suites in kernel/src/test/python against it with a real Jupyter client (Debian's
 * jupyter-client and python3-jupyter-kernel-test). Fails, never skips, when Python or those
 * packages are missing.
 */
class KernelCommand_JupyterIT {
  private static final String NAME = "kolscope-it";
  private static Path prefix;
  private static Path python;

  @BeforeAll
  static void install() throws IOException {
    python = findPython();
    prefix = Files.createTempDirectory("kolscope-kernel-it");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int rc = Main.run(new PrintWriter(out), new PrintWriter(err),
        "kernel", "install", "--prefix", prefix.toString(), "--name", NAME, "--display-name", "KOLScope IT");
    assertThat(rc).as("install stderr: %s", err).isEqualTo(Main.OK);
  }

  @AfterAll
  static void cleanUp() throws IOException {
    if (prefix != null) {
      try (Stream<Path> walk = Files.walk(prefix)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
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
    throw new AssertionError("python3 is required for the Jupyter kernel tests (apt-get install jupyter-client python3-jupyter-kernel-test)");
  }

  private static Path pythonTests() {
    Path dir = Path.of("..", "kernel", "src", "test", "python").toAbsolutePath().normalize();
    assertThat(dir.resolve("test_conformance.py")).exists();
    return dir;
  }

  private static String runPython(long timeoutMinutes, String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(python.toString());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(pythonTests().toFile()).redirectErrorStream(true);
    pb.environment().put("JUPYTER_PATH", prefix.resolve("share/jupyter").toString());
    pb.environment().put("KOLSCOPE_KERNEL", NAME);
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

  @Test
  void jupyterFindsTheInstalledKernelspec() throws Exception {
    String out = runPython(2, "-c",
        "from jupyter_client.kernelspec import KernelSpecManager; "
            + "s = KernelSpecManager().get_kernel_spec('" + NAME + "'); "
            + "print(s.display_name, s.language, s.interrupt_mode)");
    assertThat(out).contains("KOLScope IT java message");
  }

  @Test
  void kernelPassesTheJupyterKernelTestConformanceSuite() throws Exception {
    String out = runPython(15, "-m", "unittest", "-v", "test_conformance");
    assertThat(out).contains("Ran 12 tests").contains("OK").doesNotContain("skipped");
  }

  @Test
  void kernelBehavesUnderAJupyterClient() throws Exception {
    String out = runPython(15, "-m", "unittest", "-v", "test_client");
    assertThat(out).contains("OK").doesNotContain("skipped");
  }
}
