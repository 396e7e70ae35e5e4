package org.kolscope.kernel.eval;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jshell.execution.LoaderDelegate;
import jdk.jshell.spi.ExecutionControl.ClassBytecodes;
import jdk.jshell.spi.ExecutionControl.ClassInstallException;
import jdk.jshell.spi.ExecutionControl.InternalException;

/**
 * The class loader of notebook code: JShell's snippet classes (from the bytes JShell compiles)
 * and every jar or folder added with {@code %classpath} or {@code %maven}, over the kernel's own
 * class path (parent first). The kernel keeps a handle on it, so renderers that such jars bring
 * ({@code Extension}s found by ServiceLoader in this loader) see the same classes as the cells do.
 * JShell's default loader works the same way but keeps its loader to itself.
 */
final class CellClassLoader extends URLClassLoader {
  static {
    registerAsParallelCapable();
  }

  private final Map<String, byte[]> snippetClasses = new ConcurrentHashMap<>();

  CellClassLoader(ClassLoader parent) {
    super("kolscope-cells", new URL[0], parent);
  }

  /** Adds a jar or folder for classes and resources (later lookups only). */
  void add(String path) throws MalformedURLException {
    addURL(new File(path).toURI().toURL());
  }

  /** The snippet classes to define, with their {@code System.exit} calls redirected ({@link ExitCalls}). */
  void declare(ClassBytecodes[] classes) {
    for (ClassBytecodes c : classes) {
      snippetClasses.put(c.name(), ExitCalls.redirect(c.bytecodes()));
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = snippetClasses.get(name);
    if (bytes != null) {
      return defineClass(name, bytes, 0, bytes.length);
    }
    return super.findClass(name);
  }

  /** Hands JShell's local execution this loader. */
  static final class Delegate implements LoaderDelegate {
    private final CellClassLoader loader;

    Delegate(CellClassLoader loader) {
      this.loader = loader;
    }

    @Override
    public void load(ClassBytecodes[] classes) throws ClassInstallException {
      loader.declare(classes);
      boolean[] installed = new boolean[classes.length];
      for (int i = 0; i < classes.length; i++) {
        try {
          loader.loadClass(classes[i].name());
          installed[i] = true;
        } catch (ClassNotFoundException | LinkageError e) {
          throw new ClassInstallException("cannot load snippet class " + classes[i].name() + ": " + e, installed);
        }
      }
    }

    @Override
    public void classesRedefined(ClassBytecodes[] classes) {
      loader.declare(classes);
    }

    @Override
    public void addToClasspath(String path) throws InternalException {
      try {
        for (String entry : path.split(File.pathSeparator)) {
          if (!entry.isBlank()) {
            loader.add(entry);
          }
        }
      } catch (MalformedURLException e) {
        throw new InternalException("cannot add '" + path + "' to the class path: " + e.getMessage());
      }
    }

    @Override
    public Class<?> findClass(String name) throws ClassNotFoundException {
      return loader.loadClass(name);
    }
  }
}
