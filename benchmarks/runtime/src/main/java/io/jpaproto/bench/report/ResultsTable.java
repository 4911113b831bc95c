package io.jpaproto.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.jpaproto.bench.ProductFixture;
import io.jpaproto.bench.RoundTrips;
import io.jpaproto.bench.model.Product;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.util.ListStatistics;

/**
 * Turns JMH's JSON result files into the Markdown tables of BENCHMARKS.md: ns/op and B/op per benchmark, the ratios
 * against the hand-written baseline and the generated mapper of the same run, the targets, and the payload sizes.
 * Results of one benchmark spread over several files (one per round of run.sh) are merged: every measurement iteration
 * of every file counts once. Exits with status 1 when a benchmark of the suite has no result (it failed, or was not
 * run).
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.jpaproto.bench.report.ResultsTable <result.json or folder>...}
 */
public final class ResultsTable {
  private static final String PREFIX = "io.jpaproto.bench.ProductMappingBenchmark.";
  private static final List<String> DIRECTIONS = List.of("toBytes", "fromBytes");
  private static final List<String> VARIANTS = List.of("1_generated", "2_handWritten", "3_jackson", "4_reflection");
  private static final Map<String, String> LABELS = Map.of(
      "1_generated", "(1) generated mapper + protobuf",
      "2_handWritten", "(2) hand-written mapper + protobuf (baseline)",
      "3_jackson", "(3) Jackson JSON",
      "4_reflection", "(4) reflection + DynamicMessage");

  private ResultsTable() {
  }

  public static void main(String[] args) throws IOException {
    boolean smoke = args.length > 0 && args[0].equals("--smoke");
    if (args.length == (smoke ? 1 : 0)) {
      System.err.println("usage: ResultsTable [--smoke] <jmh-result.json or folder of them>...");
      System.exit(2);
    }
    List<File> files = new ArrayList<>();
    for (String arg : smoke ? Arrays.copyOfRange(args, 1, args.length) : args) {
      File f = new File(arg);
      File[] inFolder = f.listFiles((dir, name) -> name.endsWith(".json"));
      if (inFolder != null) {
        Arrays.sort(inFolder);
        files.addAll(Arrays.asList(inFolder));
      } else {
        files.add(f);
      }
    }
    JsonMapper json = JsonMapper.builder().build();
    Map<String, Samples> samples = new LinkedHashMap<>();
    for (File file : files) {
      for (JsonNode r : json.readTree(file)) {
        samples.computeIfAbsent(r.get("benchmark").asText(), k -> new Samples()).add(r);
      }
    }
    Map<String, Result> byName = new HashMap<>();
    samples.forEach((name, s) -> byName.put(name, s.result()));
    StringBuilder out = new StringBuilder();
    boolean complete = true;

    out.append("| direction | variant | ns/op | ± (99.9%) | median ns/op | B/op | vs hand-written | vs generated |\n");
    out.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (String direction : DIRECTIONS) {
      Result base = byName.get(PREFIX + direction + "_2_handWritten");
      Result generated = byName.get(PREFIX + direction + "_1_generated");
      for (String variant : VARIANTS) {
        Result r = byName.get(PREFIX + direction + "_" + variant);
        String what = direction.equals("toBytes") ? "entity → bytes" : "bytes → entity";
        if (r == null) {
          complete = false;
          out.append("| ").append(what).append(" | ").append(LABELS.get(variant)).append(" | MISSING | | | | | |\n");
          continue;
        }
        out.append("| ").append(what).append(" | ").append(LABELS.get(variant))
            .append(" | ").append(fmt(r.nsPerOp, 1))
            .append(" | ").append(fmt(r.error, 1))
            .append(" | ").append(fmt(r.median, 1))
            .append(" | ").append(Double.isNaN(r.bytesPerOp) ? "n/a" : fmt(r.bytesPerOp, 0))
            .append(" | ").append(ratio(r, base))
            .append(" | ").append(ratio(r, generated))
            .append(" |\n");
      }
    }

    out.append("\nDiagnostics: the mappers alone, without protobuf's serializer and parser, and one"
        + " `Relations.requireLoaded` call (a generated `toProto` makes one per collection attribute) on a JDK"
        + " collection and on a collection of another class, as a provider's lazy collection is.\n\n");
    out.append("| diagnostic | ns/op | ± (99.9%) | median ns/op | B/op | generated / hand-written |\n");
    out.append("|---|---:|---:|---:|---:|---:|\n");
    String mappingOnly = "io.jpaproto.bench.MappingOnlyBenchmark.";
    for (String name : List.of("toProto_1_generated", "toProto_2_handWritten", "fromProto_1_generated",
        "fromProto_2_handWritten")) {
      Result base = byName.get(mappingOnly + name.substring(0, name.indexOf('_')) + "_2_handWritten");
      complete &= diagnostic(out, "mapper only: " + name, byName.get(mappingOnly + name), base);
    }
    complete &= diagnostic(out, "`Relations.requireLoaded`, one call, JDK collection (`ArrayList`)",
        byName.get("io.jpaproto.bench.RequireLoadedBenchmark.requireLoaded_jdkCollection"), null);
    complete &= diagnostic(out, "`Relations.requireLoaded`, one call, non-JDK collection (asks JPA)",
        byName.get("io.jpaproto.bench.RequireLoadedBenchmark.requireLoaded_otherCollection"), null);

    if (smoke) {
      out.append("\nSmoke run: one short iteration without warm-up; the numbers only show that every benchmark runs,"
          + " so no target is judged.\n");
    }
    out.append("\n| target | ratio of means | ratio of medians | result (on means) |\n|---|---:|---:|---|\n");
    complete &= target(out, "generated within 1.10x of hand-written, entity → bytes",
        byName.get(PREFIX + "toBytes_1_generated"), byName.get(PREFIX + "toBytes_2_handWritten"), 1.10, false, smoke);
    complete &= target(out, "generated within 1.10x of hand-written, bytes → entity",
        byName.get(PREFIX + "fromBytes_1_generated"), byName.get(PREFIX + "fromBytes_2_handWritten"), 1.10, false, smoke);
    complete &= target(out, "entity → bytes at least 2x faster than Jackson (Jackson / generated)",
        byName.get(PREFIX + "toBytes_3_jackson"), byName.get(PREFIX + "toBytes_1_generated"), 2.0, true, smoke);
    complete &= target(out, "bytes → entity at least 3x faster than Jackson (Jackson / generated)",
        byName.get(PREFIX + "fromBytes_3_jackson"), byName.get(PREFIX + "fromBytes_1_generated"), 3.0, true, smoke);

    String access = "io.jpaproto.bench.FieldAccessBenchmark.";
    complete &= target(out, "private fields (VarHandles) within 1.10x of accessors, entity → bytes",
        byName.get(access + "toBytes_2_privateFields"), byName.get(access + "toBytes_1_accessors"), 1.10, false,
        smoke);
    complete &= target(out, "private fields (VarHandles) within 1.10x of accessors, bytes → entity",
        byName.get(access + "fromBytes_2_privateFields"), byName.get(access + "fromBytes_1_accessors"), 1.10, false,
        smoke);

    RoundTrips paths = new RoundTrips();
    Product product = ProductFixture.create();
    out.append("\nPayload of the fixture: protobuf ").append(paths.generatedToBytes(product).length)
        .append(" bytes, Jackson JSON ").append(paths.jacksonToBytes(product).length).append(" bytes.\n");

    System.out.print(out);
    if (!complete) {
      System.err.println("ResultsTable: some benchmarks of the suite have no result in " + files);
      System.exit(1);
    }
  }

