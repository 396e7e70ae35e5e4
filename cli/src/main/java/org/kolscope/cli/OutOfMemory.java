package org.kolscope.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns an {@link OutOfMemoryError} into one line a user can act on: how much had been read and
 * how to raise the heap, e.g. {@code out of memory after reading 1,245,184 rows of notes.csv (heap
 * limit 1.0 GB); raise it with KOLSCOPE_JAVA_OPTS=-Xmx4g}, or {@code out of memory while auditing,
 * after reading …} once the files are read (commands say what they do next through {@link
 * #doing}).
 *
 * <p>The loaders report their progress here (through {@link ProgressBar}, every 16,384 rows, and
 * once more when a file is read), so the count is known wherever memory runs out: while loading,
 * auditing, drawing or writing the report. A few megabytes are held in reserve from the start and
 * released before the message is built, so building it cannot fail for lack of memory. The error
 * can strike in any thread; {@link Main} catches it around the whole command and in the default
 * uncaught-exception handler.
 */
final class OutOfMemory {
  private static final long MB = 1L << 20;
  private static final long GB = 1L << 30;
  private static final Map<String, Read> READ = new LinkedHashMap<>();
  private static volatile byte[] reserve;
  private static String activity;

  private OutOfMemory() {}

  /** How far reading one file got. {@code totalBytes} is 0 when unknown. */
  record Read(String file, long rows, long bytesRead, long totalBytes, boolean done) {}

  /** Sets memory aside for the message and forgets earlier reads (at the start of a run). */
  static synchronized void start() {
    READ.clear();
    activity = null;
    if (reserve == null) {
      reserve = new byte[(int) (4 * MB)];
    }
  }

  /** {@code rows} rows of {@code file} read so far ({@code bytesRead} of {@code totalBytes}). */
  static synchronized void reading(String file, long rows, long bytesRead, long totalBytes) {
    READ.put(file, new Read(file, rows, bytesRead, totalBytes, false));
    activity = null;
  }

  /** What the command does now that its files are read, e.g. {@code "auditing"}. */
  static synchronized void doing(String what) {
    activity = what;
  }

  /** {@code file} read to its end: {@code rows} data rows. */
  static synchronized void read(String file, long rows) {
    Read before = READ.get(file);
    long total = before == null ? 0 : before.totalBytes();
    READ.put(file, new Read(file, rows, total, total, true));
  }

  /**
   * Frees the reserve and prints the one-line message for {@code e} on {@code err}; with {@code
   * KOLSCOPE_DEBUG} set, also the stack trace.
   *
   * @return {@link Main#FAILURE}
   */
  static int report(PrintWriter err, OutOfMemoryError e) {
    reserve = null; // first of all: room to build the message
    String line;
    try {
      List<Read> read;
      String doing;
      synchronized (OutOfMemory.class) {
        read = new ArrayList<>(READ.values());
        doing = activity;
      }
      line = message(e.getMessage(), doing, read, heapLimit(), physicalMemory());
    } catch (OutOfMemoryError again) {
      line = "out of memory; raise the heap limit with KOLSCOPE_JAVA_OPTS=-Xmx8g";
    }
    err.println("kolscope: " + line);
    if (System.getenv("KOLSCOPE_DEBUG") != null) {
      e.printStackTrace(err);
    }
    err.flush();
    return Main.FAILURE;
  }

  /**
   * The message, without the {@code kolscope: } prefix.
   *
   * @param jvmReason the error's message ({@code Java heap space}, {@code Metaspace}, …) or null
   * @param doing what the command was doing after reading ({@code "auditing"}), or null
   * @param read the files read so far, in order
   * @param heap the heap limit in bytes
   * @param physical the machine's memory in bytes, or 0 when unknown
   */
  static String message(String jvmReason, String doing, List<Read> read, long heap, long physical) {
    String reason = jvmReason == null ? "" : jvmReason.toLowerCase(Locale.ROOT);
    boolean heapFull = reason.isEmpty() || reason.contains("heap") || reason.contains("gc overhead");
    StringBuilder sb = new StringBuilder("out of memory");
    if (!heapFull) {
      sb.append(" (").append(reason).append(')');
    }
    String progress = progress(read);
    if (doing != null) {
      sb.append(" while ").append(doing).append(progress.isEmpty() ? "" : ",");
    }
    sb.append(progress);
    if (!heapFull) {
      return sb.append("; rerun with KOLSCOPE_DEBUG=1 for details").toString();
    }
    sb.append(" (heap limit ").append(size(heap)).append(')');
    long suggested = suggestion(heap, read);
    sb.append("; raise it with KOLSCOPE_JAVA_OPTS=-Xmx").append(suggested / GB).append('g');
    if (physical > 0 && suggested > physical) {
      sb.append(" (this machine has ").append(size(physical)).append(": read a part of the data)");
    }
    return sb.toString();
  }

  /** {@code " after reading 2,000 rows of a.csv and 1,245,184 rows of notes.csv"}, or "". */
  private static String progress(List<Read> read) {
    List<String> parts = new ArrayList<>();
    String unknown = null;
    for (Read r : read) {
      if (r.rows() > 0) {
        parts.add(String.format(Locale.ROOT, "%,d rows of %s", r.rows(), r.file()));
      } else if (!r.done()) {
        unknown = r.file();
      }
    }
    StringBuilder sb = new StringBuilder();
    if (!parts.isEmpty()) {
      sb.append(" after reading ").append(Phrases.and(parts));
    }
    if (unknown != null) {
      sb.append(parts.isEmpty() ? " while reading " : ", while reading ").append(unknown);
    }
    return sb.toString();
  }

  /**
   * The heap to suggest, in whole gigabytes: twice the limit, or more when a file was only partly
   * read (its size over the bytes read, plus a quarter), and at least 1 GB.
   */
  static long suggestion(long heap, List<Read> read) {
    double factor = 2;
    for (Read r : read) {
      if (!r.done() && r.bytesRead() > 0 && r.totalBytes() > r.bytesRead()) {
        factor = Math.max(factor, 1.25 * r.totalBytes() / r.bytesRead());
      }
    }
    long bytes = (long) Math.ceil(heap * factor);
    return Math.max(1, (bytes + GB - 1) / GB) * GB;
  }

  /** {@code 64 MB}, {@code 1.0 GB}. */
  static String size(long bytes) {
    return bytes >= GB
        ? String.format(Locale.ROOT, "%.1f GB", (double) bytes / GB)
        : String.format(Locale.ROOT, "%d MB", Math.round((double) bytes / MB));
  }

  /**
   * The heap limit as the user set it (the last {@code -Xmx}; the JVM reports a little less with
   * some collectors), else the JVM's maximum.
   */
  static long heapLimit() {
    long limit = Runtime.getRuntime().maxMemory();
    try {
      for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
        if (arg.startsWith("-Xmx")) {
          long v = parseSize(arg.substring(4));
          limit = v > 0 ? v : limit;
        }
      }
    } catch (RuntimeException | LinkageError e) {
      // keep the JVM's figure
    }
    return limit;
  }

  /** {@code 64m} → 67108864; 0 when it does not parse. */
  static long parseSize(String s) {
    if (s.isEmpty()) {
      return 0;
    }
    char unit = Character.toLowerCase(s.charAt(s.length() - 1));
    long mult = switch (unit) {
      case 'k' -> 1L << 10;
      case 'm' -> MB;
      case 'g' -> GB;
      case 't' -> GB << 10;
      default -> 1;
    };
    String digits = Character.isDigit(unit) ? s : s.substring(0, s.length() - 1);
    try {
      return Long.parseLong(digits) * mult;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static long physicalMemory() {
    try {
      if (ManagementFactory.getOperatingSystemMXBean()
          instanceof com.sun.management.OperatingSystemMXBean os) {
        return os.getTotalMemorySize();
      }
    } catch (RuntimeException | LinkageError e) {
      // unknown
    }
    return 0;
  }
}
