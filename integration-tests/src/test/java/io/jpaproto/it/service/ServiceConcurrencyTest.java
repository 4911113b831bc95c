package io.jpaproto.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.FieldMask;
import io.grpc.Context;
import io.grpc.ForwardingServerCallListener;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status.Code;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.grpc.stub.MetadataUtils;
import io.jpaproto.grpc.Operation;
import io.jpaproto.it.service.api.CreateItemRequest;
import io.jpaproto.it.service.api.CreateWarehouseRequest;
import io.jpaproto.it.service.api.Item;
import io.jpaproto.it.service.api.ItemFilter;
import io.jpaproto.it.service.api.ItemServiceGrpc;
import io.jpaproto.it.service.api.StreamItemsRequest;
import io.jpaproto.it.service.api.StreamItemsResponse;
import io.jpaproto.it.service.api.UpdateItemRequest;
import io.jpaproto.it.service.api.Warehouse;
import io.jpaproto.it.service.api.WarehouseServiceGrpc;
import io.jpaproto.it.service.model.ItemJpaService;
import io.jpaproto.it.service.model.WarehouseJpaService;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What happens between calls: an update that loses a race with another transaction, a stream read in small batches
 * while it is sent, a stream paced by a slow client, and a stream the client cancels part way.
 */
class ServiceConcurrencyTest {
  private static final int STREAM_BATCH = 5;

  private static ServiceFixture fixture;
  private static ItemServiceGrpc.ItemServiceBlockingStub items;
  private static WarehouseServiceGrpc.WarehouseServiceBlockingStub warehouses;
  private static ObservedItemService service;
  private static final BlockingQueue<String> CALL_ENDS = new LinkedBlockingQueue<>();

  /** Lets a test act in the middle of an update, and slow a stream down at one row. */
  static final class ObservedItemService extends ItemJpaService {
    /** Runs once, in the middle of the next update: after the service read the entity, before it changes it. */
    final AtomicReference<Runnable> duringNextUpdate = new AtomicReference<>();
    /** How many entities toProto converted. */
    final AtomicInteger converted = new AtomicInteger();
    /** The conversion (0-based) that waits until the call is cancelled; -1 for none. */
    final AtomicInteger waitForCancelAt = new AtomicInteger(-1);
    /** Whether the waiting conversion saw its call cancelled. */
    final AtomicBoolean sawCancel = new AtomicBoolean();
    /** Counted down when the waiting conversion starts to wait, so a test cancels only once the server is there. */
    final AtomicReference<CountDownLatch> waiting = new AtomicReference<>(new CountDownLatch(1));

    ObservedItemService(EntityManagerFactory entityManagerFactory) {
      super(entityManagerFactory);
    }

    @Override
    protected void authorize(Operation operation, io.jpaproto.it.service.model.Item entity) {
      if (operation == Operation.UPDATE) {
        Runnable action = duringNextUpdate.getAndSet(null);
        if (action != null) {
          action.run();
        }
      }
    }

    @Override
    protected Item toProto(io.jpaproto.it.service.model.Item entity) {
      if (converted.getAndIncrement() == waitForCancelAt.get()) {
        waiting.get().countDown();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!Context.current().isCancelled() && System.nanoTime() < until) {
          sleep(5);
        }
        sawCancel.set(Context.current().isCancelled());
      }
      return super.toProto(entity);
    }

