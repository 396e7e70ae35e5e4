package org.kolscope.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** {@link Sessions}: which masters get the cluster jar shipped, and where it is looked for. */
class Sessions_MasterTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "local|false",
      "local[*]|false",
      "local[2]|false",
      "local[2,3]|false",
      "' local[4] '|false",
      "local-cluster[1,1,1024]|true",
      "spark://master:7077|true",
      "yarn|true",
      "k8s://https://host:6443|true",
  })
  void executorsElsewhere_allButTheInProcessMasters(String master, boolean elsewhere) {
    assertThat(Sessions.executorsElsewhere(master)).isEqualTo(elsewhere);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "local", "local[*]", "local[2]", "local[2,3]", "'local[*, 4]'", "local-cluster[1,1,1024]",
      "local-cluster[ 2 , 1 , 512 ]", "spark://master:7077", "spark://a:7077,b:7077",
  })
  void checkMaster_acceptsTheMastersSparkCoreRuns(String master) {
    Sessions.checkMaster(master);
  }

  @Test
  void checkMaster_acceptsYarn_whoseManagerThisBuildCarries() {
    Sessions.checkMaster("yarn");
  }

  @Test
  void yarnConfiguration_aFolderInEitherVariable_isEnough(@org.junit.jupiter.api.io.TempDir Path dir) {
    Sessions.checkYarnConfiguration("yarn", java.util.Map.of("HADOOP_CONF_DIR", dir.toString()));
    Sessions.checkYarnConfiguration("yarn", java.util.Map.of("YARN_CONF_DIR", dir.toString()));
    Sessions.checkYarnConfiguration("yarn", java.util.Map.of("HADOOP_CONF_DIR", dir.resolve("none").toString(),
        "YARN_CONF_DIR", dir.toString()));
  }

  @Test
  void yarnConfiguration_noneOrNotAFolder_namesWhatToSet(@org.junit.jupiter.api.io.TempDir Path dir) {
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> Sessions.checkYarnConfiguration("yarn", java.util.Map.of("HADOOP_CONF_DIR", " ")));
    assertThat(none.getMessage()).isEqualTo("--master yarn needs the cluster's Hadoop configuration: set "
        + "HADOOP_CONF_DIR (or YARN_CONF_DIR) to the folder holding its yarn-site.xml and core-site.xml, "
        + "as spark-submit needs it");
    Path missing = dir.resolve("conf");
    IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
        () -> Sessions.checkYarnConfiguration("yarn", java.util.Map.of("YARN_CONF_DIR", missing.toString())));
    assertThat(wrong.getMessage()).endsWith("core-site.xml; YARN_CONF_DIR=" + missing + " (not a folder)");
  }

  @Test
  void yarnJars_theClassPathsJarFiles_absolute_folderAndMissingEntriesLeftOut(
      @org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
    Path a = java.nio.file.Files.createFile(dir.resolve("a.jar"));
    Path b = java.nio.file.Files.createFile(dir.resolve("b.jar"));
    String cp = String.join(java.io.File.pathSeparator, a.toString(), dir.toString(),
        dir.resolve("gone.jar").toString(), b.toString());
    assertThat(Sessions.yarnJars(cp)).isEqualTo(a + "," + b);
    assertThat(Sessions.yarnJars(dir.toString())).isNull();
  }

  @Test
  void isYarn_yarnAndItsOldForms() {
    assertThat(Sessions.isYarn(" yarn ")).isTrue();
    assertThat(Sessions.isYarn("yarn-client")).isTrue();
    assertThat(Sessions.isYarn("spark://yarn:7077")).isFalse();
    assertThat(Sessions.isYarn("local[*]")).isFalse();
  }

  @Test
  void checkMaster_acceptsWhatAClusterManagerOnTheClassPathAccepts() {
    Sessions.checkMaster(TestClusterManager.SCHEME + "cluster:1234");
    assertThrows(IllegalArgumentException.class, () -> Sessions.checkMaster("kolscope-other://cluster:1234"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "k8s://https://host:6443|--master k8s://https://host:6443: this build of the Spark engine has no Kubernetes support",
      "local[two]|--master 'local[two]': not a master Spark knows",
      "spark://|--master 'spark://': not a master Spark knows",
      "localhost:7077|--master 'localhost:7077': not a master Spark knows",
  })
  void checkMaster_namesWhatCannotRunAndWhatToDo(String master, String start) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sessions.checkMaster(master));
    assertThat(e.getMessage()).startsWith(start).contains("spark-submit");
  }

  @Test
  void taskFailure_theTasksOwnException_notSparksWordsAroundIt() {
    IllegalArgumentException own = new IllegalArgumentException("cannot derive accounts from notes");
    Exception aborted = new org.apache.spark.SparkException("Job aborted due to stage failure: Task 0 "
        + "in stage 12.0 failed 1 times, most recent failure: Lost task 0.0: " + own, own);
    assertThat(SparkNotes.taskFailure(aborted)).isSameAs(own);
    org.kolscope.io.LoadException load = new org.kolscope.io.LoadException("notes.csv: line 3: bad");
    assertThat(SparkNotes.taskFailure(new org.apache.spark.SparkException("Job aborted",
        new IllegalStateException("wrapped", load)))).isSameAs(load);
    Exception bare = new org.apache.spark.SparkException("no cause");
    assertThat(SparkNotes.taskFailure(bare)).isInstanceOf(IllegalStateException.class).hasMessage("no cause")
        .hasCause(bare);
  }

  @Test
  void cannotStart_namesTheMasterAndKeepsSparksReason() {
    IllegalStateException e = Sessions.cannotStart("spark://127.0.0.1:7999",
        new IllegalStateException("LiveListenerBus is stopped."));
    assertThat(e).hasMessage("Spark could not start at master spark://127.0.0.1:7999 (no master "
        + "answered there, or it refused the application; Spark's log above says which): "
        + "LiveListenerBus is stopped.").hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void clusterJarProperty_namingNoFile_saysSo() {
    String old = System.getProperty(Sessions.CLUSTER_JAR);
    System.setProperty(Sessions.CLUSTER_JAR, "/no/such/cluster.jar");
    try {
      IllegalStateException e = assertThrows(IllegalStateException.class, Sessions::clusterJar);
      assertThat(e).hasMessage("-D" + Sessions.CLUSTER_JAR + " names " + Path.of("/no/such/cluster.jar")
          + ", which is not a file");
    } finally {
      if (old == null) {
        System.clearProperty(Sessions.CLUSTER_JAR);
      } else {
        System.setProperty(Sessions.CLUSTER_JAR, old);
      }
    }
  }
}
