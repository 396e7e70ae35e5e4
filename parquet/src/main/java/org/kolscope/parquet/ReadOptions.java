package org.kolscope.parquet;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.Map;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.bytes.ByteBufferAllocator;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.crypto.FileDecryptionProperties;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.format.converter.ParquetMetadataConverter;
import org.apache.parquet.hadoop.ParquetMetricsCallback;

/**
 * The file reader's options without Hadoop. parquet-hadoop's only ways to make them, {@code
 * ParquetReadOptions.builder()} and {@code new Builder(ParquetConfiguration)}, both load {@code
 * ParquetInputFormat} (for its record filter), a subclass of Hadoop MapReduce's {@code
 * FileInputFormat}, and Hadoop's codec factory: reading a local file would need hadoop-common and
 * hadoop-mapreduce-client-core (tens of MB) for two defaults. So the options are made with the
 * constructor the builder itself calls (package-private, by reflection: the class path is not a
 * module, so it is allowed), with what the builder would give: no filters, the heap allocator,
 * 8 MB allocations, and the Hadoop-free {@link Codecs}. The constructor's parameter list is that
 * of the pinned {@code parquet.version}; {@code ReadOptions_PlainTest} fails if an upgrade
 * changes it.
 */
final class ReadOptions {
  private static final int MAX_ALLOCATION = 8 << 20; // the builder's default

  private ReadOptions() {}

  /** Options to read a local file: every filter off, {@link Codecs}, a plain configuration. */
  static ParquetReadOptions plain() {
    try {
      Constructor<ParquetReadOptions> c = ParquetReadOptions.class.getDeclaredConstructor(
          boolean.class, boolean.class, boolean.class, boolean.class, boolean.class, boolean.class,
          boolean.class, boolean.class, boolean.class, FilterCompat.Filter.class,
          ParquetMetadataConverter.MetadataFilter.class, CompressionCodecFactory.class,
          ByteBufferAllocator.class, int.class, Map.class, FileDecryptionProperties.class,
          ParquetMetricsCallback.class, ParquetConfiguration.class);
      c.setAccessible(true);
      // signed min/max, statistics, dictionary, record, column-index filters, page checksums,
      // bloom filters, off-heap decryption, vectored IO: all off (a whole file is read)
      return c.newInstance(false, false, false, false, false, false, false, false, false,
          FilterCompat.NOOP, ParquetMetadataConverter.NO_FILTER, Codecs.INSTANCE,
          new HeapByteBufferAllocator(), MAX_ALLOCATION, new HashMap<String, String>(), null, null,
          new PlainParquetConfiguration());
    } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
        | InvocationTargetException e) {
      throw new IllegalStateException("parquet-hadoop's ParquetReadOptions is not the pinned "
          + "version's: " + e, e);
    }
  }
}
