package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Executes every notebook in notebooks/ top to bottom on the KOLScope kernel (installed into a
 * temporary prefix), each in a fresh kernel, through notebooks/check_notebooks.py (nbclient): a
 * cell error, a notebook without a chart (image/png) or a table (text/html), a committed file
 * without outputs, or a run over the 2-minute budget fails the build. Never skipped: python3,
 * nbclient and nbformat are required.
 */
class Notebooks_ExecuteIT {
  private static final List<String> EXPECTED = List.of(
      "01-due-diligence.ipynb", "02-outlier-tests.ipynb", "03-tier-comparison.ipynb", "04-campaign-roi.ipynb",
      "05-when-to-post.ipynb");

  @RegisterExtension
  static final JupyterFixture jupyter = new JupyterFixture("kolscope-notebooks-it", "KOLScope notebooks IT");

  static List<String> notebooks() throws IOException {
    try (Stream<Path> files = Files.list(JupyterFixture.repoDir("notebooks"))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ipynb")).sorted().toList();
    }
  }

  @Test
  void theFiveAnalystNotebooksAreThere() throws IOException {
    assertThat(notebooks()).containsAll(EXPECTED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notebooks")
  void notebookRunsTopToBottomAndShowsChartsAndTables(String notebook) throws Exception {
    String out = jupyter.runPython(JupyterFixture.repoDir("notebooks"), 10,
        "check_notebooks.py", notebook, "--kernel", jupyter.kernelName());
    assertThat(out).containsPattern(java.util.regex.Pattern.quote(notebook) + ": ok \\([0-9.]+ s, [1-9][0-9]* png, [1-9][0-9]* html\\)");
  }
}
