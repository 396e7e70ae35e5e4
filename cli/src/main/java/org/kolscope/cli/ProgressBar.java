package org.kolscope.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.kolscope.io.LoadProgress;

/**
 * A one-line progress bar on stderr for loads that take more than a second. Drawn only when
 * stderr is a terminal (the launcher passes {@code -Dkolscope.stderr.tty=true}), so logs and CI
 * output stay clean; {@code -Dkolscope.progress.delay.ms=N} changes the one-second delay. Every
 * update is also noted for {@link OutOfMemory}, so running out of memory says how much was read.
 */
final class ProgressBar implements LoadProgress {
  private static final long DEFAULT_DELAY_NANOS = 1_000_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final String label;
  private final boolean enabled;
  private final long delayNanos;
  private final long start = System.nanoTime();
  private boolean drawn;

  ProgressBar(PrintWriter err, String label, boolean enabled) {
    this(err, label, enabled, DEFAULT_DELAY_NANOS);
  }

  ProgressBar(PrintWriter err, String label, boolean enabled, long delayNanos) {
    this.err = err;
    this.label = label;
    this.enabled = enabled;
    this.delayNanos = delayNanos;
  }

  /** A bar that draws when stderr is a terminal. */
  static ProgressBar forLoad(PrintWriter err, String label) {
    long delayMs = Long.getLong("kolscope.progress.delay.ms", DEFAULT_DELAY_NANOS / 1_000_000L);
    return new ProgressBar(err, label, Boolean.getBoolean("kolscope.stderr.tty"),
        Math.max(0, delayMs) * 1_000_000L);
  }

  @Override
  public void update(long bytesRead, long totalBytes, long rows) {
    OutOfMemory.reading(label, rows, bytesRead, totalBytes);
    long elapsed = System.nanoTime() - start;
    if (!enabled || elapsed < delayNanos) {
      return;
    }
    // the bar's own \r is raw; the file name in it is data, escaped
    TerminalText.raw(err, "\r" + TerminalText.escape(line(bytesRead, totalBytes, rows, elapsed)));
    drawn = true;
  }

  /** The bar's text, e.g. {@code loading a.csv [#########.....] 64%  640,000 rows  2.1 s}. */
  String line(long bytesRead, long totalBytes, long rows, long elapsedNanos) {
    double f = totalBytes <= 0 ? 0 : Math.min(1.0, (double) bytesRead / totalBytes);
    int full = (int) Math.round(f * WIDTH);
    return String.format(Locale.ROOT, "loading %s [%s%s] %3d%%  %,d rows  %.1f s", label,
        "#".repeat(full), ".".repeat(WIDTH - full), Math.round(f * 100), rows, elapsedNanos / 1e9);
  }

  @Override
  public void done() {
    if (drawn) {
      TerminalText.raw(err, "\r\033[K");
    }
  }
}
