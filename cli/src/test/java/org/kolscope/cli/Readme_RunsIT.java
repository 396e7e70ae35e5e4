package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README runs as written (issue 13). From the repository's README.md:
 *
 * <ul>
 *   <li>every {@code kolscope …} / {@code ./kolscope …} line of a fenced code block runs, in README
 *       order, through the real launcher ({@code KOLSCOPE_NO_BUILD=1}: failsafe runs after the
 *       jar is built) as {@code bash -c LINE} with the launcher's absolute path put in place of
 *       {@code kolscope}, in a fresh folder holding a copy of {@code data/} the way a clone does.
 *       It must exit 0, or with the status its trailing comment states as {@code # → exit N: why}
 *       and a reason on stderr (the README's CLI conventions).
 *       {@code HOME}, the Jupyter and XDG folders and {@code python3}'s {@code sys.prefix} (a
 *       venv) point into that folder, so {@code kernel install} and {@code notebook} never touch
 *       the real environment. CI installs no Jupyter front end, so a stub {@code jupyter-lab} on
 *       the PATH stands in for JupyterLab: it records its arguments and exits 0, and the test
 *       checks that {@code kolscope notebook} started it on {@code notebooks/}.
 *   <li>every {@code ```java} block runs, in order, as the cells of one in-memory notebook in one
 *       fresh KOLScope kernel (nbclient, through {@code notebooks/check_notebooks.py --cells}), in
 *       the same folder; a cell error fails the test and names the block's README line.
 * </ul>
 *
 * Lines of other programs ({@code ./mvnw}, {@code jupyter}, {@code python3}, {@code bench/run},
 * {@code notebooks/refresh.sh}) are not run here and are listed on stdout. A failure names the
 * README line, the command, the exit status and the first lines of stderr. Never skipped.
 * docs/dev-notes/readme-test.md describes the convention.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Readme_RunsIT {
  /** {@code kolscope} or {@code ./kolscope} as the first word of a line. */
  private static final Pattern COMMAND = Pattern.compile("^(?:\\./)?kolscope(?=\\s|$)");
  /** The expected-status convention in a trailing comment: {@code # → exit 1: reason}. */
  private static final Pattern EXPECTED_EXIT = Pattern.compile("→ exit (\\d+)");
  private static final int STDERR_LINES = 15;

  @RegisterExtension
  static final JupyterFixture jupyter = new JupyterFixture("kolscope-readme-it", "KOLScope README IT");

  private static Path work;
  private static Path stubLog;
  private static Map<String, String> env;

  /** One fenced code block of the README. */
  record Block(String language, int firstLine, List<String> lines) {}

  /** One command line: its README line, the command as written, and the expected exit status. */
  record Command(int line, String text, int expectedExit) {}

  @BeforeAll
  static void userClone() throws Exception {
    work = Files.createTempDirectory("kolscope-readme-it");
    copyTree(JupyterFixture.repoDir("data"), work.resolve("data"));
    Path home = Files.createDirectories(work.resolve("home"));
    Path bin = Files.createDirectories(work.resolve("bin"));
    stubLog = work.resolve("jupyter-lab.log");
    Path stub = bin.resolve("jupyter-lab");
    Files.writeString(stub, "#!/bin/sh\n# stands in for JupyterLab, which CI does not install\n"
        + "echo \"$PWD $*\" >> '" + stubLog + "'\n");
    stub.toFile().setExecutable(true);
    Path venv = work.resolve("venv");
    Process p = new ProcessBuilder("/usr/bin/python3", "-m", "venv", "--without-pip", venv.toString())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(2, TimeUnit.MINUTES) && p.exitValue() == 0)
        .as("python3 -m venv (for kernel install --sys-prefix): %s", out).isTrue();
    env = new LinkedHashMap<>();
    env.put("KOLSCOPE_NO_BUILD", "1");
    env.put("HOME", home.toString());
    env.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
    env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
    env.put("XDG_RUNTIME_DIR", home.resolve(".run").toString());
    env.put("JUPYTER_DATA_DIR", home.resolve(".local/share/jupyter").toString());
    env.put("JUPYTER_CONFIG_DIR", home.resolve(".jupyter").toString());
    env.put("JUPYTER_RUNTIME_DIR", home.resolve(".local/share/jupyter/runtime").toString());
    env.put("PATH", bin + ":" + venv.resolve("bin") + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
  }

  @AfterAll
  static void removeClone() throws IOException {
    if (work != null) {
      deleteTree(work);
    }
  }

  // ------------------------------------------------------------------ the README

  static Path readme() {
    return JupyterFixture.repoDir("README.md");
  }

  /** The fenced code blocks, each with the README line of its first content line. */
  static List<Block> blocks(List<String> readme) {
    List<Block> out = new ArrayList<>();
    String language = null;
    int first = 0;
    List<String> lines = null;
    for (int i = 0; i < readme.size(); i++) {
      String l = readme.get(i);
      if (l.startsWith("```")) {
        if (lines == null) {
          language = l.substring(3).trim();
          first = i + 2;
          lines = new ArrayList<>();
        } else {
          out.add(new Block(language, first, List.copyOf(lines)));
          lines = null;
        }
      } else if (lines != null) {
        lines.add(l);
      }
    }
    assertThat(lines).as("README.md ends inside a code block opened at line %s", first - 1).isNull();
    return out;
  }

  /** Every kolscope command line of the non-Java blocks, in order; prints the lines not run. */
  static List<Command> commands(List<Block> blocks) {
    List<Command> out = new ArrayList<>();
    for (Block b : blocks) {
      if (b.language().equals("java")) {
        continue;
      }
      for (int i = 0; i < b.lines().size(); i++) {
        String raw = b.lines().get(i);
        String comment = comment(raw);
        String code = raw.substring(0, raw.length() - comment.length()).strip();
        if (code.isEmpty()) {
          continue;
        }
        if (!COMMAND.matcher(code).find()) {
          System.out.println("README.md:" + (b.firstLine() + i) + ": not a kolscope command, not run here: " + code);
          continue;
        }
        Matcher m = EXPECTED_EXIT.matcher(comment);
        out.add(new Command(b.firstLine() + i, code, m.find() ? Integer.parseInt(m.group(1)) : 0));
      }
    }
    return out;
  }

  /** The trailing {@code # comment} of a shell line (a # after a blank, outside quotes), or "". */
  static String comment(String line) {
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        return line.substring(i);
      }
    }
    return "";
  }

  // ------------------------------------------------------------------ the tests

  @Test
  @Order(0)
  void theReadmeHasCommandsAndJavaBlocks() throws IOException {
    List<Block> blocks = blocks(Files.readAllLines(readme()));
    assertThat(commands(blocks)).hasSizeGreaterThan(20);
    assertThat(blocks).filteredOn(b -> b.language().equals("java")).hasSizeGreaterThan(5);
    assertThat(comment("kolscope x --title \"a # b\"   # note")).isEqualTo("# note");
    assertThat(comment("kolscope x#y")).isEmpty();
  }

  @TestFactory
  @Order(1)
  Stream<DynamicTest> everyKolscopeCommandRunsAsWritten() throws IOException {
    List<Command> commands = commands(blocks(Files.readAllLines(readme())));
    return commands.stream().map(c -> DynamicTest.dynamicTest(
        "README.md:" + c.line() + " " + c.text(), () -> run(c)));
  }

  @Test
  @Order(2)
  void everyJavaBlockRunsInOneKernel() throws Exception {
    List<Map<String, Object>> cells = new ArrayList<>();
    for (Block b : blocks(Files.readAllLines(readme()))) {
      if (b.language().equals("java")) {
        cells.add(Map.of("name", "README.md:" + b.firstLine(), "source", String.join("\n", b.lines())));
      }
    }
    Path json = work.resolve("readme-cells.json");
    new ObjectMapper().writeValue(json.toFile(), cells);
    String out = jupyter.runPython(work, 15, JupyterFixture.repoDir("notebooks", "check_notebooks.py").toString(),
        "--cells", json.toString(), "--kernel", jupyter.kernelName());
    assertThat(out).contains(cells.size() + " cells: ok");
  }

  private static void run(Command c) throws Exception {
    String launcher = JupyterFixture.repoDir("kolscope").toString();
    String line = COMMAND.matcher(c.text()).replaceFirst(Matcher.quoteReplacement("'" + launcher + "'"));
    long stubRuns = Files.exists(stubLog) ? Files.readAllLines(stubLog).size() : 0;
    ProcessBuilder pb = new ProcessBuilder("bash", "--noprofile", "--norc", "-c", line)
        .directory(work.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .redirectOutput(work.resolve("stdout.txt").toFile())
        .redirectError(work.resolve("stderr.txt").toFile());
    pb.environment().remove("JUPYTER_PATH");
    pb.environment().putAll(env);
    Process p = pb.start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("README.md:" + c.line() + ": " + c.text() + " ran over 5 minutes");
    }
    List<String> err = Files.readAllLines(work.resolve("stderr.txt"));
    String stderr = err.isEmpty() ? "(stderr empty)"
        : String.join("\n  ", err.subList(0, Math.min(STDERR_LINES, err.size())));
    assertThat(p.exitValue())
        .as("README.md:%s: %s%n  exit status %s, expected %s; stderr:%n  %s",
            c.line(), c.text(), p.exitValue(), c.expectedExit(), stderr)
        .isEqualTo(c.expectedExit());
    if (c.expectedExit() != 0) {
      // README, CLI conventions: a non-zero status comes "always with a one-line reason"
      assertThat(err).as("README.md:%s: %s%n  exit status %s but no reason on stderr",
          c.line(), c.text(), p.exitValue()).anyMatch(l -> l.startsWith("kolscope"));
    }
    if (c.text().matches(".*kolscope notebook(?!.*--dry-run).*") && c.expectedExit() == 0) {
      List<String> runs = Files.readAllLines(stubLog);
      assertThat(runs).as("README.md:%s: %s did not start the Jupyter front end", c.line(), c.text())
          .hasSize((int) stubRuns + 1);
      assertThat(runs.get(runs.size() - 1)).contains("--notebook-dir=").contains("notebooks");
    }
  }

  // ------------------------------------------------------------------ files

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
