package org.kolscope;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The annotated test class or method reads {@code shared/<value>} beside the repository (see
 * {@link SharedFiles}). When that folder is not found it is not run, with the reason in its
 * report and counted in the summary line {@link SharedSummaryListener} prints at the end of the
 * run; with {@code KOLSCOPE_REQUIRE_REAL_DATA=1} (CI) it fails instead.
 *
 * <p>Use {@link RealData} for the real datasets; this annotation is for other parts of {@code
 * shared/}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ExtendWith(SharedCondition.class)
public @interface NeedsShared {
  /** The folder under {@code shared/}, e.g. {@code data/real}. */
  String value();

  /** What the folder holds, in words, for messages ("real datasets"). */
  String what();
}
