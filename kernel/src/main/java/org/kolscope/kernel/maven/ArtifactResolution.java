package org.kolscope.kernel.maven;

import java.nio.file.Path;
import java.util.List;

/**
 * Resolves Maven coordinates to jar files, the artifacts' runtime dependencies included. The
 * kernel sees only this interface (JDK types): its implementation and Apache Maven Resolver live
 * in a class loader of their own, made the first time {@code %maven} runs.
 */
public interface ArtifactResolution {
  /**
   * The jars of {@code coordinates} ({@code group:artifact:version}) and of their runtime
   * dependencies, in class-path order.
   *
   * @param offline true to use the local repository only
   * @throws ResolutionFailure when an artifact is unknown, unreachable or broken
   */
  List<Path> resolve(List<String> coordinates, boolean offline) throws ResolutionFailure;
}
