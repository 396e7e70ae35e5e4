package org.kolscope.parquet;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.kolscope.core.Schema;
import org.kolscope.io.IoErrors;
import org.kolscope.io.LoadException;
import org.kolscope.io.RowSource;

/**
 * The rows of a Parquet file, or of a folder of parts (as Spark writes one), as text cells for
 * the loader's row rules ({@link ColumnText}). Read with parquet-hadoop's file reader on a local
 * file and a plain configuration: no Hadoop class is loaded.
 *
 * <ul>
 *   <li>Row k (from 1, across the parts in name order) is reported as line k + 1, the header
 *       counting as line 1, so the report lines of a Parquet file and of the same table as CSV
 *       name the same lines.
 *   <li>Nested columns (lists, maps, structs) are left out with a note: KOLScope reads flat
 *       tables.
 *   <li>A count's lower-bound flag as KOLScope writes it ({@code likes} and {@code
 *       likes_lower_bound}) goes back into the count's text ({@code 10000+}), so a table written
 *       as Parquet reads back to the same table.
 *   <li>A file that is not Parquet, is cut short or damaged gives one line naming the file.
 * </ul>
 */
final class ParquetRows implements RowSource {
  private final Path path;
  private final ZoneId zone;

  ParquetRows(Path path, ZoneId zone) {
    this.path = path;
    this.zone = zone;
  }

