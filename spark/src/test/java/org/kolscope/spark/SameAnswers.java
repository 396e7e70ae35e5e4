package org.kolscope.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.kolscope.io.LoadReport;
import org.kolscope.io.Problem;
import org.kolscope.rules.AuditResult;
import org.kolscope.rules.KolAudit;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Asserts that the Spark path gave the single-machine path's answers. */
final class SameAnswers {
  /** Relative tolerance of every number (ratios, z-scores, tier statistics). */
  static final double RELATIVE = 1e-12;

  private SameAnswers() {}

  /**
   * Every KOL's verdict, tier and per-kind scores, and every cell of the per-KOL table (its ratio
   * columns to {@value #RELATIVE} relative), in the same order.
   */
  static void audits(AuditResult local, AuditResult spark) {
    List<KolAudit> a = local.kolAudits();
    List<KolAudit> b = spark.kolAudits();
    assertThat(b).hasSameSizeAs(a);
    for (int i = 0; i < a.size(); i++) {
      assertThat(b.get(i).kolId()).isEqualTo(a.get(i).kolId());
      assertThat(b.get(i).verdict()).as(a.get(i).kolId()).isEqualTo(a.get(i).verdict());
      assertThat(b.get(i).tier()).as(a.get(i).kolId()).isEqualTo(a.get(i).tier());
      var sa = a.get(i).signals();
      var sb = b.get(i).signals();
      assertThat(sb).hasSameSizeAs(sa);
      for (int s = 0; s < sa.size(); s++) {
        assertThat(sb.get(s).signal()).isEqualTo(sa.get(s).signal());
        close(sb.get(s).value(), sa.get(s).value(), a.get(i).kolId() + " " + sa.get(s).signal());
        close(sb.get(s).z(), sa.get(s).z(), a.get(i).kolId() + " z " + sa.get(s).signal());
      }
      var ka = a.get(i).scores();
      var kb = b.get(i).scores();
      assertThat(kb).hasSameSizeAs(ka);
      for (int s = 0; s < ka.size(); s++) {
        close(kb.get(s).score(), ka.get(s).score(), a.get(i).kolId() + " " + ka.get(s).kind());
      }
    }
    tables(local.toTable(), spark.toTable());
    tables(local.flags(), spark.flags());
    assertThat(spark.verdictCounts()).isEqualTo(local.verdictCounts());
    assertThat(spark.summary().toString()).isEqualTo(local.summary().toString());
  }

  private static void close(double actual, double expected, String what) {
    if (Double.isNaN(expected)) {
      assertThat(actual).as(what).isNaN();
    } else {
      assertThat(actual).as(what).isCloseTo(expected, within(RELATIVE * Math.max(1, Math.abs(expected))));
    }
  }

  /** Same columns, types and cells; numbers to {@value #RELATIVE} relative. */
  static void tables(Table a, Table b) {
    assertThat(b.columnNames()).isEqualTo(a.columnNames());
    assertThat(b.rowCount()).isEqualTo(a.rowCount());
    int numbers = 0;
    for (int c = 0; c < a.columnCount(); c++) {
      Column<?> x = a.column(c);
      Column<?> y = b.column(c);
      assertThat(y.type()).as(x.name()).isEqualTo(x.type());
      for (int r = 0; r < a.rowCount(); r++) {
        if (x instanceof NumericColumn<?> nx && !x.isMissing(r)) {
          double u = nx.getDouble(r);
          double v = ((NumericColumn<?>) y).getDouble(r);
          assertThat(y.isMissing(r)).as(x.name() + " row " + r).isFalse();
          assertThat(v).as(x.name() + " row " + r).isCloseTo(u, within(RELATIVE * Math.max(1, Math.abs(u))));
          numbers++;
        } else {
          assertThat(y.getUnformattedString(r)).as(x.name() + " row " + r).isEqualTo(x.getUnformattedString(r));
        }
      }
    }
    assertThat(numbers).as("numbers compared").isPositive();
  }

  /** The same rows read and kept, and the same report lines (file aside). */
  static void reports(LoadReport local, LoadReport spark) {
    assertThat(spark.rowsRead()).isEqualTo(local.rowsRead());
    assertThat(spark.rowsKept()).isEqualTo(local.rowsKept());
    assertThat(spark.rejectedRows()).isEqualTo(local.rejectedRows());
    assertThat(lines(spark.problems())).isEqualTo(lines(local.problems()));
  }

  /**
   * Reads {@code file} with the loader and with Spark, checks that the load reports, the tables and
   * the report lines agree, and returns the loader's reading (for what the test is about) and
   * Spark's notes.
   */
  static Read sameAsTheLoader(org.apache.spark.sql.SparkSession spark, java.nio.file.Path file) {
    org.kolscope.io.LoadResult local = org.kolscope.io.KolData.loader()
        .kind(org.kolscope.core.Schema.Kind.POSTS).read(file);
    SparkNotes notes = SparkNotes.read(spark, file.toString());
    reports(local.report(), notes.report());
    tables(local.table(), notes.collect().table());
    problemLines(local.report(), notes);
    return new Read(local, notes);
  }

  /** A file as the loader read it, and as Spark did. */
  record Read(org.kolscope.io.LoadResult local, SparkNotes notes) {}

  /**
   * The public dataset of report lines ({@link SparkNotes#problems()}) holds the loader's lines,
   * note_id repeats across parts included (in any order).
   */
  static void problemLines(LoadReport local, SparkNotes notes) {
    List<String> expected = new java.util.ArrayList<>(local.problems().stream()
        .map(p -> p.line() + "|" + p.column() + "|" + p.value() + "|" + p.reason() + "|" + p.severity().label())
        .toList());
    List<String> actual = new java.util.ArrayList<>(notes.problems().collectAsList().stream()
        .map(r -> r.getLong(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.getString(4) + "|" + r.getString(5))
        .toList());
    java.util.Collections.sort(expected);
    java.util.Collections.sort(actual);
    assertThat(actual).isEqualTo(expected);
  }

  private static List<String> lines(List<Problem> ps) {
    return ps.stream().map(p -> p.line() + " " + p.column() + " '" + p.value() + "' " + p.reason()
        + " " + p.severity()).toList();
  }
}
