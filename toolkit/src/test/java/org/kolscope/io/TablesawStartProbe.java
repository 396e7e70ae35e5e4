package org.kolscope.io;

import tech.tablesaw.api.Table;
import tech.tablesaw.io.fixed.FixedWidthReadOptions;
import tech.tablesaw.io.fixed.FixedWidthWriteOptions;

/**
 * Run in a fresh JVM by {@link TablesawStart_ScanTest}: {@link TablesawStart#initialise()} first,
 * as the CLI and the kernel do, then what Tablesaw's own readers and writers answer, one line each.
 */
public final class TablesawStartProbe {
  private TablesawStartProbe() {}

  public static void main(String[] args) throws Exception {
    String before = System.getProperty("java.class.path");
    TablesawStart.initialise();
    System.out.println("class path restored: " + before.equals(System.getProperty("java.class.path")));
    Table t = Table.read().string("kol_id,followers\nk1,12\nk2,345\n", "csv");
    System.out.println("csv read: " + t.rowCount() + " rows, " + t.columnNames());
    System.out.println("csv writer: " + Table.defaultWriterRegistry.getWriterForExtension("csv")
        .getClass().getName());
    System.out.println("fixed reader: " + Table.defaultReaderRegistry.getReaderForOptions(
        FixedWidthReadOptions.builder(new java.io.StringReader("a")).build()).getClass().getName());
    System.out.println("fixed writer: " + Table.defaultWriterRegistry.getWriterForOptions(
        FixedWidthWriteOptions.builder(new java.io.StringWriter()).build()).getClass().getName());
  }
}