    @Override
    protected int streamBatchSize() {
      return STREAM_BATCH;
    }
  }

  /** Names a call in {@link #CALL_ENDS}. */
  static final Metadata.Key<String> CALL_NAME = Metadata.Key.of("x-call-name", Metadata.ASCII_STRING_MARSHALLER);

  /**
   * Records when each named call has ended on the server (its method returned and the call completed or was
   * cancelled) as "name completed" or "name cancelled".
   */
  static final class CallEnds implements ServerInterceptor {
    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
        ServerCallHandler<Q, R> next) {
      String name = headers.get(CALL_NAME);
      return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(next.startCall(call, headers)) {
        @Override
        public void onComplete() {
          super.onComplete();
          CALL_ENDS.add(name + " completed");
        }

        @Override
        public void onCancel() {
          super.onCancel();
          CALL_ENDS.add(name + " cancelled");
        }
      };
    }
  }

  @BeforeAll
  static void start() throws Exception {
    EntityManagerFactory database = ServiceFixture.newDatabase();
    service = new ObservedItemService(database);
    fixture = ServiceFixture.start(database, List.of(service, new WarehouseJpaService(database)), new CallEnds());
    items = fixture.stub(ItemServiceGrpc::newBlockingStub);
    warehouses = fixture.stub(WarehouseServiceGrpc::newBlockingStub);
  }

  @AfterAll
  static void stop() throws Exception {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void anUpdateThatLosesARaceWithAnotherTransactionIsFailedPreconditionAndWritesNothing() {
    Item created = items.createItem(CreateItemRequest.newBuilder()
        .setItem(Item.newBuilder().setName("contested").setQuantity(1)).build()).getItem();
    service.duringNextUpdate.set(() -> fixture.inTransaction(em -> {
      em.find(io.jpaproto.it.service.model.Item.class, created.getId()).setQuantity(999);
      return null;
    }));

    StatusRuntimeException error = assertThrows(StatusRuntimeException.class, () -> items.updateItem(
        UpdateItemRequest.newBuilder().setItem(Item.newBuilder().setId(created.getId()).setName("mine"))
            .setUpdateMask(FieldMask.newBuilder().addPaths("name")).build()));
    assertEquals(Code.FAILED_PRECONDITION, error.getStatus().getCode(), () -> "status " + error.getStatus());

    io.jpaproto.it.service.model.Item stored =
        fixture.inTransaction(em -> em.find(io.jpaproto.it.service.model.Item.class, created.getId()));
    assertEquals("contested", stored.getName(), "the losing update wrote nothing");
    assertEquals(999, stored.getQuantity(), "the winning transaction's change stays");
    assertEquals(1, stored.getVersion(), "only the winning transaction increased the version");
  }

  @Test
  void aStreamReadInSmallBatchesSendsEveryItemOnceInOrder() {
    long warehouseId = warehouse("batches");
    List<Item> created = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      created.add(items.createItem(CreateItemRequest.newBuilder().setItem(Item.newBuilder().setName("row" + i)
          .setQuantity(i % 4).setWarehouseId(warehouseId)).build()).getItem());
    }
    StreamItemsRequest request = StreamItemsRequest.newBuilder()
        .setFilter(ItemFilter.newBuilder().setWarehouseId(warehouseId)).setOrderBy("quantity desc").build();
    List<Item> expected = created.stream().sorted(Comparator.comparingLong(Item::getQuantity).reversed()
        .thenComparingLong(Item::getId)).toList();

    List<Item> streamed = new ArrayList<>();
    items.streamItems(request).forEachRemaining(response -> streamed.add(response.getItem()));
    assertEquals(expected, streamed);

    long exactWarehouseId = warehouse("batches-exact");
    List<Item> exact = new ArrayList<>();
    for (int i = 0; i < 4 * STREAM_BATCH; i++) {
      exact.add(items.createItem(CreateItemRequest.newBuilder().setItem(Item.newBuilder().setName("exact" + i)
          .setWarehouseId(exactWarehouseId)).build()).getItem());
    }
    List<Item> streamedExact = new ArrayList<>();
    items.streamItems(StreamItemsRequest.newBuilder()
            .setFilter(ItemFilter.newBuilder().setWarehouseId(exactWarehouseId)).build())
        .forEachRemaining(response -> streamedExact.add(response.getItem()));
    assertEquals(exact, streamedExact, "a whole number of batches: the last read finds nothing and the stream ends");
  }

  @Test
  void aStreamTheClientCancelsStopsOnTheServer() throws Exception {
    long warehouseId = warehouse("cancelled");
    int total = 120;
    fixture.inTransaction(em -> {
      io.jpaproto.it.service.model.Warehouse warehouse =
          em.find(io.jpaproto.it.service.model.Warehouse.class, warehouseId);
      for (int i = 0; i < total; i++) {
        io.jpaproto.it.service.model.Item item = new io.jpaproto.it.service.model.Item();
        item.setName("bulk" + i);
        item.setWarehouse(warehouse);
        em.persist(item);
      }
      return null;
    });
    int received = 3;
    service.converted.set(0);
    service.sawCancel.set(false);
    service.waiting.set(new CountDownLatch(1));
    service.waitForCancelAt.set(received);
    try {
      assertStreamStopsWhenCancelled(warehouseId, received, total);
    } finally {
      service.waitForCancelAt.set(-1);
    }
  }

  @Test
  void aStreamWaitsForASlowClientInsteadOfBufferingTheTable() throws Exception {
    long warehouseId = warehouse("paced");
    int total = 5_000;
    fixture.inTransaction(em -> {
      io.jpaproto.it.service.model.Warehouse warehouse =
          em.find(io.jpaproto.it.service.model.Warehouse.class, warehouseId);
      for (int i = 0; i < total; i++) {
        io.jpaproto.it.service.model.Item item = new io.jpaproto.it.service.model.Item();
        item.setName("paced" + i);
        item.setWarehouse(warehouse);
        em.persist(item);
      }
      return null;
    });
    // A client with a small HTTP/2 window that asks for one message and then stops reading for a while.
    ManagedChannel slow = NettyChannelBuilder.forAddress("127.0.0.1", fixture.server.getPort())
        .usePlaintext()
        .flowControlWindow(16 * 1024)
        .build();
    try {
      BlockingQueue<Object> received = new LinkedBlockingQueue<>();
      AtomicReference<ClientCallStreamObserver<StreamItemsRequest>> call = new AtomicReference<>();
      service.converted.set(0);
      ItemServiceGrpc.newStub(slow).withDeadlineAfter(ServiceFixture.DEADLINE_SECONDS, TimeUnit.SECONDS)
          .streamItems(StreamItemsRequest.newBuilder().setFilter(ItemFilter.newBuilder().setWarehouseId(warehouseId))
              .build(), new ClientResponseObserver<StreamItemsRequest, StreamItemsResponse>() {
                @Override
                public void beforeStart(ClientCallStreamObserver<StreamItemsRequest> requests) {
                  call.set(requests);
                  requests.disableAutoRequestWithInitial(1);
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
      Object first = received.poll(30, TimeUnit.SECONDS);
      assertTrue(first instanceof Item item && item.getName().equals("paced0"), String.valueOf(first));

      // While the client reads nothing, the server fills the window and its outbound buffer, then waits.
      int before;
      int after = service.converted.get();
      do {
        before = after;
        sleep(500);
        after = service.converted.get();
      } while (after != before && after < total);
      assertTrue(after < total / 2,
          "the server waited for the client instead of converting the whole table: " + after + " of " + total);

      call.get().request(Integer.MAX_VALUE);
      int items = 1;
      for (Object next = received.poll(30, TimeUnit.SECONDS); !"completed".equals(next);
          next = received.poll(30, TimeUnit.SECONDS)) {
        assertTrue(next instanceof Item, String.valueOf(next));
        items++;
      }
      assertEquals(total, items, "every item arrives once the client reads again");
    } finally {
      slow.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  private static void assertStreamStopsWhenCancelled(long warehouseId, int received, int total) throws Exception {
    Context.CancellableContext context = Context.current().withCancellation();
    Metadata headers = new Metadata();
    headers.put(CALL_NAME, "cancelled-stream");
    ItemServiceGrpc.ItemServiceBlockingStub named =
        items.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    Iterator<StreamItemsResponse> responses = context.call(() -> named.streamItems(StreamItemsRequest.newBuilder()
        .setFilter(ItemFilter.newBuilder().setWarehouseId(warehouseId)).build()));
    for (int i = 0; i < received; i++) {
      assertEquals("bulk" + i, responses.next().getItem().getName());
    }
    // Cancel only once the server is in the middle of the stream (converting the next item): cancelling earlier
    // may let it stop before that conversion, which is right but is not what this test is about.
    assertTrue(service.waiting.get().await(30, TimeUnit.SECONDS), "the server reached conversion " + received);
    context.cancel(null);

    StatusRuntimeException error = assertThrows(StatusRuntimeException.class, () -> {
      while (responses.hasNext()) {
        responses.next();
      }
    });
    assertEquals(Code.CANCELLED, error.getStatus().getCode());
    String end;
    do {
      end = CALL_ENDS.poll(30, TimeUnit.SECONDS);
      assertNotNull(end, "the server call ended");
    } while (!end.startsWith("cancelled-stream "));
    assertEquals("cancelled-stream cancelled", end);
    assertTrue(service.sawCancel.get(), "the server saw the cancellation while it was streaming");
    int converted = service.converted.get();
    assertTrue(converted <= received + 2,
        "the server stopped reading and converting soon after the cancellation, but converted " + converted + " of "
            + total + " items");
  }

  private static long warehouse(String code) {
    return warehouses.createWarehouse(CreateWarehouseRequest.newBuilder()
        .setWarehouse(Warehouse.newBuilder().setCode(code)).build()).getWarehouse().getId();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
