package org.kolscope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The reference cases in the test resources, {@code toolkit/src/test/resources/reference/} (on
 * the classpath as {@code /reference/}): published values (NIST, Rorabacher, Iglewicz–Hoaglin,
 * Harvey …) and values computed with R 4.2.2 and scipy by {@code compute.py}/{@code compute.R}.
 * Every file and its source is listed in {@code reference/README.md}. They are copies of {@code
 * ../shared/reference/}; {@code ReferenceResources_MatchSharedTest} checks that they still match
 * when that folder is present. Other modules reach them through the toolkit's test-jar.
 */
public final class ReferenceData {
  /** The classpath folder of the reference files. */
  public static final String ROOT = "/reference/";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ReferenceData() {}

  /** The bytes of {@code reference/<relative>}, e.g. {@code cases/dixon_q_r10.json}. */
  public static byte[] bytes(String relative) {
    try (InputStream in = ReferenceData.class.getResourceAsStream(ROOT + relative)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + ROOT + relative
            + " (toolkit/src/test/resources/reference/" + relative + ")");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read test resource " + ROOT + relative, e);
    }
  }

  /** A parsed case file by name, with or without {@code .json}: {@code group_tests_engagement}. */
  public static JsonNode load(String name) {
    String file = name.endsWith(".json") ? name : name + ".json";
    try {
      return MAPPER.readTree(bytes("cases/" + file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse reference case " + file, e);
    }
  }
}
