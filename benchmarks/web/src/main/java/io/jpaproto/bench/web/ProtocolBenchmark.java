package io.jpaproto.bench.web;

import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.jpaproto.examples.library.LibraryServer;
import io.jpaproto.examples.library.api.GetBookRequest;
import io.jpaproto.examples.library.api.GetBookResponse;
import io.jpaproto.examples.library.api.LibraryServiceGrpc;
import io.jpaproto.examples.library.server.Database;
import io.jpaproto.examples.library.server.SeedData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The same {@code GetBook} (book 2, The Dispossessed) three ways against one jpaproto-web server on loopback, in one
 * JVM and one run, so the ratios compare like with like:
 * <ul>
 *   <li><b>gRPC</b>: grpc-java's blocking stub over one Netty HTTP/2 channel (the baseline);
 *   <li><b>gRPC-Web</b>: {@code POST /library.v1.LibraryService/GetBook}, {@code application/grpc-web+proto}, framed
 *       binary, with the JDK's HttpClient over HTTP/1.1 (as a browser calls it);
 *   <li><b>HTTP/JSON</b>: {@code GET /v1/books/2} with the same client, the response parsed by nothing (a REST client
 *       would parse it; the body is checked for the title).
 * </ul>
 * Latency: {@code --rounds} rounds, each {@code --calls} sequential calls of each protocol in turn (interleaved, so
 * drift hits all three alike), after a warm-up; median and p99 per protocol. Throughput: {@code --clients} threads
 * calling back to back for {@code --seconds} per protocol. Every response is checked; a failed call fails the run.
 */
public final class ProtocolBenchmark {
  private static final String TITLE = "The Dispossessed";
  // Held strongly: java.util.logging forgets levels set on loggers nobody references.
  private static final Logger HIBERNATE = Logger.getLogger("org.hibernate");
  private static final Logger HIBERNATE_POOL = Logger.getLogger("org.hibernate.orm.connections.pooling");

  private interface Call {
    void run() throws Exception;
  }

  public static void main(String[] args) throws Exception {
    HIBERNATE.setLevel(Level.WARNING);
    HIBERNATE_POOL.setLevel(Level.SEVERE); // the built-in pool is fine for an embedded benchmark database
    boolean smoke = false;
    int rounds = 10;
    int calls = 300;
    int clients = 8;
    int seconds = 10;
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--smoke" -> smoke = true;
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--calls" -> calls = Integer.parseInt(args[++i]);
        case "--clients" -> clients = Integer.parseInt(args[++i]);
        case "--seconds" -> seconds = Integer.parseInt(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "" -> { }
        default -> throw new IllegalArgumentException("unknown argument " + args[i]
            + " (--smoke, --rounds N, --calls N, --clients N, --seconds S, --out FILE)");
      }
    }
    if (smoke) {
      rounds = 1;
      calls = 20;
      clients = 2;
      seconds = 1;
    }

