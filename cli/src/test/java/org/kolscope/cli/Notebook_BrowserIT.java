package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Notebook 01 in a real browser (kernel/src/test/python/browser_notebook.py): Jupyter Notebook
 * on 127.0.0.1 with a token and the kernel installed into a temporary prefix, Chromium headless
 * driven by Selenium. Run All from the Cell menu, then the KOL table and the chart are in the
 * page and no cell shows an error; a {@code while (true) {}} cell stops at the interrupt button
 * and the next cell runs. Screenshots go to target/failsafe-reports.
 *
 * <p>Needs Debian's jupyter-notebook, chromium, chromium-driver and python3-selenium. Without
 * them it is reported as not run, with the reason on one line; with
 * {@code KOLSCOPE_REQUIRE_BROWSER=1} (CI, see .ci/run) their absence fails the build instead.
 */
@ExtendWith(Notebook_BrowserIT.Prerequisites.class)
class Notebook_BrowserIT {
  static final String REQUIRE = "KOLSCOPE_REQUIRE_BROWSER";
  static final String PACKAGES = "apt-get install jupyter-notebook chromium chromium-driver python3-selenium";

  @RegisterExtension
  static final JupyterFixture jupyter = new JupyterFixture("kolscope-browser-it", "KOLScope browser IT");

  /** What is missing to drive a browser here, in words; empty when all is there. */
  static List<String> missing() {
    List<String> out = new ArrayList<>();
    if (onPath("chromium") == null) {
      out.add("chromium");
    }
    if (onPath("chromedriver") == null) {
      out.add("chromedriver (chromium-driver)");
    }
    Path python = Path.of("/usr/bin/python3");
    if (!Files.isExecutable(python) && onPath("python3") == null) {
      out.add("python3");
    } else {
      for (String module : List.of("selenium", "notebook")) {
        if (!pythonImports(Files.isExecutable(python) ? python : onPath("python3"), module)) {
          out.add("python module " + module + (module.equals("notebook") ? " (jupyter-notebook)" : " (python3-selenium)"));
        }
      }
    }
    return out;
  }

  private static Path onPath(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(dir, name);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  private static boolean pythonImports(Path python, String module) {
    try {
      Process p = new ProcessBuilder(python.toString(), "-c", "import " + module).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (Exception e) {
      return false;
    }
  }

  /** Not run, with the reason, when the browser packages are missing and CI does not require them. */
  static final class Prerequisites implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      List<String> missing = missing();
      if (missing.isEmpty() || "1".equals(System.getenv(REQUIRE))) {
        return ConditionEvaluationResult.enabled("browser packages found, or required by " + REQUIRE + "=1");
      }
      String reason = "[KOLScope browser test] NOT RUN: missing " + String.join(", ", missing) + " ("
          + PACKAGES + "); CI sets " + REQUIRE + "=1, which makes this a failure";
      System.out.println(reason);
      return ConditionEvaluationResult.disabled(reason);
    }
  }

  @BeforeAll
  static void packagesAreThere() {
    assertThat(missing()).as("%s=1 requires the browser packages (%s)", REQUIRE, PACKAGES).isEmpty();
  }

  @Test
  void notebookRunsInChromiumAndTheInterruptButtonStopsALoop() throws Exception {
    Path reports = Path.of("target", "failsafe-reports").toAbsolutePath();
    Files.createDirectories(reports);
    String out = jupyter.runPython(JupyterFixture.repoDir("kernel", "src", "test", "python"), 15,
        "browser_notebook.py", "--kernel", jupyter.kernelName(), "--repo", JupyterFixture.repoDir().toString(),
        "--screenshots", reports.toString());

    assertThat(out).contains("all cells ran from Cell > Run All", "no cell shows an error",
        "the interrupt button stopped the loop: Interrupted", "the next cell ran: ", "after 42", "browser test: ok");
    assertThat(reports.resolve("notebook-browser.png")).isNotEmptyFile();
  }
}
