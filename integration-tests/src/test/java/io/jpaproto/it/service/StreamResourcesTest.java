package io.jpaproto.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.jpaproto.it.service.api.CreateItemRequest;
import io.jpaproto.it.service.api.GetItemRequest;
import io.jpaproto.it.service.api.Item;
import io.jpaproto.it.service.api.ItemFilter;
import io.jpaproto.it.service.api.ItemServiceGrpc;
import io.jpaproto.it.service.api.ListItemsRequest;
import io.jpaproto.it.service.api.StreamItemsRequest;
import io.jpaproto.it.service.api.StreamItemsResponse;
import io.jpaproto.it.service.model.ItemJpaService;
import io.jpaproto.it.service.model.Warehouse;
import io.jpaproto.it.service.model.WarehouseJpaService;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a stream holds while its client does not read: no transaction and no connection, so more paused streams than
 * the connection pool has connections leave every other call answering; and how long a stream may run at most.
 */
class StreamResourcesTest {
  /** Hibernate's built-in pool, this small: it refuses a connection when all are taken. */
  private static final int POOL_SIZE = 2;
  private static final int PAUSED_STREAMS = 3 * POOL_SIZE;
  private static final int ITEMS = 3_000;
  private static final long FAST_SECONDS = 15;

  private static ServiceFixture fixture;
  private static ItemServiceGrpc.ItemServiceBlockingStub items;
  private static long warehouseId;

  /** Counts the transactions its calls hold open. */
  static final class CountedTransactions extends ItemJpaService {
    final java.util.concurrent.atomic.AtomicInteger open = new java.util.concurrent.atomic.AtomicInteger();

    CountedTransactions(EntityManagerFactory database) {
      super(database);
    }

    @Override
    protected <T> T inTransaction(java.util.function.Function<jakarta.persistence.EntityManager, T> work) {
      open.incrementAndGet();
      try {
        return super.inTransaction(work);
      } finally {
        open.decrementAndGet();
      }
    }
  }

  private static CountedTransactions service;

  /** The service's streams end after two seconds. */
  static final class ShortStreams extends ItemJpaService {
    ShortStreams(EntityManagerFactory database) {
      super(database);
    }

    @Override
    protected Duration maxStreamDuration() {
      return Duration.ofSeconds(2);
    }
  }

  @BeforeAll
  static void start() throws Exception {
    EntityManagerFactory database = ServiceFixture.newDatabase(
        List.of(io.jpaproto.it.service.model.Item.class, Warehouse.class, io.jpaproto.it.service.model.Label.class),
        Map.of("hibernate.connection.pool_size", Integer.toString(POOL_SIZE)));
    service = new CountedTransactions(database);
    fixture = ServiceFixture.start(database, List.of(service, new WarehouseJpaService(database)));
    items = fixture.stub(ItemServiceGrpc::newBlockingStub);
    warehouseId = fixture.inTransaction(entityManager -> {
      Warehouse warehouse = new Warehouse();
      warehouse.setCode("paused");
      entityManager.persist(warehouse);
      for (int i = 0; i < ITEMS; i++) {
        io.jpaproto.it.service.model.Item item = new io.jpaproto.it.service.model.Item();
        item.setName("paused item number " + i);
        item.setWarehouse(warehouse);
        entityManager.persist(item);
      }
      return warehouse.getId();
    });
  }

