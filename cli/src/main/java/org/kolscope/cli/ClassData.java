package org.kolscope.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.kolscope.io.TablesawStart;
import org.kolscope.kernel.ClassDataKey;
import org.kolscope.kernel.KernelTraining;

/**
 * The kernel's class-data archive (AppCDS), made by {@code kolscope kernel install} beside
 * kernel.json: the classes a first session loads (JShell's compiler, Tablesaw, the toolkit, the
 * renderers; about 5,600) are listed by a training run ({@link KernelTraining}, with
 * {@code -XX:DumpLoadedClassList}), then parsed and verified once into {@code kolscope-KEY.jsa}
 * ({@code -Xshare:dump}), which every kernel start maps. KEY is the {@link ClassDataKey} of the
 * jars; the kernel compares it with its own at start and says when the archive is stale.
 */
final class ClassData {
  /**
   * From this Java release on, the kernel gets an ahead-of-time cache ({@code -XX:AOTCacheOutput},
   * JEP 483 and 514) instead of a class-data archive: it holds the classes loaded and linked, not
   * only parsed, and the training's method profiles (JEP 515). On Temurin 25 here, JShell's start
   * with the default imports took 1.43 s with it against 2.10 s without and 2.03–2.19 s on
   * Java 17 with the archive (docs/dev-notes/coldstart.md).
   */
  static final int AOT_CACHE_RELEASE = 25;

  private ClassData() {}

  /**
   * Makes the archive in {@code dir} for the kernel {@code spec} (its argv without an archive)
   * and returns the JVM options that use it; none when the class path holds folders (a test run
   * from classes/, which an archive cannot hold) or when making it failed (said on {@code err}).
   */
  @SuppressWarnings("unchecked")
  static List<String> forKernel(Path dir, Map<String, Object> spec, PrintWriter err) {
    for (String e : TablesawStart.classPath().split(File.pathSeparator)) {
      if (!e.isBlank() && !(e.endsWith(".jar") && Files.isRegularFile(Path.of(e)))) {
        return List.of();
      }
    }
    List<String> argv = (List<String>) spec.get("argv");
    int cp = argv.indexOf("-cp");
    List<String> jvm = argv.subList(0, cp);
    String classpath = argv.get(cp + 1);
    String key = ClassDataKey.of(classpath);
    boolean aot = Runtime.version().feature() >= AOT_CACHE_RELEASE;
    Path archive = dir.resolve("kolscope-" + key + (aot ? ".aot" : ".jsa")).toAbsolutePath();
    Path list = dir.resolve("classes.lst");
    try {
      if (!Files.isRegularFile(archive)) {
        boolean made;
        if (aot) {
          List<String> train = new ArrayList<>(jvm);
          train.addAll(List.of("-XX:AOTCacheOutput=" + archive, "-cp", classpath, KernelTraining.class.getName()));
          made = run(train);
        } else {
          List<String> train = new ArrayList<>(jvm);
          train.addAll(List.of("-XX:DumpLoadedClassList=" + list, "-cp", classpath, KernelTraining.class.getName()));
          List<String> dump = new ArrayList<>(jvm);
          dump.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + list, "-XX:SharedArchiveFile=" + archive,
              "-cp", classpath));
          made = run(train) && run(dump);
        }
        if (!made || !Files.isRegularFile(archive)) {
          err.println("kolscope: no class-data archive for the kernel (the JVM could not make one); it starts without");
          err.flush();
          return List.of();
        }
      }
      try (Stream<Path> old = Files.list(dir)) {
        for (Path p : old.filter(p -> p.getFileName().toString().matches("kolscope-.*\\.(jsa|aot)") && !p.equals(archive)).toList()) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(list);
    } catch (IOException e) {
      return List.of();
    }
    return aot
        ? List.of("-XX:AOTCache=" + archive, "-Xlog:aot=off", "-Xlog:cds=off", "-Dkolscope.cds.key=" + key)
        : List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Dkolscope.cds.key=" + key);
  }

  private static boolean run(List<String> command) throws IOException {
    Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        return false;
      }
      return p.exitValue() == 0;
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
