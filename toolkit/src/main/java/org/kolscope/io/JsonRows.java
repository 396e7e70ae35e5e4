package org.kolscope.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * JSON rows, read with Jackson's streaming parser so each record keeps its source line. The
 * records are
 *
 * <ul>
 *   <li>the elements of a top-level array;
 *   <li>the lines of NDJSON (one object per line): each line is parsed on its own, so a line cut
 *       short or otherwise broken is rejected with its own line number and the others load;
 *   <li>objects written one after another over several lines (a stream of pretty-printed
 *       objects);
 *   <li>in a single object — the shape crawler and platform APIs return, {@code {"code": 0,
 *       "data": {"accounts": [{…}, {…}]}}} — the elements of the array of objects inside it,
 *       found through its objects (never inside another array): the only one, or the largest; a
 *       tie is read in document order and named in a note. The report says where the records
 *       came from ({@code records from data.accounts}). An object with no such array is one
 *       record if one of its keys is a column KOLScope knows, else an error naming its keys.
 * </ul>
 *
 * <p>The header is the union of the keys in first-seen order; a key absent from a record is a
 * missing cell; a key repeated within a record is a repeated header column (the second is kept
 * as {@code key_2}). Numbers keep their exact text ({@code 1.2e6} included); {@code NaN} and
 * {@code Infinity}, which Python's {@code json} module writes, read as text the converters
 * report; nested objects and arrays are kept as JSON text. A record that is not an object is
 * rejected and reported.
 */
final class JsonRows implements RowSource {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .build();

  private enum Shape {
    ARRAY,
    LINES,
    STREAM,
    WRAPPED,
    ONE_RECORD
  }

  /** An array of objects inside a wrapping object: its path, object elements, other elements. */
  record Candidate(List<String> path, long objects, long others) {
    String name() {
      return String.join(".", path);
    }
  }

  private final Path file;
  private final Charset charset;
  private final int bomLength;
  private final boolean reportBadBytes;
  private final Predicate<String> knownHeader;
  private DecodingReader decoding;
  private Shape shape;
  private List<String> recordsPath = List.of();
  private long badEncodingRows;
  private long records;

  /**
   * @param reportBadBytes decode strictly and reject records with bytes not valid in {@code
   *     charset} (for a given encoding)
   * @param knownHeader whether a key names a column KOLScope knows (decides whether a lone object
   *     is a record)
   */
  JsonRows(Path file, Charset charset, int bomLength, boolean reportBadBytes,
      Predicate<String> knownHeader) {
    this.file = file;
    this.charset = charset;
    this.bomLength = bomLength;
    this.reportBadBytes = reportBadBytes;
    this.knownHeader = knownHeader;
  }

  private Reader reader() throws IOException {
    InputStream in = Inputs.open(file);
    in.skipNBytes(bomLength);
    if (reportBadBytes) {
      decoding = new DecodingReader(in, charset, '\n');
      return new BufferedReader(decoding, 1 << 16);
    }
    decoding = null;
    return new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
  }

  private JsonParser open() throws IOException {
    return FACTORY.setCodec(MAPPER).createParser(reader());
  }

  private static JsonParser parserOf(String text) throws IOException {
    return FACTORY.setCodec(MAPPER).createParser(text);
  }

  @Override
  public void read(Sink sink) {
    shape = shape(sink);
    if (shape == null) {
      return; // no JSON value: no header
    }
    List<String> keys = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    // pass 1: keys (a key repeated within a record is a second column of that name)
    scan((fields, line) -> {
          Map<String, Integer> seen = new HashMap<>();
          for (Map.Entry<String, String> f : fields) {
            int occurrence = seen.merge(f.getKey(), 1, Integer::sum);
            String k = f.getKey() + "\u0000" + occurrence;
            if (index.putIfAbsent(k, keys.size()) == null) {
              keys.add(f.getKey());
            }
          }
        },
        null);
    sink.header(keys);
    // pass 2: rows
    scan((fields, line) -> {
          String[] cells = new String[keys.size()];
          Map<String, Integer> seen = new HashMap<>();
          for (Map.Entry<String, String> f : fields) {
            int occurrence = seen.merge(f.getKey(), 1, Integer::sum);
            cells[index.get(f.getKey() + "\u0000" + occurrence)] = f.getValue();
          }
          sink.row(cells, line);
        },
        sink);
    if (badEncodingRows > 0 && badEncodingRows * 2 > records) {
      throw new LoadException(file + ": " + badEncodingRows + " of " + records
          + " records hold bytes that are not " + charset.name() + " (the encoding given)"
          + Encodings.suggestion(file, charset));
    }
  }

