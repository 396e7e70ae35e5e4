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
 * <p>When that is {@value #KNOWN_CORE} alone (the CLI's and the kernel's class path), nothing is
 * scanned: the property names an entry that does not exist, and the readers and writers the scan
 * would find there ({@link #KNOWN_CORE_IO}, each registering itself as it is initialised) are
 * initialised directly. ClassGraph still starts (Table's initialiser calls it), but reading the
 * jar took 35–40 ms more of a cold start on 2 cores (with the class-data archive: 133–154 ms
 * against 94–120 ms).
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

  /** The one Tablesaw jar whose readers and writers are {@link #KNOWN_CORE_IO}. */
  static final String KNOWN_CORE = "tablesaw-core-0.44.4.jar";

  /**
   * What {@code Table}'s scan finds in {@value #KNOWN_CORE}: its {@code DataReader} and {@code
   * DataWriter} implementations in {@code tech.tablesaw.io}, each of which registers itself when
   * initialised ({@code TablesawStart_ScanTest} runs the scan and compares).
   */
  static final List<String> KNOWN_CORE_IO = List.of(
      "tech.tablesaw.io.csv.CsvWriter", "tech.tablesaw.io.fixed.FixedWidthWriter",
      "tech.tablesaw.io.csv.CsvReader", "tech.tablesaw.io.fixed.FixedWidthReader");

  /** A class-path entry that does not exist: ClassGraph's scan of it finds nothing. */
  static final String NO_ENTRY = System.getProperty("java.home") + File.separator
      + "kolscope-no-such-entry";

  private TablesawStart() {}

  /** Whether {@code entries} is {@value #KNOWN_CORE} alone. */
  static boolean isKnownCore(String entries) {
    if (entries.isEmpty() || entries.contains(File.pathSeparator)) {
      return false;
    }
    Path name = Path.of(entries).getFileName();
    return name != null && name.toString().equals(KNOWN_CORE);
  }

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
        boolean known = isKnownCore(narrow);
        if (known) {
          System.setProperty("java.class.path", NO_ENTRY);
        } else if (!narrow.isEmpty()) {
          System.setProperty("java.class.path", narrow);
        }
        Class.forName(TABLE, true, loader);
        if (known) {
          for (String io : KNOWN_CORE_IO) {
            Class.forName(io, true, loader);
          }
        }
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
