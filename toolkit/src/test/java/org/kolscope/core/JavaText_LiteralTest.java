package org.kolscope.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link JavaText}: the literals are checked by javac itself (the JDK's compiler reads each one
 * back into the original string), the one-line escapes against hand-written expectations.
 */
class JavaText_LiteralTest {
  private static final List<String> AWKWARD = List.of(
      "data/notes.csv",
      "C:\\data\\notes.csv",
      "/tmp/a \"quoted\" name.csv",
      "/tmp/tab\there/line\nbreak\r.csv",
      "/tmp/bell\u0007 and nul\u0000.csv",
      "/数据/笔记 2025.csv",
      "\\u0041 stays six characters",
      "");

  @Test
  void literals_readBackByJavac_giveTheSameStrings() throws Exception {
    StringBuilder src = new StringBuilder("public class Lits { public static final String[] V = {");
    for (String s : AWKWARD) {
      src.append(JavaText.literal(s)).append(",\n");
    }
    src.append("}; }");
    Class<?> c = compile("Lits", src.toString());
    Field f = c.getField("V");
    assertThat((String[]) f.get(null)).containsExactlyElementsOf(AWKWARD);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "plain text|plain text",
      "a\\b \"c\"|a\\b \"c\"",
  })
  void escapeControls_leavesPrintableTextAlone(String in, String expected) {
    assertThat(JavaText.escapeControls(in)).isEqualTo(expected);
  }

  @Test
  void escapeControls_putsEveryControlOnOneLine() {
    assertThat(JavaText.escapeControls("a\nb\tc\rd\u0007e")).isEqualTo("a\\nb\\tc\\rd\\u0007e");
  }

  /** Compiles one class in memory and loads it. */
  private static Class<?> compile(String name, String source) throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Map<String, ByteArrayOutputStream> out = new HashMap<>();
    StandardJavaFileManager std = javac.getStandardFileManager(null, null, null);
    JavaFileManager files = new ForwardingJavaFileManager<>(std) {
      @Override
      public JavaFileObject getJavaFileForOutput(Location l, String cls, JavaFileObject.Kind k,
          FileObject sibling) {
        return new SimpleJavaFileObject(URI.create("mem:///" + cls + ".class"), k) {
          @Override
          public java.io.OutputStream openOutputStream() {
            return out.computeIfAbsent(cls, x -> new ByteArrayOutputStream());
          }
        };
      }
    };
    JavaFileObject unit = new SimpleJavaFileObject(URI.create("mem:///" + name + ".java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignore) {
        return source;
      }
    };
    List<String> errors = new ArrayList<>();
    boolean ok = javac.getTask(null, files, d -> errors.add(d.toString()), null, null, List.of(unit)).call();
    assertThat(errors).as("javac on:\n" + source).isEmpty();
    assertThat(ok).isTrue();
    ClassLoader loader = new ClassLoader(JavaText_LiteralTest.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String n) throws ClassNotFoundException {
        ByteArrayOutputStream b = out.get(n);
        if (b == null) {
          throw new ClassNotFoundException(n);
        }
        return defineClass(n, b.toByteArray(), 0, b.size());
      }
    };
    return loader.loadClass(name);
  }
}
