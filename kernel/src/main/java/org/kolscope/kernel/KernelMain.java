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
    configureLogging();
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
      LOG.log(System.Logger.Level.WARNING,
          "this JVM cannot block System.exit; a cell calling it will end the kernel (Jupyter offers a restart)");
    }
    KolScopeKernel kernel = KolScopeKernel.create();
    kernel.onStartup();
    KernelConnection connection = new KernelConnection(props);
    if (!connection.signed()) {
      LOG.log(System.Logger.Level.WARNING, "the connection file has no key: messages are not authenticated");
    }
    kernel.becomeHandlerForConnection(connection);
    connection.connect();
    kernel.startEvaluator();
    installInterruptSignal(kernel);
    exitWithParent(connection);
    LOG.log(System.Logger.Level.INFO, "KOLScope kernel " + KolScopeKernel.version() + " listening on "
        + props.getTransport() + "://" + props.getIp());
    connection.waitUntilClose();
    ExitGuard.allowExit();
    System.exit(0);
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
   * Signal-mode interrupts: Jupyter sends SIGINT; stop the running cell instead of exiting. Uses
   * sun.misc.Signal (module jdk.unsupported), the only JDK API for handling a signal.
   */
  private static void installInterruptSignal(KolScopeKernel kernel) {
    try {
      sun.misc.Signal.handle(new sun.misc.Signal("INT"), sig -> kernel.interrupt());
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      LOG.log(System.Logger.Level.WARNING, "SIGINT cannot be handled here; use interrupt_mode message");
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
