package org.kolscope.io;

/**
 * Receives progress while a file loads: called every few thousand rows from the loading thread.
 * Used by the CLI's progress bar; notebooks can pass their own.
 */
@FunctionalInterface
public interface LoadProgress {
  /**
   * @param bytesRead bytes of the file consumed so far
   * @param totalBytes the file's size
   * @param rows data rows read so far
   */
  void update(long bytesRead, long totalBytes, long rows);

  /** Called once when loading ends (successfully or not). */
  default void done() {}

  /** Ignores progress. */
  LoadProgress NONE = (b, t, r) -> {};
}
