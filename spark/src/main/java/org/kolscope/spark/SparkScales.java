package org.kolscope.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.kolscope.core.QuantileType;
import org.kolscope.core.Quantiles;
import org.kolscope.evidence.LocalFit;
import org.kolscope.evidence.NoteSignals;
import org.kolscope.evidence.NoteSpikes;
import org.kolscope.rules.NoteStage;

/**
 * The two spike scales fitted over every part's points ({@link NoteStage#points}): what {@link
 * NoteStage#scales} computes in memory, exactly. Up to {@value #ON_DRIVER} notes the points are
 * brought to the driver (32 bytes a point, at most two a note) and {@link NoteStage#scales} itself
 * fits them: one job. Above, where the points are: per scale, the systematic sample of {@link
 * LocalFit} (ranks 0, step, 2·step, … of the points sorted by size, ties by KOL and line), read off
 * a distributed sort at the ranks asked for, and the exact median absolute deviation of the
 * deviations, its order statistics found by histogram passes ({@link #select}); only those values
 * reach the driver.
 */
final class SparkScales {
  static final StructType POINTS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("kind", DataTypes.IntegerType, false),
      DataTypes.createStructField("x", DataTypes.DoubleType, false),
      DataTypes.createStructField("kol", DataTypes.LongType, false),
      DataTypes.createStructField("line", DataTypes.LongType, false),
      DataTypes.createStructField("y", DataTypes.DoubleType, false)));

  private SparkScales() {}

  /** Each part's points as rows of {@link #POINTS} ({@code kind} 0 likes, 1 comments). */
  static Iterator<Row> rows(NoteStage.SpikePoints[] points) {
    List<Row> out = new ArrayList<>();
    for (int k = 0; k < points.length; k++) {
      NoteStage.SpikePoints p = points[k];
      for (int i = 0; i < p.count(); i++) {
        out.add(RowFactory.create(k, p.size()[i], p.kol()[i], p.line()[i], p.deviation()[i]));
      }
    }
    return out.iterator();
  }

  /**
   * Notes up to which the spike points are fitted on the driver (at most 128 MB of points there;
   * the job per step of the distributed fit cost more than the fit: at 40k notes the distributed
   * fit's 20-odd jobs took seconds).
   */
  static final long ON_DRIVER = 2_000_000;

  /**
   * The scales from all parts' points ({@link NoteStage#points} of each part).
   *
   * @param notes how many notes the points come from: up to {@value #ON_DRIVER}, fitted on the
   *     driver
   */
  static NoteSignals.Scales of(SparkSession spark, JavaRDD<NoteStage.SpikePoints[]> points, long notes) {
    return notes <= ON_DRIVER ? onDriver(points) : distributed(spark, points.flatMap(SparkScales::rows));
  }

  /** The scales of {@link NoteStage#scales} on all parts' points, brought to the driver. */
  static NoteSignals.Scales onDriver(JavaRDD<NoteStage.SpikePoints[]> points) {
    return NoteStage.scales(points.collect());
  }

  /** The scales from all points ({@link #POINTS} rows), fitted where they are. */
  static NoteSignals.Scales distributed(SparkSession spark, JavaRDD<Row> pointRows) {
    Dataset<Row> all = spark.createDataFrame(pointRows, POINTS).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      NoteSpikes.Scale[] s = new NoteSpikes.Scale[2];
      for (int k = 0; k < 2; k++) {
        Dataset<Row> pts = all.filter(functions.col("kind").equalTo(k));
        long total = pts.count();
        if (total < LocalFit.MIN_POINTS) {
          continue;
        }
        if (total > Integer.MAX_VALUE) {
          throw new IllegalArgumentException(total + " spike points: more than a local fit takes");
        }
        int n = (int) total;
        int step = LocalFit.sampleStep(n);
        int m = (n + step - 1) / step;
        long[] ranks = new long[m];
        for (int i = 0; i < m; i++) {
          ranks[i] = (long) i * step;
        }
        Map<Long, Row> sample = atRanks(sorted(pts, n, "x", "kol", "line"), ranks);
        double[] xs = new double[m];
        double[] ys = new double[m];
        for (int i = 0; i < m; i++) {
          Row r = sample.get(ranks[i]);
          xs[i] = r.getDouble(r.fieldIndex("x"));
          ys[i] = r.getDouble(r.fieldIndex("y"));
        }
        double median = median(pts.select("y"), n);
        double mad = median(pts.select(functions.abs(functions.col("y").minus(median)).as("y")), n);
        s[k] = NoteSpikes.Scale.ofSample(xs, ys, n, Quantiles.MAD_NORMAL_SCALE * mad);
      }
      return new NoteSignals.Scales(s[0], s[1]);
    } finally {
      all.unpersist();
    }
  }

  /**
   * The median of the one column {@code y} of {@code values} ({@code n} rows), as {@link
   * Quantiles#median} computes it: the order statistics it reads are selected exactly ({@link
   * #select}).
   */
  private static double median(Dataset<Row> values, int n) {
    Set<Integer> asked = new HashSet<>();
    QuantileType.TYPE_7.quantile(n, i -> {
      asked.add(i);
      return 0;
    }, 0.5);
    long[] ranks = asked.stream().mapToLong(Integer::longValue).sorted().toArray();
    // each part's values as one array, kept serialized: 8 bytes a value, scanned once a pass
    JavaRDD<double[]> y = values.javaRDD().mapPartitions(it -> {
      it.unimi.dsi.fastutil.doubles.DoubleArrayList v = new it.unimi.dsi.fastutil.doubles.DoubleArrayList();
      while (it.hasNext()) {
        v.add(it.next().getDouble(0));
      }
      return List.of(v.toDoubleArray()).iterator();
    }).persist(StorageLevel.MEMORY_AND_DISK_SER());
    Map<Long, Double> at = new HashMap<>();
    try {
      for (long r : ranks) {
        at.put(r, select(y, r));
      }
    } finally {
      y.unpersist();
    }
    return QuantileType.TYPE_7.quantile(n, i -> {
      Double v = at.get((long) i);
      if (v == null) {
        throw new IllegalStateException("order statistic " + i + " was not read");
      }
      return v;
    }, 0.5);
  }

  /** Values in a bucket few enough to sort on the driver. */
  static final int SELECT_COLLECT = 2_000_000;

  /**
   * The value of rank {@code rank} (0-based, in {@link Double#compare} order) among {@code values},
   * exactly and without a sort: each pass counts the values by the next 16 bits of their
   * order-preserving 64-bit key within the bucket found so far, until the bucket holds at most
   * {@value #SELECT_COLLECT} values (then sorted on the driver) or the key is complete (4 passes).
   */
  static double select(JavaRDD<double[]> values, long rank) {
    long prefix = 0; // the key's bits known so far (the high `known` bits)
    int known = 0;
    long within = rank;
    while (known < 64) {
      final long p = prefix;
      final int k = known;
      long[] counts = values.map(part -> {
        long[] c = new long[1 << 16];
        for (double v : part) {
          long key = key(v);
          if (k == 0 || key >>> (64 - k) == p) {
            c[(int) ((key << k) >>> 48)]++;
          }
        }
        return c;
      }).treeReduce((a, b) -> {
        for (int i = 0; i < a.length; i++) {
          a[i] += b[i];
        }
        return a;
      });
      int bucket = 0;
      while (within >= counts[bucket]) {
        within -= counts[bucket++];
      }
      prefix = (prefix << 16) | bucket;
      known += 16;
      if (counts[bucket] <= SELECT_COLLECT && known < 64) {
        final long q = prefix;
        final int kk = known;
        List<double[]> in = values.map(part -> java.util.Arrays.stream(part)
            .filter(v -> key(v) >>> (64 - kk) == q).toArray()).collect();
        double[] sorted = in.stream().flatMapToDouble(java.util.Arrays::stream).sorted().toArray();
        return sorted[(int) within];
      }
    }
    return value(prefix);
  }

  /** A 64-bit key whose unsigned order is {@link Double#compare}'s order of the doubles. */
  static long key(double v) {
    long bits = Double.doubleToLongBits(v);
    return bits < 0 ? ~bits : bits | Long.MIN_VALUE;
  }

  /** The double of a {@link #key}. */
  static double value(long key) {
    return Double.longBitsToDouble(key < 0 ? key & Long.MAX_VALUE : ~key);
  }

  /** Points per part of a sort: a part's sort is a few MB on its worker. */
  static final int ROWS_PER_SORTED_PART = 1_000_000;

  /** {@code d} sorted by {@code columns}, in about one part per {@value #ROWS_PER_SORTED_PART} rows. */
  private static Dataset<Row> sorted(Dataset<Row> d, long rows, String... columns) {
    int parts = (int) Math.max(1, (rows + ROWS_PER_SORTED_PART - 1) / ROWS_PER_SORTED_PART);
    org.apache.spark.sql.Column[] by = java.util.Arrays.stream(columns).map(functions::col)
        .toArray(org.apache.spark.sql.Column[]::new);
    return d.repartitionByRange(parts, by).sortWithinPartitions(by);
  }

  /**
   * The rows of a sorted dataset at the given ranks (0-based): partition sizes first, then each
   * partition keeps its rows at the ranks that fall in it.
   */
  private static Map<Long, Row> atRanks(Dataset<Row> sorted, long[] ranks) {
    Dataset<Row> cached = sorted.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      JavaRDD<Row> rdd = cached.javaRDD();
      List<Long> sizes = rdd.mapPartitions(it -> {
        long c = 0;
        while (it.hasNext()) {
          it.next();
          c++;
        }
        return List.of(c).iterator();
      }).collect();
      long[] start = new long[sizes.size() + 1];
      for (int p = 0; p < sizes.size(); p++) {
        start[p + 1] = start[p] + sizes.get(p);
      }
      Map<Integer, long[]> wanted = new HashMap<>();
      int p = 0;
      List<Long> mine = new ArrayList<>();
      for (long r : ranks) {
        while (r >= start[p + 1]) {
          if (!mine.isEmpty()) {
            wanted.put(p, mine.stream().mapToLong(Long::longValue).toArray());
            mine = new ArrayList<>();
          }
          p++;
        }
        mine.add(r);
      }
      if (!mine.isEmpty()) {
        wanted.put(p, mine.stream().mapToLong(Long::longValue).toArray());
      }
      List<Row> rows = rdd.mapPartitionsWithIndex((part, it) -> {
        long[] want = wanted.get(part);
        List<Row> out = new ArrayList<>();
        if (want == null) {
          return out.iterator();
        }
        long rank = start[part];
        int w = 0;
        while (it.hasNext() && w < want.length) {
          Row r = it.next();
          if (rank == want[w]) {
            out.add(RowFactory.create(rank, r));
            w++;
          }
          rank++;
        }
        return out.iterator();
      }, true).collect();
      Map<Long, Row> out = new HashMap<>();
      for (Row r : rows) {
        out.put(r.getLong(0), (Row) r.get(1));
      }
      return out;
    } finally {
      cached.unpersist();
    }
  }
}
