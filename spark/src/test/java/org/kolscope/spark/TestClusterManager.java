package org.kolscope.spark;

import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.ExternalClusterManager;
import org.apache.spark.scheduler.SchedulerBackend;
import org.apache.spark.scheduler.TaskScheduler;

/**
 * A cluster manager found as Spark finds YARN's or Kubernetes' (a {@code ServiceLoader} service of
 * the test class path) that claims the masters {@value #SCHEME}…: {@link Sessions#checkMaster}
 * must let through a master such a manager accepts, as spark-submit's class path with
 * {@code spark-yarn} accepts {@code yarn}. It runs nothing.
 */
public final class TestClusterManager implements ExternalClusterManager {
  static final String SCHEME = "kolscope-test://";

  @Override
  public boolean canCreate(String masterURL) {
    return masterURL.startsWith(SCHEME);
  }

  @Override
  public TaskScheduler createTaskScheduler(SparkContext sc, String masterURL) {
    throw new UnsupportedOperationException("a test manager: it runs nothing");
  }

  @Override
  public SchedulerBackend createSchedulerBackend(SparkContext sc, String masterURL, TaskScheduler scheduler) {
    throw new UnsupportedOperationException("a test manager: it runs nothing");
  }

  @Override
  public void initialize(TaskScheduler scheduler, SchedulerBackend backend) {
    throw new UnsupportedOperationException("a test manager: it runs nothing");
  }
}
