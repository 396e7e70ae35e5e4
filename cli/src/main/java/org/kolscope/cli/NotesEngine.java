package org.kolscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.kolscope.io.LoadException;
import org.kolscope.io.LoadReport;
import org.kolscope.rules.Audit;
import org.kolscope.rules.NoteParts;
import org.kolscope.rules.NoteStage;
import tech.tablesaw.api.Table;

/**
 * Another engine for the notes of {@code kolscope audit --engine NAME} (a {@link
 * java.util.ServiceLoader} service): the {@code spark} module's reads them with Apache Spark and
 * does each KOL's work where the notes are ({@link NoteStage}). The engine returns the per-KOL
 * parts and the load report the loader would give; the rest of the audit, its output and its errors
 * are the command's own, whatever the engine.
 */
public interface NotesEngine {
  /** The name given to {@code --engine}. */
  String name();

  /**
   * Reads {@code request.file()} as notes and computes {@code stage}'s parts on them.
   *
   * @throws LoadException as the loader does, with its message
   */
  Audited audit(Request request, NoteStage stage, PrintWriter err);

  /**
   * What an engine gives the audit.
   *
   * @param parts the per-KOL parts ({@link Audit#posts(NoteParts)})
   * @param report the notes' load report, as the loader's
   */
  record Audited(NoteParts parts, LoadReport report) {}

  /**
   * Writes the command's tables into {@code dir} in the engine's own format as well (Spark:
   * {@code NAME.parquet}), beside the CSV files the command writes.
   *
   * @param tables name → table: {@code kols}, {@code flags} and {@code notes_problems} (the notes'
   *     load report)
   */
  default void writeTables(Map<String, Table> tables, Path dir, PrintWriter err) {}

  /**
   * Copies what {@code dir} holds (files and folders) into {@code location}, a folder on a file
   * system this engine writes ({@code hdfs://…}, {@code s3a://…}: {@code audit --out}), replacing
   * what has the same names there.
   *
   * @throws java.io.UncheckedIOException {@code cannot write hdfs://…: reason}
   */
  default void publish(Path dir, String location, PrintWriter err) {
    checkOut(location);
  }

  /**
   * Fails, before any work, when {@link #publish} could not write into {@code location}: a file
   * system this engine does not reach, or a file there.
   *
   * @throws java.io.UncheckedIOException {@code cannot write gs://…: No FileSystem for scheme "gs"}
   */
  default void checkOut(String location) {
    throw new UnsupportedOperationException("the " + name() + " engine writes no file system but "
        + "this machine's: cannot write " + location);
  }

  /**
   * What to read and how.
   *
   * @param file the notes file (CSV, or Parquet for engines that read it): a path on this machine,
   *     or a URI of a file system the engine reads ({@code hdfs://…}, {@code s3a://…}), as given
   * @param mappings header mappings, source → canonical ({@code --map})
   * @param delimiter the delimiter ({@code --delimiter}), or null to sniff it
   * @param encoding the text's encoding ({@code --encoding}), or null to detect it as the loader
   *     does
   * @param strict fail on the first problems ({@code --strict})
   * @param dropDuplicates reject a row whose note id an earlier kept row has ({@code
   *     --drop-duplicates})
   * @param master where the engine runs (Spark: {@code local[*]}, {@code spark://…}, {@code
   *     yarn}), or null for its default
   */
  record Request(String file, Map<String, String> mappings, Character delimiter,
      java.nio.charset.Charset encoding, boolean strict, boolean dropDuplicates, String master) {}
}
