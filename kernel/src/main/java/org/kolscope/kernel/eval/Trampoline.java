package org.kolscope.kernel.eval;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Runs a snippet's {@code do_it$} method on JShell's own snippet thread and keeps the value it
 * returned as an object, so the kernel can render it (JShell itself only hands back a string).
 * Public because JShell's execution control invokes {@link #run()} reflectively.
 */
public final class Trampoline {
  private static volatile Method target;
  private static volatile Object value;

  private Trampoline() {}

  static void aim(Method doIt) {
    target = doIt;
    value = null;
  }

  static Object takeValue() {
    Object v = value;
    value = null;
    target = null;
    return v;
  }

  /** Invokes the aimed snippet method; rethrows what the snippet threw, unwrapped. */
  public static Object run() throws Throwable {
    Method m = target;
    try {
      value = m.invoke(null);
      return null;
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
