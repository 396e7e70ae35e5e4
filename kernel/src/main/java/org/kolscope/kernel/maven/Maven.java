package org.kolscope.kernel.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code %maven}'s access to a Maven repository (Maven Central unless told otherwise), cached in
 * a local repository ({@code ~/.m2/repository}). The local repository is tried first, offline,
 * so cached artifacts resolve without a network; only what is missing is fetched.
 *
 * <p>Apache Maven Resolver is not on the kernel's class path: its jars sit in a folder
 * {@code resolver/} beside the kernel jar (the build puts them there) and are loaded, with the
 * small class that drives them, in a class loader of their own the first time {@code %maven}
 * runs. So the kernel starts as fast as before, JShell's compiler never sees those jars, and a
 * library a cell adds cannot clash with the resolver's own dependencies.
 */
public final class Maven {
  /** Maven Central's repository URL. */
  public static final String CENTRAL = "https://repo.maven.apache.org/maven2/";
  static final String IMPLEMENTATION = "org.kolscope.kernel.maven.resolver.AetherResolution";

  private final Path localRepository;
  private final String remote;
  private ArtifactResolution resolution;

  public Maven(Path localRepository, String remote) {
    this.localRepository = localRepository;
    this.remote = remote;
  }

  public Path localRepository() {
    return localRepository;
  }

  public String remote() {
    return remote;
  }

  /** Where the repository is, in words: "Maven Central (https://…)" or the URL. */
  public String remoteName() {
    return CENTRAL.equals(remote) ? "Maven Central (" + remote + ")" : remote;
  }

  /** The outcome: jars in class-path order, and whether the network was needed. */
  public record Resolved(List<Path> jars, boolean fromCacheOnly) {}

  /**
   * The jars of {@code coordinates} and their runtime dependencies: from the local repository
   * when all are there, else fetched from the remote repository into it.
   */
  public synchronized Resolved resolve(List<String> coordinates) throws ResolutionFailure {
    Coordinates.check(coordinates);
    ArtifactResolution r = resolution();
    try {
      return new Resolved(r.resolve(coordinates, true), true);
    } catch (ResolutionFailure notCached) {
      return new Resolved(r.resolve(coordinates, false), false);
    }
  }

  private ArtifactResolution resolution() throws ResolutionFailure {
    if (resolution == null) {
      try {
        ClassLoader loader = new ResolverLoader(resolverJars(), Maven.class.getClassLoader());
        resolution = (ArtifactResolution) loader.loadClass(IMPLEMENTATION)
            .getConstructor(Path.class, String.class)
            .newInstance(localRepository, remote);
      } catch (ReflectiveOperationException | LinkageError | IOException | UncheckedIOException e) {
        throw new ResolutionFailure(ResolutionFailure.Kind.OTHER,
            "the Maven resolver could not be loaded (" + e + "); rebuild with ./mvnw package, which puts it in "
                + resolverFolder().map(Path::toString).orElse("resolver/ beside the kernel jar"));
      }
    }
    return resolution;
  }

  /** {@code resolver/} beside the kernel's jar (or its classes folder), if the build made it. */
  static Optional<Path> resolverFolder() {
    try {
      URL where = Maven.class.getProtectionDomain().getCodeSource().getLocation();
      Path self = Path.of(where.toURI());
      return Optional.of(self.toAbsolutePath().getParent().resolve("resolver"));
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static URL[] resolverJars() throws IOException {
    Path dir = resolverFolder().orElse(null);
    List<URL> urls = new ArrayList<>();
    if (dir != null && Files.isDirectory(dir)) {
      try (Stream<Path> jars = Files.list(dir)) {
        for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
          urls.add(jar.toUri().toURL());
        }
      }
    }
    // none: the resolver must be on the kernel's own class path (the kernel's unit tests)
    return urls.toArray(URL[]::new);
  }

  /**
   * Loads the resolver's jars, parent first, except the classes of
   * {@code org.kolscope.kernel.maven.resolver}: those are defined here from the kernel jar's
   * bytes, so that they link against the resolver jars of this loader.
   */
  static final class ResolverLoader extends URLClassLoader {
    private static final String OWN = "org.kolscope.kernel.maven.resolver.";

    static {
      registerAsParallelCapable();
    }

    ResolverLoader(URL[] jars, ClassLoader parent) throws MalformedURLException {
      super("kolscope-maven-resolver", jars, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith(OWN)) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          String resource = name.replace('.', '/') + ".class";
          try (InputStream in = getParent().getResourceAsStream(resource)) {
            if (in == null) {
              throw new ClassNotFoundException(name);
            }
            byte[] bytes = in.readAllBytes();
            c = defineClass(name, bytes, 0, bytes.length);
          } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
          }
        }
        if (resolve) {
          resolveClass(c);
        }
        return c;
      }
    }
  }
}
