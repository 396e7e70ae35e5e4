package org.kolscope.cli;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.kolscope.io.CsvOut;
import org.kolscope.io.IoErrors;
import org.kolscope.parquet.ParquetOut;
import tech.tablesaw.api.Table;

/**
 * Writing the commands' output files, with every failure in words ({@link IoErrors}): {@code
 * cannot write X: permission denied}, {@code cannot write into DIR: it is a file, not a folder}.
 */
final class Outputs {
  private Outputs() {}

  /**
   * Fails early, before any data is read, when {@code dir} exists but is not a folder.
   *
   * @return {@code dir}
   */
  static Path checkFolder(Path dir) {
    if (dir != null && Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UncheckedIOException("cannot write into " + dir + ": it is a file, not a folder",
          new IOException(dir.toString()));
    }
    return dir;
  }

  /**
   * Fails early, before any data is read, when {@code file} is an existing folder.
   *
   * @return {@code file}
   */
  static Path checkFile(Path file) {
    if (file != null && Files.isDirectory(file)) {
      throw new UncheckedIOException("cannot write " + file + ": is a directory",
          new IOException(file.toString()));
    }
    return file;
  }

  /** A new empty folder for files written here before an engine copies them elsewhere. */
  static Path stagingFolder() {
    try {
      return Files.createTempDirectory("kolscope-out-");
    } catch (IOException e) {
      throw new UncheckedIOException(IoErrors.cannotWriteInto(Path.of(System.getProperty("java.io.tmpdir")), e), e);
    }
  }

  /**
   * Deletes {@code dir} and what it holds; says on {@code err} what could not be deleted, and goes
   * on.
   */
  static void delete(Path dir, java.io.PrintWriter err) {
    if (!Files.exists(dir)) {
      return;
    }
    try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException | UncheckedIOException e) {
      err.println("kolscope: warning: could not delete " + dir + " (" + e.getMessage() + ")");
      err.flush();
    }
  }

  /** Creates {@code dir} and the folders above it as needed. */
  static Path folder(Path dir) {
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(IoErrors.cannotWriteInto(dir, e), e);
    }
  }

  /**
   * Writes {@code table} as UTF-8 CSV to {@code file} with {@link CsvOut} (shortest round-trip
   * doubles, the formula-injection guard), creating the folders above it.
   */
  static Path csv(Table table, Path file) {
    Remembering stream = null;
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      stream = new Remembering(Files.newOutputStream(file));
      try (Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
        CsvOut.write(table, w);
      }
      return file;
    } catch (IOException | RuntimeException e) {
      // a writer under us may replace a failed write by its own error: the stream remembers it
      IOException io = stream != null && stream.failure != null ? stream.failure : IoErrors.ioException(e);
      if (io == null) {
        throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
      }
      throw new UncheckedIOException(IoErrors.cannotWrite(file, io), io);
    }
  }

  /**
   * Writes {@code table} as Parquet to {@code file} with {@link ParquetOut}, creating the folders
   * above it.
   */
  static Path parquet(Table table, Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      ParquetOut.write(table, file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(IoErrors.cannotWrite(file, e), e);
    } catch (RuntimeException e) {
      IOException io = IoErrors.ioException(e);
      if (io == null) {
        throw e;
      }
      throw new UncheckedIOException(IoErrors.cannotWrite(file, io), io);
    }
  }

  /** {@code table} to {@code file}: Parquet when its name ends with {@code .parquet}, else CSV. */
  static Path table(Table table, Path file) {
    Path n = file.getFileName();
    return n != null && n.toString().toLowerCase(Locale.ROOT).endsWith(".parquet")
        ? parquet(table, file) : csv(table, file);
  }

  /** Remembers the first failure of the stream it wraps. */
  private static final class Remembering extends FilterOutputStream {
    IOException failure;

    Remembering(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        out.close();
      } catch (IOException e) {
        throw remember(e);
      }
    }

    private IOException remember(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }
  }
}
