package org.kolscope.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.kolscope.io.IoErrors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kolscope notebook}: installs the KOLScope kernel when Jupyter cannot find it (through
 * {@code kolscope kernel install}), then starts JupyterLab on the notebooks folder, or the classic
 * Notebook when JupyterLab is not installed. {@code --dry-run} prints the command instead.
 */
@Command(
    name = "notebook",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Start Jupyter (JupyterLab, else Notebook or NbClassic) on the notebooks/ folder with the "
        + "KOLScope kernel, installing the kernel first if Jupyter cannot find it.")
public final class NotebookCommand implements Callable<Integer> {
  /** Front ends in order of preference: the executable Jupyter dispatches {@code jupyter lab} etc. to. */
  static final List<String> FRONT_ENDS = List.of("jupyter-lab", "jupyter-notebook", "jupyter-nbclassic");
  static final String KERNEL = "kolscope";
  static final String NO_FRONT_END =
      "no Jupyter front end found (jupyter-lab, jupyter-notebook or jupyter-nbclassic on the PATH); "
          + "install one, e.g. apt-get install jupyter-notebook (Debian/Ubuntu) or pip install jupyterlab";
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./=:,+@%-]+");

  @Option(names = "--dir", paramLabel = "DIR",
      description = "Folder to open (default: notebooks/ of the KOLScope checkout, else ./notebooks).")
  Path dir;

  @Option(names = "--port", paramLabel = "N", description = "Port for the Jupyter server (default: Jupyter's, 8888 or the next free one).")
  Integer port;

  @Option(names = "--no-browser", description = "Do not open a browser; Jupyter prints the URL to open.")
  boolean noBrowser;

  @Option(names = "--allow-root", description = "Let Jupyter run as root (it refuses otherwise), e.g. in a container.")
  boolean allowRoot;

  @Option(names = "--prefix", paramLabel = "P",
      description = "Look for (and install) the kernel under P/share/jupyter instead of the user's Jupyter folder.")
  Path prefix;

  @Option(names = "--dry-run", description = "Print the commands instead of running them.")
  boolean dryRun;

  /** Directories searched for the front ends (repeatable); the PATH unless set (tests point it at stubs). */
  @Option(names = "--search-path", hidden = true)
  List<Path> searchPath;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (port != null && (port < 1 || port > 65535)) {
      throw new Main.UsageException("--port " + port + " is outside 1–65535");
    }
    Path folder = notebooksDir();
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("no notebooks folder at " + folder + "; pass --dir DIR");
    }
    Path frontEnd = frontEnd(searchPath != null ? searchPath : pathDirs())
        .orElseThrow(() -> new IllegalStateException(NO_FRONT_END));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> install = installArgs();
    if (!kernelInstalled()) {
      if (dryRun) {
        out.println(shell(prepend("kolscope", install)));
      } else {
        err.println("kolscope: installing the KOLScope kernel (" + String.join(" ", install) + ")");
        err.flush();
        int rc = Main.run(err, err, install.toArray(String[]::new));
        if (rc != Main.OK) {
          return rc;
        }
      }
    }
    List<String> cmd = command(frontEnd, folder);
    if (dryRun) {
      out.println((prefix != null ? "JUPYTER_PATH=" + shell(List.of(jupyterPath().toString())) + " " : "") + shell(cmd));
      out.flush();
      return Main.OK;
    }
    err.println("kolscope: starting " + shell(cmd));
    err.flush();
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(folder.toFile()).inheritIO();
    if (prefix != null) {
      String existing = System.getenv("JUPYTER_PATH");
      pb.environment().put("JUPYTER_PATH", jupyterPath() + (existing == null || existing.isBlank() ? "" : File.pathSeparator + existing));
    }
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + frontEnd + ": " + IoErrors.cause(e, frontEnd), e);
    }
    return p.waitFor() == 0 ? Main.OK : Main.FAILURE;
  }

  private Path notebooksDir() {
    if (dir != null) {
      return dir.toAbsolutePath().normalize();
    }
    String home = System.getProperty("kolscope.home");
    Path base = home == null || home.isBlank() ? Path.of("") : Path.of(home);
    return base.resolve("notebooks").toAbsolutePath().normalize();
  }

  private List<String> installArgs() {
    List<String> args = new ArrayList<>(List.of("kernel", "install"));
    if (prefix != null) {
      args.addAll(List.of("--prefix", prefix.toAbsolutePath().normalize().toString()));
    }
    return args;
  }

  private Path jupyterPath() {
    return prefix.toAbsolutePath().normalize().resolve(Path.of("share", "jupyter"));
  }

  /** Whether a kernelspec named kolscope is where Jupyter looks (or under --prefix). */
  boolean kernelInstalled() {
    List<Path> dataDirs = new ArrayList<>();
    if (prefix != null) {
      dataDirs.add(jupyterPath());
    } else {
      String jp = System.getenv("JUPYTER_PATH");
      if (jp != null) {
        for (String d : jp.split(File.pathSeparator)) {
          if (!d.isBlank()) {
            dataDirs.add(Path.of(d));
          }
        }
      }
      dataDirs.add(KernelCommand.userDataDir());
      dataDirs.add(Path.of("/usr/local/share/jupyter"));
      dataDirs.add(Path.of("/usr/share/jupyter"));
    }
    return dataDirs.stream().anyMatch(d -> Files.isRegularFile(d.resolve(Path.of("kernels", KERNEL, "kernel.json"))));
  }

  /** The first front end found, in the order of {@link #FRONT_ENDS}. */
  static Optional<Path> frontEnd(List<Path> dirs) {
    for (String name : FRONT_ENDS) {
      for (Path d : dirs) {
        Path exe = d.resolve(name);
        if (Files.isRegularFile(exe) && Files.isExecutable(exe)) {
          return Optional.of(exe.toAbsolutePath());
        }
      }
    }
    return Optional.empty();
  }

  private static List<Path> pathDirs() {
    List<Path> dirs = new ArrayList<>();
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!d.isBlank()) {
        dirs.add(Path.of(d));
      }
    }
    return dirs;
  }

  List<String> command(Path frontEnd, Path folder) {
    List<String> cmd = new ArrayList<>(List.of(frontEnd.toString(), "--notebook-dir=" + folder));
    if (port != null) {
      cmd.add("--port=" + port);
    }
    if (noBrowser) {
      cmd.add("--no-browser");
    }
    if (allowRoot) {
      cmd.add("--allow-root");
    }
    return cmd;
  }

  private static List<String> prepend(String first, List<String> rest) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(rest);
    return all;
  }

  /** Words joined for a POSIX shell, single-quoting those that need it. */
  static String shell(List<String> words) {
    List<String> quoted = new ArrayList<>();
    for (String w : words) {
      quoted.add(PLAIN.matcher(w).matches() ? w : "'" + w.replace("'", "'\\''") + "'");
    }
    return String.join(" ", quoted);
  }
}