    Database database = Database.inMemory("bench");
    SeedData.insert(database);
    try (LibraryServer server = LibraryServer.start(LibraryServer.LOOPBACK, 0, database)) {
      ManagedChannel channel = Grpc.newChannelBuilder(server.target(), InsecureChannelCredentials.create()).build();
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10)).build();
      try {
        Map<String, Call> protocols = protocols(server.url(), channel, http);
        String report = run(protocols, server.target(), rounds, calls, clients, seconds, smoke);
        System.out.println(report);
        if (out != null) {
          Files.writeString(out, report);
          System.err.println("results: " + out);
        }
      } finally {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
      }
    }
  }

  private static Map<String, Call> protocols(String url, ManagedChannel channel, HttpClient http) {
    byte[] payload = GET_BOOK_2.toByteArray();
    byte[] frame = ByteBuffer.allocate(5 + payload.length).put((byte) 0).putInt(payload.length).put(payload).array();
    HttpRequest grpcWeb = HttpRequest.newBuilder(URI.create(url + "/library.v1.LibraryService/GetBook"))
        .header("content-type", "application/grpc-web+proto").header("x-grpc-web", "1")
        .POST(HttpRequest.BodyPublishers.ofByteArray(frame)).build();
    HttpRequest json = HttpRequest.newBuilder(URI.create(url + "/v1/books/2")).GET().build();
    Map<String, Call> protocols = new LinkedHashMap<>();
    protocols.put("gRPC", grpcCall(channel));
    protocols.put("gRPC-Web", () -> {
      HttpResponse<byte[]> response = http.send(grpcWeb, HttpResponse.BodyHandlers.ofByteArray());
      ByteBuffer body = ByteBuffer.wrap(response.body());
      check(response.statusCode() == 200 && body.remaining() > 5 && body.get() == 0, "gRPC-Web answered HTTP "
          + response.statusCode());
      byte[] message = new byte[body.getInt()];
      body.get(message);
      check(GetBookResponse.parseFrom(message).getBook().getTitle().equals(TITLE), "gRPC-Web: another book");
      String trailers = new String(response.body(), 5 + message.length + 5,
          response.body().length - 10 - message.length, StandardCharsets.US_ASCII);
      check(trailers.toLowerCase(Locale.ROOT).contains("grpc-status:0"), "gRPC-Web trailers: " + trailers);
    });
    protocols.put("HTTP/JSON", () -> {
      HttpResponse<String> response = http.send(json, HttpResponse.BodyHandlers.ofString());
      check(response.statusCode() == 200 && response.body().contains("\"title\":\"" + TITLE + "\""),
          "HTTP/JSON answered " + response.statusCode() + " " + response.body());
    });
    return protocols;
  }

  private static final GetBookRequest GET_BOOK_2 = GetBookRequest.newBuilder().setId(2).build();

  private static Call grpcCall(ManagedChannel channel) {
    LibraryServiceGrpc.LibraryServiceBlockingStub stub = LibraryServiceGrpc.newBlockingStub(channel);
    return () -> {
      GetBookResponse response = stub.withDeadlineAfter(30, TimeUnit.SECONDS).getBook(GET_BOOK_2);
      check(response.getBook().getTitle().equals(TITLE), "gRPC answered " + response);
    };
  }

  private static void check(boolean condition, String failure) {
    if (!condition) {
      throw new IllegalStateException(failure);
    }
  }

  private static final String GRPC_CHANNEL_PER_CLIENT = "gRPC, a channel per client";

  private static String run(Map<String, Call> protocols, String target, int rounds, int calls, int clients,
      int seconds, boolean smoke) throws Exception {
    // Warm-up: JIT, connections, Hibernate's first queries.
    for (Call call : protocols.values()) {
      for (int i = 0; i < (smoke ? 5 : 2000); i++) {
        call.run();
      }
    }
    Map<String, List<Long>> latencies = new LinkedHashMap<>();
    protocols.keySet().forEach(name -> latencies.put(name, new ArrayList<>()));
    for (int round = 0; round < rounds; round++) {
      for (Map.Entry<String, Call> protocol : protocols.entrySet()) {
        List<Long> samples = latencies.get(protocol.getKey());
        for (int i = 0; i < calls; i++) {
          long start = System.nanoTime();
          protocol.getValue().run();
          samples.add(System.nanoTime() - start);
        }
      }
    }
    Map<String, Double> throughput = new LinkedHashMap<>();
    for (Map.Entry<String, Call> protocol : protocols.entrySet()) {
      throughput.put(protocol.getKey(), throughput(client -> protocol.getValue(), clients, seconds));
    }
    // The HTTP/1.1 clients open a connection per client thread, which Vert.x spreads over its event loops, while the
    // gRPC baseline multiplexes every client on one HTTP/2 connection: the same with a channel per client thread.
    List<ManagedChannel> channels = new ArrayList<>();
    try {
      throughput.put(GRPC_CHANNEL_PER_CLIENT, throughput(client -> {
        ManagedChannel channel = Grpc.newChannelBuilder(target, InsecureChannelCredentials.create()).build();
        synchronized (channels) {
          channels.add(channel);
        }
        return grpcCall(channel);
      }, clients, seconds));
    } finally {
      for (ManagedChannel channel : channels) {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
      }
    }

    StringBuilder report = new StringBuilder();
    report.append(String.format(Locale.ROOT, "### GetBook over three protocols (%s, %s)%n%n",
        smoke ? "smoke run: measures nothing" : "one run", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
    report.append(String.format(Locale.ROOT, "Java %s, %d CPUs; %d rounds x %d sequential calls per protocol, "
        + "then %d clients x %d s per protocol.%n%n", System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), rounds, calls, clients, seconds));
    report.append("| protocol | latency p50 | p99 | p50 vs gRPC | throughput (calls/s) | vs gRPC |\n");
    report.append("|---|---:|---:|---:|---:|---:|\n");
    double baseP50 = percentile(latencies.get("gRPC"), 50);
    double baseThroughput = throughput.get("gRPC");
    for (String name : protocols.keySet()) {
      double p50 = percentile(latencies.get(name), 50);
      double p99 = percentile(latencies.get(name), 99);
      report.append(String.format(Locale.ROOT, "| %s | %.0f µs | %.0f µs | %.2fx | %.0f | %.2fx |%n", name,
          p50 / 1e3, p99 / 1e3, p50 / baseP50, throughput.get(name), throughput.get(name) / baseThroughput));
    }
    report.append(String.format(Locale.ROOT, "| %s | | | | %.0f | %.2fx |%n", GRPC_CHANNEL_PER_CLIENT,
        throughput.get(GRPC_CHANNEL_PER_CLIENT), throughput.get(GRPC_CHANNEL_PER_CLIENT) / baseThroughput));
    return report.toString();
  }

  private static double throughput(java.util.function.IntFunction<Call> callOfClient, int clients, int seconds)
      throws Exception {
    List<Call> calls = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Call call = callOfClient.apply(c);
      call.run(); // connected before the clock starts
      calls.add(call);
    }
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    AtomicBoolean stop = new AtomicBoolean();
    List<Future<Long>> counts = new ArrayList<>();
    long start = System.nanoTime();
    for (Call call : calls) {
      counts.add(pool.submit(() -> {
        long done = 0;
        while (!stop.get()) {
          call.run();
          done++;
        }
        return done;
      }));
    }
    Thread.sleep(seconds * 1000L);
    stop.set(true);
    long total = 0;
    for (Future<Long> count : counts) {
      total += count.get(60, TimeUnit.SECONDS);
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    return total / elapsed;
  }

  private static double percentile(List<Long> samples, int percentile) {
    long[] sorted = samples.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private ProtocolBenchmark() {
  }
}
