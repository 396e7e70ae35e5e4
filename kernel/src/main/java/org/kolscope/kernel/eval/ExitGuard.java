package org.kolscope.kernel.eval;

import java.security.Permission;

/**
 * Turns {@code System.exit}/{@code Runtime.halt} in notebook code into an {@link ExitBlocked}
 * exception so the kernel (and every variable in it) survives. Uses the SecurityManager hook,
 * which Java 17–23 still offer (deprecated; from Java 18 the JVM needs
 * {@code -Djava.security.manager=allow}, which the kernelspec passes). Every other permission is
 * granted, so nothing else changes. On a JVM without the hook {@link #install()} returns false
 * and {@code System.exit} ends the kernel process (Jupyter then offers a restart).
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
    try {
      System.setSecurityManager(new ExitGuard());
      return true;
    } catch (UnsupportedOperationException | SecurityException e) {
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
