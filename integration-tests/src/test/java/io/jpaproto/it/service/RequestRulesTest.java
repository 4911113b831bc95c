package io.jpaproto.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.FieldMask;
import com.google.rpc.BadRequest;
import com.google.rpc.Status;
import io.grpc.Status.Code;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.jpaproto.it.service.api.CreateItemRequest;
import io.jpaproto.it.service.api.Item;
import io.jpaproto.it.service.api.ItemFilter;
import io.jpaproto.it.service.api.ItemServiceGrpc;
import io.jpaproto.it.service.api.ListItemsRequest;
import io.jpaproto.it.service.api.UpdateItemRequest;
import io.jpaproto.it.service.model.ItemJpaService;
import io.jpaproto.it.service.model.WarehouseJpaService;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules the processor derived from the entities ({@code buf.validate} in the generated protos), enforced by the
 * generated services before any database work, end to end (generated protos, protoc, generated services, Hibernate, H2
 * or PostgreSQL): every violation in one {@code google.rpc.BadRequest}, nothing written, {@code Update} held to its
 * mask only, filters not held to the entity's rules.
 */
class RequestRulesTest {
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
  void aCreateThatBreaksSeveralRulesListsEveryViolationAndWritesNothing() {
    StatusRuntimeException error = fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
        () -> items.createItem(CreateItemRequest.newBuilder().setItem(Item.newBuilder()
            .setName("n".repeat(101)) // @Column(nullable = false, length = 100)
            .setPrice("1234567890.123") // @Column(precision = 12, scale = 2): three digits after the point
            .setSku("not-a-uuid")
            .setColorValue(42)) // no such Color
            .build()));

    assertEquals(Map.of(
            "item.name", "string.max_len",
            "item.price", "decimal.digits",
            "item.sku", "string.uuid",
            "item.color", "enum.defined_only"),
        violations(error));
    assertTrue(error.getStatus().getDescription().startsWith("item."), error.getStatus().getDescription());
  }

  @Test
  void aRequiredStringLeftEmptyIsAViolationNotAnEmptyRow() {
    StatusRuntimeException error = fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
        () -> items.createItem(CreateItemRequest.newBuilder().setItem(Item.newBuilder().setOwner("alice")).build()));

    assertEquals(Map.of("item.name", "required"), violations(error));
  }

  @Test
  void anUpdateIsHeldOnlyToTheRulesOfItsMaskedPaths() {
    Item created = items.createItem(CreateItemRequest.newBuilder()
        .setItem(Item.newBuilder().setName("lamp").setOwner("alice")).build()).getItem();

    // The message's name is empty (a client that sends only what it changes), but the mask names only owner.
    Item updated = items.updateItem(UpdateItemRequest.newBuilder()
        .setItem(Item.newBuilder().setId(created.getId()).setVersion(created.getVersion()).setOwner("bob"))
        .setUpdateMask(FieldMask.newBuilder().addPaths("owner"))
        .build()).getItem();
    assertEquals("lamp", updated.getName());
    assertEquals("bob", updated.getOwner());

    StatusRuntimeException error = fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
        () -> items.updateItem(UpdateItemRequest.newBuilder()
            .setItem(Item.newBuilder().setId(created.getId()).setVersion(updated.getVersion()).setOwner("carol"))
            .setUpdateMask(FieldMask.newBuilder().addPaths("owner").addPaths("name"))
            .build()));
    assertEquals(Map.of("item.name", "required"), violations(error));
  }

  @Test
  void aFilterIsNotHeldToTheEntitysRules() {
    // No item can have such a name, but asking for one is a question, not a bad value: the answer is empty.
    assertEquals(0, items.listItems(ListItemsRequest.newBuilder()
        .setFilter(ItemFilter.newBuilder().setName("n".repeat(500)))
        .build()).getItemsCount());
  }

  @Test
  void aHugeValueIsRefusedByItsRuleWithoutReachingTheDatabase() {
    StatusRuntimeException error = fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
        () -> items.createItem(CreateItemRequest.newBuilder()
            .setItem(Item.newBuilder().setName("n".repeat(1 << 20))).build()));

    assertEquals(Map.of("item.name", "string.max_len"), violations(error));
  }

  /** The violations of the error's {@code BadRequest} detail: field path -> rule id. */
  private static Map<String, String> violations(StatusRuntimeException error) {
    Status status = StatusProto.fromThrowable(error);
    assertTrue(status != null && status.getDetailsCount() == 1, () -> "one detail in " + status);
    try {
      BadRequest badRequest = status.getDetails(0).unpack(BadRequest.class);
      Map<String, String> result = new TreeMap<>();
      badRequest.getFieldViolationsList().forEach(violation -> result.put(violation.getField(),
          violation.getReason()));
      assertEquals(badRequest.getFieldViolationsCount(), result.size(), "one violation per field: " + badRequest);
      return result;
    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
      throw new AssertionError(e);
    }
  }
}
