package org.kolscope.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kolscope} command. stdout carries the result only; logs and progress go to stderr.
 * Exit status: 0 success, 1 bad input or failure, 2 bad usage — always with a one-line reason.
 */
@Command(
    name = "kolscope",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Audit social-media KOL data (Xiaohongshu/RED, Weibo, Douyin, Instagram, TikTok).",
    subcommands = {
      CommandLine.HelpCommand.class,
      LoadCommand.class,
      TiersCommand.class,
      OutliersCommand.class,
      AuditCommand.class,
      ChartCommand.class,
      GenerateCommand.class,
      KernelCommand.class,
    })
public final class Main implements Runnable {

  /** Exit status for success. */
  public static final int OK = 0;
  /** Exit status for bad input or a failure. */
  public static final int FAILURE = 1;
  /** Exit status for bad usage. */
  public static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'kolscope --help'");
  }

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs the CLI with the given streams and returns the exit status (for tests). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("kolscope: " + oneLine(ex.getMessage()));
          err.flush();
          return USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, c, parsed) -> {
          err.println("kolscope: " + oneLine(describe(ex)));
          if (ex instanceof org.kolscope.io.LoadException le) {
            le.problems().stream().limit(20).forEach(p -> err.println("  " + p));
          }
          if (System.getenv("KOLSCOPE_DEBUG") != null) {
            ex.printStackTrace(err);
          }
          err.flush();
          return ex instanceof UsageException ? USAGE : FAILURE;
        });
    int rc = cl.execute(args);
    out.flush();
    err.flush();
    return rc;
  }

  private static String describe(Throwable ex) {
    String m = ex.getMessage();
    if (m == null || m.isBlank()) {
      return ex.getClass().getSimpleName();
    }
    return m;
  }

  static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** Thrown by a command for bad usage found after parsing (exit status 2). */
  public static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
      super(message);
    }
  }

  /** Reads the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"kolscope " + (v == null ? "dev" : v)};
    }
  }
}
