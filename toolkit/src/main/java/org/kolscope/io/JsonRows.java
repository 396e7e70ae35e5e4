package org.kolscope.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON rows: a top-level array of objects, or NDJSON (one object per line). Read with Jackson's
 * streaming parser so each record keeps its source line. The header is the union of the keys in
 * first-seen order; a key absent from a record is a missing cell. Numbers keep their exact text;
 * nested objects and arrays are kept as JSON text. A record that is not an object is rejected
 * and reported.
 */
final class JsonRows implements RowSource {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Path file;
  private final Charset charset;
  private final int bomLength;

  JsonRows(Path file, Charset charset, int bomLength) {
    this.file = file;
    this.charset = charset;
    this.bomLength = bomLength;
  }

  private JsonParser open() throws IOException {
    InputStream in = Files.newInputStream(file);
    in.skipNBytes(bomLength);
    Reader r = new InputStreamReader(in, charset);
    return new JsonFactory().setCodec(MAPPER).createParser(r);
  }

  @Override
  public void read(Sink sink) {
    List<String> keys = new ArrayList<>();
    Map<String, Integer> index = new LinkedHashMap<>();
    // pass 1: keys
    scan((fields, line) -> {
          for (String k : fields.keySet()) {
            if (index.putIfAbsent(k, keys.size()) == null) {
              keys.add(k);
            }
          }
        },
        null);
    sink.header(keys);
    // pass 2: rows
    scan((fields, line) -> {
          String[] cells = new String[keys.size()];
          fields.forEach((k, v) -> cells[index.get(k)] = v);
          sink.row(cells, line);
        },
        sink);
  }

  private interface RecordHandler {
    void record(Map<String, String> fields, long line);
  }

  private void scan(RecordHandler h, Sink sink) {
    try (JsonParser p = open()) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return;
      }
      boolean array = t == JsonToken.START_ARRAY;
      if (array) {
        if (sink != null) {
          sink.note("JSON array");
        }
        t = p.nextToken();
      } else if (sink != null) {
        sink.note("NDJSON (one object per line)");
      }
      while (t != null && t != JsonToken.END_ARRAY) {
        long line = p.currentTokenLocation().getLineNr();
        if (t == JsonToken.START_OBJECT) {
          h.record(readObject(p), line);
        } else {
          String text = t.isStructStart() ? MAPPER.readTree(p).toString() : p.getText();
          if (sink != null) {
            sink.rejectRow(line, "", text, "record is not a JSON object");
          }
          if (t.isStructStart()) {
            // readTree consumed it
          }
        }
        t = p.nextToken();
      }
      if (array && t == JsonToken.END_ARRAY && p.nextToken() != null) {
        throw new LoadException(
            file + ":" + p.currentTokenLocation().getLineNr() + ": text after the JSON array");
      }
    } catch (JsonParseException e) {
      throw new LoadException(
          file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
              + ": bad JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static Map<String, String> readObject(JsonParser p) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      String text;
      if (v == JsonToken.VALUE_NULL) {
        text = null;
      } else if (v.isStructStart()) {
        text = MAPPER.readTree(p).toString();
      } else {
        text = p.getText();
      }
      out.put(name, text);
    }
    if (t != JsonToken.END_OBJECT) {
      throw new JsonParseException(p, "expected a field name or '}'");
    }
    return out;
  }
}
