package org.kolscope.stats.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Influence diagnostics on a sample far too large for an n × n hat matrix (50,000 pairs would need
 * 20 GB as a dense matrix). The hat values of a least-squares fit with p parameters sum to p (the
 * trace of the projection matrix; Belsley, Kuh and Welsch 1980, §2.1), and the externally
 * studentized residuals of normal errors have mean ≈ 0 and variance ≈ (n − p − 1)/(n − p − 3) ≈ 1.
 */
class OlsInfluence_LargeSampleTest {

  @Test
  void fiftyThousandPairs_leveragesSumToP() {
    int n = 50_000;
    Random rnd = new Random(11);
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = 3 + 4 * rnd.nextDouble();
      y[i] = 0.9 * x[i] + 0.3 * rnd.nextGaussian();
    }
    RegressionResult r = OlsInfluence.fit(x, y);
    double sumH = 0;
    double sumT = 0;
    double sumT2 = 0;
    for (RegressionResult.Row row : r.rows()) {
      sumH += row.leverage();
      sumT += row.rstudent();
      sumT2 += row.rstudent() * row.rstudent();
    }
    assertThat(sumH).isCloseTo(OlsInfluence.P, within(1e-9));
    assertThat(sumT / n).isCloseTo(0, within(0.02));
    assertThat(sumT2 / n).isCloseTo(1, within(0.03));
    assertThat(r.slope()).isCloseTo(0.9, within(0.01));
  }
}
