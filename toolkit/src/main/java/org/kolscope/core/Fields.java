package org.kolscope.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * One description of a result's fields, from which its views are made: the fields of a record are
 * its components, named in snake_case ({@code ciLow} → {@code ci_low}, {@code mwPValue} → {@code
 * mw_p_value}); {@link #table} makes a Tablesaw table of records with one column per scalar
 * field, {@link #tree} and {@link #configure} give the JSON of the same records through Jackson
 * with the same names. So a notebook's table, the CLI's {@code --json} and the report name a field
 * alike, and a field added to the record appears in all of them.
 *
 * <p>Numbers that are not finite (NaN, infinities) are {@code null} in JSON (JSON has neither) and
 * missing in a table. Enums are written by their {@code label()} when they have one (as on the
 * command line), else by their name in lower case.
 */
public final class Fields {
  /**
   * The naming of every JSON key and table column: lower camel case split before each capital
   * ({@code kolId} → {@code kol_id}, {@code ksPValue} → {@code ks_p_value}, {@code cooksD} →
   * {@code cooks_d}). Jackson's own {@code SNAKE_CASE} keeps runs of capitals together ({@code
   * ks_pvalue}), which is not how the keys of KOLScope read.
   */
  public static final PropertyNamingStrategies.NamingBase SNAKE_CASE = new Snake();

  private static final ObjectMapper MAPPER = configure(new ObjectMapper());
  private static final Map<Class<?>, List<Field>> CACHE = new ConcurrentHashMap<>();

  private Fields() {}

  /**
   * One field of a record: its name in the views, its type and how to read it.
   *
   * @param name the snake_case name (JSON key, column name)
   * @param type the declared type
   * @param accessor the record component's accessor, as Jackson found it
   */
  public record Field(String name, JavaType type, AnnotatedMember accessor) {
    /** The value of this field in {@code record}. */
    public Object get(Object record) {
      return accessor.getValue(record);
    }

    /** Whether the field holds one value (number, text, flag, enum), so it can be a column. */
    public boolean scalar() {
      Class<?> c = type.getRawClass();
      return c.isPrimitive() || Number.class.isAssignableFrom(c) || c == String.class
          || c == Boolean.class || c.isEnum() || c == Character.class;
    }

    /** Whether the field is a list of texts (reasons, keys), shown in a table as one cell. */
    public boolean textList() {
      return type.isCollectionLikeType() && type.getContentType().getRawClass() == String.class;
    }
  }

  /** {@code camelCase} → {@code camel_case}, split before each capital (see {@link #SNAKE_CASE}). */
  public static String snake(String name) {
    return SNAKE_CASE.translate(name);
  }

  /**
   * Sets {@code mapper} up to write results as KOLScope does: {@link #SNAKE_CASE} names, records by
   * their components, non-finite numbers as {@code null}, enums by their labels.
   *
   * @param mapper the mapper to configure (changed and returned)
   * @return {@code mapper}
   */
  public static ObjectMapper configure(ObjectMapper mapper) {
    SimpleModule m = new SimpleModule("kolscope-fields");
    m.addSerializer(Double.class, new FiniteDouble());
    m.addSerializer(double.class, new FiniteDouble());
    @SuppressWarnings({"unchecked", "rawtypes"})
    Class<Enum<?>> anyEnum = (Class) Enum.class;
    m.addSerializer(anyEnum, new EnumLabel());
    mapper.registerModule(m);
    mapper.setPropertyNamingStrategy(SNAKE_CASE);
    return mapper;
  }

  /**
   * The fields of a record type, in component order.
   *
   * @param type a record class
   * @throws IllegalArgumentException if {@code type} is not a record
   */
  public static List<Field> of(Class<?> type) {
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type.getName() + " is not a record: no fields to describe");
    }
    return CACHE.computeIfAbsent(type, Fields::introspect);
  }

  private static List<Field> introspect(Class<?> type) {
    JavaType t = MAPPER.constructType(type);
    BeanDescription d = MAPPER.getSerializationConfig().introspect(t);
    List<Field> out = new ArrayList<>();
    for (BeanPropertyDefinition p : d.findProperties()) {
      if (p.couldSerialize() && p.getAccessor() != null) {
        p.getAccessor().fixAccess(true);
        out.add(new Field(p.getName(), p.getPrimaryType(), p.getAccessor()));
      }
    }
    return List.copyOf(out);
  }

  /** The names of a record type's fields, in order. */
  public static List<String> names(Class<?> type) {
    return of(type).stream().map(Field::name).toList();
  }

  /**
   * The records as a table: one row per record, one column per scalar field (numbers as number
   * columns, flags as boolean columns, text and enums as text columns) and per list of texts (one
   * cell, the texts joined by {@code "; "}); lists of records and nested records are left to their
   * own tables.
   *
   * @param name the table's name
   * @param type the record class
   * @param rows the records
   */
  public static <R extends Record> Table table(String name, Class<R> type, List<? extends R> rows) {
    Table t = Table.create(name);
    for (Field f : of(type)) {
      if (f.scalar() || f.textList()) {
        t.addColumns(column(f, rows));
      }
    }
    return t;
  }

  private static Column<?> column(Field f, List<?> rows) {
    Class<?> c = f.type().getRawClass();
    String name = f.name();
    if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
      return fill(DoubleColumn.create(name), f, rows, (col, v) -> {
        double d = ((Number) v).doubleValue();
        if (Double.isFinite(d)) {
          col.append(d);
        } else {
          col.appendMissing();
        }
      });
    }
    if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
      return fill(IntColumn.create(name), f, rows, (col, v) -> col.append(((Number) v).intValue()));
    }
    if (c == long.class || c == Long.class) {
      return fill(LongColumn.create(name), f, rows, (col, v) -> col.append(((Number) v).longValue()));
    }
    if (c == boolean.class || c == Boolean.class) {
      return fill(BooleanColumn.create(name), f, rows, (col, v) -> col.append((Boolean) v));
    }
    return fill(StringColumn.create(name), f, rows, (col, v) -> col.append(text(v)));
  }

  /** Appends field {@code f} of each row to {@code col}: missing where it is null. */
  private static <C extends Column<?>> C fill(C col, Field f, List<?> rows, BiConsumer<C, Object> append) {
    for (Object r : rows) {
      Object v = f.get(r);
      if (v == null) {
        col.appendMissing();
      } else {
        append.accept(col, v);
      }
    }
    return col;
  }

  /** A cell's text: an enum by its label, a list of texts joined by "; ". */
  private static String text(Object v) {
    if (v instanceof Enum<?> e) {
      return label(e);
    }
    if (v instanceof Collection<?> l) {
      return l.stream().map(String::valueOf).collect(Collectors.joining("; "));
    }
    return v.toString();
  }

  /**
   * A value as JSON would hold it: records and maps as ordered maps with the fields' names, lists
   * as lists, non-finite numbers as null.
   *
   * @param value a record, map, list or scalar
   * @return the JSON tree as plain Java values
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> tree(Object value) {
    return MAPPER.convertValue(value, LinkedHashMap.class);
  }

  /**
   * A value as JSON would hold it, as plain Java values: records as ordered maps with the fields'
   * names, lists of records as lists of maps, non-finite numbers as null; null stays null.
   *
   * @param value a record, list, map or scalar (may be null)
   * @return maps, lists, numbers, texts, booleans and nulls
   */
  public static Object plain(Object value) {
    return MAPPER.convertValue(value, Object.class);
  }

  /**
   * Some fields of a record, as JSON holds them: for a view that shows fewer fields than the
   * record has (a command's documented keys). The names are checked against the record's
   * description, so a renamed component fails here instead of dropping a key silently.
   *
   * @param record a record, or null (then null)
   * @param names the fields to keep, in the order wanted
   * @return an ordered map of those fields, or null
   * @throws IllegalArgumentException if a name is not a field of the record
   */
  public static Map<String, Object> only(Object record, String... names) {
    if (record == null) {
      return null;
    }
    List<String> known = names(record.getClass());
    Map<String, Object> all = tree(record);
    Map<String, Object> out = new LinkedHashMap<>();
    for (String n : names) {
      if (!known.contains(n)) {
        throw new IllegalArgumentException("no field '" + n + "' in "
            + record.getClass().getSimpleName() + "; its fields are " + known);
      }
      out.put(n, all.get(n));
    }
    return out;
  }

  /** {@link #only(Object, String...)} of each record of a list. */
  public static List<Map<String, Object>> only(List<?> records, String... names) {
    return records.stream().map(r -> only(r, names)).toList();
  }

  /** The label of an enum constant: its {@code label()} method when it has one, else its name in lower case. */
  public static String label(Enum<?> e) {
    try {
      Method m = e.getDeclaringClass().getMethod("label");
      if (m.getReturnType() == String.class) {
        return (String) m.invoke(e);
      }
    } catch (ReflectiveOperationException notThere) {
      // the name then
    }
    return e.name().toLowerCase(Locale.ROOT);
  }

  private static final class Snake extends PropertyNamingStrategies.NamingBase {
    private static final long serialVersionUID = 1L;

    @Override
    public String translate(String name) {
      if (name == null) {
        return null;
      }
      StringBuilder sb = new StringBuilder(name.length() + 4);
      for (int i = 0; i < name.length(); i++) {
        char ch = name.charAt(i);
        if (Character.isUpperCase(ch)) {
          if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') {
            sb.append('_');
          }
          sb.append(Character.toLowerCase(ch));
        } else {
          sb.append(ch);
        }
      }
      return sb.toString();
    }
  }

  private static final class FiniteDouble extends JsonSerializer<Double> {
    @Override
    public void serialize(Double v, JsonGenerator g, SerializerProvider p) throws IOException {
      if (v == null || !Double.isFinite(v)) {
        g.writeNull();
      } else {
        g.writeNumber(v);
      }
    }
  }

  private static final class EnumLabel extends JsonSerializer<Enum<?>> {
    @Override
    public void serialize(Enum<?> v, JsonGenerator g, SerializerProvider p) throws IOException {
      g.writeString(label(v));
    }
  }
}
