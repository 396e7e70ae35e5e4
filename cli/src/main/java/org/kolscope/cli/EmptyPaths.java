package org.kolscope.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Rejects an empty file or folder argument ({@code --out ''}, {@code load ''}) as bad usage. An
 * empty path means the current folder to Java, so {@code --out ''} used to write into it; a script
 * with an unset variable ({@code --out "$DIR"}) should fail instead.
 */
final class EmptyPaths {
  private EmptyPaths() {}

  /**
   * Checks every option and parameter of type {@link Path} (or a list of them) that was given.
   *
   * @throws CommandLine.ParameterException {@code --out is empty}, {@code FILE is empty}
   */
  static void check(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      for (ArgSpec arg : p.matchedArgs()) {
        if (!holdsPaths(arg)) {
          continue;
        }
        for (String value : arg.originalStringValues()) {
          if (value.isEmpty()) {
            String name = arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
            throw new CommandLine.ParameterException(p.commandSpec().commandLine(), name + " is empty");
          }
        }
      }
    }
  }

  private static boolean holdsPaths(ArgSpec arg) {
    if (Path.class.isAssignableFrom(arg.type())) {
      return true;
    }
    for (Class<?> c : arg.auxiliaryTypes()) {
      if (Path.class.isAssignableFrom(c)) {
        return true;
      }
    }
    return false;
  }
}
