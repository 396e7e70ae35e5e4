package org.kolscope.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.deploy.SparkHadoopUtil;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.kolscope.cli.NotesEngine;
import org.kolscope.cli.Phrases;
import org.kolscope.io.LoadException;
import org.kolscope.io.LoadReport;
import org.kolscope.rules.NoteParts;
import org.kolscope.rules.NoteStage;

/**
 * {@code kolscope audit … --engine spark}: the notes read by {@link SparkNotes} on a session at
 * {@code --master} (default {@code local[*]}, or the master spark-submit set), then handed to the
 * audit command as the loader would hand them.
 */
public final class SparkEngine implements NotesEngine {
  @Override
  public String name() {
    return "spark";
  }

  @Override
  public Audited audit(Request request, NoteStage stage, PrintWriter err) {
    long t0 = System.nanoTime();
    SparkSession spark;
    try {
      spark = Sessions.start(request.master(), "kolscope audit");
    } catch (IllegalArgumentException e) { // a master Spark cannot run at: bad usage (exit 2)
      throw new org.kolscope.cli.Main.UsageException(e.getMessage());
    }
    try {
      long t1 = System.nanoTime();
      SparkNotes notes = SparkNotes.read(spark, request.file(), request.mappings(),
          request.delimiter(), request.encoding()).dropDuplicates(request.dropDuplicates()).cache();
      if (notes.slowRead() != null) {
        err.println("kolscope: " + notes.slowRead());
        err.flush();
      }
      LoadReport report = notes.report();
      // --strict: the loader's failure, in the loader's words, before any KOL's work
      LoadException strictFailure = request.strict() ? report.strictFailure() : null;
      if (strictFailure != null) {
        throw strictFailure;
      }
      long t2 = System.nanoTime();
      String[] steps = {""};
      NoteParts parts = SparkParts.of(notes, stage, report.rowsKept(), 0, s -> steps[0] = s);
      long t3 = System.nanoTime();
      // the stage timings, for projections to a cluster (bench/spark)
      err.printf(java.util.Locale.ROOT, "kolscope: Spark %s at %s read %,d notes (%,d rejected) "
          + "in %.1f s and did each KOL's work in %.1f s (%s), after %.1f s to start%n", spark.version(),
          spark.sparkContext().master(), report.rowsKept(), report.rejectedRows(), (t2 - t1) / 1e9,
          (t3 - t2) / 1e9, steps[0], (t1 - t0) / 1e9);
      err.flush();
      return new Audited(parts, report);
    } catch (Exception e) { // Spark's SparkException is checked, and thrown undeclared
      // a master that never answered: Spark stops the session after a minute of retries and the
      // first job then fails with words that do not name the master
      throw spark.sparkContext().isStopped() ? Sessions.cannotStart(spark.sparkContext().master(), e)
          : SparkNotes.taskFailure(e);
    } finally {
      spark.stop(); // the rest of the audit runs on this JVM's heap: give Spark's memory back first
    }
  }

  /**
   * Writes each table as {@code NAME.parquet} (a folder with one part, as Spark writes Parquet) in
   * {@code dir} on this machine: a local session, whatever master read the notes (the tables are
   * small, one row per KOL or per report line).
   */
  @Override
  public void writeTables(java.util.Map<String, tech.tablesaw.api.Table> tables, java.nio.file.Path dir,
      PrintWriter err) {
    SparkSession spark = Sessions.start("local[1]", "kolscope audit: write");
    try {
      List<String> written = new ArrayList<>();
      for (var e : tables.entrySet()) {
        java.nio.file.Path path = dir.resolve(e.getKey() + ".parquet");
        // as a file: URI, since a path alone is on the default file system, which a Hadoop
        // configuration on the class path (HADOOP_CONF_DIR) may make HDFS
        Tables.toSpark(spark, e.getValue()).coalesce(1).write().mode(SaveMode.Overwrite)
            .parquet(path.toAbsolutePath().toUri().toString());
        written.add(path.toString());
      }
      err.println("kolscope: wrote " + Phrases.and(written));
      err.flush();
    } finally {
      spark.stop();
    }
  }

  /**
   * Checks, before any note is read, that {@code location} is on a file system this JVM's Hadoop
   * configuration reaches, and is not a file: else the failure would come after the whole audit.
   */
  @Override
  public void checkOut(String location) {
    try {
      org.apache.hadoop.fs.Path dst = new org.apache.hadoop.fs.Path(location);
      FileSystem fs = fileSystem(dst);
      if (fs.exists(dst) && !fs.getFileStatus(dst).isDirectory()) {
        throw new IOException("it is a file, not a folder");
      }
    } catch (IOException | IllegalArgumentException e) {
      throw cannotWrite(location, e);
    }
  }

  /**
   * Copies what {@code dir} holds into the folder {@code location} with Hadoop's file system for
   * its scheme (HDFS, S3A, …, as the Hadoop configuration on the class path and {@code
   * spark.hadoop.*} properties set it up), replacing files and folders of the same names there.
   */
  @Override
  public void publish(java.nio.file.Path dir, String location, PrintWriter err) {
    List<String> names = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = Files.list(dir)) {
      org.apache.hadoop.fs.Path dst = new org.apache.hadoop.fs.Path(location);
      FileSystem fs = fileSystem(dst);
      fs.mkdirs(dst);
      for (java.nio.file.Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(dst, name);
        if (fs.exists(target)) {
          // a folder copied onto a folder of its name would land inside it
          fs.delete(target, true);
        }
        fs.copyFromLocalFile(false, false, new org.apache.hadoop.fs.Path(p.toUri()), target);
        names.add(name);
      }
    } catch (IOException | IllegalArgumentException e) {
      throw cannotWrite(location, e);
    }
    err.println("kolscope: wrote " + Phrases.and(names) + " into " + location);
    err.flush();
  }

  /**
   * The file system of {@code path}, with the Hadoop configuration a Spark session here would have
   * (the class path's, {@code spark.hadoop.*} properties applied).
   */
  private static FileSystem fileSystem(org.apache.hadoop.fs.Path path) throws IOException {
    Configuration conf = SparkHadoopUtil.get().newConfiguration(new SparkConf());
    return path.getFileSystem(conf);
  }

  private static UncheckedIOException cannotWrite(String location, Exception e) {
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
    IOException io = e instanceof IOException x ? x : new IOException(why, e);
    return new UncheckedIOException("cannot write " + location + ": " + why, io);
  }
}
