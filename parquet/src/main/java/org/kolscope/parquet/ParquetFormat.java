package org.kolscope.parquet;

import java.nio.file.Path;
import java.time.ZoneId;
import org.kolscope.io.FormatReader;
import org.kolscope.io.Loader;
import org.kolscope.io.RowSource;

/**
 * Parquet for the toolkit's {@link Loader} (a {@link FormatReader} service): with this module on
 * the class path, {@code KolData.load("notes.parquet")} and {@code kolscope load/audit} read
 * Parquet files and folders of parts through the same row rules as CSV ({@link ParquetRows}).
 */
public final class ParquetFormat implements FormatReader {
  @Override
  public Loader.Format format() {
    return Loader.Format.PARQUET;
  }

  @Override
  public RowSource rows(Path file, ZoneId zone) {
    return new ParquetRows(file, zone);
  }
}
