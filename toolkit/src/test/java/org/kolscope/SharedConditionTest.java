package org.kolscope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The {@link NeedsShared} rule and its summary line, on sample classes that need a folder no
 * {@code shared/} has: not run with the reason (or, under {@code KOLSCOPE_REQUIRE_REAL_DATA=1}, as
 * in CI, failed with the "required" message), counted by {@link SharedSummaryListener}. The
 * samples are nested classes, which Surefire does not run by themselves.
 */
class SharedConditionTest {
  private static final String MISSING = "kolscope-test-no-such-folder";

  @NeedsShared(value = MISSING, what = "sample files")
  static class WholeClassSample {
    @Test
    void one() {}

    @Test
    void two() {}
  }

  static class OneMethodSample {
    @Test
    @NeedsShared(value = MISSING, what = "sample files")
    void needsShared() {}

    @Test
    void doesNot() {}
  }

  /** What happened to each test and container: display name → "SKIPPED reason" or status. */
  private static final class Outcomes implements TestExecutionListener {
    final List<String> lines = new ArrayList<>();

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
      lines.add(id.getDisplayName() + " SKIPPED " + reason);
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
      lines.add(id.getDisplayName() + " " + result.getStatus()
          + result.getThrowable().map(t -> " " + t.getMessage()).orElse(""));
    }
  }

  /** Runs {@code sample} in a launcher of its own (no auto-registered listeners). */
  private static List<String> run(Class<?> sample, SharedSummaryListener summary) {
    Launcher launcher = LauncherFactory.create(
        LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build());
    Outcomes outcomes = new Outcomes();
    launcher.execute(
        LauncherDiscoveryRequestBuilder.request().selectors(selectClass(sample)).build(),
        outcomes, summary);
    return outcomes.lines;
  }

  private static String looked() {
    return "looked for shared/" + MISSING + " upwards from " + SharedFiles.searchStart();
  }

  @Test
  void missingFolder_wholeClass_notRunOrFailed_andCounted() {
    SharedSummaryListener summary = new SharedSummaryListener(false);
    List<String> lines = run(WholeClassSample.class, summary);
    if (SharedFiles.required()) {
      assertThat(lines).contains("SharedConditionTest$WholeClassSample FAILED " + SharedCondition.REQUIRED
          + "sample files (" + looked() + ") and KOLSCOPE_REQUIRE_REAL_DATA=1 is set: put the"
          + " shared/ folder beside the repository");
      assertThat(lines).noneMatch(l -> l.startsWith("one()") || l.startsWith("two()"));
      assertThat(summary.summary()).startsWith(SharedSummaryListener.PREFIX + "2 of 2 tests FAILED")
          .contains("2 need sample files (shared/" + MISSING + ": not found, 2 failed)");
    } else {
      assertThat(lines).contains("SharedConditionTest$WholeClassSample SKIPPED " + SharedCondition.NOT_RUN
          + "sample files not found (" + looked() + "); CI sets KOLSCOPE_REQUIRE_REAL_DATA=1");
      assertThat(lines).noneMatch(l -> l.startsWith("one()") || l.startsWith("two()"));
      assertThat(summary.summary())
          .startsWith(SharedSummaryListener.PREFIX + "2 of 2 tests NOT RUN")
          .contains("2 need sample files (shared/" + MISSING + ": not found, 2 not run)")
          .contains("looked upwards from " + SharedFiles.searchStart());
    }
  }

  @Test
  void missingFolder_oneMethod_onlyThatMethod() {
    SharedSummaryListener summary = new SharedSummaryListener(false);
    List<String> lines = run(OneMethodSample.class, summary);
    assertThat(lines).contains("doesNot() SUCCESSFUL");
    if (SharedFiles.required()) {
      assertThat(lines).anyMatch(l -> l.startsWith("needsShared() FAILED " + SharedCondition.REQUIRED));
      assertThat(summary.summary()).startsWith(SharedSummaryListener.PREFIX + "1 of 1 tests FAILED");
    } else {
      assertThat(lines).anyMatch(l -> l.startsWith("needsShared() SKIPPED " + SharedCondition.NOT_RUN));
      assertThat(summary.summary()).startsWith(SharedSummaryListener.PREFIX + "1 of 1 tests NOT RUN");
    }
  }

  @Test
  void runWithoutMarkedTests_printsNothing() {
    SharedSummaryListener summary = new SharedSummaryListener(false);
    assertThat(run(Plain.class, summary)).contains("nothingShared() SUCCESSFUL");
    assertThat(summary.summary()).isEmpty();
  }

  static class Plain {
    @Test
    void nothingShared() {}
  }
}
