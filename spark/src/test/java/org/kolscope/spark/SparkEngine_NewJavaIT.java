package org.kolscope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.kolscope.NewJava;

/**
 * {@code ./kolscope audit … --engine spark --json} with {@code JAVA_HOME} on Java 24 or later
 * ({@link NewJava}): the local engine's bytes, and only kolscope's lines on stderr. Before
 * 2026-12-08 the Spark JVM was handed the launcher's class-data archive, made for the CLI's class
 * path; Java 25 then wrote three {@code [cds]} lines to stdout, into the JSON document, and the
 * Spark JVM's stderr had nine {@code WARNING} lines (a package Java 24 no longer has in Spark's
 * {@code --add-opens} list, {@code sun.misc.Unsafe}, native access).
 */
@EnabledIf("org.kolscope.NewJava#wanted")
class SparkEngine_NewJavaIT {
  @Test
  void shippedData_localEnginesBytes_andOnlyKolscopesLinesOnStderr() throws Exception {
    String accounts = LocalSpark.ROOT.resolve("data/accounts.csv").toString();
    String notes = LocalSpark.ROOT.resolve("data/notes.csv").toString();

    CliRun spark = CliRun.launcher(Map.of("JAVA_HOME", NewJava.home().toString()),
        "audit", accounts, "--posts", notes, "--engine", "spark", "--json");
    CliRun local = CliRun.of("audit", accounts, "--posts", notes, "--json");

    assertThat(spark.status()).as(spark.err()).isZero();
    assertThat(local.status()).as(local.err()).isZero();
    assertThat(spark.out()).isEqualTo(local.out());
    assertThat(spark.err().lines().filter(l -> !l.isBlank()))
        .as(spark.err()).allMatch(l -> l.startsWith("kolscope: "));
  }
}
