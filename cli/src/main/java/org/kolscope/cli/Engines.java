package org.kolscope.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.kolscope.io.Loader;

/**
 * Finds the engine of {@code --engine NAME}: a {@link NotesEngine} on the class path, or else the
 * {@code spark} module built beside the CLI ({@code spark/target}), run as a second JVM with the
 * same arguments (Spark's jars stay off the CLI's class path, and Spark on Java 17 needs {@code
 * --add-opens} options that only a new JVM can take).
 */
final class Engines {
  /** The engine that needs no other module. */
  static final String LOCAL = "local";
  static final String SPARK = "spark";
  /** Set in the second JVM, so that it never starts a third. */
  static final String CHILD = "kolscope.engine.child";

  private Engines() {}

  /**
   * Refuses, before any engine starts, a notes file the Spark engine does not read: it reads CSV
   * text (cut at line ends) and Parquet; a JSON file or an XLSX workbook, which the loader reads
   * whole, was read as CSV text and failed with a header made of JSON.
   *
   * @throws Main.UsageException for a JSON file or a workbook, saying what to do instead
   */
  static void checkFormat(Path notes) {
    String whole = Loader.readWhole(notes);
    if (whole != null) {
      throw new Main.UsageException("--engine spark reads CSV text or Parquet, and " + notes + " is "
          + whole
          + ": audit it without --engine spark, or write it as Parquet first (kolscope load "
          + notes + " --out notes.parquet) and give that to --engine spark");
    }
  }

  /** The engine named {@code name} on this class path, or null. */
  static NotesEngine find(String name) {
    for (NotesEngine e : ServiceLoader.load(NotesEngine.class)) {
      if (e.name().equalsIgnoreCase(name)) {
        return e;
      }
    }
    return null;
  }

