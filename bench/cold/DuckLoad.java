import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * DuckDB as the near-limit peer of {@code kolscope load} (bench/cold/run): read_csv with DuckDB's
 * own type detection into an in-memory table, every count column that is not read as integers
 * parsed in SQL by the loader's rules (missing markers, a trailing '+', thousands separators, the
 * units 万/w, 亿, k/千, m, b), then one line with the row count. Runs through DuckDB's JDBC driver
 * (org.duckdb:duckdb_jdbc from Maven Central), so a JVM start is part of its time, as of ours.
 *
 * <p>Usage: {@code java -cp DUCKDB_JAR:CLASSES DuckLoad FILE}
 */
public final class DuckLoad {
  private static final Set<String> COUNTS =
      Set.of("likes", "collects", "comments", "shares", "views", "followers", "likes_and_collects");

  private static final String PARSE = """
      CREATE MACRO parse_count(s) AS CASE
        WHEN s IS NULL OR trim(s) IN ('', '-', '--', '—', '–', 'N/A', 'NA', 'null', 'None') THEN NULL
        WHEN regexp_full_match(s, '[0-9]+') THEN CAST(s AS BIGINT)
        ELSE CAST(round(TRY_CAST(regexp_replace(regexp_replace(trim(s), '[,+]', '', 'g'),
                                                '[万wW亿kK千mMbB]$', '') AS DECIMAL(18, 4))
             * CASE right(regexp_replace(trim(s), '[+]$', ''), 1)
                 WHEN '万' THEN 1e4 WHEN 'w' THEN 1e4 WHEN 'W' THEN 1e4 WHEN '亿' THEN 1e8
                 WHEN 'k' THEN 1e3 WHEN 'K' THEN 1e3 WHEN '千' THEN 1e3 WHEN 'm' THEN 1e6
                 WHEN 'M' THEN 1e6 WHEN 'b' THEN 1e9 WHEN 'B' THEN 1e9 ELSE 1 END) AS BIGINT)
      END""";

  public static void main(String[] args) throws SQLException {
    String file = args[0].replace("'", "''");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      st.execute(PARSE);
      st.execute("CREATE TABLE raw AS SELECT * FROM read_csv('" + file + "')");
      List<String> select = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("DESCRIBE raw")) {
        while (rs.next()) {
          String name = rs.getString(1);
          String q = "\"" + name.replace("\"", "\"\"") + "\"";
          boolean text = rs.getString(2).equals("VARCHAR");
          select.add(COUNTS.contains(name) && text ? "parse_count(" + q + ") AS " + q : q);
        }
      }
      st.execute("CREATE TABLE notes AS SELECT " + String.join(", ", select) + " FROM raw");
      st.execute("DROP TABLE raw");
      try (ResultSet rs = st.executeQuery("SELECT count(*), count(followers) FROM notes")) {
        rs.next();
        System.out.println(args[0] + ": rows " + rs.getLong(1) + ", followers known " + rs.getLong(2));
      }
    }
  }
}
