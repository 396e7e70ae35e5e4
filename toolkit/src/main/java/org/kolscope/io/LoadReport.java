package org.kolscope.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kolscope.core.Schema;
import org.kolscope.core.Tabular;
import org.kolscope.io.Problem.Severity;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What a load did: rows read and kept, the columns and their types, and one line for every
 * rejected or suspicious row (file, line, column, raw value, reason). {@code rowsRead ==
 * rowsKept + rejectedRows()}: no row disappears without a line here.
 *
 * @param file the file as given
 * @param format {@code csv}, {@code json} or {@code xlsx}
 * @param encoding the text encoding used (e.g. {@code GB18030}, {@code UTF-8 (BOM)}), or empty
 * @param kind accounts, posts or table
 * @param rowsRead data rows in the file (blank lines excluded)
 * @param rowsKept rows in the table
 * @param columns the table's column names, in order
 * @param types each column's Tablesaw type
 * @param problems the report lines, in file order
 * @param notes how the file was read: delimiter, header mapping, guesses
 */
public record LoadReport(
    String file,
    String format,
    String encoding,
    Schema.Kind kind,
    long rowsRead,
    long rowsKept,
    List<String> columns,
    Map<String, String> types,
    List<Problem> problems,
    List<String> notes)
    implements Tabular {

  public LoadReport {
    columns = List.copyOf(columns);
    types = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(types));
    problems = List.copyOf(problems);
    notes = List.copyOf(notes);
  }

  /** Number of distinct rows rejected. */
  public long rejectedRows() {
    return rowsRead - rowsKept;
  }

  /** Report lines of one severity. */
  public List<Problem> problems(Severity severity) {
    return problems.stream().filter(p -> p.severity() == severity).toList();
  }

  /** Whether anything was rejected or found suspicious. */
  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /**
   * What strict mode throws for this read ({@code --strict}, {@link Loader#strict}): the file, the
   * count of problems by severity and the first 20 of them; null when there are none. One text
   * for every engine that reads the file.
   */
  public LoadException strictFailure() {
    if (!hasProblems()) {
      return null;
    }
    List<Problem> first = problems.subList(0, Math.min(20, problems.size()));
    int noted = problems(Severity.NOTE).size();
    StringBuilder sb = new StringBuilder(file).append(": ").append(problems.size())
        .append(" problem(s) in strict mode (")
        .append(problems(Severity.REJECTED).size()).append(" rejected, ")
        .append(problems(Severity.SUSPICIOUS).size()).append(" suspicious")
        .append(noted > 0 ? ", " + noted + " kept as missing" : "").append(")");
    for (Problem p : first) {
      sb.append("\n  ").append(p);
    }
    return new LoadException(sb.toString(), problems, null);
  }

  /**
   * One line for logs: {@code file: N row(s) rejected, M suspicious (first: …)}; empty when there
   * are no problems.
   */
  public String problemLine() {
    if (!hasProblems()) {
      return "";
    }
    int noted = problems(Severity.NOTE).size();
    return file + ": " + rejectedRows() + " row(s) rejected, "
        + problems(Severity.SUSPICIOUS).size() + " suspicious"
        + (noted > 0 ? ", " + noted + " cell(s) kept as missing" : "")
        + " (first: " + problems.get(0) + ")";
  }

  /** The report lines as a table: file, line, column, value, reason, severity. */
  @Override
  public Table toTable() {
    Table t = Table.create("load report: " + file);
    StringColumn f = StringColumn.create("file");
    LongColumn line = LongColumn.create("line");
    StringColumn col = StringColumn.create("column");
    StringColumn val = StringColumn.create("value");
    StringColumn reason = StringColumn.create("reason");
    StringColumn sev = StringColumn.create("severity");
    for (Problem p : problems) {
      f.append(p.file());
      line.append(p.line());
      col.append(p.column());
      val.append(p.value());
      reason.append(p.reason());
      sev.append(p.severity().label());
    }
    return t.addColumns(f, line, col, val, reason, sev);
  }

  /** A short summary, then up to 20 problem lines. */
  @Override
  public String toString() {
    return summary(20);
  }

  /** A short summary, then up to {@code maxProblems} problem lines. */
  public String summary(int maxProblems) {
    StringBuilder sb = new StringBuilder();
    sb.append(file).append(": ").append(kind.name().toLowerCase(java.util.Locale.ROOT))
        .append(", ").append(format);
    if (!encoding.isEmpty()) {
      sb.append(", ").append(encoding);
    }
    sb.append('\n');
    sb.append("rows read ").append(rowsRead).append(", kept ").append(rowsKept)
        .append(", rejected ").append(rejectedRows())
        .append(", suspicious ").append(problems(Severity.SUSPICIOUS).size());
    int noted = problems(Severity.NOTE).size();
    if (noted > 0) {
      sb.append(", cells kept as missing ").append(noted);
    }
    sb.append('\n');
    sb.append("columns:");
    types.forEach((c, t) -> sb.append(' ').append(c).append(" (").append(t).append(')'));
    sb.append('\n');
    if (!notes.isEmpty()) {
      sb.append("notes: ").append(String.join("; ", notes)).append('\n');
    }
    int shown = 0;
    for (Problem p : problems) {
      if (shown++ == maxProblems) {
        sb.append("… and ").append(problems.size() - maxProblems).append(" more\n");
        break;
      }
      sb.append("  ").append(p).append('\n');
    }
    return sb.toString().stripTrailing();
  }
}
