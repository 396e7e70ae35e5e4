package org.kolscope.io;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Initialises Tablesaw's {@code Table} class cheaply, and once.
 *
 * <p>{@code Table}'s static initialiser registers Tablesaw's file readers and writers by scanning
 * the whole class path with ClassGraph for implementations of {@code DataReader}/{@code
 * DataWriter} in {@code tech.tablesaw.io} and loading every one it finds. With the CLI's 60 jars
 * that scan opens every jar and takes about 1.3 CPU seconds of a 2.5 s {@code kolscope load};
 * limited to Tablesaw's own jars it takes about 0.45 s (ClassGraph's own start). KOLScope's loader
 * reads CSV, JSON and XLSX itself and never asks Tablesaw's registry; Tablesaw's readers only
 * live in its own modules ({@code tablesaw-core}, {@code tablesaw-excel}, …). So the scan is run
 * here with {@code java.class.path} narrowed to the entries whose file name starts with {@code
 * tablesaw-} (and the entry {@code Table} itself came from), then restored: {@code
 * Table.read().csv(…)} and any Tablesaw reader module on the class path still register exactly as
 * before.
 *
 * <p>ClassGraph reads the class path only from that property (it does not reach into the
 * application class loader), which is what makes this work; {@code TablesawStart_ScanTest}
 * fails if a new ClassGraph or Tablesaw stops honouring it. The property is narrowed under this
 * class's lock; code of ours that needs the class path reads it through {@link #classPath()},
 * which waits for the lock. The CLI and the kernel call {@link #initialise()} first thing in a
 * background thread; everything of theirs that reads the class path goes through {@link
 * #classPath()}.
 */
public final class TablesawStart {
  private static final String TABLE = "tech.tablesaw.api.Table";
  private static final Object LOCK = new Object();
  private static volatile boolean done;

  private TablesawStart() {}

  /**
   * Initialises {@code Table} (and so Tablesaw's reader and writer registries) with the scan
   * limited to Tablesaw's jars. Idempotent and thread-safe; a failure of the narrowed start is
   * left to the next ordinary use of {@code Table}, which reports it.
   */
  public static void initialise() {
    if (done) {
      return;
    }
    synchronized (LOCK) {
      if (done) {
        return;
      }
      String full = System.getProperty("java.class.path", "");
      try {
        ClassLoader loader = TablesawStart.class.getClassLoader();
        Class<?> table = Class.forName(TABLE, false, loader);
        String narrow = tablesawEntries(full, location(table));
        if (!narrow.isEmpty()) {
          System.setProperty("java.class.path", narrow);
        }
        Class.forName(TABLE, true, loader);
      } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
        // Table will fail the same way where it is used, with the caller's context
      } finally {
        System.setProperty("java.class.path", full);
        done = true;
      }
    }
  }

  /** {@code java.class.path}, never read while {@link #initialise()} has it narrowed. */
  public static String classPath() {
    synchronized (LOCK) {
      return System.getProperty("java.class.path", "");
    }
  }

  /** Whether {@link #initialise()} has run (for tests). */
  static boolean initialised() {
    return done;
  }

  /**
   * The entries of {@code classPath} whose file name starts with {@code tablesaw-}, plus {@code
   * tableJar} (where {@code Table} was loaded from, in case it is named otherwise), in class-path
   * order; empty when none is found.
   */
  static String tablesawEntries(String classPath, Path tableJar) {
    List<String> out = new ArrayList<>();
    for (String e : classPath.split(File.pathSeparator)) {
      if (e.isBlank()) {
        continue;
      }
      Path p = Path.of(e);
      Path name = p.getFileName();
      boolean ours = name != null && name.toString().startsWith("tablesaw-");
      boolean table = tableJar != null && p.toAbsolutePath().normalize().equals(tableJar);
      if ((ours || table) && !out.contains(e)) {
        out.add(e);
      }
    }
    return String.join(File.pathSeparator, out);
  }

  private static Path location(Class<?> c) {
    try {
      CodeSource cs = c.getProtectionDomain().getCodeSource();
      return cs == null ? null : Path.of(cs.getLocation().toURI()).toAbsolutePath().normalize();
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }
}
