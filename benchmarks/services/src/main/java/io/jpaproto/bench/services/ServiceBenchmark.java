package io.jpaproto.bench.services;

import com.google.protobuf.FieldMask;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.InsecureServerCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.jpaproto.bench.services.api.CreateTicketRequest;
import io.jpaproto.bench.services.api.DeleteTicketRequest;
import io.jpaproto.bench.services.api.GetTicketRequest;
import io.jpaproto.bench.services.api.ListTicketsRequest;
import io.jpaproto.bench.services.api.ListTicketsResponse;
import io.jpaproto.bench.services.api.Ticket;
import io.jpaproto.bench.services.api.TicketFilter;
import io.jpaproto.bench.services.api.TicketServiceGrpc;
import io.jpaproto.bench.services.api.TicketServiceGrpc.TicketServiceBlockingStub;
import io.jpaproto.bench.services.api.TicketStatus;
import io.jpaproto.bench.services.api.UpdateTicketRequest;
import io.jpaproto.bench.services.model.ProjectJpaService;
import io.jpaproto.bench.services.model.TicketJpaService;
import io.jpaproto.testing.PostgresCluster;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.stat.Statistics;

/**
 * The service benchmark: a generated {@code TicketJpaService} on a throwaway PostgreSQL cluster, over a loopback
 * Netty channel. Measures List latency of page 1 against page 2,000 (page size 50) with the statements each page
 * costs, against the same page read with plain JDBC, and a bounded mixed load (Get, List, Create, Update, Delete)
 * from several clients against a one-client baseline, then checks that no acknowledged write was lost.
 *
 * <pre>ServiceBenchmark [--rows N] [--clients N] [--seconds S] [--max-ops N] [--samples N] [--out FILE] [--smoke]</pre>
 */
public final class ServiceBenchmark {
  private static final Logger HIBERNATE = Logger.getLogger("org.hibernate");
  private static final int PAGE_SIZE = 50;
  /** Rows every client's updates contend on, for the lost-update check. */
  private static final int HOT_ROWS = 20;

  private int rows = 100_000;
  private int clients = 12;
  private int seconds = 45;
  private long maxOps = 2_000_000;
  private int samples = 200;
  private Path out;
  private boolean smoke;
  private final StringBuilder report = new StringBuilder();

  public static void main(String[] args) throws Exception {
    HIBERNATE.setLevel(Level.WARNING);
    Logger.getLogger("org.hibernate.orm.connections.pooling").setLevel(Level.SEVERE);
    ServiceBenchmark benchmark = new ServiceBenchmark();
    benchmark.parse(args);
    boolean ok = benchmark.run();
    System.exit(ok ? 0 : 1);
  }

  private void parse(String[] args) {
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rows" -> rows = Integer.parseInt(args[++i]);
        case "--clients" -> clients = Integer.parseInt(args[++i]);
        case "--seconds" -> seconds = Integer.parseInt(args[++i]);
        case "--max-ops" -> maxOps = Long.parseLong(args[++i]);
        case "--samples" -> samples = Integer.parseInt(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--smoke" -> {
          smoke = true;
          rows = 2_000;
          clients = 4;
          seconds = 3;
          samples = 20;
        }
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
  }

