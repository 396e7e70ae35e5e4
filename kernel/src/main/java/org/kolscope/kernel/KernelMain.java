package org.kolscope.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.kolscope.io.TablesawStart;
import org.kolscope.kernel.eval.ExitGuard;
import org.kolscope.kernel.net.KernelConnection;

/**
 * Entry point Jupyter starts: {@code java ... KernelMain CONNECTION_FILE} (this class).
 * Logs go to the process's stderr (the Jupyter server's console), never into a notebook.
 */
public final class KernelMain {
  private static final System.Logger LOG = System.getLogger("org.kolscope.kernel");

  private KernelMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: java org.kolscope.kernel.KernelMain CONNECTION_FILE");
      System.exit(2);
    }
    System.setProperty("java.awt.headless", "true");
    // JShell (and javac's first compile, its default imports) from the first moment, beside the
    // logging's set-up (25-90 ms), the sockets' and the warm-up: a first cell sent right after
    // kernel_info waits for nothing else. The class path is read before the warm-up narrows
    // java.class.path for Tablesaw's scan (JShell's compiler may still read the narrowed
    // property; JShellEvaluator adds every entry). The renderers are installed while JShell
    // starts, before the warm-up renders a table.
    KolScopeKernel kernel = KolScopeKernel.create(settings());
    kernel.startEvaluator();
    configureLogging();
    kernel.onStartup();
    Warmup.start(kernel);
    String json;
    try {
      json = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    } catch (IOException e) {
      System.err.println("kolscope kernel: cannot read connection file " + args[0] + ": " + e.getMessage());
      System.exit(1);
      return;
    }
    KernelConnectionProperties props = KernelConnectionProperties.parse(json);
    if (!ExitGuard.install()) {
      // Java 24 and later: no security manager. A cell's own System.exit calls are redirected
      // (ExitCalls); one in library code ends the kernel
      LOG.log(System.Logger.Level.INFO, "Java " + Runtime.version().feature() + " has no security manager:"
          + " System.exit written in a cell is stopped, one in a library the cell calls ends the kernel"
          + " (Jupyter offers a restart)");
    }
    checkClassData(kernel);
    KernelConnection connection = new KernelConnection(props);
    if (!connection.signed()) {
      LOG.log(System.Logger.Level.WARNING, "the connection file has no key: messages are not authenticated");
    }
    kernel.becomeHandlerForConnection(connection);
    connection.connect();
    String interruptMode = System.getProperty("kolscope.interrupt_mode", "message");
    installInterruptSignal(kernel, interruptMode);
    exitWithParent(connection);
    LOG.log(System.Logger.Level.INFO, startupLine(props, interruptMode));
    connection.waitUntilClose();
    ExitGuard.allowExit();
    System.exit(0);
  }

  /**
   * The class-data archive {@code kolscope kernel install} made is for the jars of that moment
   * ({@code -Dkolscope.cds.key}, see {@link ClassDataKey}); after a rebuild the JVM ignores it
   * without a word and the kernel starts slower. Say so, in the log and on the first cell.
   */
  private static void checkClassData(KolScopeKernel kernel) {
    String key = System.getProperty("kolscope.cds.key");
    if (key == null || key.equals(ClassDataKey.of(TablesawStart.classPath()))) {
      return;
    }
    String why = "the KOLScope jars changed since 'kolscope kernel install', so its class-data archive no"
        + " longer matches and this kernel starts slower; run 'kolscope kernel install' again";
    LOG.log(System.Logger.Level.WARNING, why);
    kernel.noticeOnFirstCell("KOLScope kernel: " + why + "\n");
  }

  /**
   * Ends the kernel when the Jupyter process that started it is gone (jupyter_client passes its
   * pid as JPY_PARENT_PID), so a killed server leaves no orphan JVM.
   */
  private static void exitWithParent(KernelConnection connection) {
    String pid = System.getenv("JPY_PARENT_PID");
    if (pid == null || !pid.matches("\\d+")) {
      return;
    }
    ProcessHandle.of(Long.parseLong(pid)).ifPresent(parent -> parent.onExit().thenRun(() -> {
      LOG.log(System.Logger.Level.WARNING, "parent process " + pid + " ended; shutting down");
      connection.close();
    }));
  }

  /**
   * What this kernel runs on and where, in one line: version, JVM and its home, process, user,
   * working directory, address and ports, interrupt mode.
   */
  static String startupLine(KernelConnectionProperties props, String interruptMode) {
    return "KOLScope kernel " + KolScopeKernel.version()
        + " on Java " + Runtime.version() + " (" + System.getProperty("java.vm.name")
        + ", " + System.getProperty("java.home") + ")"
        + ", pid " + ProcessHandle.current().pid()
        + ", user " + System.getProperty("user.name")
        + ", in " + Path.of("").toAbsolutePath()
        + "; listening on " + props.getTransport() + "://" + props.getIp()
        + " (shell " + props.getShellPort() + ", iopub " + props.getIopubPort() + ", stdin " + props.getStdinPort()
        + ", control " + props.getControlPort() + ", heartbeat " + props.getHbPort() + ")"
        + "; interrupts: " + interruptMode;
  }

  /** Wiring read from the environment and system properties (here only, as jjava's main does). */
  private static KolScopeKernel.Settings settings() {
    String home = System.getProperty("user.home");
    String repo = System.getenv("KOLSCOPE_MAVEN_REPO_LOCAL");
    Path localRepo = repo == null || repo.isBlank() ? Path.of(home, ".m2", "repository") : Path.of(repo);
    String remote = System.getenv("KOLSCOPE_MAVEN_REMOTE");
    String readme = System.getProperty("kolscope.readme");
    return new KolScopeKernel.Settings(localRepo,
        remote == null || remote.isBlank() ? KolScopeKernel.Settings.MAVEN_CENTRAL : remote,
        readme == null || readme.isBlank() ? null : Path.of(readme));
  }

  /**
   * SIGINT stops the running cell instead of ending the kernel (signal-mode interrupts, and a
   * Ctrl-C sent to the server's process group). Uses sun.misc.Signal (module jdk.unsupported),
   * the only JDK API for handling a signal.
   *
   * <p>A process started with SIGINT ignored ({@code cmd &} in a script, some CI runners)
   * passes that on to the kernel, and the JVM then leaves SIGINT ignored: it reports the old
   * disposition as {@code SIG_IGN} and never calls our handler. In signal mode the stop button
   * would then do nothing, silently; so say so in the log and in the first cell's stderr.
   * Interrupt requests sent as messages (message mode, the default) always work.
   */
  private static void installInterruptSignal(KolScopeKernel kernel, String interruptMode) {
    sun.misc.SignalHandler previous;
    try {
      previous = sun.misc.Signal.handle(new sun.misc.Signal("INT"), sig -> kernel.interrupt());
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      previous = sun.misc.SignalHandler.SIG_IGN;
    }
    if (previous != sun.misc.SignalHandler.SIG_IGN) {
      return;
    }
    if ("signal".equals(interruptMode)) {
      String why = "SIGINT is ignored in this kernel's process (Jupyter was started in the background with '&'"
          + " from a script, or by a runner that ignores SIGINT), so signal-mode interrupts cannot stop a cell:"
          + " the stop button does nothing. Interrupt requests sent as messages still work: reinstall with"
          + " 'kolscope kernel install --interrupt-mode message' (the default), or start Jupyter in the foreground.";
      LOG.log(System.Logger.Level.WARNING, why);
      kernel.noticeOnFirstCell("KOLScope kernel: " + why + "\n");
    } else {
      LOG.log(System.Logger.Level.INFO, "SIGINT is ignored in this kernel's process; interrupts arrive as"
          + " messages (interrupt_mode " + interruptMode + "), which is unaffected");
    }
  }

  private static void configureLogging() {
    System.setProperty("java.util.logging.SimpleFormatter.format", "[%1$tT %4$s] %5$s%6$s%n");
    Logger root = Logger.getLogger("");
    for (var h : root.getHandlers()) {
      root.removeHandler(h);
    }
    ConsoleHandler handler = new ConsoleHandler();  // binds to the real stderr now
    handler.setFormatter(new SimpleFormatter());
    handler.setLevel(Level.INFO);
    root.addHandler(handler);
    root.setLevel(Level.INFO);
  }
}
