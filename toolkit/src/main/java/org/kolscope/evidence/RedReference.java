package org.kolscope.evidence;

import java.util.EnumMap;
import java.util.Map;

/**
 * What honest RED accounts show, for data too small to learn it from: centre, spread and slope of
 * five signals against log10 followers, fitted ({@link LocalFit}, span 0.5, three robustness
 * passes) on a public sample of 1,939 real RED notes by 1,722 authors (2018, cosmetics; the KaitoHH
 * xiaohongshu-spider-visualizer crawl described in docs/domain.md). Only these summary curves are
 * kept here, read at every third of the fit's 40 grid points; the sample itself is not part of the
 * project. {@code RedReference_RefitTest} refits them from the sample when it is present and fails
 * if they drift.
 *
 * <p>Used by {@link ExpectationModel} for a signal that fewer than {@value
 * ExpectationModel#REFERENCE_BELOW} KOLs have, when the data look like RED (no per-creator averages; {@code platform} absent or
 * Xiaohongshu). Views are private on RED, so reach and likes per view have no reference; nor do
 * the spike and dispersion signals (most authors in the sample have one note).
 */
final class RedReference {
  /** The sample's size, for reasons ("… the 2018 RED reference of 1,722 authors"). */
  static final int AUTHORS = 1722;

  private static final Map<Signal, ReferenceCurve> CURVES = curves();

  private RedReference() {}

  /** The reference curve of {@code s}, or null. */
  static ReferenceCurve of(Signal s) {
    return CURVES.get(s);
  }

  private static Map<Signal, ReferenceCurve> curves() {
    Map<Signal, ReferenceCurve> m = new EnumMap<>(Signal.class);
    // {log10 followers, centre (log10 of the signal), spread (local MAD × 1.4826), slope}
    m.put(Signal.ENGAGEMENT, new ReferenceCurve(1588, 0.06321, new double[][] {
        {0.0000, 0.47905, 0.50832, -0.704},
        {0.6990, -0.01318, 0.53225, -0.702},
        {0.9542, -0.19336, 0.55144, -0.698},
        {1.1461, -0.32799, 0.58325, -0.700},
        {1.3802, -0.48206, 0.61589, -0.658},
        {1.5798, -0.58558, 0.66217, -0.532},
        {1.8976, -0.74872, 0.70591, -0.478},
        {2.3565, -0.97122, 0.78509, -0.463},
        {2.8041, -1.12996, 0.79294, -0.360},
        {3.3134, -1.32125, 0.71811, -0.345},
        {3.8797, -1.54593, 0.65184, -0.393},
        {4.3617, -1.77450, 0.64724, -0.461},
        {5.1602, -2.20260, 0.62639, -0.515}}));
    m.put(Signal.LIFETIME, new ReferenceCurve(1664, 0.05003, new double[][] {
        {0.0000, 0.57401, 0.50796, -0.103},
        {0.6990, 0.49261, 0.51435, -0.020},
        {0.9031, 0.47098, 0.51524, 0.096},
        {1.1461, 0.49203, 0.51435, 0.240},
        {1.3489, 0.53882, 0.51271, 0.272},
        {1.5441, 0.59519, 0.50152, 0.294},
        {1.8272, 0.64903, 0.48422, 0.182},
        {2.2531, 0.65697, 0.49870, -0.001},
        {2.7084, 0.62446, 0.54900, -0.108},
        {3.2232, 0.54078, 0.55579, -0.174},
        {3.8385, 0.41328, 0.54900, -0.218},
        {4.3383, 0.25218, 0.52460, -0.294},
        {5.1144, -0.02170, 0.49207, -0.337}}));
    m.put(Signal.NOTES_PER_FOLLOWER, new ReferenceCurve(1683, 0.04443, new double[][] {
        {0.0000, 0.29340, 0.43500, -0.486},
        {0.6990, -0.05005, 0.45150, -0.447},
        {0.9031, -0.14819, 0.45150, -0.393},
        {1.1139, -0.23641, 0.45267, -0.362},
        {1.3222, -0.32193, 0.45661, -0.397},
        {1.5185, -0.41650, 0.45661, -0.494},
        {1.8062, -0.59020, 0.44801, -0.649},
        {2.2227, -0.89246, 0.44801, -0.742},
        {2.6818, -1.25450, 0.44749, -0.794},
        {3.1997, -1.64270, 0.42409, -0.752},
        {3.8259, -2.08730, 0.43134, -0.706},
        {4.3222, -2.45392, 0.43545, -0.722},
        {5.1072, -3.03436, 0.44028, -0.734}}));
    m.put(Signal.COMMENTS_PER_LIKE, new ReferenceCurve(1683, 0.04610, new double[][] {
        {0.0000, -0.25785, 0.42240, 0.021},
        {0.6990, -0.24283, 0.46081, 0.027},
        {0.9031, -0.24051, 0.46421, 0.039},
        {1.1139, -0.24007, 0.46474, 0.013},
        {1.3222, -0.24541, 0.46522, -0.069},
        {1.5185, -0.27137, 0.48288, -0.171},
        {1.8062, -0.34317, 0.51990, -0.275},
        {2.2227, -0.47477, 0.54652, -0.323},
        {2.6818, -0.62163, 0.54896, -0.320},
        {3.1997, -0.75660, 0.53868, -0.250},
        {3.8259, -0.82974, 0.47687, -0.105},
        {4.3222, -0.84775, 0.45211, -0.046},
        {5.1072, -0.85919, 0.42231, -0.019}}));
    m.put(Signal.COLLECTS_PER_LIKE, new ReferenceCurve(1683, 0.04877, new double[][] {
        {0.0000, -0.20714, 0.44377, 0.064},
        {0.6990, -0.16229, 0.46677, 0.073},
        {0.9031, -0.15060, 0.47464, 0.096},
        {1.1139, -0.13392, 0.48410, 0.119},
        {1.3222, -0.11376, 0.49598, 0.095},
        {1.5185, -0.09800, 0.50883, 0.068},
        {1.8062, -0.10050, 0.51763, -0.022},
        {2.2227, -0.14037, 0.53311, -0.104},
        {2.6818, -0.17347, 0.53623, -0.079},
        {3.1997, -0.19876, 0.52740, -0.038},
        {3.8259, -0.20124, 0.47786, 0.004},
        {4.3222, -0.19355, 0.45471, 0.015},
        {5.1072, -0.18719, 0.44162, 0.011}}));
    return m;
  }
}
