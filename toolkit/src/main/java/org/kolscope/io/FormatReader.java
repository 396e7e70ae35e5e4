package org.kolscope.io;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ServiceLoader;

/**
 * A file format that a module outside the toolkit reads for the {@link Loader} (a {@link
 * ServiceLoader} service): Apache Parquet, in {@code kolscope-parquet}. The toolkit does not
 * depend on that module, so a notebook that never reads Parquet never downloads Parquet and
 * Hadoop's jars; the loader looks the service up only when a file is in that format, so reading
 * a CSV loads none of its classes. The rows go through the same {@link TableBuilder} as a CSV's:
 * the same header mapping, count parsing, checks and report lines.
 */
public interface FormatReader {
  /** The format this reader reads. */
  Loader.Format format();

  /**
   * The rows of {@code file} (a file, or a folder of parts where the format has them).
   *
   * @param zone the zone in which to show instants the file stores in UTC ({@link Loader#zone})
   */
  RowSource rows(Path file, ZoneId zone);

  /** The reader of {@code f} on the class path, or null when no module provides one. */
  static FormatReader find(Loader.Format f) {
    for (FormatReader r : ServiceLoader.load(FormatReader.class)) {
      if (r.format() == f) {
        return r;
      }
    }
    return null;
  }
}
