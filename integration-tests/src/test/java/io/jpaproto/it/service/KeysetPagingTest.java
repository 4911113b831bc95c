package io.jpaproto.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Status.Code;
import io.jpaproto.it.paging.api.ListSortablesRequest;
import io.jpaproto.it.paging.api.ListSortablesResponse;
import io.jpaproto.it.paging.api.SortableFilter;
import io.jpaproto.it.paging.api.SortableServiceGrpc;
import io.jpaproto.it.paging.api.StreamSortablesRequest;
import io.jpaproto.it.paging.model.Kind;
import io.jpaproto.it.paging.model.Sortable;
import io.jpaproto.it.paging.model.SortableJpaService;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keyset page tokens: for every sortable type, both directions and several keys together, walking the pages of List
 * (and the batches of Stream) gives exactly what one unpaged, ordered read of the database gives, nulls included
 * (last ascending, first descending); later pages are a {@code WHERE} on the last row's values, never an
 * {@code OFFSET}; and a token that was edited, or issued under another key or for another query, is refused.
 */
class KeysetPagingTest {
  private static final int ROWS = 40;
  private static final int PAGE = 7;
  /** proto field -> attribute, every sortable field of Sortable. */
  private static final Map<String, String> FIELDS = new LinkedHashMap<>();

  static {
    for (String attribute : List.of("id", "place", "label", "wholeLong", "wholeInt", "small", "tiny", "ratio",
        "share", "flag", "letter", "amount", "big", "token", "kind", "grade", "moment", "birthDay", "dayTime", "clock",
        "offsetAt", "duration", "vintage", "legacy", "calendar")) {
      FIELDS.put(attribute.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT), attribute);
    }
  }

  /** Every SQL statement the database was sent. */
  private static final List<String> STATEMENTS = new CopyOnWriteArrayList<>();

  /** Records the SQL. Hibernate makes one per session factory from this class. */
  public static final class Recorder implements StatementInspector {
    @Override
    public String inspect(String sql) {
      STATEMENTS.add(sql);
      return sql;
    }
  }

  /** Reads streams in batches of 4, so a stream of 40 takes ten transactions. */
  static final class SmallBatches extends SortableJpaService {
    private final byte[] key;

    SmallBatches(EntityManagerFactory database, byte[] key) {
      super(database);
      this.key = key;
    }

    @Override
    protected int streamBatchSize() {
      return 4;
    }

    @Override
    protected byte[] pageTokenKey() {
      return key == null ? super.pageTokenKey() : key.clone();
    }
  }

  private static ServiceFixture fixture;
  private static SortableServiceGrpc.SortableServiceBlockingStub sortables;

  @BeforeAll
  static void start() throws Exception {
    EntityManagerFactory database = ServiceFixture.newDatabase(List.of(Sortable.class),
        Map.of("hibernate.session_factory.statement_inspector", Recorder.class.getName()));
    fixture = ServiceFixture.start(database, List.of(new SmallBatches(database, null)))
        .snapshotting("Sortable");
    sortables = fixture.stub(SortableServiceGrpc::newBlockingStub);
    SplittableRandom random = new SplittableRandom(20261201);
    fixture.inTransaction(entityManager -> {
      for (int i = 0; i < ROWS; i++) {
        entityManager.persist(row(random, i));
      }
      return null;
    });
  }

  @AfterAll
  static void stop() throws Exception {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void everySortableFieldBothWaysPagesAsOneOrderedRead() {
    for (String field : FIELDS.keySet()) {
      for (String direction : List.of("asc", "desc")) {
        assertWalk(field + " " + direction);
      }
    }
  }

  @Test
  void severalKeysWithNullsAndTiesPageAsOneOrderedRead() {
    for (String orderBy : List.of("kind desc, amount, label desc", "flag, birth_day desc, id desc",
        "grade, whole_int desc", "letter desc, share, offset_at desc", "vintage, calendar desc, token", "id desc")) {
      assertWalk(orderBy);
    }
  }

  @Test
  void laterPagesAreAWhereOnTheLastRowNotAnOffset() {
    String token = "";
    int pages = 0;
    do {
      STATEMENTS.clear();
      ListSortablesResponse page = sortables.listSortables(ListSortablesRequest.newBuilder().setPageSize(PAGE)
          .setOrderBy("label desc, amount").setPageToken(token).build());
      pages++;
      List<String> selects = STATEMENTS.stream().filter(sql -> sql.toLowerCase().contains("from sortable")).toList();
      assertEquals(1, selects.size(), () -> "one query per page: " + STATEMENTS);
      assertFalse(selects.get(0).toLowerCase().matches("(?s).*\\boffset\\s+(\\?|\\d).*"),
          () -> "no OFFSET: " + selects.get(0));
      if (!token.isEmpty()) {
        assertTrue(selects.get(0).toLowerCase().contains("where"), () -> "a WHERE on the last row: " + selects.get(0));
      }
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    assertTrue(pages > 3, "pages: " + pages);
  }

  @Test
  void aForgedEditedOrForeignTokenIsInvalidArgument() throws Exception {
    ListSortablesRequest request = ListSortablesRequest.newBuilder().setPageSize(PAGE).setOrderBy("amount desc")
        .build();
    String token = sortables.listSortables(request).getNextPageToken();
    assertFalse(token.isEmpty());
    for (int i = 0; i < token.length(); i += 3) {
      char c = token.charAt(i);
      String edited = token.substring(0, i) + (c == 'A' ? 'B' : 'A') + token.substring(i + 1);
      fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
          () -> sortables.listSortables(request.toBuilder().setPageToken(edited).build()));
    }
    fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
        () -> sortables.listSortables(request.toBuilder().setPageToken(token).setOrderBy("amount").build()));
    fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT, () -> sortables.listSortables(request.toBuilder()
        .setPageToken(token).setFilter(SortableFilter.newBuilder().setFlag(true)).build()));

    byte[] shared = "a key the replicas share, 32+ bytes".getBytes(StandardCharsets.UTF_8);
    List<io.grpc.Server> servers = new ArrayList<>();
    List<io.grpc.ManagedChannel> channels = new ArrayList<>();
    try {
      List<SortableServiceGrpc.SortableServiceBlockingStub> replicas = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        io.grpc.Server server = io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder
            .forAddress(new java.net.InetSocketAddress("127.0.0.1", 0), io.grpc.InsecureServerCredentials.create())
            .addService(new SmallBatches(fixture.database, shared)).build().start();
        servers.add(server);
        io.grpc.ManagedChannel channel = io.grpc.Grpc.newChannelBuilder("127.0.0.1:" + server.getPort(),
            io.grpc.InsecureChannelCredentials.create()).build();
        channels.add(channel);
        replicas.add(SortableServiceGrpc.newBlockingStub(channel)
            .withDeadlineAfter(ServiceFixture.DEADLINE_SECONDS, java.util.concurrent.TimeUnit.SECONDS));
      }
      String replicaToken = replicas.get(0).listSortables(request).getNextPageToken();
      assertEquals(sortables.listSortables(request.toBuilder().setPageToken(token).build()).getSortablesList(),
          replicas.get(1).listSortables(request.toBuilder().setPageToken(replicaToken).build()).getSortablesList(),
          "a replica with the same key continues the walk");
      fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
          () -> replicas.get(1).listSortables(request.toBuilder().setPageToken(token).build()));
      fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
          () -> sortables.listSortables(request.toBuilder().setPageToken(replicaToken).build()));
    } finally {
      for (io.grpc.ManagedChannel channel : channels) {
        channel.shutdownNow().awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
      }
      for (io.grpc.Server server : servers) {
        server.shutdownNow().awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
      }
    }

    String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[40]);
    fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
        () -> sortables.listSortables(request.toBuilder().setPageToken(forged).build()));
  }

  // ---------------------------------------------------------------------------------------------------------------

  /** Asserts that List in pages of {@link #PAGE} and Stream give the ids one ordered read gives. */
  private static void assertWalk(String orderBy) {
    List<Long> expected = orderedRead(orderBy);
    assertEquals(ROWS, expected.size());
    List<Long> listed = new ArrayList<>();
    String token = "";
    int pages = 0;
    do {
      ListSortablesResponse page = sortables.listSortables(ListSortablesRequest.newBuilder().setPageSize(PAGE)
          .setOrderBy(orderBy).setPageToken(token).build());
      page.getSortablesList().forEach(sortable -> listed.add(sortable.getId()));
      token = page.getNextPageToken();
      pages++;
    } while (!token.isEmpty() && pages <= ROWS);
    assertTrue(pages > 3, "pages: " + pages);
    assertEquals(expected, listed, () -> "List, order_by \"" + orderBy + "\"");
    List<Long> streamed = new ArrayList<>();
    sortables.streamSortables(StreamSortablesRequest.newBuilder().setOrderBy(orderBy).build())
        .forEachRemaining(response -> streamed.add(response.getSortable().getId()));
    assertEquals(expected, streamed, () -> "Stream, order_by \"" + orderBy + "\"");
  }

  /**
   * The ids in the order {@code orderBy} names, read at once with JPQL: nulls last ascending and first descending,
   * the id breaking ties. It also checks that the nulls of the first key are where that rule puts them.
   */
  private static List<Long> orderedRead(String orderBy) {
    StringBuilder jpql = new StringBuilder("select e.id, ");
    List<String> keys = new ArrayList<>();
    boolean firstAscending = true;
    for (String part : orderBy.split(",")) {
      String[] words = part.trim().split("\\s+");
      boolean ascending = words.length == 1 || words[1].equals("asc");
      if (keys.isEmpty()) {
        firstAscending = ascending;
      }
      keys.add("e." + FIELDS.get(words[0]) + (ascending ? " asc nulls last" : " desc nulls first"));
    }
    if (keys.stream().noneMatch(key -> key.startsWith("e.id "))) {
      keys.add("e.id asc");
    }
    jpql.append(keys.get(0).split(" ")[0]).append(" from Sortable e order by ").append(String.join(", ", keys));
    boolean ascending = firstAscending;
    return fixture.inTransaction(entityManager -> {
      List<Object[]> rows = entityManager.createQuery(jpql.toString(), Object[].class).getResultList();
      List<Long> ids = new ArrayList<>();
      boolean seenNull = false;
      boolean seenValue = false;
      for (Object[] row : rows) {
        ids.add((Long) row[0]);
        boolean isNull = row[1] == null;
        assertFalse(ascending && !isNull && seenNull, () -> "ascending puts nulls last: " + orderBy);
        assertFalse(!ascending && isNull && seenValue, () -> "descending puts nulls first: " + orderBy);
        seenNull |= isNull;
        seenValue |= !isNull;
      }
      return ids;
    });
  }

  /** A row with random values from small domains (so keys tie), each nullable one null one time in four. */
  private static Sortable row(SplittableRandom random, int i) {
    Sortable row = new Sortable();
    row.setId(1000L + i * 7L % ROWS);
    row.setPlace(random.nextInt(5));
    row.setLabel(maybe(random, () -> List.of("apple", "Apple", "banana", "", "\u00e9clair", "zebra")
        .get(random.nextInt(6))));
    row.setWholeLong(maybe(random, () -> List.of(Long.MIN_VALUE, -1L, 0L, 1L << 40, Long.MAX_VALUE)
        .get(random.nextInt(5))));
    row.setWholeInt(maybe(random, () -> random.nextInt(-3, 4)));
    row.setSmall(maybe(random, () -> (short) random.nextInt(-2, 3)));
    row.setTiny(maybe(random, () -> (byte) random.nextInt(-2, 3)));
    row.setRatio(maybe(random, () -> List.of(-1.5, 0.0, 0.1, 1e300).get(random.nextInt(4))));
    row.setShare(maybe(random, () -> List.of(-2.5f, 0.25f, 3f).get(random.nextInt(3))));
    row.setFlag(maybe(random, random::nextBoolean));
    row.setLetter(maybe(random, () -> "aBz".charAt(random.nextInt(3))));
    row.setAmount(maybe(random, () -> new BigDecimal(List.of("-10.500", "0.000", "0.001", "999999999.999")
        .get(random.nextInt(4)))));
    row.setBig(maybe(random, () -> new BigInteger(List.of("-123456789012345678901234567", "0", "99")
        .get(random.nextInt(3)))));
    row.setToken(maybe(random, () -> new UUID(random.nextInt(3) - 1L, random.nextInt(3))));
    row.setKind(maybe(random, () -> Kind.values()[random.nextInt(3)]));
    row.setGrade(maybe(random, () -> Kind.values()[random.nextInt(3)]));
    Instant base = Instant.parse("2026-03-04T05:06:07.123456Z");
    row.setMoment(maybe(random, () -> base.plusSeconds(random.nextInt(-2, 3) * 86_400L)));
    row.setBirthDay(maybe(random, () -> LocalDate.of(1999, 12, 31).plusDays(random.nextInt(3))));
    row.setDayTime(maybe(random, () -> LocalDateTime.of(2026, 1, 1, 0, 0, 0, 123_456_000)
        .plusHours(random.nextInt(3))));
    row.setClock(maybe(random, () -> LocalTime.of(random.nextInt(3) * 11, 30, 15)));
    row.setOffsetAt(maybe(random, () -> OffsetDateTime.of(2026, 5, 6, 7, 8, 9, 0, ZoneOffset.UTC)
        .plusMinutes(random.nextInt(3))));
    row.setDuration(maybe(random, () -> Duration.ofSeconds(random.nextInt(-2, 3) * 90L)));
    row.setVintage(maybe(random, () -> Year.of(1990 + random.nextInt(3))));
    row.setLegacy(maybe(random, () -> new Date(1_700_000_000_000L + random.nextInt(3) * 1000L)));
    row.setCalendar(maybe(random, () -> {
      Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      calendar.setTimeInMillis(1_600_000_000_000L + random.nextInt(3) * 60_000L);
      return calendar;
    }));
    return row;
  }

  private static <T> T maybe(SplittableRandom random, Supplier<T> value) {
    T made = value.get();
    return random.nextInt(4) == 0 ? null : made;
  }
}
