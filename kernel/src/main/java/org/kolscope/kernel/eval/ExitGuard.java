package org.kolscope.kernel.eval;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.security.Permission;

/**
 * Turns {@code System.exit}/{@code Runtime.halt} in notebook code into an {@link ExitBlocked}
 * exception so the kernel (and every variable in it) survives. Uses the SecurityManager hook,
 * which Java 17–23 still offer (deprecated; from Java 18 the JVM needs
 * {@code -Djava.security.manager=allow}, which the kernelspec passes). Every other permission is
 * granted, so nothing else changes. On a JVM without the hook {@link #install()} returns false
 * and {@code System.exit} ends the kernel process (Jupyter then offers a restart).
 *
 * <p>{@code System.setSecurityManager} prints four "terminally deprecated" warning lines on
 * stderr (the kernel's log) every time, whatever {@code -Djava.security.manager} says, and so
 * does enabling a manager on the command line. The kernelspec therefore also opens
 * {@code java.lang} to the kernel ({@code --add-opens=java.base/java.lang=ALL-UNNAMED}), and the
 * guard is installed through the JDK's own private installer behind that method, after the
 * same "is a security manager allowed" check. Without the option the public method is used.
 */
@SuppressWarnings("removal")
public final class ExitGuard extends SecurityManager {
  private static volatile boolean allowExit;

  /** Thrown in place of ending the JVM. */
  public static final class ExitBlocked extends SecurityException {
    private static final long serialVersionUID = 1L;
    private final int status;

    ExitBlocked(int status) {
      super("System.exit(" + status + ") was blocked: the kernel keeps running and keeps its state");
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  private ExitGuard() {}

  /** Installs the guard once; false when this JVM no longer supports it. */
  public static synchronized boolean install() {
    if (System.getSecurityManager() instanceof ExitGuard) {
      return true;
    }
    ExitGuard guard = new ExitGuard();
    if (installQuietly(guard)) {
      return true;
    }
    try {
      System.setSecurityManager(guard);
      return true;
    } catch (UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /**
   * Installs through {@code System.implSetSecurityManager} (what the public method calls after
   * printing its warning) when {@code java.lang} is open to this class and the JVM allows a
   * security manager; false otherwise, changing nothing.
   */
  static boolean installQuietly(ExitGuard guard) {
    if (!Object.class.getModule().isOpen("java.lang", ExitGuard.class.getModule())) {
      return false;
    }
    try {
      MethodHandles.Lookup system = MethodHandles.privateLookupIn(System.class, MethodHandles.lookup());
      boolean allowed = (boolean) system.findStatic(System.class, "allowSecurityManager",
          MethodType.methodType(boolean.class)).invoke();
      if (!allowed) {
        return false;
      }
      system.findStatic(System.class, "implSetSecurityManager",
          MethodType.methodType(void.class, SecurityManager.class)).invoke(guard);
      return System.getSecurityManager() == guard;
    } catch (Throwable e) {
      return false;
    }
  }

  /** Lets the kernel itself end the process (shutdown request). */
  public static void allowExit() {
    allowExit = true;
  }

  @Override
  public void checkExit(int status) {
    if (!allowExit) {
      throw new ExitBlocked(status);
    }
  }

  @Override
  public void checkPermission(Permission perm) {
    // everything else is allowed
  }

  @Override
  public void checkPermission(Permission perm, Object context) {
    // everything else is allowed
  }
}