  /** Appends a diagnostic row; false when the result is missing. */
  private static boolean diagnostic(StringBuilder out, String name, Result r, Result base) {
    if (r == null) {
      out.append("| ").append(name).append(" | MISSING | | | | |\n");
      return false;
    }
    out.append("| ").append(name)
        .append(" | ").append(fmt(r.nsPerOp, 1))
        .append(" | ").append(fmt(r.error, 1))
        .append(" | ").append(fmt(r.median, 1))
        .append(" | ").append(Double.isNaN(r.bytesPerOp) ? "n/a" : fmt(r.bytesPerOp, 0))
        .append(" | ").append(base == null ? "" : ratio(r, base))
        .append(" |\n");
    return true;
  }

  /** Appends a target row; false when a result is missing. */
  private static boolean target(
      StringBuilder out, String name, Result numerator, Result denominator, double bound, boolean atLeast,
      boolean smoke) {
    if (numerator == null || denominator == null) {
      out.append("| ").append(name).append(" | missing | missing | NOT MEASURED |\n");
      return false;
    }
    double ratio = numerator.nsPerOp / denominator.nsPerOp;
    boolean met = atLeast ? ratio >= bound : ratio <= bound;
    out.append("| ").append(name).append(" | ").append(fmt(ratio, 2)).append("x | ")
        .append(fmt(numerator.median / denominator.median, 2)).append("x | ")
        .append(smoke ? "not judged (smoke)" : met ? "MET" : "NOT MET").append(" (").append(atLeast ? "≥ " : "≤ ").append(fmt(bound, 2))
        .append("x) |\n");
    return true;
  }

  private static String ratio(Result r, Result reference) {
    return reference == null ? "n/a" : fmt(r.nsPerOp / reference.nsPerOp, 2) + "x";
  }

  private static String fmt(double value, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }

  /** The mean of all measurement iterations, its 99.9% confidence half-width (as JMH computes it), the median, B/op. */
  private record Result(double nsPerOp, double error, double median, double bytesPerOp) {
  }

  /** The measurement iterations and allocation results of one benchmark, from every file. */
  private static final class Samples {
    private final List<Double> iterations = new ArrayList<>();
    private final List<Double> bytesPerOp = new ArrayList<>();

    void add(JsonNode r) {
      for (JsonNode fork : r.get("primaryMetric").get("rawData")) {
        for (JsonNode iteration : fork) {
          iterations.add(iteration.asDouble());
        }
      }
      JsonNode secondary = r.get("secondaryMetrics");
      if (secondary != null) {
        for (Iterator<Map.Entry<String, JsonNode>> it = secondary.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          if (e.getKey().endsWith("gc.alloc.rate.norm")) {
            bytesPerOp.add(e.getValue().get("score").asDouble());
          }
        }
      }
    }

    Result result() {
      ListStatistics stats = new ListStatistics();
      iterations.forEach(stats::addValue);
      double error = iterations.size() > 1 ? stats.getMeanErrorAt(0.999) : 0;
      double bytes = bytesPerOp.isEmpty()
          ? Double.NaN
          : bytesPerOp.stream().mapToDouble(Double::doubleValue).sum() / bytesPerOp.size();
      return new Result(stats.getMean(), error, stats.getPercentile(50), bytes);
    }
  }
}
