package org.kolscope.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;

/** Writes exactly one JSON document to stdout. Non-finite doubles become {@code null}. */
public final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  /** Serialises {@code value} (maps, lists, records, numbers, strings) and prints it. */
  public static void print(PrintWriter out, Object value) {
    try {
      out.println(MAPPER.writeValueAsString(sanitize(value)));
      out.flush();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** A finite double, or null for NaN and infinities (JSON has neither). */
  public static Double num(double d) {
    return Double.isFinite(d) ? d : null;
  }

  private static Object sanitize(Object v) {
    if (v instanceof Double d) {
      return num(d);
    }
    if (v instanceof java.util.Map<?, ?> m) {
      java.util.LinkedHashMap<Object, Object> out = new java.util.LinkedHashMap<>();
      m.forEach((k, x) -> out.put(k, sanitize(x)));
      return out;
    }
    if (v instanceof java.util.List<?> l) {
      return l.stream().map(Json::sanitize).toList();
    }
    return v;
  }
}
