package org.kolscope.arch;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The toolkit's package graph, read from its bytecode with ArchUnit: no cycle between packages,
 * and every dependency points down the layers of {@link Layers}. Plain JUnit tests calling {@code
 * ArchRule.check}, so the build needs ArchUnit's library and no second test engine.
 */
class Packages_LayersTest {
  private static JavaClasses toolkit;

  @BeforeAll
  static void importClasses() {
    toolkit = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.kolscope");
  }

  /** The layered architecture of {@link Layers}: each layer may use only the ones below it. */
  static LayeredArchitecture layers() {
    LayeredArchitecture a = layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (Map.Entry<String, List<String>> e : Layers.ORDER.entrySet()) {
      a = a.layer(e.getKey()).definedBy(e.getValue().toArray(new String[0]));
    }
    a = a.layer("data").definedBy(Layers.DATA);
    List<String> below = new ArrayList<>();
    for (String layer : Layers.ORDER.keySet()) {
      a = below.isEmpty()
          ? a.whereLayer(layer).mayNotAccessAnyLayer()
          : a.whereLayer(layer).mayOnlyAccessLayers(below.toArray(new String[0]));
      below.add(layer);
    }
    return a.whereLayer("data").mayOnlyAccessLayers(Layers.DATA_USES.toArray(new String[0]))
        .whereLayer("data").mayNotBeAccessedByAnyLayer();
  }

  @Test
  void everyToolkitPackageIsInALayer() {
    List<String> outside = toolkit.stream().map(c -> c.getPackageName()).distinct()
        .filter(p -> Layers.layerOf(p) == null).sorted().toList();
    assertThat(toolkit).as("classes imported").hasSizeGreaterThan(200);
    assertThat(outside).as("toolkit packages in no layer").isEmpty();
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("org.kolscope.(**)").should().beFreeOfCycles().check(toolkit);
  }

  @Test
  void dependenciesPointDownTheLayers() {
    layers().check(toolkit);
  }

  @Test
  void anUpwardDependencyFails() {
    // the rule can fail: the layers read upside down (report first) reject the real graph
    LayeredArchitecture upsideDown = layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("report").definedBy("org.kolscope.report..")
        .layer("core").definedBy("org.kolscope.core..")
        .whereLayer("report").mayNotAccessAnyLayer();
    AssertionError e = assertThrows(AssertionError.class, () -> upsideDown.check(toolkit));
    assertThat(e.getMessage()).contains("org.kolscope.report").contains("org.kolscope.core");
  }
}
