import java.nio.file.Files;
import java.nio.file.Path;
import org.kolscope.io.KolData;
import org.kolscope.io.LoadResult;

/**
 * In-process timing of KolData.loader().read(FILE): warm-up runs, then the median of measured runs,
 * and the process's peak RSS (VmHWM). Usage: java -cp ... LoadBench.java FILE [RUNS]
 */
public class LoadBench {
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    LoadResult r = null;
    for (int i = 0; i < 2; i++) {
      r = KolData.loader().read(file);
    }
    double[] t = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      r = KolData.loader().read(file);
      t[i] = (System.nanoTime() - t0) / 1e9;
    }
    java.util.Arrays.sort(t);
    long hwm = 0;
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        hwm = Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
      }
    }
    System.out.printf(
        "{\"peer\": \"kolscope\", \"rows_kept\": %d, \"rejected\": %d, \"suspicious\": %d, \"seconds\": %.3f, \"peak_rss_mib\": %d}%n",
        r.report().rowsKept(), r.report().rejectedRows(),
        r.report().problems(org.kolscope.io.Problem.Severity.SUSPICIOUS).size(), t[runs / 2], hwm);
  }
}