  /** How the records are laid out; notes the layout. Null for a file with no JSON value. */
  private Shape shape(Sink sink) {
    try (JsonParser p = open()) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return null;
      }
      if (t == JsonToken.START_ARRAY) {
        sink.note("JSON array");
        return Shape.ARRAY;
      }
      if (t != JsonToken.START_OBJECT) {
        throw new LoadException(file + ": the JSON holds a single value (" + p.getText()
            + "), not records");
      }
      long startLine = p.currentTokenLocation().getLineNr();
      p.skipChildren();
      long endLine = p.currentLocation().getLineNr();
      JsonToken next;
      try {
        next = p.nextToken();
      } catch (JsonProcessingException e) {
        next = JsonToken.NOT_AVAILABLE; // something follows the first object, broken or not
      }
      if (next != null) {
        if (startLine == endLine) {
          sink.note("NDJSON (one object per line)");
          return Shape.LINES;
        }
        sink.note("JSON objects one after another");
        return Shape.STREAM;
      }
    } catch (JsonProcessingException e) {
      // a single object broken before its end: read as NDJSON lines if its first line is whole,
      // else the stream reader below fails naming the place
      if (aFirstLineIsWholeObject()) {
        sink.note("NDJSON (one object per line)");
        return Shape.LINES;
      }
      sink.note("JSON objects one after another");
      return Shape.STREAM;
    } catch (IOException e) {
      throw new UncheckedIOException(IoErrors.cannotRead(file, e), e);
    }
    // a single object: a wrapper around the records, or one record
    List<Candidate> found = candidates();
    if (found.stream().noneMatch(c -> c.objects() > 0)) {
      List<String> keys = topKeys();
      if (keys.isEmpty()) {
        throw new LoadException(file + ": an empty JSON object ({}): no records");
      }
      if (keys.stream().anyMatch(knownHeader)) {
        sink.note("one JSON object: read as one record");
        return Shape.ONE_RECORD;
      }
      if (found.isEmpty()) {
        throw new LoadException(file + ": a JSON object with no array of records in it (its keys: "
            + String.join(", ", keys.subList(0, Math.min(10, keys.size())))
            + (keys.size() > 10 ? ", …" : "") + "); expected an array of records, one record per"
            + " line (NDJSON), or an object holding an array of records");
      }
      // only empty arrays: an API page with no results
    }
    Candidate best = found.get(0);
    for (Candidate c : found) {
      if (c.objects() > best.objects()) {
        best = c;
      }
    }
    recordsPath = best.path();
    sink.note("records from " + best.name() + (best.objects() == 0 ? " (an empty array: no records)" : ""));
    List<String> tied = new ArrayList<>();
    List<String> smaller = new ArrayList<>();
    for (Candidate c : found) {
      if (c != best && c.objects() > 0) {
        (c.objects() == best.objects() ? tied : smaller).add(c.name() + " (" + c.objects() + ")");
      }
    }
    if (!tied.isEmpty()) {
      sink.note("ambiguous: " + String.join(", ", tied) + " also hold" + (tied.size() == 1 ? "s" : "")
          + " " + best.objects() + " records; read " + best.name() + ", the first");
    }
    if (!smaller.isEmpty()) {
      sink.note("other arrays of records, smaller, not read: " + String.join(", ", smaller));
    }
    return Shape.WRAPPED;
  }

  /** Whether one of the first five non-blank lines is a whole JSON object: NDJSON. */
  private boolean aFirstLineIsWholeObject() {
    try (BufferedReader r = new BufferedReader(reader())) {
      String line;
      int tried = 0;
      while (tried < 5 && (line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        tried++;
        try (JsonParser p = parserOf(line)) {
          if (p.nextToken() == JsonToken.START_OBJECT) {
            p.skipChildren();
            if (p.nextToken() == null) {
              return true;
            }
          }
        } catch (JsonProcessingException e) {
          // not this one
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(IoErrors.cannotRead(file, e), e);
    }
  }

  /** The arrays of objects in the single top-level object, through objects only. */
  private List<Candidate> candidates() {
    List<Candidate> out = new ArrayList<>();
    try (JsonParser p = open()) {
      p.nextToken();
      walk(p, new ArrayList<>(), out);
    } catch (JsonProcessingException e) {
      throw new LoadException(badJson(e), e);
    } catch (IOException e) {
      throw new UncheckedIOException(IoErrors.cannotRead(file, e), e);
    }
    return out;
  }

  private static void walk(JsonParser p, List<String> path, List<Candidate> out) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      List<String> here = new ArrayList<>(path);
      here.add(name);
      if (t == JsonToken.START_OBJECT) {
        walk(p, here, out);
      } else if (t == JsonToken.START_ARRAY) {
        long objects = 0;
        long others = 0;
        JsonToken e;
        while ((e = p.nextToken()) != JsonToken.END_ARRAY && e != null) {
          if (e == JsonToken.START_OBJECT) {
            objects++;
          } else {
            others++;
          }
          if (e.isStructStart()) {
            p.skipChildren();
          }
        }
        if (objects > 0 || others == 0) {
          // an array of objects, or an empty one (an API page with no results)
          out.add(new Candidate(List.copyOf(here), objects, others));
        }
      }
    }
  }

  private List<String> topKeys() {
    List<String> keys = new ArrayList<>();
    try (JsonParser p = open()) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        keys.add(p.currentName());
        p.nextToken();
        p.skipChildren();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(IoErrors.cannotRead(file, e), e);
    }
    return keys;
  }

  private interface RecordHandler {
    void record(List<Map.Entry<String, String>> fields, long line);
  }

  private void scan(RecordHandler h, Sink sink) {
    if (shape == Shape.LINES) {
      scanLines(h, sink);
      return;
    }
    records = 0;
    badEncodingRows = 0;
    try (JsonParser p = open()) {
      JsonToken t = p.nextToken();
      boolean array = shape == Shape.ARRAY || shape == Shape.WRAPPED;
      if (shape == Shape.WRAPPED) {
        t = descend(p, recordsPath);
      }
      if (array) {
        t = p.nextToken();
      }
      while (t != null && t != JsonToken.END_ARRAY) {
        long line = p.currentTokenLocation().getLineNr();
        if (t == JsonToken.START_OBJECT) {
          List<Map.Entry<String, String>> fields = readObject(p);
          records++;
          if (!rejectBadBytes(sink, line, p.currentLocation().getLineNr())) {
            h.record(fields, line);
          }
        } else {
          String text = t.isStructStart() ? MAPPER.readTree(p).toString() : p.getText();
          records++;
          if (sink != null) {
            sink.rejectRow(line, "", Problem.abbreviate(text), "record is not a JSON object");
          }
        }
        if (shape == Shape.ONE_RECORD) {
          break;
        }
        t = p.nextToken();
      }
      if (shape == Shape.ARRAY && t == JsonToken.END_ARRAY && p.nextToken() != null) {
        throw new LoadException(
            file + ":" + p.currentTokenLocation().getLineNr() + ": text after the JSON array");
      }
    } catch (JsonProcessingException e) {
      throw new LoadException(badJson(e), e);
    } catch (IOException e) {
      throw new UncheckedIOException(IoErrors.cannotRead(file, e), e);
    }
  }

  /** Moves from the top-level object to the array at {@code path}; returns its START_ARRAY. */
  private static JsonToken descend(JsonParser p, List<String> path) throws IOException {
    for (int depth = 0; depth < path.size(); depth++) {
      String want = path.get(depth);
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (name.equals(want)) {
          if (depth == path.size() - 1) {
            return v;
          }
          break; // into this object
        }
        p.skipChildren();
      }
      if (t != JsonToken.FIELD_NAME) {
        throw new IllegalStateException("path " + path + " not found on the second pass");
      }
    }
    throw new IllegalStateException("empty records path");
  }

  /** NDJSON: each non-blank line is one record, parsed alone; a broken line is rejected. */
  private void scanLines(RecordHandler h, Sink sink) {
    records = 0;
    badEncodingRows = 0;
    try (BufferedReader r = new BufferedReader(reader(), 1 << 16)) {
      String text;
      long line = 0;
      while ((text = r.readLine()) != null) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        records++;
        if (rejectBadBytes(sink, line, line)) {
          continue;
        }
        try (JsonParser p = parserOf(text)) {
          JsonToken t = p.nextToken();
          if (t != JsonToken.START_OBJECT) {
            if (sink != null) {
              String v = t != null && t.isStructStart() ? MAPPER.readTree(p).toString() : text.strip();
              sink.rejectRow(line, "", Problem.abbreviate(v), "record is not a JSON object");
            }
            continue;
          }
          List<Map.Entry<String, String>> fields = readObject(p);
          if (p.nextToken() != null) {
            if (sink != null) {
              sink.rejectRow(line, "", Problem.abbreviate(text.strip()),
                  "bad JSON: text after the record's closing } (two records on one line?)");
            }
            continue;
          }
          h.record(fields, line);
        } catch (JsonProcessingException e) {
          if (sink != null) {
            String why = reason(e);
            sink.rejectRow(line, "", Problem.abbreviate(text.strip()), why.equals(CUT_OFF)
                ? "bad JSON: " + why
                : "bad JSON at column " + e.getLocation().getColumnNr() + ": " + why);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(IoErrors.cannotRead(file, e), e);
    }
  }

  /**
   * With a given encoding: rejects the record on lines {@code from}–{@code to} when they hold
   * bytes not valid in it. Returns whether it did.
   */
  private boolean rejectBadBytes(Sink sink, long from, long to) {
    if (decoding == null) {
      return false;
    }
    ArrayDeque<DecodingReader.BadBytes> bad = decoding.bad();
    while (!bad.isEmpty() && bad.peek().line() < from) {
      bad.poll();
    }
    if (bad.isEmpty() || bad.peek().line() > to) {
      return false;
    }
    DecodingReader.BadBytes b = bad.poll();
    while (!bad.isEmpty() && bad.peek().line() <= to) {
      bad.poll();
    }
    badEncodingRows++;
    if (sink != null) {
      sink.rejectRow(from, "", "", "bytes " + b.hex() + " on line " + b.line() + " are not "
          + charset.name() + " (the encoding given)");
    }
    return true;
  }

  private String badJson(JsonProcessingException e) {
    var loc = e.getLocation();
    return file + (loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr())
        + ": bad JSON: " + reason(e);
  }

  private static final String CUT_OFF = "the record ends before it is complete (cut off?)";

  private static final Pattern HINT =
      Pattern.compile("\\s*\\((?:[^()]|\\([^()]*\\))*(?:[Ff]eature|`)(?:[^()]|\\([^()]*\\))*\\)");
  private static final Pattern ENABLE = Pattern.compile(":?\\s*enable\\s+`[^`]*`.*$");

  /**
   * Jackson's reason without the parser internals it sometimes adds (a feature to enable, the
   * source description): what is wrong, in its words, or in ours when it would name a setting.
   */
  static String reason(JsonProcessingException e) {
    String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    int nl = m.indexOf('\n');
    if (nl >= 0) {
      m = m.substring(0, nl);
    }
    if (m.startsWith("Unexpected end-of-input")) {
      return CUT_OFF;
    }
    m = ENABLE.matcher(HINT.matcher(m).replaceAll("")).replaceAll("").strip();
    if (m.contains("Feature") || m.contains("ALLOW_") || m.contains("`") || m.isEmpty()) {
      return "not valid JSON here";
    }
    return m;
  }

  private static List<Map.Entry<String, String>> readObject(JsonParser p) throws IOException {
    List<Map.Entry<String, String>> out = new ArrayList<>();
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
      out.add(new AbstractMap.SimpleImmutableEntry<>(name, text));
    }
    if (t != JsonToken.END_OBJECT) {
      throw new JsonParseException(p, "expected a field name or '}'");
    }
    return out;
  }
}
