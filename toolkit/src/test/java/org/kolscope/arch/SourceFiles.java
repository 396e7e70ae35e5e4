package org.kolscope.arch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads Java sources as text for the checks bytecode cannot make: a fully qualified toolkit name
 * written inline (it hides a dependency from the imports, and a compile-time constant leaves no
 * trace in the bytecode at all) and the packages a file imports.
 */
public final class SourceFiles {
  /** A toolkit type named with its package, e.g. {@code metrics.Cells} in full. */
  static final Pattern QUALIFIED = Pattern.compile("\\borg\\.kolscope\\.[a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)*\\.[A-Z]\\w*");

  private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?(org\\.kolscope\\.[\\w.]+?)\\.[A-Z]", Pattern.MULTILINE);
  private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);

  private SourceFiles() {}

  /** Every {@code .java} file under the given folders (folders that do not exist are skipped). */
  public static List<Path> javaFiles(Path... roots) {
    List<Path> out = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(out::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** The text of a file. */
  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code text} with the contents of string literals, text blocks and character literals blanked
   * (a class name in a string, such as the kernel's main class handed to a new JVM, is data, not a
   * reference), line breaks kept so line numbers stay right. Comments are kept: a qualified name in
   * Javadoc is still an inline name.
   */
  static String withoutStrings(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
        int end = text.indexOf('\n', i);
        end = end < 0 ? n : end;
        sb.append(text, i, end);
        i = end;
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        sb.append(text, i, end);
        i = end;
      } else if (text.startsWith("\"\"\"", i)) {
        int end = text.indexOf("\"\"\"", i + 3);
        while (end > 0 && text.charAt(end - 1) == '\\') {
          end = text.indexOf("\"\"\"", end + 1);
        }
        end = end < 0 ? n : end + 3;
        blank(sb, text, i, end);
        i = end;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && text.charAt(j) != c && text.charAt(j) != '\n') {
          j += text.charAt(j) == '\\' ? 2 : 1;
        }
        int end = Math.min(n, j + 1);
        blank(sb, text, i, end);
        i = end;
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }

  private static void blank(StringBuilder sb, String text, int from, int to) {
    for (int k = from; k < to; k++) {
      sb.append(text.charAt(k) == '\n' ? '\n' : ' ');
    }
  }

  /**
   * The inline qualified toolkit names of a source text, as {@code line: name}, outside {@code
   * package} and {@code import} lines and string literals.
   */
  public static List<String> inlineQualifiedNames(String text) {
    List<String> out = new ArrayList<>();
    String[] lines = withoutStrings(text).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("import ") || line.startsWith("package ")) {
        continue;
      }
      Matcher m = QUALIFIED.matcher(lines[i]);
      while (m.find()) {
        out.add((i + 1) + ": " + m.group());
      }
    }
    return out;
  }

  /** The package a source declares. */
  public static String packageOf(String text) {
    Matcher m = PACKAGE.matcher(text);
    return m.find() ? m.group(1) : "";
  }

  /** The toolkit packages a source imports from (single-type and static imports). */
  public static List<String> importedPackages(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = IMPORT.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
