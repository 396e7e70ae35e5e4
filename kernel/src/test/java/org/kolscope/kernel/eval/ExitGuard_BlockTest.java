package org.kolscope.kernel.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

class ExitGuard_BlockTest {
  private static JShellEvaluator eval;

  @BeforeAll
  static void start() {
    // Java 17-23 allow a security manager; Java 24 removed it (JEP 486): the cell's own call is
    // then stopped by ExitCalls alone
    assertThat(ExitGuard.install()).as("a security manager on Java " + Runtime.version().feature())
        .isEqualTo(Runtime.version().feature() < 24);
    eval = new JShellEvaluator(Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)), List.of());
  }

  @AfterAll
  static void stop() {
    eval.close();
    ExitGuard.allowExit();  // let the test JVM end normally
  }

  @Test
  void systemExitInACellIsAnErrorAndVariablesSurvive() {
    eval.eval("int kept = 41;", 1);

    CellError e = assertThrows(CellError.class, () -> eval.eval("System.exit(0)", 2));

    assertThat(e.ename()).isEqualTo("SystemExit");
    assertThat(e.evalue()).contains("System.exit(0) was blocked");
    assertThat(eval.eval("kept + 1", 3)).contains(42);
  }

  @Test
  @EnabledForJreRange(max = JRE.JAVA_23) // without a security manager, halt ends the test JVM
  void runtimeHaltIsBlockedToo() {
    CellError e = assertThrows(CellError.class, () -> eval.eval("Runtime.getRuntime().halt(3)", 4));

    assertThat(e.ename()).isEqualTo("SystemExit");
    assertThat(e.evalue()).contains("System.exit(3)");
  }
}
