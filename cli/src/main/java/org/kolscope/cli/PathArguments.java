package org.kolscope.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The file and folder arguments (options and parameters of type {@link Path}), as given:
 *
 * <ul>
 *   <li>an empty one is bad usage. An empty path means the current folder to Java, so {@code --out
 *       ''} used to write into it; a script with an unset variable ({@code --out "$DIR"}) should
 *       fail instead;
 *   <li>a {@code file://} URI is the file it names here ({@link #convert});
 *   <li>a URI of another file system ({@code hdfs://…}, {@code s3a://…}) is bad usage: as a path it
 *       named a folder {@code hdfs:} here, which {@code load … --out hdfs:///x.csv} created and
 *       wrote into. (Such a URI reaches {@code audit}'s {@code --posts} and {@code --out}, which are
 *       text, for {@code --engine spark}.)
 * </ul>
 */
final class PathArguments {
  private PathArguments() {}

  /**
   * A {@code Path} argument as picocli converts it: a {@code file://} URI's path, else the text.
   *
   * @throws CommandLine.TypeConversionException for a {@code file://} URI that names no file here
   */
  static Path convert(String value) {
    try {
      return Locations.path(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(value + " is not a file on this machine ("
          + e.getMessage() + ")");
    }
  }

  /**
   * Checks every option and parameter of type {@link Path} (or a list of them) that was given.
   *
   * @throws CommandLine.ParameterException {@code --out is empty}, {@code FILE is empty}, {@code
   *     --out hdfs:///x.csv: another file system; …}
   */
  static void check(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      for (ArgSpec arg : p.matchedArgs()) {
        if (!holdsPaths(arg)) {
          continue;
        }
        for (String value : arg.originalStringValues()) {
          String name = arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
          if (value.isEmpty()) {
            throw new CommandLine.ParameterException(p.commandSpec().commandLine(), name + " is empty");
          }
          if (Locations.isRemote(value)) {
            throw new CommandLine.ParameterException(p.commandSpec().commandLine(), name + " " + value
                + " is on another file system: kolscope " + p.commandSpec().name() + " reads and writes "
                + "files on this machine (only kolscope audit --engine spark reads --posts and writes "
                + "--out there)");
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
