package org.kolscope;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated test class or method reads the real public datasets in {@code
 * ../shared/data/real/} (read them with {@link SharedFiles#realData}). They have no licence, so
 * they are not in the repository: on a fresh clone such tests are reported as not run; with
 * {@code KOLSCOPE_REQUIRE_REAL_DATA=1} (set by {@code .ci/run}) their absence is a failure.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@NeedsShared(value = RealData.FOLDER, what = "real datasets")
public @interface RealData {
  /** The folder under {@code shared/} that holds the real datasets. */
  String FOLDER = "data/real";
}
