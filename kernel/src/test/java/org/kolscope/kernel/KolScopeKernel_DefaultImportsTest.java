package org.kolscope.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kolscope.kernel.eval.JShellEvaluator;

/**
 * The kernel's default imports: every toolkit package is imported, the names the README's Java
 * snippets use compile in a cell without an import line, and no simple name is public in two
 * imported packages (which would make it ambiguous in a cell).
 */
class KolScopeKernel_DefaultImportsTest {
  /** Types the README's ```java blocks use without importing them. */
  private static final List<String> README_NAMES = List.of(
      "Table", "Path", "KolData", "LoadResult", "Audit", "AuditResult", "Tiers", "Interactions",
      "AuditReport", "Outliers", "Method", "Grubbs", "Benford", "TierComparison", "Adjustment",
      "JFreeChart", "FollowerEngagementChart", "Charts", "RatioHistogram", "TierBoxChart",
      "BudgetMix", "Generator", "GeneratedData", "DerivedColumns", "Metrics", "Timing", "Content",
      "PostingHeatmap", "HourProfileChart", "ContentBoxChart");

  private static JShellEvaluator eval;

  @BeforeAll
  static void start() {
    eval = new JShellEvaluator(
        Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)),
        KolScopeKernel.DEFAULT_IMPORTS);
  }

  @AfterAll
  static void stop() {
    eval.close();
  }

  @Test
  void everyDefaultImportTakesEffect() {
    assertThat(eval.imports()).containsExactlyElementsOf(KolScopeKernel.DEFAULT_IMPORTS);
  }

  @Test
  void theReadmesTypeNamesResolveWithoutImports() {
    String literals = String.join(", ", README_NAMES.stream().map(n -> n + ".class").toList());
    Object value = eval.eval("List.of(" + literals + ").size()", 1).orElseThrow();
    assertThat(value).isEqualTo(README_NAMES.size());
    assertThat(eval.eval("Adjustment.HOLM.name() + Method.MAD.name()", 2)).contains("HOLMMAD");
  }

  @Test
  void everyToolkitPackageIsImported() throws Exception {
    Set<String> toolkit = new TreeSet<>();
    Path root = Path.of(org.kolscope.io.KolData.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    for (String cls : classesUnder(root, "org/kolscope/")) {
      Class<?> c = Class.forName(cls, false, getClass().getClassLoader());
      if (Modifier.isPublic(c.getModifiers())) {
        toolkit.add(c.getPackageName());
      }
    }
    assertThat(toolkit).contains("org.kolscope.io", "org.kolscope.stats.outliers", "org.kolscope.data");
    assertThat(starImports()).containsAll(toolkit);
  }

  @Test
  void noSimpleNameIsPublicInTwoImportedPackages() throws Exception {
    Map<String, List<String>> packagesOf = new TreeMap<>();
    List<String> packages = new ArrayList<>(starImports());
    packages.add("java.lang");
    for (String pkg : packages) {
      for (String cls : classesOf(pkg)) {
        Class<?> c;
        try {
          c = Class.forName(cls, false, getClass().getClassLoader());
        } catch (LinkageError | ClassNotFoundException e) {
          continue;
        }
        if (Modifier.isPublic(c.getModifiers()) && !c.isAnonymousClass()) {
          packagesOf.computeIfAbsent(c.getSimpleName(), k -> new ArrayList<>()).add(pkg);
        }
      }
    }
    assertThat(packagesOf.keySet().containsAll(List.of("Table", "Outliers", "Adjustment", "Generator", "String")))
        .as("the scan finds the imported packages' classes").isTrue();
    Map<String, List<String>> ambiguous = new TreeMap<>();
    packagesOf.forEach((name, in) -> {
      if (new TreeSet<>(in).size() > 1) {
        ambiguous.put(name, in);
      }
    });
    assertThat(ambiguous).as("simple names public in two default-imported packages").isEmpty();
  }

  private static List<String> starImports() {
    List<String> out = new ArrayList<>();
    for (String imp : KolScopeKernel.DEFAULT_IMPORTS) {
      if (imp.startsWith("import ") && !imp.startsWith("import static ") && imp.endsWith(".*;")) {
        out.add(imp.substring("import ".length(), imp.length() - ".*;".length()));
      }
    }
    return out;
  }

  /** Top-level class names directly in a package, from the JDK image or the class path. */
  private static List<String> classesOf(String pkg) throws IOException, URISyntaxException {
    String dir = pkg.replace('.', '/') + "/";
    List<String> out = new ArrayList<>();
    if (pkg.startsWith("java.")) {
      Path p = FileSystems.getFileSystem(URI.create("jrt:/")).getPath("/packages", pkg);
      try (Stream<Path> modules = Files.list(p)) {
        for (Path m : modules.toList()) {
          out.addAll(classesUnder(m, dir).stream().filter(c -> isDirectlyIn(c, pkg)).toList());
        }
      }
      return out;
    }
    for (URL url : Collections.list(KolScopeKernel_DefaultImportsTest.class.getClassLoader().getResources(dir))) {
      if (url.getProtocol().equals("jar")) {
        try (JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile()) {
          jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(dir) && n.endsWith(".class"))
              .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
              .filter(c -> isDirectlyIn(c, pkg)).forEach(out::add);
        }
      } else {
        Path root = Path.of(url.toURI());
        for (int i = 0; i < pkg.split("\\.").length; i++) {
          root = root.getParent();
        }
        out.addAll(classesUnder(root, dir).stream().filter(c -> isDirectlyIn(c, pkg)).toList());
      }
    }
    return out;
  }

  private static boolean isDirectlyIn(String cls, String pkg) {
    String rest = cls.substring(pkg.length() + 1);
    return cls.startsWith(pkg + ".") && !rest.contains(".") && !rest.contains("$");
  }

  /** Class names in the files under {@code root/prefix} (a folder or a jar's file system). */
  private static List<String> classesUnder(Path root, String prefix) throws IOException {
    if (Files.isRegularFile(root)) {
      try (JarFile jar = new JarFile(root.toFile())) {
        return jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(prefix) && n.endsWith(".class"))
            .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.')).toList();
      }
    }
    Path start = root.resolve(prefix);
    if (!Files.isDirectory(start)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(start)) {
      return walk.map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(n -> n.endsWith(".class") && !n.contains("$"))
          .map(n -> (n.startsWith("/") ? n.substring(1) : n))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.')).toList();
    }
  }
}
