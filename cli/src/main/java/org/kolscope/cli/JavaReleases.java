package org.kolscope.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JVM options that depend on the Java release a kernel or the Spark JVM runs on. The kernelspec
 * runs the java of the JVM that installed it, and the Spark JVM this JVM's java, so the release is
 * this JVM's ({@link Runtime#version()}); the launcher reads its java's release file for the same
 * rules.
 *
 * <ul>
 *   <li>Java 17–23: {@code -Djava.security.manager=allow} and {@code --add-opens=java.base/java.lang},
 *       so the kernel's {@code ExitGuard} can stop {@code System.exit} in any code a cell runs, without
 *       the JDK's deprecation warnings. From Java 24 a JVM asked to allow a security manager does not
 *       start (JEP 486): the kernel then redirects the {@code System.exit} calls written in cells
 *       ({@code ExitCalls}).
 *   <li>From Java 23: {@code --sun-misc-unsafe-memory-access=allow}. Tablesaw's start scans its jars with
 *       ClassGraph, which unmaps what it read through {@code sun.misc.Unsafe::invokeCleaner}; from
 *       Java 24 the JVM warns about it in four lines (JEP 498). The option does not exist before 23
 *       (a JVM given it would not start).
 *   <li>From Java 24: {@code --enable-native-access=ALL-UNNAMED} ({@link #accessOptions}).
 * </ul>
 */
final class JavaReleases {
  /** The first release without a security manager. */
  static final int NO_SECURITY_MANAGER = 24;
  /** The first release that knows {@code --sun-misc-unsafe-memory-access}. */
  static final int UNSAFE_ACCESS_OPTION = 23;

  /** The first release that warns when code outside the JDK calls a restricted method (JEP 472). */
  static final int NATIVE_ACCESS_WARNING = 24;
  private static final Pattern OPENS = Pattern.compile("--add-opens=([\\w.]+)/([\\w.]+)=\\S+");

  private JavaReleases() {}

  /**
   * The options that keep the JVM from warning about what the libraries do, on Java {@code
   * feature}: from Java 23 {@code --sun-misc-unsafe-memory-access=allow} (ClassGraph, Spark's
   * memory management), from Java 24 {@code --enable-native-access=ALL-UNNAMED} (Parquet's Snappy
   * codec and Hadoop's {@code NativeCodeLoader} load native libraries; the JVM warns in four lines
   * about each otherwise). The kernel and the Spark JVM take them; the launcher applies the same
   * rules to its java.
   */
  static List<String> accessOptions(int feature) {
    List<String> options = new ArrayList<>();
    if (feature >= UNSAFE_ACCESS_OPTION) {
      options.add("--sun-misc-unsafe-memory-access=allow");
    }
    if (feature >= NATIVE_ACCESS_WARNING) {
      options.add("--enable-native-access=ALL-UNNAMED");
    }
    return options;
  }

  /**
   * The {@code --add-opens=MODULE/PACKAGE=TARGET} options of {@code options} (separated by white
   * space) whose package this JVM's module has: Spark's list names {@code sun.security.action},
   * which Java 24 no longer has, and a JVM told to open a package it lacks warns on stderr.
   * Options of another form are kept as they are.
   */
  static List<String> present(String options) {
    List<String> out = new ArrayList<>();
    for (String o : options.trim().split("\\s+")) {
      if (o.isEmpty()) {
        continue;
      }
      Matcher m = OPENS.matcher(o);
      if (!m.matches() || ModuleLayer.boot().findModule(m.group(1))
          .map(module -> module.getPackages().contains(m.group(2))).orElse(false)) {
        out.add(o);
      }
    }
    return out;
  }

  /** The release-dependent options of a kernel running on Java {@code feature}. */
  static List<String> kernelOptions(int feature) {
    if (feature < 17) {
      throw new IllegalArgumentException("Java " + feature + " is too old: KOLScope needs Java 17 or later");
    }
    List<String> options = new ArrayList<>();
    if (feature < NO_SECURITY_MANAGER) {
      options.add("-Djava.security.manager=allow");
      options.add("--add-opens=java.base/java.lang=ALL-UNNAMED");
    }
    options.addAll(accessOptions(feature));
    return options;
  }
}
