package org.kolscope.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ConcurrentModificationException;
import java.util.regex.Pattern;
import org.kolscope.io.IoErrors;

/**
 * A failure in words for the one line {@code kolscope: …} on stderr. Never a Java class name: the
 * toolkit's own messages are used as they are; a failed read or write says its file and cause
 * ({@link IoErrors}); a programming error (a missing value, an index out of range) is called an
 * internal error, in words, with a pointer to {@code KOLSCOPE_DEBUG=1} for the stack trace.
 */
final class Failures {
  /** {@code java.io.FileNotFoundException: } or {@code RuntimeIOException: } inside a message. */
  private static final Pattern CLASS_NAME =
      Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)*[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b:?\\s*");

  private Failures() {}

  /** The reason for {@code ex}, on one line, in words. */
  static String describe(Throwable ex) {
    Throwable t = ex;
    while ((t instanceof picocli.CommandLine.ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof IOException io) {
      // an I/O failure the command did not put in words itself
      Path p = io instanceof FileSystemException f ? path(f.getFile()) : null;
      return p != null ? "cannot access " + p + ": " + IoErrors.cause(io, p) : IoErrors.cause(io, null);
    }
    String m = t.getMessage();
    if (internal(t) || m == null || m.isBlank()) {
      return "internal error (" + kind(t) + "); rerun with KOLSCOPE_DEBUG=1 for details";
    }
    if (t instanceof UncheckedIOException && t.getCause() != null && m.equals(t.getCause().toString())) {
      return IoErrors.cause(t, null);
    }
    return oneLine(withoutClassNames(m));
  }

  /** Whether {@code ex} or one of its causes is an {@link OutOfMemoryError}. */
  static OutOfMemoryError outOfMemory(Throwable ex) {
    Throwable t = ex;
    for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
      if (t instanceof OutOfMemoryError oom) {
        return oom;
      }
    }
    return null;
  }

  /** {@code s} without Java class names such as {@code java.io.IOException: }. */
  static String withoutClassNames(String s) {
    return s == null ? "" : CLASS_NAME.matcher(s).replaceAll("").strip();
  }

  /** The first line of {@code s}. */
  static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).stripTrailing();
  }

  /** Exceptions that mean a bug, whatever their message says. */
  private static boolean internal(Throwable t) {
    return t instanceof Error
        || t instanceof NullPointerException
        || t instanceof ClassCastException
        || t instanceof IndexOutOfBoundsException
        || t instanceof ArithmeticException
        || t instanceof ArrayStoreException
        || t instanceof NegativeArraySizeException
        || t instanceof NumberFormatException
        || t instanceof ConcurrentModificationException;
  }

  /** What went wrong, in words. */
  static String kind(Throwable t) {
    if (t instanceof NullPointerException) {
      return "a value was missing where one was expected";
    }
    if (t instanceof IndexOutOfBoundsException) {
      return "an index was out of range";
    }
    if (t instanceof ClassCastException || t instanceof ArrayStoreException) {
      return "a value had the wrong type";
    }
    if (t instanceof ArithmeticException) {
      return "an arithmetic error";
    }
    if (t instanceof NumberFormatException) {
      return "a number could not be read";
    }
    if (t instanceof ConcurrentModificationException) {
      return "data changed while it was read";
    }
    if (t instanceof StackOverflowError) {
      return "the call stack overflowed";
    }
    if (t instanceof LinkageError) {
      return "a part of KOLScope is missing or out of date; rebuild with ./mvnw package";
    }
    return "an unexpected failure";
  }

  private static Path path(String file) {
    try {
      return file == null ? null : Path.of(file);
    } catch (InvalidPathException e) {
      return null;
    }
  }
}
