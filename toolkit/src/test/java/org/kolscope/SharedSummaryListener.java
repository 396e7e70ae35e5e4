package org.kolscope;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints one line at the end of a test run that contains {@link NeedsShared} / {@link RealData}
 * tests: how many test methods need {@code ../shared}, and how many of them were not run (or
 * failed because {@code KOLSCOPE_REQUIRE_REAL_DATA=1} requires the folder). Surefire shows a
 * skipped test only as a count, so without this line a fresh clone would pass silently with the
 * real-data tests left out. Registered through {@code
 * META-INF/services/org.junit.platform.launcher.TestExecutionListener}; prints nothing in a run
 * without such tests.
 */
public final class SharedSummaryListener implements TestExecutionListener {
  /** Start of the summary line. */
  public static final String PREFIX = "[KOLScope shared data] ";

  /** Test methods needing one folder of shared/, and what happened to them. */
  private static final class Tally {
    final NeedsShared needs;
    int methods;
    int notRun;
    int failedAbsent;

    Tally(NeedsShared needs) {
      this.needs = needs;
    }
  }

  /** Annotated plan nodes → their folder and the number of test methods they hold. */
  private final Map<String, NeedsShared> marked = new HashMap<>();
  private final Map<String, Integer> methods = new HashMap<>();
  private final Map<String, Tally> byFolder = new LinkedHashMap<>();
  private final boolean print;

  /** The listener the launcher loads: prints its line at the end of the run. */
  public SharedSummaryListener() {
    this(true);
  }

  /** A listener that prints its line ({@code print}) or only keeps it for {@link #summary()}. */
  SharedSummaryListener(boolean print) {
    this.print = print;
  }

  @Override
  public void testPlanExecutionStarted(TestPlan plan) {
    marked.clear();
    methods.clear();
    byFolder.clear();
    for (TestIdentifier root : plan.getRoots()) {
      for (TestIdentifier id : plan.getDescendants(root)) {
        Optional<NeedsShared> n = element(id).flatMap(SharedCondition::on);
        if (n.isEmpty() || markedAncestor(plan, id)) {
          continue;
        }
        int count = countMethods(plan, id);
        marked.put(id.getUniqueId(), n.get());
        methods.put(id.getUniqueId(), count);
        byFolder.computeIfAbsent(n.get().value(), k -> new Tally(n.get())).methods += count;
      }
    }
  }

  /** The class or method behind a plan node. */
  private static Optional<AnnotatedElement> element(TestIdentifier id) {
    TestSource s = id.getSource().orElse(null);
    try {
      if (s instanceof ClassSource c) {
        return Optional.of(c.getJavaClass());
      }
      if (s instanceof MethodSource m) {
        return Optional.of(m.getJavaMethod());
      }
    } catch (RuntimeException e) {
      return Optional.empty(); // not loadable here: not ours
    }
    return Optional.empty();
  }

  /** Whether an ancestor of {@code id} is already counted (a marked method of a marked class). */
  private static boolean markedAncestor(TestPlan plan, TestIdentifier id) {
    for (Optional<TestIdentifier> p = plan.getParent(id); p.isPresent(); p = plan.getParent(p.get())) {
      if (element(p.get()).flatMap(SharedCondition::on).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** Test methods in a node: a parameterized method counts once, like a plain one. */
  private static int countMethods(TestPlan plan, TestIdentifier id) {
    if (id.getSource().orElse(null) instanceof MethodSource) {
      return 1;
    }
    int n = 0;
    for (TestIdentifier d : plan.getDescendants(id)) {
      if (d.getSource().orElse(null) instanceof MethodSource
          && plan.getParent(d).flatMap(TestIdentifier::getSource).orElse(null)
              instanceof ClassSource) {
        n++;
      }
    }
    return n;
  }

  @Override
  public void executionSkipped(TestIdentifier id, String reason) {
    NeedsShared n = marked.get(id.getUniqueId());
    if (n != null && reason != null && reason.startsWith(SharedCondition.NOT_RUN)) {
      byFolder.get(n.value()).notRun += methods.get(id.getUniqueId());
    }
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    NeedsShared n = marked.get(id.getUniqueId());
    if (n != null && result.getStatus() == TestExecutionResult.Status.FAILED
        && result.getThrowable().map(Throwable::getMessage).orElse("")
            .startsWith(SharedCondition.REQUIRED)) {
      byFolder.get(n.value()).failedAbsent += methods.get(id.getUniqueId());
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    if (print && !byFolder.isEmpty()) {
      System.out.println(summary());
    }
  }

  /** The summary line (empty when the run had no tests needing shared/). */
  String summary() {
    if (byFolder.isEmpty()) {
      return "";
    }
    int total = 0;
    int notRun = 0;
    int failed = 0;
    List<String> parts = new ArrayList<>();
    for (Tally t : byFolder.values()) {
      total += t.methods;
      notRun += t.notRun;
      failed += t.failedAbsent;
      String state = t.notRun > 0 ? "not found, " + t.notRun + " not run"
          : t.failedAbsent > 0 ? "not found, " + t.failedAbsent + " failed"
          : "found, all run";
      parts.add(t.methods + " need " + t.needs.what() + " (shared/" + t.needs.value() + ": "
          + state + ")");
    }
    String detail = String.join(", ", parts);
    if (notRun > 0) {
      return PREFIX + notRun + " of " + total + " tests NOT RUN: " + detail
          + "; looked upwards from " + SharedFiles.searchStart() + ". CI sets "
          + SharedFiles.REQUIRE_ENV + "=1, which makes this a failure.";
    }
    if (failed > 0) {
      return PREFIX + failed + " of " + total + " tests FAILED because "
          + SharedFiles.REQUIRE_ENV + "=1 requires ../shared: " + detail
          + "; looked upwards from " + SharedFiles.searchStart() + ".";
    }
    return PREFIX + "all " + total + " tests that read ../shared were run, none skipped: "
        + detail + ".";
  }
}