  @AfterAll
  static void stop() throws Exception {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void morePausedStreamsThanPooledConnectionsLeaveEveryOtherCallAnswering() throws Exception {
    ManagedChannel slow = slowChannel(fixture.server.getPort());
    try {
      // One after the other: the built-in pool refuses a connection at once when all are taken, even for a moment.
      List<BlockingQueue<Object>> streams = new ArrayList<>();
      for (int i = 0; i < PAUSED_STREAMS; i++) {
        BlockingQueue<Object> received = pausedStream(slow, new ArrayList<>());
        streams.add(received);
        Object first = received.poll(FAST_SECONDS, TimeUnit.SECONDS);
        assertTrue(first instanceof Item, "stream " + i + " sends its first item: " + first);
        awaitNoOpenTransaction();
      }

      ItemServiceGrpc.ItemServiceBlockingStub fast = ItemServiceGrpc.newBlockingStub(fixture.channel);
      for (int i = 0; i < 3 * POOL_SIZE; i++) {
        Item created = fast.withDeadlineAfter(FAST_SECONDS, TimeUnit.SECONDS).createItem(CreateItemRequest
            .newBuilder().setItem(Item.newBuilder().setName("while paused " + i)).build()).getItem();
        assertEquals(created, fast.withDeadlineAfter(FAST_SECONDS, TimeUnit.SECONDS)
            .getItem(GetItemRequest.newBuilder().setId(created.getId()).build()).getItem());
        assertEquals(10, fast.withDeadlineAfter(FAST_SECONDS, TimeUnit.SECONDS).listItems(ListItemsRequest
            .newBuilder().setPageSize(10).setFilter(ItemFilter.newBuilder().setWarehouseId(warehouseId)).build())
            .getItemsCount());
      }
      for (BlockingQueue<Object> received : streams) {
        Object next = received.poll();
        assertTrue(next == null || next instanceof Item, "the paused streams are still open: " + next);
      }
    } finally {
      slow.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  @Test
  void aStreamThatRunsLongerThanTheServerAllowsEndsWithDeadlineExceeded() throws Exception {
    EntityManagerFactory database = fixture.database;
    io.grpc.Server server = io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder
        .forAddress(new java.net.InetSocketAddress("127.0.0.1", 0), io.grpc.InsecureServerCredentials.create())
        .addService(new ShortStreams(database)).build().start();
    ManagedChannel slow = slowChannel(server.getPort());
    try {
      List<ClientCallStreamObserver<StreamItemsRequest>> call = new ArrayList<>();
      BlockingQueue<Object> received = pausedStream(slow, call);
      assertTrue(received.poll(FAST_SECONDS, TimeUnit.SECONDS) instanceof Item);
      Thread.sleep(4000);
      call.get(0).request(Integer.MAX_VALUE);
      int count = 1;
      Object end;
      for (end = received.poll(FAST_SECONDS, TimeUnit.SECONDS); end instanceof Item;
          end = received.poll(FAST_SECONDS, TimeUnit.SECONDS)) {
        count++;
      }
      assertTrue(end instanceof Throwable, "the stream failed: " + end);
      Status status = Status.fromThrowable((Throwable) end);
      assertEquals(Status.Code.DEADLINE_EXCEEDED, status.getCode(), status.toString());
      assertTrue(status.getDescription().contains("longer than the server allows"), status.getDescription());
      assertTrue(count < ITEMS, "the server ended the stream before its end: " + count);
    } finally {
      slow.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
      server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------

  /**
   * Waits until the paused streams have held no transaction for half a second (a stream between two batches holds
   * none for a moment only): the test fails if they keep one.
   */
  private static void awaitNoOpenTransaction() throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(FAST_SECONDS);
    long quietSince = System.nanoTime();
    while (System.nanoTime() - quietSince < TimeUnit.MILLISECONDS.toNanos(500)) {
      if (service.open.get() != 0) {
        quietSince = System.nanoTime();
      }
      assertTrue(System.nanoTime() < until, "a paused stream still holds a transaction");
      Thread.sleep(10);
    }
  }

  /** A channel with a small HTTP/2 window, so that a client that stops reading soon stops the server's sending. */
  private static ManagedChannel slowChannel(int port) {
    return NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().flowControlWindow(16 * 1024).build();
  }

  /**
   * Streams the warehouse's items, asks for one message and stops reading; what arrives goes to the queue, and the
   * call to {@code call}.
   */
  private static BlockingQueue<Object> pausedStream(ManagedChannel channel,
      List<ClientCallStreamObserver<StreamItemsRequest>> call) {
    BlockingQueue<Object> received = new LinkedBlockingQueue<>();
    ItemServiceGrpc.newStub(channel).withDeadlineAfter(ServiceFixture.DEADLINE_SECONDS, TimeUnit.SECONDS)
        .streamItems(StreamItemsRequest.newBuilder().setFilter(ItemFilter.newBuilder().setWarehouseId(warehouseId))
            .build(), new ClientResponseObserver<StreamItemsRequest, StreamItemsResponse>() {
              @Override
              public void beforeStart(ClientCallStreamObserver<StreamItemsRequest> requests) {
                requests.disableAutoRequestWithInitial(1);
                call.add(requests);
              }

              @Override
              public void onNext(StreamItemsResponse response) {
                received.add(response.getItem());
              }

              @Override
              public void onError(Throwable error) {
                received.add(error);
              }

              @Override
              public void onCompleted() {
                received.add("completed");
              }
            });
    return received;
  }
}
