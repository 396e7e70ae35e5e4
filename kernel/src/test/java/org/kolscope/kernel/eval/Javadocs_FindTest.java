package org.kolscope.kernel.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Javadoc of KOLScope's classes from the sources the build ships in the kernel jar. */
class Javadocs_FindTest {
  private static final Map<String, String> IMPORTED = Map.of(
      "MannWhitney", "org.kolscope.stats.groups.MannWhitney",
      "MannWhitney.Result", "org.kolscope.stats.groups.MannWhitney.Result",
      "KolData", "org.kolscope.io.KolData");
  private static final UnaryOperator<String> TYPES = IMPORTED::get;

  private final Javadocs docs = new Javadocs();

  @Test
  void methodShowsDescriptionParametersAndReturn() {
    Javadocs.Doc d = docs.find("MannWhitney.Result MannWhitney.test(double[] x, double[] y)", TYPES).orElseThrow();

    assertThat(d.text()).startsWith("The test with Method.AUTO and the continuity correction.");
    assertThat(d.text()).contains("Parameters:\n  x – first sample, at least 2 finite values (not null)\n"
        + "  y – second sample, at least 2 finite values (not null)");
    assertThat(d.text()).contains("Returns: U, p, the method used and the rank-biserial correlation");
    assertThat(d.source()).startsWith("public static Result test(double[] x, double[] y) {");
    assertThat(d.file()).isEqualTo("toolkit source org/kolscope/stats/groups/MannWhitney.java");
  }

  @Test
  void overloadsAreToldApartByParameterTypes() {
    Javadocs.Doc d = docs.find("MannWhitney.Result MannWhitney.test(double[] x, double[] y, MannWhitney.Method method,"
        + " boolean continuity)", TYPES).orElseThrow();

    assertThat(d.text()).startsWith("Runs the test.");
    assertThat(d.text()).contains("Throws:\n  IllegalArgumentException – for too small or non-finite samples");
  }

  @Test
  void qualifiedTypeShowsTheClassComment() {
    Javadocs.Doc d = docs.find("org.kolscope.io.KolData", TYPES).orElseThrow();

    assertThat(d.text()).startsWith("One-call loading of KOL datasets, for notebooks and scripts.");
    assertThat(d.source()).contains("public final class KolData");
  }

  @Test
  void nestedRecordIsFoundInItsOuterFile() {
    Optional<Javadocs.Doc> d = docs.find("org.kolscope.stats.groups.MannWhitney.Result", TYPES);

    assertThat(d).isPresent();
    assertThat(d.get().file()).endsWith("org/kolscope/stats/groups/MannWhitney.java");
  }

  @Test
  void staticallyImportedKernelFunctionIsDocumented() {
    Javadocs.Doc d = docs.find("String Notebook.display(Object value, String... mimeTypes)",
        name -> name.equals("Notebook") ? "org.kolscope.kernel.Notebook" : null).orElseThrow();

    assertThat(d.text()).contains("Returns the display id");
  }

  @Test
  void otherLibrariesAreNotOurs() {
    assertThat(docs.find("int Math.max(int a, int b)", name -> "java.lang.Math")).isEmpty();
    assertThat(docs.find("tech.tablesaw.api.Table", TYPES)).isEmpty();
    assertThat(docs.find("Unknown.thing()", TYPES)).isEmpty();
  }

  @Test
  void signaturesSplitIntoTypeMemberAndParameters() {
    assertThat(Javadocs.parse("org.kolscope.io.KolData")).isEqualTo(new Javadocs.Target("org.kolscope.io.KolData", null, List.of()));
    assertThat(Javadocs.parse("java.util.Map<String, List<Integer>> A.b(java.util.List<String> xs, int... n)"))
        .isEqualTo(new Javadocs.Target("A", "b", List.of("List", "int[]")));
    assertThat(Javadocs.parse("double Tiers.LIMIT")).isEqualTo(new Javadocs.Target("Tiers", "LIMIT", null));
    assertThat(Javadocs.parse("Result(double u)")).isEqualTo(new Javadocs.Target("Result", "<init>", List.of("double")));
  }
}