  /**
   * Runs {@code args} (the whole command line) in a JVM whose class path is the spark module's,
   * copying its output to {@code out} and {@code err}; returns its exit status.
   */
  static int runSparkJvm(List<String> args, PrintWriter out, PrintWriter err) {
    if (Boolean.getBoolean(CHILD)) {
      throw new IllegalStateException("the spark engine is not on this class path");
    }
    Path target = home().resolve("spark").resolve("target");
    Path jar = sparkJar(target);
    if (jar == null || !Files.isDirectory(target.resolve("lib"))) {
      throw new Main.UsageException("--engine spark needs the spark module, which is not built in "
          + target + ": build it once with './mvnw -B -DskipTests -pl spark -am package' (it "
          + "downloads Apache Spark, about 300 MB)");
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + childHeap(Runtime.getRuntime().maxMemory(), physicalMemory(),
        System.getenv("KOLSCOPE_JAVA_OPTS")) / (1024 * 1024) + "m");
    cmd.addAll(childOptions(ManagementFactory.getRuntimeMXBean().getInputArguments(),
        System.getenv("KOLSCOPE_JAVA_OPTS")));
    cmd.addAll(JavaReleases.present(opens(jar)));
    cmd.addAll(JavaReleases.accessOptions(Runtime.version().feature()));
    cmd.add("-D" + CHILD + "=true");
    cmd.add("-cp");
    cmd.add(childClassPath(jar, target.resolve("lib"), System.getenv()));
    cmd.add(Main.class.getName());
    cmd.addAll(args);
    try {
      Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.INHERIT).start();
      Thread copyErr = copy(p.getErrorStream(), err);
      copy(p.getInputStream(), out).join();
      copyErr.join();
      return p.waitFor();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the Spark JVM: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while Spark ran", e);
    }
  }

  /**
   * The Spark JVM's class path: the spark module's jar and its libraries, then the folders of the
   * cluster's Hadoop configuration ({@code HADOOP_CONF_DIR}, {@code YARN_CONF_DIR}; where
   * Hadoop's client looks for {@code core-site.xml} and {@code yarn-site.xml}), as Spark's own
   * launcher puts them: {@code --master yarn} and {@code hdfs://} paths need them.
   */
  static String childClassPath(Path jar, Path lib, java.util.Map<String, String> env) {
    StringBuilder cp = new StringBuilder().append(jar).append(java.io.File.pathSeparator)
        .append(lib).append(java.io.File.separator).append('*');
    for (String name : List.of("HADOOP_CONF_DIR", "YARN_CONF_DIR")) {
      String dir = env.get(name);
      if (dir != null && !dir.isBlank()) {
        cp.append(java.io.File.pathSeparator).append(dir);
      }
    }
    return cp.toString();
  }

  /**
   * The Spark JVM's heap: the user's ({@code -Xmx} in {@code KOLSCOPE_JAVA_OPTS}, which this JVM
   * has), else half the machine's memory (at most 31 GB, at least this JVM's): Spark's tasks and the
   * audit's one row per KOL share it (500,000 KOLs, 10M generated notes: more than the launcher's
   * 4 GB, which suits a command on one machine's data).
   */
  static long childHeap(long mine, long physical, String userOptions) {
    if (userOptions != null && userOptions.contains("-Xmx")) {
      return mine;
    }
    return Math.max(mine, Math.min(31L << 30, physical / 2));
  }

  private static long physicalMemory() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getTotalMemorySize() : 0;
  }

  /**
   * The Spark JVM's options from this JVM's: the launcher's settings ({@code -D…}, {@code -XX:…})
   * carry over, except those the launcher picks for a command of seconds on the serial collector,
   * unless the user asked for them in {@code KOLSCOPE_JAVA_OPTS}, and the class-data archive (of
   * the CLI's class path): C1 only ({@code
   * -XX:TieredStopAtLevel=1}), the serial collector, and for a large input a heap kept 10–20 % above
   * what is live ({@code -XX:MinHeapFreeRatio}, {@code -XX:MaxHeapFreeRatio}). Spark runs for
   * minutes on every core, where C2 pays (a 1M-note read stage 47 → 28 s) and the parallel collector
   * is the one left; with those ratios the parallel collector kept its old generation at 270 MB and
   * ran 7,808 full collections (877 s) in a 1M-note Spark audit that had not ended after 15 minutes.
   */
  static List<String> childOptions(List<String> mine, String userOptions) {
    List<String> user = userOptions == null ? List.of() : List.of(userOptions.trim().split("\\s+"));
    List<String> out = new ArrayList<>();
    boolean collector = false;
    for (String a : mine) {
      // the launcher's class-data archive is of the CLI's class path, never the Spark JVM's: that
      // JVM would only ignore it, and from Java 19 say so on stdout, into the command's result
      if (!(a.startsWith("-D") || a.startsWith("-XX:")) || a.startsWith("-XX:SharedArchiveFile=")) {
        continue;
      }
      if ((a.equals("-XX:TieredStopAtLevel=1") || a.equals("-XX:+UseSerialGC")
          || a.startsWith("-XX:MinHeapFreeRatio=") || a.startsWith("-XX:MaxHeapFreeRatio="))
          && !user.contains(a)) {
        continue;
      }
      collector |= a.startsWith("-XX:+Use") && a.endsWith("GC");
      out.add(a);
    }
    if (!collector) {
      out.add("-XX:+UseParallelGC");
    }
    return out;
  }

  /** The checkout the CLI runs from ({@code kolscope.home}, set by the launcher), else ".". */
  static Path home() {
    String h = System.getProperty("kolscope.home");
    return Path.of(h == null || h.isBlank() ? "." : h).toAbsolutePath().normalize();
  }

  private static Path sparkJar(Path target) {
    if (!Files.isDirectory(target)) {
      return null;
    }
    try (Stream<Path> s = Files.list(target)) {
      return s.filter(p -> {
        String n = p.getFileName().toString();
        return n.startsWith("kolscope-spark-") && n.endsWith(".jar") && !n.endsWith("-tests.jar");
      }).findFirst().orElse(null);
    } catch (IOException e) {
      return null;
    }
  }

  /** The {@code --add-opens} options the spark jar's manifest lists (Spark-Opens). */
  private static String opens(Path jar) {
    try (JarFile j = new JarFile(jar.toFile())) {
      String o = j.getManifest() == null ? null : j.getManifest().getMainAttributes().getValue("Spark-Opens");
      return o == null ? "" : o.trim();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + jar + ": " + e.getMessage(), e);
    }
  }

  private static Thread copy(InputStream in, PrintWriter to) {
    Thread t = new Thread(() -> {
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        char[] buf = new char[8192];
        int n;
        while ((n = r.read(buf)) > 0) {
          to.write(buf, 0, n);
          to.flush();
        }
      } catch (IOException e) {
        to.println("kolscope: lost the Spark JVM's output: " + e.getMessage());
      }
    }, "spark-jvm-output");
    t.setDaemon(true);
    t.start();
    return t;
  }
}
