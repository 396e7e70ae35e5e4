package org.kolscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.kolscope.io.LoadException;
import org.kolscope.io.LoadResult;
import tech.tablesaw.api.Table;

/**
 * Another engine that reads a notes file for {@code kolscope audit --engine NAME} (a {@link
 * java.util.ServiceLoader} service): the {@code spark} module's reads it with Apache Spark. The
 * engine returns the table and the load report the loader would; the audit, its output and its
 * errors are then the command's own, whatever the engine.
 */
public interface NotesEngine {
  /** The name given to {@code --engine}. */
  String name();

  /**
   * Reads {@code request.file()} as notes.
   *
   * @throws LoadException as the loader does, with its message
   */
  LoadResult readNotes(Request request, PrintWriter err);

  /**
   * Writes the command's tables into {@code dir} in the engine's own format as well (Spark:
   * {@code NAME.parquet}), beside the CSV files the command writes.
   *
   * @param tables name → table: {@code kols}, {@code flags} and {@code notes_problems} (the notes'
   *     load report)
   */
  default void writeTables(Map<String, Table> tables, Path dir, PrintWriter err) {}

  /**
   * What to read and how.
   *
   * @param file the notes file (CSV, or Parquet for engines that read it)
   * @param mappings header mappings, source → canonical ({@code --map})
   * @param delimiter the delimiter ({@code --delimiter}), or null to sniff it
   * @param strict fail on the first problems ({@code --strict})
   * @param master where the engine runs (Spark: {@code local[*]}, {@code spark://…}, {@code
   *     yarn}), or null for its default
   */
  record Request(Path file, Map<String, String> mappings, Character delimiter, boolean strict,
      String master) {}
}
