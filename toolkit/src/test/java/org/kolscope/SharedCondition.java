package org.kolscope;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The rule behind {@link NeedsShared} and {@link RealData}, in one place:
 *
 * <ul>
 *   <li>{@code shared/<folder>} found upwards from the working directory: the test runs;
 *   <li>not found: the test is not run (disabled, with a reason starting {@value #NOT_RUN});
 *   <li>not found and {@code KOLSCOPE_REQUIRE_REAL_DATA=1}: the test fails before it starts,
 *       with a message starting {@value #REQUIRED}.
 * </ul>
 */
public final class SharedCondition
    implements ExecutionCondition, BeforeAllCallback, BeforeEachCallback {
  /** Start of the reason of a test that was not run. */
  public static final String NOT_RUN = "not run: ";
  /** Start of the failure message when the folder is required but absent. */
  public static final String REQUIRED = "required but not found: ";

  /** The annotation on the element itself (directly or through {@link RealData}), if any. */
  static Optional<NeedsShared> on(AnnotatedElement element) {
    return AnnotationSupport.findAnnotation(element, NeedsShared.class);
  }

  /** Why a test needing {@code n} is not run. */
  static String notRunReason(NeedsShared n) {
    return NOT_RUN + n.what() + " not found (" + SharedFiles.lookedFor(n.value()) + "); CI sets "
        + SharedFiles.REQUIRE_ENV + "=1";
  }

  /** The failure message when {@code n} is required but absent. */
  static String requiredMessage(NeedsShared n) {
    return REQUIRED + n.what() + " (" + SharedFiles.lookedFor(n.value()) + ") and "
        + SharedFiles.REQUIRE_ENV + "=1 is set: put the shared/ folder beside the repository";
  }

  private static Optional<NeedsShared> annotation(ExtensionContext context) {
    return context.getElement().flatMap(SharedCondition::on);
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    Optional<NeedsShared> n = annotation(context);
    if (n.isEmpty()) {
      return ConditionEvaluationResult.enabled("does not read shared/");
    }
    if (SharedFiles.find(n.get().value()).isPresent()) {
      return ConditionEvaluationResult.enabled("shared/" + n.get().value() + " found");
    }
    if (SharedFiles.required()) {
      // enabled so that the callbacks below fail it: absence is a failure, not a skip
      return ConditionEvaluationResult.enabled(SharedFiles.REQUIRE_ENV + "=1");
    }
    return ConditionEvaluationResult.disabled(notRunReason(n.get()));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    failIfRequiredAndAbsent(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    failIfRequiredAndAbsent(context);
  }

  private static void failIfRequiredAndAbsent(ExtensionContext context) {
    Optional<NeedsShared> n = annotation(context);
    if (n.isPresent() && SharedFiles.find(n.get().value()).isEmpty()) {
      throw new AssertionError(requiredMessage(n.get()));
    }
  }
}
