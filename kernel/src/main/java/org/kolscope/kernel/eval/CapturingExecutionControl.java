package org.kolscope.kernel.eval;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;
import java.util.Map;

/**
 * JShell's in-process execution (so cell values are real objects the renderers can draw) with
 * JShell's own stop support: {@link #stop()} ends a running snippet thread, even a tight loop.
 * Snippet classes and added jars load in a {@link CellClassLoader} the kernel can reach.
 */
final class CapturingExecutionControl extends LocalExecutionControl {
  private static final Method RUN;

  static {
    try {
      RUN = Trampoline.class.getMethod("run");
    } catch (NoSuchMethodException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** Sentinel for "this snippet produced no value" (declarations, imports). */
  static final Object NO_VALUE = new Object();

  private final CellClassLoader loader;
  private volatile Object lastValue = NO_VALUE;
  /** Set while {@link #peek} reads a variable through JShell. */
  private volatile boolean peeking;
  private volatile Object peeked;

  CapturingExecutionControl(CellClassLoader loader) {
    super(new CellClassLoader.Delegate(loader));
    this.loader = loader;
  }

  /** The loader of snippet classes and of everything added to the class path. */
  CellClassLoader classLoader() {
    return loader;
  }

  /**
   * The object held by a variable: JShell resolves the variable's class and calls
   * {@link #varValue}, which hands the object back here instead of formatting it.
   */
  synchronized Object peek(jdk.jshell.JShell shell, jdk.jshell.VarSnippet variable) {
    peeking = true;
    peeked = null;
    try {
      shell.varValue(variable);
      return peeked;
    } finally {
      peeking = false;
      peeked = null;
    }
  }

  @Override
  protected String invoke(Method doIt) throws Exception {
    Trampoline.aim(doIt);
    try {
      return super.invoke(RUN);
    } finally {
      lastValue = Trampoline.takeValue();
    }
  }

  /** A bare variable name as the final expression: JShell reads the field instead of invoking. */
  @Override
  public String varValue(String className, String varName)
      throws RunException, EngineTerminationException, InternalException {
    if (peeking) {
      try {
        Field f = findClass(className).getDeclaredField(varName);
        f.setAccessible(true);
        peeked = f.get(null);
      } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
        peeked = null;
      }
      return "";
    }
    String text = super.varValue(className, varName);
    try {
      Field f = findClass(className).getDeclaredField(varName);
      f.setAccessible(true);
      lastValue = f.get(null);
    } catch (ReflectiveOperationException | RuntimeException e) {
      lastValue = text;
    }
    return text;
  }

  /** The value of the last invoked snippet since the previous call, or {@link #NO_VALUE}. */
  Object takeLastValue() {
    Object v = lastValue;
    lastValue = NO_VALUE;
    return v;
  }

  /** Hands JShell this control and remembers it for the evaluator. */
  static final class Provider implements ExecutionControlProvider {
    private volatile CapturingExecutionControl created;

    @Override
    public String name() {
      return "kolscope-local";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
      created = new CapturingExecutionControl(new CellClassLoader(CapturingExecutionControl.class.getClassLoader()));
      return created;
    }

    CapturingExecutionControl control() {
      return created;
    }
  }
}