  private boolean run() throws Exception {
    boolean ok;
    line("# Service benchmark" + (smoke ? " (smoke run: the numbers mean nothing)" : ""));
    line("");
    try (PostgresCluster cluster = PostgresCluster.start(List.of())) {
      String name = cluster.createDatabase("bench");
      String url = cluster.jdbcUrl(name);
      line("- " + Instant.now() + ", " + cluster + " (default durability settings), JDK "
          + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors() + " CPUs");
      line("- " + rows + " tickets, page size " + PAGE_SIZE + ", " + clients + " clients for " + seconds
          + " s (at most " + maxOps + " operations each), " + samples + " samples per List latency");
      EntityManagerFactory database = new HibernatePersistenceConfiguration("bench")
          .managedClass(io.jpaproto.bench.services.model.Ticket.class)
          .managedClass(io.jpaproto.bench.services.model.Project.class)
          .jdbcUrl(url)
          .jdbcCredentials(PostgresCluster.USER, "")
          .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "drop-and-create")
          .property("hibernate.generate_statistics", "true")
          .property("hibernate.connection.pool_size", String.valueOf(Math.max(20, clients + 4)))
          .createEntityManagerFactory();
      try (Connection jdbc = DriverManager.getConnection(url, PostgresCluster.USER, "")) {
        seed(jdbc);
        Server server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0),
                InsecureServerCredentials.create())
            .addService(new TicketJpaService(database))
            .addService(new ProjectJpaService(database))
            .build().start();
        ManagedChannel channel = Grpc.newChannelBuilder("127.0.0.1:" + server.getPort(),
            InsecureChannelCredentials.create()).build();
        try {
          TicketServiceBlockingStub stub = TicketServiceGrpc.newBlockingStub(channel);
          Statistics statistics = database.unwrap(SessionFactory.class).getStatistics();
          pages(stub, jdbc, statistics);
          ok = mixedLoad(channel, database);
        } finally {
          channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
          server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
          database.close();
        }
      }
    }
    String text = report.toString();
    if (out != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
      Files.writeString(out, text);
      System.err.println("ServiceBenchmark: results in " + out);
    }
    return ok;
  }

  /** {@link #rows} tickets in 40 projects, with one SQL statement (the benchmark measures reads, not the seeding). */
  private void seed(Connection jdbc) throws Exception {
    long start = System.nanoTime();
    try (Statement statement = jdbc.createStatement()) {
      statement.execute("insert into project (id, name) select g, 'project ' || g from generate_series(1, 40) g");
      statement.execute("insert into ticket (id, version, title, owner, status, amount, openedat, counter, project_id)"
          + " select g, 0, 'ticket ' || g, 'owner' || (g % 97), g % 3, (g % 100000) / 100.0,"
          + " timestamp '2026-01-01' + g * interval '1 minute', 0, 1 + g % 40"
          + " from generate_series(1, " + rows + ") g");
      statement.execute("select setval('ticket_seq', " + (rows + 1000) + ")");
      statement.execute("select setval('project_seq', 1000)");
      statement.execute("analyze");
    }
    line("- seeded in " + millis(System.nanoTime() - start) + " ms");
    line("");
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Page 1 against page 2,000

  private void pages(TicketServiceBlockingStub stub, Connection jdbc, Statistics statistics) throws Exception {
    int lastPage = Math.max(2, rows / PAGE_SIZE);
    long walkStart = System.nanoTime();
    String token = "";
    String lastToken = null;
    long lastFirstId = 0;
    for (int page = 1; page <= lastPage; page++) {
      if (page == lastPage) {
        lastToken = token;
      }
      ListTicketsResponse response = list(stub, token);
      if (page == lastPage) {
        lastFirstId = response.getTickets(0).getId();
      }
      token = response.getNextPageToken();
      if (token.isEmpty() && page < lastPage) {
        throw new IllegalStateException("the walk ended at page " + page + " of " + lastPage);
      }
    }
    long walk = System.nanoTime() - walkStart;
    if (lastFirstId != (long) (lastPage - 1) * PAGE_SIZE + 1) {
      throw new IllegalStateException("page " + lastPage + " starts at id " + lastFirstId);
    }

    long statementsBefore = statistics.getPrepareStatementCount();
    list(stub, "");
    long firstStatements = statistics.getPrepareStatementCount() - statementsBefore;
    statementsBefore = statistics.getPrepareStatementCount();
    list(stub, lastToken);
    long lastStatements = statistics.getPrepareStatementCount() - statementsBefore;

    long[] first = new long[samples];
    long[] last = new long[samples];
    long[] jdbcFirst = new long[samples];
    long[] jdbcLast = new long[samples];
    String finalToken = lastToken;
    long offset = (long) (lastPage - 1) * PAGE_SIZE;
    for (int warmup = 0; warmup < Math.min(50, samples); warmup++) {
      list(stub, "");
      list(stub, finalToken);
    }
    for (int i = 0; i < samples; i++) { // interleaved, so that drifts in the machine's load hit both alike
      first[i] = time(() -> list(stub, ""));
      last[i] = time(() -> list(stub, finalToken));
      jdbcFirst[i] = time(() -> jdbcPage(jdbc, 0));
      jdbcLast[i] = time(() -> jdbcPage(jdbc, offset));
    }
    line("## List: page 1 against page " + lastPage);
    line("");
    line("Each figure is the median (p99) of " + samples + " calls, interleaved. Baseline: the same rows read with"
        + " plain JDBC (`order by id`, with `offset` for the last page), on the same connection pool's server.");
    line("");
    line("| | page 1 | page " + lastPage + " | page " + lastPage + " / page 1 | statements per page (1 / "
        + lastPage + ") |");
    line("|---|---:|---:|---:|---:|");
    line(String.format(Locale.ROOT, "| ListTickets over gRPC | %s | %s | %.2fx | %d / %d |", ms(first), ms(last),
        median(last) / (double) median(first), firstStatements, lastStatements));
    line(String.format(Locale.ROOT, "| JDBC baseline (offset) | %s | %s | %.2fx | 1 / 1 |", ms(jdbcFirst),
        ms(jdbcLast), median(jdbcLast) / (double) median(jdbcFirst)));
    line(String.format(Locale.ROOT, "| ListTickets / JDBC | %.2fx | %.2fx | | |",
        median(first) / (double) median(jdbcFirst), median(last) / (double) median(jdbcLast)));
    line("");
    line(String.format(Locale.ROOT, "Walking all %d pages with next_page_token took %.1f s (%.2f ms a page).",
        lastPage, walk / 1e9, walk / 1e6 / lastPage));
    line("");
  }

  private static ListTicketsResponse list(TicketServiceBlockingStub stub, String token) {
    return stub.withDeadlineAfter(60, TimeUnit.SECONDS)
        .listTickets(ListTicketsRequest.newBuilder().setPageSize(PAGE_SIZE).setPageToken(token).build());
  }

  private static void jdbcPage(Connection jdbc, long offset) {
    try (PreparedStatement statement = jdbc.prepareStatement("select id, version, title, owner, status, amount,"
        + " openedat, counter, project_id from ticket order by id limit " + PAGE_SIZE + " offset " + offset)) {
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          rows.getLong(1);
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Mixed load and integrity

  /** What the clients were told succeeded: the check after the load compares the table with it. */
  private static final class Acknowledged {
    final Map<Long, String> created = new ConcurrentHashMap<>(); // id -> title as last acknowledged
    final Map<Long, Boolean> deleted = new ConcurrentHashMap<>();
    final AtomicLong[] increments = new AtomicLong[HOT_ROWS];

    Acknowledged() {
      Arrays.setAll(increments, i -> new AtomicLong());
    }
  }

  private record Result(long operations, long errors, long conflicts, double seconds, Map<String, long[]> latencies) {}

  private boolean mixedLoad(ManagedChannel channel, EntityManagerFactory database) throws Exception {
    long[] hot = new long[HOT_ROWS];
    for (int i = 0; i < HOT_ROWS; i++) {
      hot[i] = i + 1; // seeded ids 1..20, counter 0
    }
    Acknowledged baselineAcks = new Acknowledged();
    Result baseline = load(channel, 1, Math.max(1, seconds / 3), hot, baselineAcks, 1);
    Acknowledged acks = new Acknowledged();
    Result loaded = load(channel, clients, seconds, hot, acks, 2);
    for (int i = 0; i < HOT_ROWS; i++) {
      acks.increments[i].addAndGet(baselineAcks.increments[i].get());
    }
    acks.created.putAll(baselineAcks.created);
    acks.deleted.putAll(baselineAcks.deleted);
    line("## Mixed load");
    line("");
    line("Each client loops over: 40% GetTicket of a random seeded id, 20% ListTickets (first page, filtered by an"
        + " owner), 15% CreateTicket, 15% UpdateTicket (read, then increment `counter` of one of " + HOT_ROWS
        + " shared rows with its version; a version conflict is retried), 10% DeleteTicket of a ticket the client"
        + " created. Baseline: the same loop from one client (for a third of the time), right before.");
    line("");
    line("| | clients | operations | ops/s | p50 ms | p99 ms | version conflicts retried | errors |");
    line("|---|---:|---:|---:|---:|---:|---:|---:|");
    row("baseline", 1, baseline);
    row("mixed load", clients, loaded);
    line("");
    line("| operation | p50 ms (baseline) | p99 ms (baseline) | p50 ms (load) | p99 ms (load) | p50 load / baseline |");
    line("|---|---:|---:|---:|---:|---:|");
    for (String operation : List.of("get", "list", "create", "update", "delete")) {
      long[] base = baseline.latencies().get(operation);
      long[] load = loaded.latencies().get(operation);
      line(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2fx |", operation, percentile(base, 50),
          percentile(base, 99), percentile(load, 50), percentile(load, 99),
          percentile(load, 50) / percentile(base, 50)));
    }
    line("");
    line(String.format(Locale.ROOT, "Throughput, %d clients against 1: %.2fx.", clients,
        (loaded.operations() / loaded.seconds()) / (baseline.operations() / baseline.seconds())));
    line("");
    boolean intact = integrity(database, hot, acks);
    boolean noErrors = baseline.errors() == 0 && loaded.errors() == 0;
    if (!noErrors) {
      line("**Unexpected errors during the load** (see stderr).");
    }
    return intact && noErrors;
  }

  private void row(String name, int clientCount, Result result) {
    long[] all = result.latencies().values().stream().flatMapToLong(Arrays::stream).sorted().toArray();
    line(String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.2f | %.2f | %d | %d |", name, clientCount,
        result.operations(), result.operations() / result.seconds(), percentile(all, 50), percentile(all, 99),
        result.conflicts(), result.errors()));
  }

  private Result load(ManagedChannel channel, int clientCount, int durationSeconds, long[] hot, Acknowledged acks,
      int seed) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clientCount);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(durationSeconds);
    long start = System.nanoTime();
    List<Future<Map<String, List<Long>>>> futures = new ArrayList<>();
    AtomicLong operations = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    AtomicLong conflicts = new AtomicLong();
    for (int client = 0; client < clientCount; client++) {
      Random random = new Random(seed * 1000L + client);
      String owner = "client" + seed + "-" + client;
      futures.add(pool.submit(() -> {
        TicketServiceBlockingStub stub = TicketServiceGrpc.newBlockingStub(channel);
        Map<String, List<Long>> latencies = new HashMap<>();
        List<Long> mine = new ArrayList<>();
        for (long op = 0; op < maxOps && System.nanoTime() < deadline; op++) {
          int dice = random.nextInt(100);
          String kind = dice < 40 ? "get" : dice < 60 ? "list" : dice < 75 ? "create" : dice < 90 ? "update"
              : "delete";
          long begin = System.nanoTime();
          try {
            switch (kind) {
              case "get" -> call(stub).getTicket(GetTicketRequest.newBuilder()
                  .setId(HOT_ROWS + 1 + random.nextInt(rows - HOT_ROWS)).build());
              case "list" -> call(stub).listTickets(ListTicketsRequest.newBuilder().setPageSize(PAGE_SIZE)
                  .setFilter(TicketFilter.newBuilder().setOwner("owner" + random.nextInt(97))).build());
              case "create" -> {
                String title = "created by " + owner + " #" + op;
                Ticket created = call(stub).createTicket(CreateTicketRequest.newBuilder().setTicket(Ticket.newBuilder()
                    .setTitle(title).setOwner(owner).setStatus(TicketStatus.TICKET_STATUS_OPEN)
                    .setAmount("12.50").setProjectId(1 + random.nextInt(40))).build()).getTicket();
                acks.created.put(created.getId(), title);
                mine.add(created.getId());
              }
              case "update" -> {
                int row = random.nextInt(HOT_ROWS);
                while (true) {
                  Ticket current = call(stub).getTicket(GetTicketRequest.newBuilder().setId(hot[row]).build())
                      .getTicket();
                  try {
                    call(stub).updateTicket(UpdateTicketRequest.newBuilder()
                        .setTicket(current.toBuilder().setCounter(current.getCounter() + 1))
                        .setUpdateMask(FieldMask.newBuilder().addPaths("counter")).build());
                    acks.increments[row].incrementAndGet();
                    break;
                  } catch (StatusRuntimeException e) {
                    if (e.getStatus().getCode() != Status.Code.FAILED_PRECONDITION
                        && e.getStatus().getCode() != Status.Code.ABORTED) {
                      throw e;
                    }
                    conflicts.incrementAndGet();
                  }
                }
              }
              default -> {
                if (mine.isEmpty()) {
                  continue;
                }
                long id = mine.remove(mine.size() - 1);
                call(stub).deleteTicket(DeleteTicketRequest.newBuilder().setId(id).build());
                acks.created.remove(id);
                acks.deleted.put(id, true);
              }
            }
          } catch (StatusRuntimeException e) {
            if (errors.incrementAndGet() <= 5) {
              System.err.println("ServiceBenchmark: " + kind + " failed: " + e.getStatus());
            }
            continue;
          }
          latencies.computeIfAbsent(kind, key -> new ArrayList<>()).add(System.nanoTime() - begin);
          operations.incrementAndGet();
        }
        return latencies;
      }));
    }
    Map<String, List<Long>> merged = new HashMap<>();
    for (Future<Map<String, List<Long>>> future : futures) {
      future.get().forEach((kind, values) -> merged.computeIfAbsent(kind, key -> new ArrayList<>()).addAll(values));
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    Map<String, long[]> latencies = new HashMap<>();
    for (String kind : List.of("get", "list", "create", "update", "delete")) {
      latencies.put(kind, merged.getOrDefault(kind, List.of()).stream().mapToLong(Long::longValue).sorted()
          .toArray());
    }
    return new Result(operations.get(), errors.get(), conflicts.get(), elapsed, latencies);
  }

  private static TicketServiceBlockingStub call(TicketServiceBlockingStub stub) {
    return stub.withDeadlineAfter(60, TimeUnit.SECONDS);
  }

  /** No acknowledged create missing (with its title), no acknowledged delete present, no lost increment. */
  private boolean integrity(EntityManagerFactory database, long[] hot, Acknowledged acks) {
    EntityManager entityManager = database.createEntityManager();
    try {
      Map<Long, String> stored = new HashMap<>();
      for (Object[] row : entityManager.createQuery("select t.id, t.title from Ticket t where t.id > :seeded",
          Object[].class).setParameter("seeded", (long) rows).getResultList()) {
        stored.put((Long) row[0], (String) row[1]);
      }
      long missing = acks.created.entrySet().stream()
          .filter(entry -> !entry.getValue().equals(stored.get(entry.getKey()))).count();
      long resurrected = acks.deleted.keySet().stream().filter(stored::containsKey).count();
      long lost = 0;
      for (int i = 0; i < HOT_ROWS; i++) {
        long counter = entityManager.find(io.jpaproto.bench.services.model.Ticket.class, hot[i]).getCounter();
        lost += Math.abs(acks.increments[i].get() - counter);
      }
      boolean ok = missing == 0 && resurrected == 0 && lost == 0;
      line("## Integrity after the load");
      line("");
      line("| check | acknowledged | violations |");
      line("|---|---:|---:|");
      line("| acknowledged create missing (or with another title) | " + acks.created.size() + " | " + missing + " |");
      line("| acknowledged delete still present | " + acks.deleted.size() + " | " + resurrected + " |");
      line("| lost update (counter increments on " + HOT_ROWS + " shared rows) | "
          + Arrays.stream(acks.increments).mapToLong(AtomicLong::get).sum() + " | " + lost + " |");
      line("");
      line(ok ? "Integrity: **OK**." : "Integrity: **VIOLATED**.");
      return ok;
    } finally {
      entityManager.close();
    }
  }

  // ---------------------------------------------------------------------------------------------------------------

  private interface Call {
    void run() throws Exception;
  }

  private static long time(Call call) throws Exception {
    long start = System.nanoTime();
    call.run();
    return System.nanoTime() - start;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double percentile(long[] sorted, double percent) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    long[] copy = sorted.clone();
    Arrays.sort(copy);
    int index = (int) Math.min(copy.length - 1, Math.ceil(percent / 100.0 * copy.length) - 1);
    return copy[Math.max(0, index)] / 1e6;
  }

  private static String ms(long[] values) {
    return String.format(Locale.ROOT, "%.2f ms (%.2f)", percentile(values, 50), percentile(values, 99));
  }

  private static long millis(long nanos) {
    return nanos / 1_000_000;
  }

  private void line(String text) {
    report.append(text).append('\n');
    System.out.println(text);
  }
}
