package org.kolscope.timing;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.kolscope.io.KolData;
import org.kolscope.io.LoadResult;
import tech.tablesaw.api.Table;

/** The notes of {@code /timing/notes-fixture.csv} (written by {@code make_fixture.py} beside it). */
final class Fixture {
  private Fixture() {}

  static Path path() {
    try {
      return Path.of(Fixture.class.getResource("/timing/notes-fixture.csv").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static LoadResult load() {
    return KolData.loader().read(path());
  }

  static Table notes() {
    return load().table();
  }
}
