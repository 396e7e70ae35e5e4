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

  private volatile Object lastValue = NO_VALUE;

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
      created = new CapturingExecutionControl();
      return created;
    }

    CapturingExecutionControl control() {
      return created;
    }
  }
}
