package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kolscope notebook}: front-end choice, kernel install when missing, the command run, and
 * the exit codes. Jupyter itself is replaced by stub executables on a test search path, and the
 * kernel goes into a temporary {@code --prefix}, so nothing touches the user's Jupyter setup.
 */
class NotebookCommand_CliTest {
  @TempDir Path tmp;
  private Path notebooks;
  private Path prefix;

  @BeforeEach
  void setUp() throws IOException {
    notebooks = Files.createDirectories(tmp.resolve("notebooks"));
    prefix = tmp.resolve("prefix");
  }

  /** An executable script that records its arguments and JUPYTER_PATH in {@code calls.txt}. */
  private Path stub(String dir, String name) throws IOException {
    Path d = Files.createDirectories(tmp.resolve(dir));
    Path exe = d.resolve(name);
    Files.writeString(exe, "#!/bin/sh\necho \"$0 $* JUPYTER_PATH=$JUPYTER_PATH\" > '" + tmp.resolve("calls.txt") + "'\n",
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
    return exe;
  }

  private void kernelAlreadyInstalled() throws IOException {
    Path spec = Files.createDirectories(prefix.resolve("share/jupyter/kernels/kolscope"));
    Files.writeString(spec.resolve("kernel.json"), "{}");
  }

  private CliRun notebook(String searchPath, String... more) {
    String[] base = {"notebook", "--dir", notebooks.toString(), "--prefix", prefix.toString(), "--search-path", searchPath};
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return CliRun.of(args);
  }

  @Test
  void dryRunPrintsTheJupyterLabCommandWithPortNoBrowserAndAllowRoot() throws IOException {
    Path lab = stub("bin", "jupyter-lab");
    kernelAlreadyInstalled();
    CliRun run = notebook(lab.getParent().toString(), "--port", "9999", "--no-browser", "--allow-root", "--dry-run");
    assertThat(run.status()).as(run.err()).isEqualTo(Main.OK);
    assertThat(run.out().strip()).isEqualTo("JUPYTER_PATH=" + prefix.resolve("share/jupyter") + " " + lab
        + " --notebook-dir=" + notebooks + " --port=9999 --no-browser --allow-root");
    assertThat(tmp.resolve("calls.txt")).doesNotExist();
  }

  @Test
  void dryRunShowsTheKernelInstallFirstWhenJupyterCannotFindTheKernel() throws IOException {
    Path lab = stub("bin", "jupyter-lab");
    CliRun run = notebook(lab.getParent().toString(), "--dry-run");
    assertThat(run.status()).as(run.err()).isEqualTo(Main.OK);
    assertThat(run.out().lines().toList()).hasSize(2)
        .first().isEqualTo("kolscope kernel install --prefix " + prefix);
    assertThat(prefix).doesNotExist();
  }

  @Test
  void jupyterLabIsPreferredEvenWhenTheClassicNotebookComesFirstOnThePath() throws IOException {
    Path classic = stub("a", "jupyter-notebook");
    Path lab = stub("b", "jupyter-lab");
    kernelAlreadyInstalled();
    CliRun run = notebook(classic.getParent().toString(), "--search-path", lab.getParent().toString(), "--dry-run");
    assertThat(run.out()).contains(lab + " --notebook-dir=").doesNotContain("jupyter-notebook");
  }

  @Test
  void withoutJupyterLabTheClassicNotebookOrNbClassicIsUsed() throws IOException {
    Path classic = stub("a", "jupyter-nbclassic");
    kernelAlreadyInstalled();
    CliRun run = notebook(classic.getParent().toString(), "--dry-run");
    assertThat(run.status()).isEqualTo(Main.OK);
    assertThat(run.out()).contains(classic + " --notebook-dir=" + notebooks);
  }

  @Test
  void withoutAnyFrontEndItExitsOneNamingTheDebianPackage() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    CliRun run = notebook(empty.toString(), "--dry-run");
    assertThat(run.status()).isEqualTo(Main.FAILURE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip()).doesNotContain("\n").contains("apt-get install jupyter-notebook");
  }

  @Test
  void itInstallsTheMissingKernelThenRunsJupyterWithThePrefixOnJupyterPath() throws IOException {
    Path lab = stub("bin", "jupyter-lab");
    CliRun run = notebook(lab.getParent().toString(), "--no-browser");
    assertThat(run.status()).as(run.err()).isEqualTo(Main.OK);
    assertThat(prefix.resolve("share/jupyter/kernels/kolscope/kernel.json")).isRegularFile();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(tmp.resolve("calls.txt")).strip()).isEqualTo(
        lab + " --notebook-dir=" + notebooks + " --no-browser JUPYTER_PATH=" + prefix.resolve("share/jupyter"));
  }

  @Test
  void aPortOutsideTheValidRangeIsBadUsage() throws IOException {
    Path lab = stub("bin", "jupyter-lab");
    CliRun run = notebook(lab.getParent().toString(), "--port", "70000", "--dry-run");
    assertThat(run.status()).isEqualTo(Main.USAGE);
    assertThat(run.err()).contains("--port 70000");
  }

  @Test
  void aMissingNotebooksFolderFailsWithItsPath() throws IOException {
    Path lab = stub("bin", "jupyter-lab");
    Path missing = tmp.resolve("nowhere");
    CliRun run = CliRun.of("notebook", "--dir", missing.toString(), "--search-path", lab.getParent().toString(), "--dry-run");
    assertThat(run.status()).isEqualTo(Main.FAILURE);
    assertThat(run.err()).contains(missing.toString());
  }
}
