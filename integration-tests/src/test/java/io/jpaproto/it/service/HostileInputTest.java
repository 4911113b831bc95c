package io.jpaproto.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.FieldMask;
import io.grpc.Status.Code;
import io.grpc.StatusRuntimeException;
import io.jpaproto.it.service.api.CreateItemRequest;
import io.jpaproto.it.service.api.GetItemRequest;
import io.jpaproto.it.service.api.Item;
import io.jpaproto.it.service.api.ItemFilter;
import io.jpaproto.it.service.api.ItemServiceGrpc;
import io.jpaproto.it.service.api.ListItemsRequest;
import io.jpaproto.it.service.api.StreamItemsRequest;
import io.jpaproto.it.service.api.UpdateItemRequest;
import io.jpaproto.it.service.model.ItemJpaService;
import io.jpaproto.it.service.model.WarehouseJpaService;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Requests as a hostile client sends them: 40,000 characters where a field name, a mask path, a filter value or a
 * page token belongs. Each fails fast with {@code INVALID_ARGUMENT} and a short message (an echo of the whole text
 * would outgrow the client's header limit and stall the connection), and the same channel serves the next call.
 */
class HostileInputTest {
  private static final String LONG = "x".repeat(40_000);
  /** Far below the fixture's deadline: a stalled call fails here instead of passing late. */
  private static final long FAST_SECONDS = 10;

  private static ServiceFixture fixture;
  private static ItemServiceGrpc.ItemServiceBlockingStub items;

  @BeforeAll
  static void start() throws Exception {
    EntityManagerFactory database = ServiceFixture.newDatabase();
    fixture = ServiceFixture.start(database,
        List.of(new ItemJpaService(database), new WarehouseJpaService(database)));
    items = fixture.stub(ItemServiceGrpc::newBlockingStub);
  }

  @AfterAll
  static void stop() throws Exception {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void aHugeOrderByIsRefusedWithAShortMessage() {
    for (String orderBy : List.of(LONG, "name " + LONG, "name," + "name,".repeat(8_000), LONG + " desc",
        "name desc, " + LONG + " asc")) {
      assertRefusedBriefly(() -> fast().listItems(ListItemsRequest.newBuilder().setOrderBy(orderBy).build()));
      assertRefusedBriefly(() -> fast().streamItems(StreamItemsRequest.newBuilder().setOrderBy(orderBy).build())
          .hasNext());
      assertTheChannelStillServes();
    }
  }

  @Test
  void aHugeUpdateMaskPathIsRefusedWithAShortMessage() {
    Item item = items.createItem(CreateItemRequest.newBuilder().setItem(Item.newBuilder().setName("mask")).build())
        .getItem();
    for (FieldMask mask : List.of(FieldMask.newBuilder().addPaths(LONG).build(),
        FieldMask.newBuilder().addPaths("name").addPaths("\"" + LONG + "\"").build())) {
      assertRefusedBriefly(() -> fast().updateItem(UpdateItemRequest.newBuilder()
          .setItem(item.toBuilder().setName("changed")).setUpdateMask(mask).build()));
      assertTheChannelStillServes();
    }
    assertEquals("mask", items.getItem(GetItemRequest.newBuilder().setId(item.getId()).build()).getItem().getName());
  }

  @Test
  void aHugeFilterValueOrPageTokenIsRefusedWithAShortMessage() {
    assertRefusedBriefly(() -> fast().listItems(ListItemsRequest.newBuilder()
        .setFilter(ItemFilter.newBuilder().setSku(LONG)).build()));
    assertRefusedBriefly(() -> fast().listItems(ListItemsRequest.newBuilder()
        .setFilter(ItemFilter.newBuilder().setPrice(LONG)).build()));
    assertRefusedBriefly(() -> fast().listItems(ListItemsRequest.newBuilder().setPageToken(LONG).build()));
    assertTheChannelStillServes();
  }

  // ---------------------------------------------------------------------------------------------------------------

  /** A stub whose next call must end within {@link #FAST_SECONDS}. */
  private static ItemServiceGrpc.ItemServiceBlockingStub fast() {
    return ItemServiceGrpc.newBlockingStub(fixture.channel).withDeadlineAfter(FAST_SECONDS, TimeUnit.SECONDS);
  }

  private static void assertRefusedBriefly(Executable call) {
    StatusRuntimeException error = assertThrows(StatusRuntimeException.class, call);
    assertEquals(Code.INVALID_ARGUMENT, error.getStatus().getCode(), () -> "status " + error.getStatus());
    String description = error.getStatus().getDescription();
    assertTrue(description != null && !description.isBlank(), "the status says what is wrong");
    assertTrue(description.length() <= 1001, () -> description.length() + " characters: " + description);
    assertTrue(!description.contains("x".repeat(201)), () -> "echoes more than 200 characters: " + description);
  }

  private static void assertTheChannelStillServes() {
    fast().listItems(ListItemsRequest.newBuilder().setPageSize(1).build());
  }
}
