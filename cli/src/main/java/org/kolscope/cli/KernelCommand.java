package org.kolscope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.kolscope.io.IoErrors;
import org.kolscope.io.TablesawStart;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code kolscope kernel install|uninstall}: writes or removes the Jupyter kernelspec of the
 * KOLScope Java kernel (kernel.json with absolute paths, and a logo), in the same places as
 * {@code jupyter kernelspec install --user|--sys-prefix|--prefix}.
 */
@Command(
    name = "kernel",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Install or remove the KOLScope Jupyter kernel (Java on JShell, toolkit preloaded).",
    subcommands = {KernelCommand.Install.class, KernelCommand.Uninstall.class})
public final class KernelCommand implements Runnable {
  /** Jupyter's rule for kernel names. */
  static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");
  static final String MAIN_CLASS = "org.kolscope.kernel.KernelMain";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: install or uninstall");
  }

  /** Where kernelspecs go; exactly one of the options, default --user. */
  static final class Location {
    @Option(names = "--user", description = "Install for the current user (default).")
    boolean user;

    @Option(names = "--sys-prefix", description = "Install into the Python environment's prefix (sys.prefix).")
    boolean sysPrefix;

    @Option(names = "--prefix", paramLabel = "P", description = "Install under P/share/jupyter/kernels.")
    Path prefix;

    static Path kernelsDir(Location loc) {
      if (loc != null && loc.prefix != null) {
        return loc.prefix.toAbsolutePath().normalize().resolve(Path.of("share", "jupyter", "kernels"));
      }
      if (loc != null && loc.sysPrefix) {
        return Path.of(pythonSysPrefix()).resolve(Path.of("share", "jupyter", "kernels"));
      }
      return userDataDir().resolve("kernels");
    }
  }

  /** Jupyter's per-user data directory, as {@code jupyter --data-dir} reports it. */
  static Path userDataDir() {
    String env = System.getenv("JUPYTER_DATA_DIR");
    if (env != null && !env.isBlank()) {
      return Path.of(env).toAbsolutePath();
    }
    // Jupyter expands ~ from $HOME, which may differ from the passwd home Java reports.
    String envHome = System.getenv("HOME");
    String home = envHome == null || envHome.isBlank() ? System.getProperty("user.home") : envHome;
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.contains("win")) {
      String appdata = System.getenv("APPDATA");
      return Path.of(appdata == null ? home : appdata, "jupyter");
    }
    if (os.contains("mac")) {
      return Path.of(home, "Library", "Jupyter");
    }
    String xdg = System.getenv("XDG_DATA_HOME");
    return xdg == null || xdg.isBlank() ? Path.of(home, ".local", "share", "jupyter") : Path.of(xdg, "jupyter");
  }

  private static String pythonSysPrefix() {
    for (String python : List.of("python3", "python")) {
      try {
        Process p = new ProcessBuilder(python, "-c", "import sys; print(sys.prefix)").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && !out.isEmpty()) {
          return out;
        }
      } catch (IOException e) {
        // try the next name
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new IllegalStateException("--sys-prefix needs python3 on the PATH to find sys.prefix; use --prefix P instead");
  }

  static void checkName(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new Main.UsageException("--name '" + name + "' is not a valid kernel name (letters, digits, '.', '_', '-')");
    }
  }

  /** How Jupyter interrupts a running cell. */
  enum InterruptMode {
    MESSAGE,
    SIGNAL;

    /** The kernelspec's value, {@code message} or {@code signal}. */
    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  static final class InterruptModes extends Choice<InterruptMode> {
    InterruptModes() {
      super("interrupt mode", List.of(InterruptMode.values()), InterruptMode::label, null);
    }
  }

  @Command(name = "install", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
      description = "Write the kernelspec so Jupyter Notebook, JupyterLab and VS Code can start the kernel.")
  static final class Install implements Callable<Integer> {
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Location location;

    @Option(names = "--name", paramLabel = "N", defaultValue = "kolscope", description = "Kernel name (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--display-name", paramLabel = "D", defaultValue = "KOLScope (Java)",
        description = "Name shown in the launcher (default: ${DEFAULT-VALUE}).")
    String displayName;

    @Option(names = "--interrupt-mode", paramLabel = "MODE", defaultValue = "message",
        converter = InterruptModes.class, completionCandidates = InterruptModes.class,
        description = "How Jupyter interrupts a cell: message or signal (default: message).")
    InterruptMode interruptMode;

    @Option(names = "--java-option", paramLabel = "OPT", description = "Extra JVM option for the kernel, e.g. -Xmx8g (repeatable).")
    List<String> javaOptions = new ArrayList<>();

    @Option(names = "--no-class-data", description = "Make no class-data archive (the kernel then starts slower).")
    boolean noClassData;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      checkName(name);
      if (displayName.isBlank()) {
        throw new Main.UsageException("--display-name must not be blank");
      }
      Path dir = Location.kernelsDir(location).resolve(name);
      List<String> options = new ArrayList<>();
      Path readme = readme();
      if (readme != null) {
        options.add("-Dkolscope.readme=" + dir.resolve("README.md").toAbsolutePath());
      }
      options.addAll(javaOptions);
      String classpath = classpath();
      Outputs.folder(dir);
      if (!noClassData) {
        options.addAll(ClassData.forKernel(dir, kernelJson(displayName, interruptMode.label(), javaOptions, classpath), this.spec.commandLine().getErr()));
      }
      Map<String, Object> spec = kernelJson(displayName, interruptMode.label(), options, classpath);
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      write(dir.resolve("kernel.json"), (mapper.writeValueAsString(spec) + "\n").getBytes(StandardCharsets.UTF_8));
      if (readme != null) {
        write(dir.resolve("README.md"), Files.readAllBytes(readme));
      }
      write(dir.resolve("logo-32x32.png"), png(logo(32)));
      write(dir.resolve("logo-64x64.png"), png(logo(64)));
      this.spec.commandLine().getOut().println("Installed kernelspec " + name + " in " + dir);
      this.spec.commandLine().getOut().flush();
      return Main.OK;
    }
  }

  @Command(name = "uninstall", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = "Remove an installed kernelspec.")
  static final class Uninstall implements Callable<Integer> {
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Location location;

    @Option(names = "--name", paramLabel = "N", defaultValue = "kolscope", description = "Kernel name (default: ${DEFAULT-VALUE}).")
    String name;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      checkName(name);
      Path dir = Location.kernelsDir(location).resolve(name);
      if (!Files.isRegularFile(dir.resolve("kernel.json"))) {
        throw new IllegalArgumentException("no kernelspec '" + name + "' in " + dir.getParent());
      }
      List<Path> files;
      try (Stream<Path> walk = Files.walk(dir)) {
        files = walk.sorted(Comparator.reverseOrder()).toList();
      } catch (IOException | UncheckedIOException e) {
        throw new UncheckedIOException(IoErrors.cannotRead(dir, e), IoErrors.ioException(e));
      }
      for (Path p : files) {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot remove " + p + ": " + IoErrors.cause(e, p), e);
        }
      }
      spec.commandLine().getOut().println("Removed kernelspec " + name + " from " + dir);
      spec.commandLine().getOut().flush();
      return Main.OK;
    }
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(IoErrors.cannotWrite(file, e), e);
    }
  }

  private static byte[] png(BufferedImage img) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    ImageIO.write(img, "png", bytes);
    return bytes.toByteArray();
  }

  /**
   * The README that comes with this checkout (copied into the kernelspec for the kernel's Help
   * menu): {@code kolscope.home}/README.md from the launcher, else the one found walking up from
   * the kernel's jar; null when there is none.
   */
  static Path readme() {
    String home = System.getProperty("kolscope.home");
    if (home != null && Files.isRegularFile(Path.of(home, "README.md"))) {
      return Path.of(home, "README.md");
    }
    try {
      // the kernel is a runtime dependency of the CLI: found by name, as the kernelspec starts it
      Path p = Path.of(Class.forName(MAIN_CLASS).getProtectionDomain().getCodeSource().getLocation().toURI());
      for (int up = 0; up < 5 && p != null; up++, p = p.getParent()) {
        if (Files.isRegularFile(p.resolve("README.md")) && Files.isRegularFile(p.resolve("kolscope"))) {
          return p.resolve("README.md");
        }
      }
    } catch (java.net.URISyntaxException | ClassNotFoundException | RuntimeException e) {
      // no README link then
    }
    return null;
  }

  /**
   * The kernel.json content: argv runs this JVM's java with an absolute classpath, the serial
   * collector (one user, a few cores: no concurrent GC threads competing with the cell, and a
   * heap that shrinks back after a big cell) and the C1 compiler only: C2 compiling javac's and
   * the loader's cold code took about half the CPU of a kernel's start and first table on 2
   * cores, while a toolkit load or audit runs about as fast on C1 code once warm (a tight
   * arithmetic loop in a cell runs about 1.8 times slower; {@code --java-option
   * -XX:TieredStopAtLevel=4}, placed after, brings C2 back; docs/dev-notes/coldstart.md). The security
   * manager options let the kernel block {@code System.exit} in a cell without the JDK's
   * deprecation warnings (see {@code ExitGuard}); the interrupt mode is passed on so the kernel
   * can warn when signal mode cannot work.
   */
  static Map<String, Object> kernelJson(String displayName, String interruptMode, List<String> javaOptions, String classpath) {
    return kernelJson(displayName, interruptMode, javaOptions, classpath, Runtime.version().feature());
  }

  /**
   * The kernel.json content for a java of the given feature release (this JVM's, whose java the
   * kernelspec runs). The security manager options only up to Java 23: from Java 24 a JVM asked
   * to allow a security manager does not start at all, so the kernel then blocks {@code
   * System.exit} in cells by rewriting their calls instead ({@code ExitCalls}). From Java 23,
   * {@code --sun-misc-unsafe-memory-access=allow}: Tablesaw's class scan (ClassGraph) unmaps the
   * jars it read through {@code sun.misc.Unsafe}, and from Java 24 the JVM warns about that in
   * four lines in the kernel's log.
   */
  static Map<String, Object> kernelJson(String displayName, String interruptMode, List<String> javaOptions,
      String classpath, int javaFeature) {
    List<String> argv = new ArrayList<>();
    argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toAbsolutePath().toString());
    argv.add("-XX:+UseSerialGC");
    argv.add("-XX:TieredStopAtLevel=1");
    argv.add("-Djava.awt.headless=true");
    argv.add("-Dfile.encoding=UTF-8");
    argv.addAll(JavaReleases.kernelOptions(javaFeature));
    argv.add("-Dkolscope.interrupt_mode=" + interruptMode);
    argv.addAll(javaOptions);
    argv.add("-cp");
    argv.add(classpath);
    argv.add(MAIN_CLASS);
    argv.add("{connection_file}");
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("argv", argv);
    json.put("display_name", displayName);
    json.put("language", "java");
    json.put("interrupt_mode", interruptMode);
    json.put("metadata", Map.of("debugger", false));
    return json;
  }

  /**
   * The running classpath with absolute entries; jars of one directory holding three or more of
   * them become {@code dir/*} (so rebuilt jars with new versions still load).
   */
  static String classpath() {
    List<Path> entries = new ArrayList<>();
    for (String e : TablesawStart.classPath().split(File.pathSeparator)) {
      if (!e.isBlank()) {
        entries.add(Path.of(e).toAbsolutePath().normalize());
      }
    }
    Map<Path, Long> jarsPerDir = new LinkedHashMap<>();
    for (Path p : entries) {
      if (p.toString().endsWith(".jar") && p.getParent() != null) {
        jarsPerDir.merge(p.getParent(), 1L, Long::sum);
      }
    }
    List<String> out = new ArrayList<>();
    for (Path p : entries) {
      boolean grouped = p.toString().endsWith(".jar") && p.getParent() != null && jarsPerDir.get(p.getParent()) >= 3;
      String entry = grouped ? p.getParent().resolve("*").toString() : p.toString();
      if (!out.contains(entry)) {
        out.add(entry);
      }
    }
    if (out.stream().noneMatch(KernelCommand::holdsKernel)) {
      throw new IllegalStateException("the KOLScope kernel is not on this classpath; build with ./mvnw package first");
    }
    return String.join(File.pathSeparator, out);
  }

  private static boolean holdsKernel(String entry) {
    if (entry.endsWith("*")) {
      Path dir = Path.of(entry.substring(0, entry.length() - 1));
      try (Stream<Path> s = Files.list(dir)) {
        return s.anyMatch(p -> p.getFileName().toString().startsWith("kolscope-kernel"));
      } catch (IOException e) {
        return false;
      }
    }
    Path p = Path.of(entry);
    return p.getFileName().toString().startsWith("kolscope-kernel")
        || Files.exists(p.resolve("org/kolscope/kernel/KernelMain.class"));
  }

  /** A small logo drawn with Java2D: a rounded teal square with a white "K" and a magnifier ring. */
  static BufferedImage logo(int size) {
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setPaint(new GradientPaint(0, 0, new Color(0x0f766e), size, size, new Color(0x1e3a8a)));
      float arc = size / 4f;
      g.fill(new RoundRectangle2D.Float(0, 0, size, size, arc, arc));
      g.setColor(Color.WHITE);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(size * 0.62f)));
      var fm = g.getFontMetrics();
      String k = "K";
      g.drawString(k, (size - fm.stringWidth(k)) / 2f - size * 0.06f, (size + fm.getAscent() - fm.getDescent()) / 2f);
      g.setColor(new Color(0xfbbf24));
      g.setStroke(new BasicStroke(Math.max(1.5f, size / 16f)));
      float r = size * 0.2f;
      g.drawOval(Math.round(size * 0.62f), Math.round(size * 0.58f), Math.round(r), Math.round(r));
    } finally {
      g.dispose();
    }
    return img;
  }
}
