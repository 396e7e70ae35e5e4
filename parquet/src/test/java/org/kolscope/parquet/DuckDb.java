package org.kolscope.parquet;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * DuckDB in memory (its JDBC driver): another tool's Parquet writer and reader, so the tests'
 * files and expected values do not come from the code under test.
 */
final class DuckDb {
  private DuckDb() {}

  /** Writes the rows of {@code select} to {@code out} with DuckDB's COPY and {@code options}. */
  static Path copy(String select, Path out, String options) throws SQLException {
    run("COPY (" + select + ") TO '" + out + "' (FORMAT parquet" + (options.isEmpty() ? "" : ", " + options) + ")");
    return out;
  }

  static void run(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** The rows of {@code query}, each cell as DuckDB prints it (null for NULL), joined by '|'. */
  static List<String> rows(String query) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      List<String> rows = new ArrayList<>();
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          sb.append(i > 1 ? "|" : "").append(rs.getString(i));
        }
        rows.add(sb.toString());
      }
      return rows;
    }
  }
}
