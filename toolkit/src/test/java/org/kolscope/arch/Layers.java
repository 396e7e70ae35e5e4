package org.kolscope.arch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The toolkit's layers, lowest first: a package may depend on its own layer and on the layers
 * listed before it, never on a later one. {@code data} (the generator) is a leaf beside the stack:
 * it may use the layers in {@link #DATA_USES} and nothing depends on it.
 *
 * <p>This list is the rule {@code docs/dev-notes/architecture.md} draws as a picture; the tests
 * {@link Packages_LayersTest} (bytecode, ArchUnit) and {@link Sources_ImportsTest} (source imports,
 * which also see the compile-time constants javac copies into the bytecode) check it.
 */
public final class Layers {
  /** Layer name → the packages in it ({@code ..} includes subpackages, as in ArchUnit). */
  public static final Map<String, List<String>> ORDER = order();

  /** The layers {@code data} may use. */
  public static final List<String> DATA_USES = List.of("core", "io", "metrics", "stats");

  /** The package of the generator, beside the stack. */
  public static final String DATA = "org.kolscope.data..";

  private Layers() {}

  private static Map<String, List<String>> order() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("core", List.of("org.kolscope.core.."));
    m.put("io", List.of("org.kolscope.io.."));
    m.put("metrics", List.of("org.kolscope.metrics.."));
    m.put("stats", List.of("org.kolscope.stats"));
    m.put("stats methods", List.of("org.kolscope.stats.groups..", "org.kolscope.stats.scaling..",
        "org.kolscope.stats.benford..", "org.kolscope.stats.regression.."));
    m.put("stats.outliers", List.of("org.kolscope.stats.outliers.."));
    m.put("evidence", List.of("org.kolscope.evidence.."));
    m.put("rules", List.of("org.kolscope.rules.."));
    m.put("tiers", List.of("org.kolscope.tiers.."));
    m.put("timing", List.of("org.kolscope.timing.."));
    m.put("charts", List.of("org.kolscope.charts.."));
    m.put("report", List.of("org.kolscope.report.."));
    return m;
  }

  /** The layer of a package, or null when it is in none (then {@code data}, or not ours). */
  public static String layerOf(String pkg) {
    for (Map.Entry<String, List<String>> e : ORDER.entrySet()) {
      for (String p : e.getValue()) {
        if (matches(pkg, p)) {
          return e.getKey();
        }
      }
    }
    return matches(pkg, DATA) ? "data" : null;
  }

  /** Whether a package matches an ArchUnit-style identifier ({@code a.b..} or exactly {@code a.b}). */
  static boolean matches(String pkg, String identifier) {
    if (identifier.endsWith("..")) {
      String base = identifier.substring(0, identifier.length() - 2);
      return pkg.equals(base) || pkg.startsWith(base + ".");
    }
    return pkg.equals(identifier);
  }

  /** Whether code in layer {@code from} may depend on layer {@code to}. */
  public static boolean mayUse(String from, String to) {
    if (from.equals(to)) {
      return true;
    }
    if (from.equals("data")) {
      return DATA_USES.contains(to);
    }
    if (to.equals("data")) {
      return false;
    }
    List<String> names = List.copyOf(ORDER.keySet());
    return names.indexOf(to) < names.indexOf(from);
  }
}
