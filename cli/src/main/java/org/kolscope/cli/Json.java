package org.kolscope.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import org.kolscope.core.Fields;

/**
 * Writes exactly one JSON document to stdout. Non-finite doubles become {@code null}. Jackson
 * escapes the C0 controls; DEL, the C1 controls and the bidi overrides and isolates (see {@link
 * TerminalText}) are escaped here too, as <code>&#92;u202e</code>, so the document shows safely on
 * a terminal and still parses to the same strings.
 */
public final class Json {
  private static final ObjectMapper MAPPER = mapper();

  private static ObjectMapper mapper() {
    ObjectMapper m = Fields.configure(new ObjectMapper()).enable(SerializationFeature.INDENT_OUTPUT);
    m.getFactory().setCharacterEscapes(new TerminalSafe());
    return m;
  }

  /** Jackson's escapes plus {@link TerminalText#unsafe} characters as <code>&#92;uXXXX</code>. */
  private static final class TerminalSafe extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    TerminalSafe() {
      ascii[0x7f] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return TerminalText.unsafe(ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
    }
  }

  private Json() {}

  /**
   * Serialises {@code value} (maps, lists, records, numbers, strings) and prints it; records with
   * the keys {@link Fields} names their fields by, as the toolkit's tables do.
   */
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
