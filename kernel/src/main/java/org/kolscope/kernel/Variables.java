package org.kolscope.kernel;

import java.lang.reflect.Array;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.kolscope.core.JavaText;
import org.kolscope.kernel.eval.JShellEvaluator.Variable;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Text for {@code %who} and {@code %whos}: names, and a table of name, type and a one-line value. */
final class Variables {
  static final int VALUE_WIDTH = 70;

  private Variables() {}

  static String names(List<Variable> vars) {
    return vars.stream().map(Variable::name).collect(Collectors.joining("\t"));
  }

  /** Aligned columns "Variable", "Type", "Value" with a rule under the header; ends with a newline. */
  static String table(List<Variable> vars) {
    int nameWidth = "Variable".length();
    int typeWidth = "Type".length();
    for (Variable v : vars) {
      nameWidth = Math.max(nameWidth, v.name().length());
      typeWidth = Math.max(typeWidth, v.type().length());
    }
    String format = "%-" + nameWidth + "s   %-" + typeWidth + "s   %s%n";
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, format, "Variable", "Type", "Value"));
    sb.append("-".repeat(nameWidth + typeWidth + 6 + "Value".length())).append(System.lineSeparator());
    for (Variable v : vars) {
      sb.append(String.format(Locale.ROOT, format, v.name(), v.type(), summary(v.value())));
    }
    return sb.toString();
  }

  /** {@code java.util.List<String>} → {@code List}. */
  static String simpleType(String type) {
    String t = type.replaceAll("<.*>", "");
    int dot = t.lastIndexOf('.');
    return dot < 0 ? t : t.substring(dot + 1);
  }

  /** One line saying what a value is: a table's shape, a column's size, a string quoted, … */
  static String summary(Object value) {
    if (value == null) {
      return "null";
    }
    try {
      if (value instanceof Table t) {
        return cut(t.name() + ": " + count(t.rowCount(), "row") + " × " + count(t.columnCount(), "column"));
      }
      if (value instanceof Column<?> c) {
        return cut(c.name() + " (" + c.type().name() + "): " + count(c.size(), "value"));
      }
      if (value instanceof JFreeChart chart) {
        String title = chart.getTitle() == null ? "" : " \"" + chart.getTitle().getText() + "\"";
        return cut("chart" + title);
      }
      if (value instanceof CharSequence s) {
        return cut("\"" + JavaText.escapeControls(s.toString()) + "\"");
      }
      if (value.getClass().isArray()) {
        return value.getClass().getComponentType().getSimpleName() + "[" + Array.getLength(value) + "]";
      }
      if (value instanceof Collection<?> c) {
        return value.getClass().getSimpleName() + ", " + count(c.size(), "element");
      }
      if (value instanceof Map<?, ?> m) {
        return value.getClass().getSimpleName() + ", " + count(m.size(), "entry", "entries");
      }
      return cut(JavaText.escapeControls(String.valueOf(value)));
    } catch (RuntimeException e) {
      return "(" + value.getClass().getSimpleName() + ": toString failed with " + e.getClass().getSimpleName() + ")";
    }
  }

  private static String count(long n, String one) {
    return count(n, one, one + "s");
  }

  private static String count(long n, String one, String many) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
  }

  private static String cut(String s) {
    return s.length() <= VALUE_WIDTH ? s : s.substring(0, VALUE_WIDTH - 1) + "…";
  }
}
