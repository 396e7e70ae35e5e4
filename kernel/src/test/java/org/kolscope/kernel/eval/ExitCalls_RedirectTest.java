package org.kolscope.kernel.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ExitCalls} on classes javac compiles here: a redirected call throws {@link
 * ExitGuard.ExitBlocked} from {@code ExitCalls.exit} (the top frame: not the security manager's
 * check, which other tests may have installed in this JVM), and a class without such a call comes
 * back as the same array.
 */
class ExitCalls_RedirectTest {
  @TempDir Path dir;

  /** Compiles {@code source} as public class {@code name} (a {@code Callable<Object>}) and returns its bytes. */
  private byte[] compile(String name, String source) throws Exception {
    Path file = dir.resolve(name + ".java");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", dir.toString(), file.toString());
    assertThat(rc).as("javac").isZero();
    return Files.readAllBytes(dir.resolve(name + ".class"));
  }

  private static Object call(String name, byte[] bytes) throws Exception {
    ClassLoader loader = new ClassLoader(ExitCalls_RedirectTest.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String n) throws ClassNotFoundException {
        if (!n.equals(name)) {
          throw new ClassNotFoundException(n);
        }
        return defineClass(n, bytes, 0, bytes.length);
      }
    };
    Callable<?> c = (Callable<?>) loader.loadClass(name).getDeclaredConstructor().newInstance();
    return c.call();
  }

  private static ExitGuard.ExitBlocked blocked(String name, byte[] bytes) {
    ExitGuard.ExitBlocked e = assertThrows(ExitGuard.ExitBlocked.class, () -> {
      try {
        call(name, bytes);
      } catch (InvocationTargetException ex) {
        throw ex.getCause();
      }
    });
    assertThat(e.getStackTrace()[0].getClassName()).isEqualTo(ExitCalls.class.getName());
    return e;
  }

  @Test
  void directCall_throwsWithItsStatus_andTheCodeAroundStillRuns() throws Exception {
    byte[] bytes = compile("Direct", """
        public class Direct implements java.util.concurrent.Callable<Object> {
          static long big = 9_000_000_000L;   // a long and a double: two-slot pool entries
          static double d = 2.5e300;
          public Object call() {
            String s = "before " + big + " " + d;
            if (s.length() > 3) { System.exit(7); }
            return s;
          }
        }""");

    ExitGuard.ExitBlocked e = blocked("Direct", ExitCalls.redirect(bytes));

    assertThat(e.status()).isEqualTo(7);
    assertThat(e.getMessage()).isEqualTo("System.exit(7) was blocked: the kernel keeps running and keeps its state");
  }

  @Test
  void methodReference_redirectedToo() throws Exception {
    byte[] bytes = compile("Ref", """
        public class Ref implements java.util.concurrent.Callable<Object> {
          public Object call() {
            java.util.function.IntConsumer exit = System::exit;
            exit.accept(3);
            return null;
          }
        }""");

    assertThat(blocked("Ref", ExitCalls.redirect(bytes)).status()).isEqualTo(3);
  }

  @Test
  void noExitCall_sameArray_andOtherSystemCallsUntouched() throws Exception {
    byte[] bytes = compile("NoExit", """
        public class NoExit implements java.util.concurrent.Callable<Object> {
          public Object call() {
            return System.getProperty("no.such.property", "fine") + System.lineSeparator().length();
          }
        }""");

    byte[] out = ExitCalls.redirect(bytes);

    assertThat(out).isSameAs(bytes);
    assertThat(call("NoExit", out)).isEqualTo("fine1");
  }

  @Test
  void notAClassFile_returnedAsItIs() {
    byte[] junk = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    byte[] truncated = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, 0, 9, 1, 0, 40};

    assertThat(ExitCalls.redirect(junk)).isSameAs(junk);
    assertThat(ExitCalls.redirect(truncated)).isSameAs(truncated);
  }
}
