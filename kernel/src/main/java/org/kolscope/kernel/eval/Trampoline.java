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

  /**
   * Invokes the aimed snippet method; rethrows what the snippet threw, unwrapped. The snippet's
   * thread gets the cells' class loader as its context loader, so libraries added with
   * {@code %maven} or {@code %classpath} that look up services through it find their own.
   */
  public static Object run() throws Throwable {
    Method m = target;
    Thread.currentThread().setContextClassLoader(m.getDeclaringClass().getClassLoader());
    try {
      value = m.invoke(null);
      return null;
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
