package org.kolscope.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KolScopeKernel_MagicsTest {
  @Test
  void magicArgumentsSplitOnBlanksAndKeepQuotedParts() {
    assertThat(KolScopeKernel.splitArgs("  a  \"b c\" d ")).containsExactly("a", "b c", "d");
    assertThat(KolScopeKernel.splitArgs("\"\"")).containsExactly("");
    assertThat(KolScopeKernel.splitArgs("   ")).isEmpty();
  }

  @Test
  void globsExpandToSortedExistingPaths(@TempDir Path dir) throws Exception {
    Files.createFile(dir.resolve("b.jar"));
    Files.createFile(dir.resolve("a.jar"));
    Files.createFile(dir.resolve("notes.txt"));
    Files.createDirectories(dir.resolve("sub"));
    Files.createFile(dir.resolve("sub/c.jar"));

    assertThat(Globs.resolve(dir + "/*.jar")).containsExactly(dir.resolve("a.jar"), dir.resolve("b.jar"));
    assertThat(Globs.resolve(dir + "/**.jar")).contains(dir.resolve("sub/c.jar"));
    assertThat(Globs.resolve(dir + "/a.jar")).containsExactly(dir.resolve("a.jar"));
    assertThat(Globs.resolve(dir + "/none*.jar")).isEmpty();
    assertThat(Globs.resolve(dir + "/missing/*.jar")).isEmpty();
  }

  @Test
  void historyTailRangeAndSearch() {
    History h = new History();
    h.add(1, "6*7", "42");
    h.add(2, "int x = 1;", null);
    h.add(3, "6*7", "42");
    h.add(4, "6 * 7", "42");

    assertThat(h.tail(2)).extracting(History.Entry::line).containsExactly(3, 4);
    assertThat(h.range(History.SESSION, 2, 4)).extracting(History.Entry::line).containsExactly(2, 3);
    assertThat(h.range(0, 4, 5)).extracting(History.Entry::line).containsExactly(4);
    assertThat(h.range(99, 1, 5)).isEmpty();
    assertThat(h.search("6?7", 0, false)).extracting(History.Entry::line).containsExactly(1, 3);
    assertThat(h.search("6?7", 0, true)).extracting(History.Entry::line).containsExactly(3);
    assertThat(h.search("6*", 2, false)).extracting(History.Entry::line).containsExactly(3, 4);
    assertThat(h.search("*", 0, false)).hasSize(4);
  }

  @Test
  void lsmagicListsBuiltInMagics() {
    org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry r = new org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry();
    BuiltinMagics.register(r);
    assertThat(BuiltinMagics.listing(r)).isEqualTo(
        "Line magics: %classpath %help %jars %load %lsmagic %maven %time %who %whos\nCell magics: %%time");
  }

  @Test
  void defaultImportsCoverToolkitPackagesAndTablesaw() {
    assertThat(KolScopeKernel.DEFAULT_IMPORTS).contains(
        "import tech.tablesaw.api.*;", "import org.kolscope.io.*;", "import org.kolscope.tiers.*;",
        "import org.kolscope.stats.*;", "import org.kolscope.metrics.*;", "import org.kolscope.rules.*;",
        "import org.kolscope.charts.*;", "import org.kolscope.report.*;");
    assertThat(List.copyOf(KolScopeKernel.DEFAULT_IMPORTS)).doesNotHaveDuplicates();
  }
}
