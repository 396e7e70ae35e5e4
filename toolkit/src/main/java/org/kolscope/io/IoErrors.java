package org.kolscope.io;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;

/**
 * The cause of a failed read or write in words a user reads ("permission denied", "is a
 * directory", "no space left on device"), never a Java class name.
 *
 * <p>{@code java.io} reports most causes only as the operating system's text inside the message
 * ({@code "x.csv (Permission denied)"}), {@code java.nio.file} as the exception's type with the
 * path as its message; both are mapped here to one short phrase, so every "cannot read" and
 * "cannot write" message of the toolkit and the CLI ends the same way.
 */
public final class IoErrors {
  private static final String NO_SUCH_FILE = "no such file";

  private IoErrors() {}

  /**
   * The cause of {@code e} in words, e.g. {@code "permission denied"}. Checks the file system
   * where the exception alone does not say (a directory where a file was expected).
   *
   * @param e the failure, not null
   * @param path the file involved, or null
   */
  public static String cause(Throwable e, Path path) {
    Throwable t = ioCause(e);
    if (t instanceof NoSuchFileException nsf) {
      Path failed = pathOf(nsf.getFile());
      if (failed != null && path != null && !same(failed, path) && !Files.exists(failed)) {
        // a folder above path could not be created although its own folder exists (/proc/x)
        Path parent = failed.toAbsolutePath().getParent();
        if (parent != null && Files.isDirectory(parent)) {
          return "the folder " + parent + " does not allow new folders";
        }
      }
      return missingOrParent(path != null ? path : failed);
    }
    if (t instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (t instanceof NotDirectoryException) {
      return "a part of the path is not a folder";
    }
    if (t instanceof FileAlreadyExistsException f) {
      // creating the folders above path met a file of a folder's name
      Path existing = pathOf(f.getFile());
      if (existing != null && path != null && Files.isRegularFile(existing)
          && !same(existing, path)) {
        return existing + " is a file, not a folder";
      }
      return "already exists";
    }
    if (t instanceof DirectoryNotEmptyException) {
      return "the folder is not empty";
    }
    if (t instanceof ReadOnlyFileSystemException) {
      return "read-only file system";
    }
    String m = t.getMessage() == null ? "" : t.getMessage();
    if (t instanceof FileSystemException fse) {
      // without a reason, the message is only the path: never repeat it as the cause
      m = fse.getReason() == null ? "" : fse.getReason();
    }
    String lower = m.toLowerCase(Locale.ROOT);
    if (lower.contains("no space left")) {
      return "no space left on device";
    }
    if (lower.contains("disk quota")) {
      return "disk quota exceeded";
    }
    if (lower.contains("read-only file system")) {
      return "read-only file system";
    }
    if (lower.contains("permission denied") || lower.contains("access denied")) {
      return "permission denied";
    }
    if (lower.contains("is a directory")) {
      return "is a directory";
    }
    if (lower.contains("not a directory")) {
      return "a part of the path is not a folder";
    }
    if (lower.contains("file name too long")) {
      return "the file name is too long";
    }
    if (lower.contains("too many open files")) {
      return "too many open files";
    }
    if (lower.contains("operation not permitted")) {
      return "operation not permitted";
    }
    if (lower.contains("input/output error")) {
      return "input/output error (a failing disk or network drive?)";
    }
    if (path != null && Files.isDirectory(path)) {
      return "is a directory";
    }
    if (t instanceof FileNotFoundException || lower.contains("no such file")) {
      return missingOrParent(path);
    }
    String own = osReason(m);
    return own.isEmpty() ? "input/output error" : own;
  }

  /** {@code "cannot read <path>: <cause>"}. */
  public static String cannotRead(Path path, Throwable e) {
    return "cannot read " + path + ": " + cause(e, path);
  }

  /**
   * {@code "cannot write <path>: <cause>"}. A file that cannot be created although its folder
   * exists (the kernel's {@code /proc}, say) is said to be refused by that folder, not missing.
   */
  public static String cannotWrite(Path path, Throwable e) {
    String cause = cause(e, path);
    if (cause.equals(NO_SUCH_FILE) && path != null) {
      Path parent = path.toAbsolutePath().getParent();
      cause = parent == null ? cause : "the folder " + parent + " does not allow new files";
    }
    return "cannot write " + path + ": " + cause;
  }

  /**
   * {@code "cannot write into <dir>: <cause>"}, for a folder that could not be created or written
   * into; an existing file of that name gives {@code "it is a file, not a folder"}.
   */
  public static String cannotWriteInto(Path dir, Throwable e) {
    Throwable t = ioCause(e);
    if (t instanceof FileAlreadyExistsException f && dir != null) {
      Path existing = f.getFile() == null ? dir : pathOf(f.getFile());
      if (existing != null && Files.exists(existing) && !Files.isDirectory(existing)) {
        return "cannot write into " + dir + ": "
            + (existing.equals(dir) ? "it is a file, not a folder" : existing + " is a file, not a folder");
      }
    }
    String cause = cause(e, dir);
    if (cause.equals(NO_SUCH_FILE) && dir != null) {
      Path parent = dir.toAbsolutePath().getParent();
      cause = parent == null ? cause : "the folder " + parent + " does not allow new folders";
    }
    return "cannot write into " + dir + ": " + cause;
  }

  /**
   * The {@link IOException} behind {@code e}: the deepest one among {@code e} and its causes, as
   * libraries wrap the operating system's in their own (Tablesaw's runtime exception, ImageIO's
   * {@code "I/O error writing PNG file!"}); null when there is none.
   */
  public static IOException ioException(Throwable e) {
    IOException found = null;
    Throwable t = e;
    for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
      if (t instanceof IOException io) {
        found = io;
      }
    }
    return found;
  }

  private static Throwable ioCause(Throwable e) {
    IOException io = ioException(e);
    return io != null ? io : e;
  }

  private static String missingOrParent(Path path) {
    String scheme = path == null ? null : scheme(path);
    if (scheme != null) {
      return NO_SUCH_FILE + " on this machine (" + (scheme.equalsIgnoreCase("file")
          ? "a file:// URI: give the file's path itself"
          : scheme + "://… names another file system, which only kolscope audit --posts … --engine "
              + "spark reads") + ")";
    }
    if (path != null) {
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        return "no such folder " + parent;
      }
    }
    return NO_SUCH_FILE;
  }

  /**
   * The scheme of a URI given where a path was expected ({@code hdfs:///crawl/notes.csv}, which
   * becomes the relative path {@code hdfs:/crawl/notes.csv}), or null: a relative path whose first
   * name is a scheme and a colon, with no such folder here.
   */
  static String scheme(Path path) {
    if (path.isAbsolute() || path.getNameCount() < 2) {
      return null;
    }
    String first = path.getName(0).toString();
    return first.matches("[A-Za-z][A-Za-z0-9+.-]+:") && !Files.isDirectory(Path.of(first))
        ? first.substring(0, first.length() - 1) : null;
  }

  private static boolean same(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  private static Path pathOf(String file) {
    try {
      return file == null ? null : Path.of(file);
    } catch (RuntimeException e) {
      return null;
    }
  }

  // java.io's messages read "path (Reason from the OS)": keep the reason, drop the path and class
  private static String osReason(String m) {
    int open = m.lastIndexOf('(');
    int close = m.lastIndexOf(')');
    if (open >= 0 && close > open) {
      return m.substring(open + 1, close).toLowerCase(Locale.ROOT);
    }
    return m.contains("Exception") || m.contains("java.") ? "" : m;
  }
}
