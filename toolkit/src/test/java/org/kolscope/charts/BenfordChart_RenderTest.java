package org.kolscope.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import org.kolscope.stats.benford.Benford;
import org.kolscope.stats.benford.BenfordResult;

class BenfordChart_RenderTest {

  @Test
  void expectedFirstDigit_matchesReferenceCase() {
    // benford_loguniform_1000.json: benford_proportions = log10(1 + 1/d), from scipy/R
    JsonNode c = ChartTestSupport.referenceCase("benford_loguniform_1000.json");
    double[] ref = ChartTestSupport.doubles(c.at("/expected/benford_proportions"));
    double[] e = BenfordChart.expected(9);
    for (int i = 0; i < 9; i++) {
      assertThat(e[i]).isCloseTo(ref[i], within(1e-15));
    }
  }

  @Test
  void expectedSecondDigit_matchesNigriniTable() {
    // Nigrini (2012), Table 5.1, second digit: 0.11968 0.11389 ... 0.08500
    double[] nigrini = {0.11968, 0.11389, 0.10882, 0.10433, 0.10031, 0.09668, 0.09337, 0.09035,
        0.08757, 0.08500};
    double[] e = BenfordChart.expected(10);
    for (int d = 0; d < 10; d++) {
      assertThat(e[d]).isCloseTo(nigrini[d], within(5e-6));
    }
  }

  @Test
  void referenceCase_chartHasObservedAndExpectedBars_andClassInSubtitle() {
    JsonNode c = ChartTestSupport.referenceCase("benford_loguniform_1000.json");
    double[] obs = ChartTestSupport.doubles(c.at("/expected/observed_proportions"));
    JFreeChart chart = BenfordChart.of(obs, c.at("/expected/MAD_conformity_nigrini_first_digit").asText())
        .mad(c.at("/expected/MAD").asDouble()).n(1000).build();
    CategoryPlot plot = chart.getCategoryPlot();
    assertThat(plot.getDataset().getRowCount()).isEqualTo(2);
    assertThat(plot.getDataset().getColumnCount()).isEqualTo(9);
    assertThat(plot.getDataset().getValue("observed", "1").doubleValue()).isEqualTo(0.311);
    assertThat(ChartTestSupport.subtitles(chart)).contains("Close conformity").contains("MAD 0.0051")
        .contains("n = 1,000");
    assertThat(ChartTestSupport.draw(chart).inkShare()).isGreaterThan(0.05);
  }

  @Test
  void benfordResult_drawnAsItIs_onTheReferenceInput() {
    // benford_loguniform_1000.json: the 1,000 raw values; expected MAD, class and observed
    // proportions from scipy 1.10.1 / R 4.2.2 (see the case's "source")
    JsonNode c = ChartTestSupport.referenceCase("benford_loguniform_1000.json");
    BenfordResult r = Benford.firstDigit(ChartTestSupport.doubles(c.at("/input/x")));
    JFreeChart chart = BenfordChart.of(r).build();
    CategoryPlot plot = chart.getCategoryPlot();
    double[] obs = ChartTestSupport.doubles(c.at("/expected/observed_proportions"));
    double[] exp = ChartTestSupport.doubles(c.at("/expected/benford_proportions"));
    for (int d = 1; d <= 9; d++) {
      assertThat(plot.getDataset().getValue("observed", Integer.toString(d)).doubleValue())
          .isCloseTo(obs[d - 1], within(1e-15));
      assertThat(plot.getDataset().getValue("expected (Benford)", Integer.toString(d)).doubleValue())
          .isCloseTo(exp[d - 1], within(1e-15));
    }
    assertThat(ChartTestSupport.subtitles(chart))
        .contains(c.at("/expected/MAD_conformity_nigrini_first_digit").asText())
        .contains(String.format(java.util.Locale.ROOT, "MAD %.4f", c.at("/expected/MAD").asDouble()))
        .contains("n = 1,000");
    // the axis names what was tested (Sample.of labels plain numbers "x")
    assertThat(plot.getDomainAxis().getLabel()).isEqualTo("First digit of x");
  }

  @Test
  void firstTwoDigitsResult_has90Bars() {
    double[] v = new double[900];
    for (int i = 0; i < v.length; i++) {
      v[i] = 10 + i / 10.0; // 10.0 … 99.9: ten values per first-two-digit bin
    }
    BenfordResult r = Benford.firstTwoDigits(v);
    JFreeChart chart = BenfordChart.of(r).of("prices").build();
    assertThat(chart.getCategoryPlot().getDataset().getColumnCount()).isEqualTo(90);
    assertThat(chart.getCategoryPlot().getDataset().getValue("observed", "10").doubleValue())
        .isCloseTo(10.0 / 900, within(1e-15));
    assertThat(chart.getTitle().getText()).isEqualTo("Benford's law: first two digits of prices");
  }

  @Test
  void firstTwoDigits_has90Categories() {
    double[] p = BenfordChart.expected(90);
    JFreeChart chart = BenfordChart.of(p, "close conformity").build();
    assertThat(chart.getCategoryPlot().getDataset().getColumnCount()).isEqualTo(90);
    assertThat(chart.getTitle().getText()).contains("first two digits");
  }

  @Test
  void badInput_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> BenfordChart.of(new double[7], "x"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BenfordChart.of(new double[9], "x"));
    assertThat(e.getMessage()).contains("sum to 1");
  }
}