  @Override
  public void read(Sink sink) {
    List<Path> parts = parts(path);
    Layout layout = null;
    long row = 0;
    for (Path part : parts) {
      checkEnds(part);
      try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(part), OPTIONS)) {
        MessageType schema = r.getFooter().getFileMetaData().getSchema();
        Layout here = layout;
        if (layout == null) {
          layout = new Layout(schema, zone);
          here = layout;
          sink.header(layout.header);
          layout.notes(parts.size()).forEach(sink::note);
          sink.expect(expectedRows(parts, r.getRecordCount()));
        } else if (!layout.sameColumns(schema)) {
          // a part may lack or add a count's lower-bound flag (a part without "10000+" counts
          // has none): the same header, read with its own layout
          here = new Layout(schema, zone);
          if (!here.header.equals(layout.header)) {
            throw new LoadException(part + ": its columns differ from those of " + parts.get(0)
                + ": the parts of one table have the same columns");
          }
        }
        MessageColumnIO io = new ColumnIOFactory().getColumnIO(here.projection, schema);
        PageReadStore pages;
        while ((pages = r.readNextRowGroup()) != null) {
          RecordReader<String[]> records = io.getRecordReader(pages, new Records(here.projection, zone));
          for (long i = pages.getRowCount(); i > 0; i--) {
            sink.row(here.cells(records.read()), ++row + 1);
          }
        }
      } catch (LoadException e) {
        throw e;
      } catch (IOException | RuntimeException e) {
        throw new LoadException(part + ": a damaged Parquet file: " + reason(e), e);
      }
    }
  }

  private static final ParquetReadOptions OPTIONS = ReadOptions.plain();

  /**
   * The rows of all parts: the first part's own count (from its footer), and for a folder of parts
   * that count scaled by the parts' bytes (the other footers are not read ahead of their turn).
   */
  static long expectedRows(List<Path> parts, long firstRows) throws IOException {
    if (parts.size() == 1) {
      return firstRows;
    }
    long first = Math.max(1, Files.size(parts.get(0)));
    long all = 0;
    for (Path p : parts) {
      all += Files.size(p);
    }
    return (long) Math.ceil(firstRows * ((double) all / first));
  }

  /** The file itself, or a folder's {@code .parquet} parts in name order (not {@code _} or {@code .} files). */
  static List<Path> parts(Path path) {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> s = Files.list(path)) {
      List<Path> parts = s.filter(p -> {
        String n = p.getFileName().toString();
        return Files.isRegularFile(p) && !n.startsWith("_") && !n.startsWith(".")
            && n.toLowerCase(Locale.ROOT).endsWith(".parquet");
      }).sorted().toList();
      if (parts.isEmpty()) {
        throw new LoadException(path + ": a folder with no .parquet parts in it");
      }
      return parts;
    } catch (IOException e) {
      throw new LoadException("cannot read the folder " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Refuses a file that cannot be Parquet before the reader names it by an object id: too short,
   * or not starting and ending with {@code PAR1} (a copy cut short ends elsewhere).
   */
  private static void checkEnds(Path part) {
    try (SeekableByteChannel ch = Files.newByteChannel(part)) {
      long size = ch.size();
      ByteBuffer head = ByteBuffer.allocate(4);
      ByteBuffer tail = ByteBuffer.allocate(4);
      if (size >= 12) {
        ch.read(head);
        ch.position(size - 4).read(tail);
      }
      if (size < 12 || !Arrays.equals(head.array(), MAGIC)) {
        throw new LoadException(part + ": not a Parquet file (" + size + " bytes, Parquet starts "
            + "with PAR1 and has a footer)");
      }
      if (!Arrays.equals(tail.array(), MAGIC)) {
        throw new LoadException(part + ": a Parquet file cut short (it does not end with PAR1, "
            + "so its footer is missing): copy or write it again");
      }
    } catch (IOException e) {
      throw new LoadException(IoErrors.cannotRead(part, e), e);
    }
  }

  private static final byte[] MAGIC = {'P', 'A', 'R', '1'};

  /** The first line of the deepest message: what went wrong, without the stack. */
  private static String reason(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    m = m.lines().findFirst().orElse(m);
    return m.length() > 200 ? m.substring(0, 200) + "…" : m;
  }

  /** The columns read, the header they give and how each becomes a cell. */
  private static final class Layout {
    final MessageType projection;
    final List<String> header = new ArrayList<>();
    private final List<String> nested = new ArrayList<>();
    private final List<String> instants = new ArrayList<>();
    /** Per header column: its index in the projection. */
    private final int[] column;
    /** Per header column: the index of its lower-bound flag in the projection, or -1. */
    private final int[] flag;
    private final ZoneId zone;

    Layout(MessageType schema, ZoneId zone) {
      this.zone = zone;
      List<Type> flat = new ArrayList<>();
      for (Type t : schema.getFields()) {
        if (t.isPrimitive() && !t.isRepetition(Type.Repetition.REPEATED)) {
          flat.add(t);
        } else {
          nested.add(t.getName());
        }
      }
      projection = new MessageType(schema.getName(), flat);
      List<String> names = flat.stream().map(Type::getName).toList();
      List<ColumnText> text = new Records(projection, zone).columns();
      List<Integer> cols = new ArrayList<>();
      List<Integer> flags = new ArrayList<>();
      for (int i = 0; i < flat.size(); i++) {
        String n = names.get(i);
        if (isFlag(i, flat, names)) {
          continue; // read into its count's text
        }
        if (text.get(i).utcInstants()) {
          instants.add(n);
        }
        header.add(n);
        cols.add(i);
        int f = names.indexOf(n + Schema.LOWER_BOUND_SUFFIX);
        flags.add(f >= 0 && isFlag(f, flat, names) ? f : -1);
      }
      column = cols.stream().mapToInt(Integer::intValue).toArray();
      flag = flags.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Whether column {@code i} is a count's lower-bound flag as KOLScope writes it: a boolean
     * {@code <count>_lower_bound} beside its count column.
     */
    private static boolean isFlag(int i, List<Type> flat, List<String> names) {
      String name = names.get(i);
      if (!name.endsWith(Schema.LOWER_BOUND_SUFFIX) || flat.get(i).asPrimitiveType()
          .getPrimitiveTypeName() != PrimitiveType.PrimitiveTypeName.BOOLEAN) {
        return false;
      }
      String count = name.substring(0, name.length() - Schema.LOWER_BOUND_SUFFIX.length());
      return Schema.COUNT_COLUMNS.contains(count) && names.contains(count);
    }

    /** A record's cells (one per projected column) as the header's cells. */
    String[] cells(String[] record) {
      if (column.length == record.length) {
        return record; // no flags folded in
      }
      String[] cells = new String[column.length];
      for (int i = 0; i < cells.length; i++) {
        cells[i] = record[column[i]];
        if (cells[i] != null && flag[i] >= 0 && "true".equals(record[flag[i]])) {
          cells[i] += "+";
        }
      }
      return cells;
    }

    /** Whether another part has these columns, with the same types, in the same order. */
    boolean sameColumns(MessageType other) {
      Layout o = new Layout(other, zone);
      return o.projection.equals(projection) && o.nested.equals(nested);
    }

    List<String> notes(int parts) {
      List<String> notes = new ArrayList<>();
      notes.add("Apache Parquet" + (parts > 1 ? ", " + parts + " parts" : "")
          + ": row k is reported as line k+1 (the header counts as line 1)");
      for (String n : nested) {
        notes.add("column " + n + " left out: it is nested (a list, map or struct); KOLScope reads flat columns");
      }
      for (String n : instants) {
        notes.add("column " + n + " holds UTC instants: read as local times in " + zone.getId());
      }
      return notes;
    }

  }
}
