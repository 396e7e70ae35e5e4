package org.kolscope.io;

import java.nio.file.Path;
import tech.tablesaw.api.Table;

/**
 * One-call loading of KOL datasets for notebooks: {@code KolData.load("notes.csv")}.
 *
 * <p>PLACEHOLDER (foundation in progress): reads a CSV with Tablesaw's defaults. The real loader
 * (encodings, header mapping, count parsing, load report) replaces this body; the signatures stay.
 */
public final class KolData {
  private KolData() {}

  /** Loads a file into a table with canonical column names and types. */
  public static Table load(String path) {
    return load(Path.of(path));
  }

  /** Loads a file into a table with canonical column names and types. */
  public static Table load(Path path) {
    return Table.read().csv(path.toFile());
  }
}
