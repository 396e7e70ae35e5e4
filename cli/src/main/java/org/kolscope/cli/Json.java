package org.kolscope.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
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
    // doubles by Jackson's own shortest-digits writer (Schubfach): JDK 17's Double.toString, its
    // default, took most of the time of a large document (a 1 GB --json of 500,000 KOLs)
    JsonFactory factory = JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();
    ObjectMapper m = Fields.configure(new ObjectMapper(factory)).enable(SerializationFeature.INDENT_OUTPUT);
    m.getFactory().setCharacterEscapes(new TerminalSafe());
    m.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    SimpleModule finite = new SimpleModule("kolscope-finite-doubles");
    finite.addSerializer(Double.class, new FiniteDouble());
    finite.addSerializer(double.class, new FiniteDouble());
    m.registerModule(finite);
    return m;
  }

  /** A double as a number, or null for NaN and the infinities (JSON has neither). */
  private static final class FiniteDouble extends StdSerializer<Double> {
    private static final long serialVersionUID = 1L;

    FiniteDouble() {
      super(Double.class);
    }

    @Override
    public void serialize(Double v, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (Double.isFinite(v)) {
        gen.writeNumber(v);
      } else {
        gen.writeNull();
      }
    }
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
   * the keys {@link Fields} names their fields by, as the toolkit's tables do. The document is
   * streamed to {@code out}, not built as one string first (an audit of 1M notes writes 110 MB).
   */
  public static void print(PrintWriter out, Object value) {
    try {
      MAPPER.writeValue(out, value);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write JSON: " + (e instanceof JsonProcessingException j
          ? j.getOriginalMessage() : e.getMessage()), e);
    }
    out.println();
    out.flush();
  }
}
