package org.kolscope.kernel.maven.resolver;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.transfer.ArtifactNotFoundException;
import org.eclipse.aether.transfer.ArtifactTransferException;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;
import org.kolscope.kernel.maven.ArtifactResolution;
import org.kolscope.kernel.maven.ResolutionFailure;

/**
 * {@link ArtifactResolution} on Apache Maven Resolver 2 with Maven 3's rules for POMs, scopes
 * and version conflicts (its {@code supplier-mvn3} wiring, no dependency-injection container).
 * Loaded by {@code Maven.ResolverLoader} only; never on the kernel's own class path.
 */
public final class AetherResolution implements ArtifactResolution {
  private final RepositorySystem system;
  private final SessionBuilderSupplier sessions;
  private final Path localRepository;
  private final RemoteRepository remote;

  public AetherResolution(Path localRepository, String remoteUrl) {
    this.system = new RepositorySystemSupplier().get();
    this.sessions = new SessionBuilderSupplier(system);
    this.localRepository = localRepository;
    this.remote = new RemoteRepository.Builder("central", "default", remoteUrl).build();
  }

  @Override
  public List<Path> resolve(List<String> coordinates, boolean offline) throws ResolutionFailure {
    CollectRequest collect = new CollectRequest();
    for (String c : coordinates) {
      collect.addDependency(new Dependency(new DefaultArtifact(c), JavaScopes.RUNTIME));
    }
    collect.setRepositories(List.of(remote));
    DependencyRequest request = new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
    try (RepositorySystemSession.CloseableSession session = sessions.get()
        .withLocalRepositoryBaseDirectories(localRepository)
        .setOffline(offline)
        .setSystemProperties(System.getProperties())
        .build()) {
      List<Path> jars = new ArrayList<>();
      for (ArtifactResult r : system.resolveDependencies(session, request).getArtifactResults()) {
        jars.add(r.getArtifact().getPath());
      }
      return jars;
    } catch (DependencyResolutionException e) {
      throw failure(e, coordinates);
    } catch (IllegalArgumentException e) {
      throw new ResolutionFailure(ResolutionFailure.Kind.OTHER, e.getMessage());
    }
  }

  private ResolutionFailure failure(DependencyResolutionException e, List<String> coordinates) {
    String where = remote.getUrl();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ArtifactNotFoundException nf) {
        return new ResolutionFailure(ResolutionFailure.Kind.NOT_FOUND,
            coordinatesOf(nf.getArtifact(), coordinates) + " was not found in " + where);
      }
      if (t instanceof UnknownHostException || t instanceof ConnectException
          || t instanceof NoRouteToHostException || t instanceof SocketTimeoutException) {
        return new ResolutionFailure(ResolutionFailure.Kind.UNREACHABLE, "cannot reach " + where + " (" + t.getMessage()
            + ") and " + String.join(", ", coordinates) + " is not all in " + localRepository);
      }
      if (t instanceof ArtifactTransferException te && te.getArtifact() != null && t.getCause() == null) {
        return new ResolutionFailure(ResolutionFailure.Kind.OTHER, firstLine(t.getMessage()));
      }
    }
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return new ResolutionFailure(ResolutionFailure.Kind.OTHER, firstLine(root.getMessage() == null ? e.getMessage() : root.getMessage()));
  }

  private static String coordinatesOf(org.eclipse.aether.artifact.Artifact a, List<String> asked) {
    if (a == null) {
      return String.join(", ", asked);
    }
    String ext = "jar".equals(a.getExtension()) || "pom".equals(a.getExtension()) ? "" : ":" + a.getExtension();
    String cls = a.getClassifier().isEmpty() ? "" : ":" + a.getClassifier();
    return a.getGroupId() + ":" + a.getArtifactId() + ext + cls + ":" + a.getVersion();
  }

  private static String firstLine(String s) {
    return s == null ? "resolution failed" : s.lines().findFirst().orElse(s);
  }
}
