package org.kolscope.cli;

import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;

/**
 * Files named on the command line as paths or as URIs. A {@code file://} URI is the file on this
 * machine it names; any other {@code scheme://} location ({@code hdfs://…}, {@code s3a://…}) is on
 * another file system, which only {@code kolscope audit --engine spark} reads ({@code --posts}) and
 * writes ({@code --out}). Made into a {@code Path}, such a URI loses its {@code //} and names a
 * folder {@code hdfs:} here: a read then failed with "no such folder", and a write made that folder.
 */
final class Locations {
  private Locations() {}

  /**
   * Whether {@code location} names a file on another file system: a scheme and {@code ://}, other
   * than {@code file://}.
   */
  static boolean isRemote(String location) {
    return location != null && location.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*://.*") && !isFileUri(location);
  }

  /**
   * {@code location} as a path on this machine: a {@code file://} URI's path, else the text itself
   * (for a {@link #isRemote remote} location, a path used only to name it).
   *
   * @throws IllegalArgumentException for a {@code file://} URI that names no file here (a host, a
   *     query) or text that cannot be a path, with the reason
   */
  static Path path(String location) {
    try {
      return isFileUri(location) ? Path.of(URI.create(location)) : Path.of(location);
    } catch (FileSystemNotFoundException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * {@link #path} for the option (or parameter) {@code name}.
   *
   * @throws Main.UsageException {@code --posts file://host/n.csv: not a file on this machine (…)}
   */
  static Path path(String name, String location) {
    try {
      return path(location);
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException(name + " " + location + ": not a file on this machine ("
          + e.getMessage() + ")");
    }
  }

  private static boolean isFileUri(String location) {
    return location.regionMatches(true, 0, "file://", 0, 7);
  }
}
