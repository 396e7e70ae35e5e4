package org.kolscope.parquet;

import com.github.luben.zstd.Zstd;
import io.airlift.compress.lz4.Lz4Decompressor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

/**
 * Page compression without Hadoop. Parquet's own {@code CodecFactory} goes through Hadoop's
 * {@code CompressionCodec} classes, which would put {@code hadoop-common} (and its dozens of
 * jars) on the CLI's class path; the libraries under those codecs (snappy-java, zstd-jni,
 * aircompressor) come with parquet-hadoop anyway and are called here directly. Reads the codecs
 * pandas/pyarrow, polars, DuckDB and Spark write (none, Snappy, gzip, zstd, LZ4 raw); writes
 * Snappy (Spark's and pyarrow's default). LZO, Brotli and the old Hadoop-framed LZ4 are refused
 * with their name.
 */
final class Codecs implements CompressionCodecFactory {
  static final Codecs INSTANCE = new Codecs();

  private Codecs() {}

  @Override
  public BytesInputCompressor getCompressor(CompressionCodecName codec) {
    if (codec != CompressionCodecName.SNAPPY && codec != CompressionCodecName.UNCOMPRESSED) {
      throw new IllegalArgumentException("compression " + codec + " is not written; SNAPPY or UNCOMPRESSED");
    }
    return new BytesInputCompressor() {
      @Override
      public BytesInput compress(BytesInput bytes) throws IOException {
        return codec == CompressionCodecName.UNCOMPRESSED ? bytes
            : BytesInput.from(Snappy.compress(bytes.toByteArray()));
      }

      @Override
      public CompressionCodecName getCodecName() {
        return codec;
      }

      @Override
      public void release() {}
    };
  }

  @Override
  public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
    return new BytesInputDecompressor() {
      @Override
      public BytesInput decompress(BytesInput bytes, int size) throws IOException {
        return BytesInput.from(Codecs.decompress(codec, bytes.toByteArray(), size));
      }

      @Override
      public void decompress(ByteBuffer in, int inSize, ByteBuffer out, int outSize) throws IOException {
        byte[] b = new byte[inSize];
        in.get(b);
        out.put(Codecs.decompress(codec, b, outSize));
      }

      @Override
      public void release() {}
    };
  }

  /**
   * {@code in} decompressed to {@code size} bytes.
   *
   * @throws IOException when the codec is not read here or the data is damaged
   */
  static byte[] decompress(CompressionCodecName codec, byte[] in, int size) throws IOException {
    byte[] out;
    switch (codec) {
      case UNCOMPRESSED -> out = in;
      case SNAPPY -> {
        out = new byte[size];
        if (Snappy.uncompressedLength(in) != size) {
          throw new IOException("a Snappy page of the wrong length");
        }
        Snappy.uncompress(in, 0, in.length, out, 0);
      }
      case GZIP -> {
        try (GZIPInputStream z = new GZIPInputStream(new ByteArrayInputStream(in))) {
          out = z.readNBytes(size);
        }
      }
      case ZSTD -> {
        out = Zstd.decompress(in, size);
      }
      case LZ4_RAW -> {
        out = new byte[size];
        int n = new Lz4Decompressor().decompress(in, 0, in.length, out, 0, size);
        if (n != size) {
          throw new IOException("an LZ4 page of " + n + " bytes, expected " + size);
        }
      }
      default -> throw new IOException("pages compressed with " + codec + ", which KOLScope does not "
          + "read (it reads none, SNAPPY, GZIP, ZSTD and LZ4_RAW): rewrite the file with one of those");
    }
    if (out.length != size) {
      throw new IOException("a page of " + out.length + " bytes, expected " + size);
    }
    return out;
  }

  @Override
  public void release() {}
}
