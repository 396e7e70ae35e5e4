package org.kolscope.kernel.maven;

/** Why {@code %maven} could not resolve: a one-line message in words. */
public final class ResolutionFailure extends Exception {
  private static final long serialVersionUID = 1L;

  /** What went wrong, for the kind of error shown to the user. */
  public enum Kind {
    /** The repository answered that an artifact does not exist. */
    NOT_FOUND,
    /** The repository could not be reached (and the local repository lacks the artifact). */
    UNREACHABLE,
    /** Anything else: a broken POM, a checksum mismatch, a bad version range. */
    OTHER
  }

  private final Kind kind;

  public ResolutionFailure(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
