package org.kolscope.kernel.display;

import static org.assertj.core.api.Assertions.assertThat;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kolscope.data.Generator;
import org.kolscope.kernel.KolScopeKernel;
import org.kolscope.timing.Content;
import org.kolscope.timing.Timing;
import tech.tablesaw.api.Table;

/**
 * The timing and content results display as every toolkit result does (they are {@code Tabular}):
 * the readable report, and the table one click away. Data: 100 generated accounts.
 */
class TimingResults_DisplayTest {
  private static KolScopeKernel kernel;
  private static Table notes;

  @BeforeAll
  static void start() {
    kernel = KolScopeKernel.create();
    kernel.onStartup();
    notes = Generator.builder().accounts(100).seed(3).build().generate().notes();
  }

  @AfterAll
  static void stop() {
    kernel.onShutdown(false);
  }

  @Test
  void timingResult_reportAsText_hoursAsAFoldedTable() {
    Timing.Result r = Timing.of(notes).resamples(100).run();
    DisplayData d = kernel.getRenderer().render(r);
    assertThat((String) d.getData(MIMEType.TEXT_PLAIN)).startsWith("Timing of engagement_rate");
    String html = (String) d.getData(MIMEType.TEXT_HTML);
    assertThat(html).startsWith("<pre class=\"kolscope-result\"")
        .contains("<details><summary>as a table (" + 24 * (1 + r.byTier().size()) + " rows)")
        .contains("<th>ci_low</th>");
  }

  @Test
  void contentResult_reportAsText() {
    DisplayData d = kernel.getRenderer().render(Content.of(notes).resamples(100).run());
    assertThat((String) d.getData(MIMEType.TEXT_PLAIN)).startsWith("image against video");
    assertThat((String) d.getData(MIMEType.TEXT_HTML)).contains("<th>cost_per_interaction</th>");
  }
}
