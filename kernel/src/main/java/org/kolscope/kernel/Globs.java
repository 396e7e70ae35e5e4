package org.kolscope.kernel;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Expands a path glob ({@code lib/*.jar}, {@code ~/jars/**}{@code /*.jar}) to existing paths, sorted. */
final class Globs {
  private Globs() {}

  static List<Path> resolve(String glob) throws IOException {
    String g = glob.startsWith("~/") ? System.getProperty("user.home") + glob.substring(1) : glob;
    g = g.replace('\\', '/');
    int firstWild = firstWildcard(g);
    if (firstWild < 0) {
      Path p = Path.of(g);
      return Files.exists(p) ? List.of(p) : List.of();
    }
    int slash = g.lastIndexOf('/', firstWild);
    Path base = slash < 0 ? Path.of("") : Path.of(slash == 0 ? "/" : g.substring(0, slash));
    String pattern = slash < 0 ? g : g.substring(slash + 1);
    if (!Files.isDirectory(base.toString().isEmpty() ? Path.of(".") : base)) {
      return List.of();
    }
    Path root = base.toString().isEmpty() ? Path.of(".") : base;
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    int depth = pattern.contains("**") ? Integer.MAX_VALUE : pattern.split("/").length;
    try (Stream<Path> walk = Files.walk(root, depth)) {
      return walk.filter(p -> !p.equals(root))
          .filter(p -> matcher.matches(root.relativize(p)))
          .map(p -> base.toString().isEmpty() ? root.relativize(p) : p)
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private static int firstWildcard(String g) {
    for (int i = 0; i < g.length(); i++) {
      char c = g.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return i;
      }
    }
    return -1;
  }
}
