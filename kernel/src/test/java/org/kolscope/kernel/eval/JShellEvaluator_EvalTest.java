package org.kolscope.kernel.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class JShellEvaluator_EvalTest {
  private static JShellEvaluator eval;

  @BeforeAll
  static void start() {
    eval = new JShellEvaluator(
        Arrays.asList(System.getProperty("java.class.path").split(java.io.File.pathSeparator)),
        List.of("import tech.tablesaw.api.*;", "import org.kolscope.nosuchpackage.*;", "import org.kolscope.io.*;"));
  }

  @AfterAll
  static void stop() {
    eval.close();
  }

  @Test
  void finalExpressionValueIsTheObjectItself() {
    assertThat(eval.eval("int a = 20;\nint b = 22;\na + b", 1)).contains(42);
    assertThat(eval.eval("Table t = Table.create(\"x\", IntColumn.create(\"n\", 1, 2, 3));\nt", 2).get())
        .isInstanceOf(tech.tablesaw.api.Table.class);
  }

  @Test
  void declarationsAndVoidCallsShowNothing() {
    assertThat(eval.eval("int declared = 5;", 1)).isEmpty();
    assertThat(eval.eval("void hello() {}\nhello()", 2)).isEmpty();
    assertThat(eval.eval("import java.util.*;", 3)).isEmpty();
  }

  @Test
  void stateCarriesAcrossCells() {
    eval.eval("String kept = \"yes\";", 1);
    assertThat(eval.eval("kept", 2)).contains("yes");
  }

  @Test
  void missingPackageImportIsSkippedAndOthersStay() {
    assertThat(eval.imports()).containsExactly("import tech.tablesaw.api.*;", "import org.kolscope.io.*;");
  }

  @Test
  void compileErrorShowsLineColumnAndCaret() {
    CellError e = assertThrows(CellError.class, () -> eval.eval("int ok = 1;\nint bad = undefinedName + 1;", 7));
    assertThat(e.ename()).isEqualTo("CompilationError");
    assertThat(e.evalue()).contains("cannot find symbol");
    assertThat(e.traceback().get(0)).startsWith("cell [7] line 2, column 11:");
    assertThat(e.traceback().get(1)).isEqualTo("    int bad = undefinedName + 1;");
    assertThat(e.traceback().get(2)).isEqualTo("              ^^^^^^^^^^^^^");
  }

  @Test
  void exceptionTraceIsTrimmedToUserFrames() {
    eval.eval("int one = 1;\n\nint divide(int a, int b) {\n  return a / b;\n}", 3);
    CellError e = assertThrows(CellError.class, () -> eval.eval("int z = 0;\ndivide(1, z)", 4));
    assertThat(e.ename()).isEqualTo("java.lang.ArithmeticException");
    assertThat(e.evalue()).isEqualTo("/ by zero");
    assertThat(String.join("\n", e.traceback()))
        .contains("divide (cell [3] line 4)")
        .contains("cell code (cell [4] line 2)")
        .doesNotContain("jdk.jshell")
        .doesNotContain("Trampoline");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void tightLoopStopsOnInterruptAndTheNextCellRuns() throws Exception {
    CompletableFuture<Throwable> f = CompletableFuture.supplyAsync(() -> {
      try {
        eval.eval("while (true) {}", 5);
        return null;
      } catch (Throwable t) {
        return t;
      }
    });
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!eval.isRunning() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    Thread.sleep(300);
    eval.stop();
    Throwable t = f.get(20, TimeUnit.SECONDS);
    assertThat(t).isInstanceOf(CellError.class);
    assertThat(((CellError) t).ename()).isEqualTo("Interrupted");
    assertThat(eval.eval("6 * 7", 6)).contains(42);
  }

  @Test
  void stdoutOfACellGoesToSystemOut() {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      eval.eval("System.out.println(\"hello, world\")", 8);
    } finally {
      System.setOut(old);
    }
    assertThat(buf.toString(StandardCharsets.UTF_8)).isEqualTo("hello, world\n");
  }

  @Test
  void completionUsesJShellAnalysis() {
    JShellEvaluator.Completion c = eval.complete("int q = 1;\nInteger.MAX_V", 24);
    assertThat(c.matches()).containsExactly("MAX_VALUE");
    assertThat(c.start()).isEqualTo(19);
    assertThat(c.end()).isEqualTo(24);
  }

  @Test
  void inspectGivesTheSignature() {
    assertThat(eval.inspect("Math.max", 8)).hasValueSatisfying(s -> assertThat(s).contains("int Math.max(int a, int b)"));
  }

  @Test
  void isCompleteSeesOpenBlocksAndGarbage() {
    assertThat(eval.isComplete("1 + 1").status()).isEqualTo("complete");
    assertThat(eval.isComplete("for (int i = 0; i < 3; i++) {").status()).isEqualTo("incomplete");
    assertThat(eval.isComplete("for (int i = 0; i < 3; i++) {").indent()).isEqualTo("    ");
    assertThat(eval.isComplete("int x = 1 +").status()).isEqualTo("incomplete");
  }
}
