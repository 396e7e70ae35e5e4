package org.kolscope.cli;

import java.io.PrintWriter;
import java.util.List;
import org.kolscope.io.LoadException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code kolscope} command. stdout carries the result only; logs and progress go to stderr.
 * Exit status: 0 success, 1 bad input or failure, 2 bad usage — always with a one-line reason
 * starting {@code kolscope: } on stderr, in words ({@link Failures}), also when memory runs out
 * ({@link OutOfMemory}).
 */
@Command(
    name = "kolscope",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Audit social-media KOL data (Xiaohongshu/RED, Weibo, Douyin, Instagram, TikTok).")
public final class Main implements Runnable {

  /** The subcommands, in the order help lists them ({@link #commandLine}). */
  static final List<Class<?>> COMMANDS = List.of(
      CommandLine.HelpCommand.class,
      LoadCommand.class,
      AuditCommand.class,
      OutliersCommand.class,
      TiersCommand.class,
      TimingCommand.class,
      ContentCommand.class,
      ChartCommand.class,
      GenerateCommand.class,
      KernelCommand.class,
      NotebookCommand.class);

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
    Warmup.start();
    OutOfMemory.start();
    PrintWriter err = TerminalText.of(new PrintWriter(System.err, true));
    // memory can run out in any thread (a parallel stream, the image encoder): one line, exit 1
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, e) -> {
          OutOfMemoryError oom = Failures.outOfMemory(e);
          if (oom != null) {
            OutOfMemory.report(err, oom);
            Runtime.getRuntime().halt(FAILURE);
          }
          err.println("kolscope: in a background task: " + Failures.describe(e));
          debug(e, err);
        });
    System.exit(run(new PrintWriter(System.out, true), err, args));
  }

  /**
   * Runs the CLI with the given streams and returns the exit status (for tests). What is printed
   * goes through {@link TerminalText}: control characters in data are shown as escapes.
   */
  public static int run(PrintWriter rawOut, PrintWriter rawErr, String... args) {
    PrintWriter out = TerminalText.of(rawOut);
    PrintWriter err = TerminalText.of(rawErr);
    try {
      OutOfMemory.start();
      CommandLine cl = commandLine(args);
      cl.setOut(out);
      cl.setErr(err);
      // help without colour codes: everything printed is escaped (TerminalText)
      cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
      cl.setExecutionStrategy(
          parsed -> {
            PathArguments.check(parsed);
            return new CommandLine.RunLast().execute(parsed);
          });
      cl.setParameterExceptionHandler(
          (ex, a) -> {
            err.println("kolscope: " + Failures.oneLine(Failures.withoutClassNames(ex.getMessage())));
            err.flush();
            return USAGE;
          });
      cl.setExecutionExceptionHandler(
          (ex, c, parsed) -> {
            OutOfMemoryError oom = Failures.outOfMemory(ex);
            if (oom != null) {
              return OutOfMemory.report(err, oom);
            }
            err.println("kolscope: " + Failures.describe(ex));
            if (ex instanceof LoadException le) {
              le.problems().stream().limit(20).forEach(p -> err.println("  " + p));
            }
            debug(ex, err);
            err.flush();
            return ex instanceof UsageException ? USAGE : FAILURE;
          });
      return cl.execute(args);
    } catch (OutOfMemoryError e) {
      // picocli passes Errors through: the command's data is unreachable by now
      return OutOfMemory.report(err, e);
    } catch (RuntimeException | Error e) {
      err.println("kolscope: " + Failures.describe(e));
      debug(e, err);
      return FAILURE;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * The command line with the subcommand the arguments name, or with all of them when they name
   * none (help, a typo to suggest a name for, {@code help CMD}). Picocli builds a command's model
   * from its annotations when it is added; building all eleven was most of a short command's own
   * time (a JFR profile of {@code kolscope --version}: nearly every sample in {@code
   * CommandLine.<init>}), and a command only ever runs one.
   *
   * @param args the arguments as given
   * @return the command line to execute them with
   */
  static CommandLine commandLine(String... args) {
    CommandLine cl = new CommandLine(new Main());
    Class<?> only = named(args);
    for (Class<?> c : COMMANDS) {
      if (only == null || c == only) {
        cl.addSubcommand(c);
      }
    }
    cl.registerConverter(java.nio.file.Path.class, PathArguments::convert);
    return cl;
  }

  /** The subcommand class the first non-option argument names, or null (help: null too). */
  private static Class<?> named(String... args) {
    for (String a : args) {
      if (a.startsWith("-")) {
        continue;
      }
      for (Class<?> c : COMMANDS) {
        Command cmd = c.getAnnotation(Command.class);
        if (c != CommandLine.HelpCommand.class
            && (cmd.name().equals(a) || List.of(cmd.aliases()).contains(a))) {
          return c;
        }
      }
      return null;
    }
    return null;
  }

  private static void debug(Throwable e, PrintWriter err) {
    if (System.getenv("KOLSCOPE_DEBUG") != null) {
      e.printStackTrace(err);
      err.flush();
    }
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
