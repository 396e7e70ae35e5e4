package org.kolscope.io;

import java.util.List;

/**
 * A file could not be loaded: unreadable, of an unknown format, missing a required column, or —
 * in strict mode — with problems in its rows (the first 20 are listed in the message).
 */
public class LoadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public LoadException(String message) {
    this(message, List.of(), null);
  }

  public LoadException(String message, Throwable cause) {
    this(message, List.of(), cause);
  }

  public LoadException(String message, List<Problem> problems, Throwable cause) {
    super(message, cause);
    this.problems = List.copyOf(problems);
  }

  /** The row problems behind a strict-mode failure (empty otherwise). */
  public List<Problem> problems() {
    return problems;
  }
}
