package org.kolscope.kernel.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session as the kernel sees it: variables for %whos, user expressions, the cells' class loader. */
class JShellEvaluator_SessionTest {
  private JShellEvaluator eval;

  @BeforeEach
  void start() {
    eval = new JShellEvaluator(Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)),
        List.of("import tech.tablesaw.api.*;"));
  }

  @AfterEach
  void stop() {
    eval.close();
  }

  @Test
  void variablesAreSortedWithTheirObjectsAndWithoutTemporaries() {
    eval.eval("int zeta = 3;\nString alpha = \"a\";\nTable t = Table.create(\"x\");\n1 + 1", 1);

    List<JShellEvaluator.Variable> vars = eval.variables();

    assertThat(vars).extracting(JShellEvaluator.Variable::name).containsExactly("alpha", "t", "zeta");
    assertThat(vars).extracting(JShellEvaluator.Variable::type).containsExactly("String", "Table", "int");
    assertThat(vars.get(0).value()).isEqualTo("a");
    assertThat(vars.get(1).value()).isInstanceOf(tech.tablesaw.api.Table.class);
    assertThat(vars.get(2).value()).isEqualTo(3);
  }

  @Test
  void noVariablesInAFreshSession() {
    assertThat(eval.variables()).isEmpty();
  }

  @Test
  void expressionValueComesBackAndLeavesNoVariable() {
    eval.eval("int base = 20;", 1);

    assertThat(eval.evalExpression("base * 2 + 2", 1)).isEqualTo(42);
    assertThat(eval.evalExpression("base", 1)).isEqualTo(20);
    assertThat(eval.evalExpression("null", 1)).isSameAs(JShellEvaluator.NULL);
    assertThat(eval.variables()).extracting(JShellEvaluator.Variable::name).containsExactly("base");
  }

  @Test
  void declarationsAndStatementsAreRefusedWithoutRunning() {
    eval.eval("int runs = 0;", 1);

    CellError decl = assertThrows(CellError.class, () -> eval.evalExpression("int other = runs++", 1));
    CellError stmt = assertThrows(CellError.class, () -> eval.evalExpression("runs++; runs++;", 1));
    CellError empty = assertThrows(CellError.class, () -> eval.evalExpression("  ", 1));

    assertThat(decl.ename()).isEqualTo("NotAnExpression");
    assertThat(stmt.ename()).isEqualTo("NotAnExpression");
    assertThat(empty.ename()).isEqualTo("NotAnExpression");
    assertThat(eval.evalExpression("runs", 1)).isEqualTo(0);
  }

  @Test
  void brokenExpressionIsACompilationError() {
    CellError e = assertThrows(CellError.class, () -> eval.evalExpression("nosuch + 1", 1));
    assertThat(e.ename()).isEqualTo("CompilationError");
  }

  @Test
  void classesAddedToTheClassPathLoadInTheCellsLoader(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("Greeting.java");
    Files.writeString(src, "package demo; public class Greeting { public String toString() { return \"hi\"; } }");
    assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", dir.resolve("out").toString(), src.toString()))
        .isZero();
    eval.addToClasspath(dir.resolve("out").toString());

    Object made = eval.eval("new demo.Greeting()", 1).orElseThrow();

    assertThat(made.getClass()).isSameAs(eval.classLoader().loadClass("demo.Greeting"));
    assertThat(made.getClass().getClassLoader()).isSameAs(eval.classLoader());
    assertThat(eval.eval("Thread.currentThread().getContextClassLoader()", 2)).contains(eval.classLoader());
  }
}
