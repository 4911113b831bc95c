package io.jpaproto.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.FieldMask;
import com.google.protobuf.Timestamp;
import io.grpc.Status.Code;
import io.grpc.StatusRuntimeException;
import io.jpaproto.it.service.api.Color;
import io.jpaproto.it.service.api.CreateItemRequest;
import io.jpaproto.it.service.api.CreateWarehouseRequest;
import io.jpaproto.it.service.api.DeleteItemRequest;
import io.jpaproto.it.service.api.DeleteItemResponse;
import io.jpaproto.it.service.api.DeleteWarehouseRequest;
import io.jpaproto.it.service.api.GetItemRequest;
import io.jpaproto.it.service.api.GetWarehouseRequest;
import io.jpaproto.it.service.api.Item;
import io.jpaproto.it.service.api.ItemServiceGrpc;
import io.jpaproto.it.service.api.UpdateItemRequest;
import io.jpaproto.it.service.api.UpdateWarehouseRequest;
import io.jpaproto.it.service.api.Warehouse;
import io.jpaproto.it.service.api.WarehouseServiceGrpc;
import io.jpaproto.it.service.model.ItemJpaService;
import io.jpaproto.it.service.model.WarehouseJpaService;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Get, Create, Update (field mask) and Delete of the generated services, end to end: a real Netty channel, the
 * generated {@code ItemJpaService} and {@code WarehouseJpaService}, Hibernate and H2. Every failing call is checked
 * for its exact status code and for leaving the database as it was.
 */
class ItemServiceTest {
  /** Above 2^53, so a double anywhere on the way would lose it. */
  private static final long ABOVE_2_POW_53 = (1L << 53) + 1;
  private static final Instant STOCKED_AT = Instant.parse("2026-03-04T05:06:07.123456Z");

  private static ServiceFixture fixture;
  private static ItemServiceGrpc.ItemServiceBlockingStub items;
  private static WarehouseServiceGrpc.WarehouseServiceBlockingStub warehouses;

  @BeforeAll
  static void start() throws Exception {
    EntityManagerFactory database = ServiceFixture.newDatabase();
    fixture = ServiceFixture.start(database,
        List.of(new ItemJpaService(database), new WarehouseJpaService(database)));
    items = fixture.stub(ItemServiceGrpc::newBlockingStub);
    warehouses = fixture.stub(WarehouseServiceGrpc::newBlockingStub);
  }

  @AfterAll
  static void stop() throws Exception {
    if (fixture != null) {
      fixture.close();
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Create and Get

  @Test
  void createStoresEveryValueAndGetReturnsIt() {
    long warehouseId = warehouse("create-get");
    UUID sku = UUID.randomUUID();
    Item created = create(Item.newBuilder()
        .setName("lamp").setOwner("alice").setColor(Color.COLOR_GREEN).setPrice("12.50")
        .setSku(sku.toString()).setStockedAt(timestamp(STOCKED_AT)).setQuantity(ABOVE_2_POW_53)
        .setWarehouseId(warehouseId));

    assertTrue(created.hasId(), "the database generated an id");
    assertEquals(0, created.getVersion(), "a new entity's version");
    assertEquals("lamp", created.getName());
    assertEquals("alice", created.getOwner());
    assertEquals(Color.COLOR_GREEN, created.getColor());
    assertEquals("12.50", created.getPrice(), "the decimal keeps its scale");
    assertEquals(sku.toString(), created.getSku());
    assertEquals(timestamp(STOCKED_AT), created.getStockedAt());
    assertEquals(ABOVE_2_POW_53, created.getQuantity(), "an int64 above 2^53 is exact");
    assertEquals(warehouseId, created.getWarehouseId());

    assertEquals(created, get(created.getId()), "Get returns what Create returned");

    io.jpaproto.it.service.model.Item stored = find(created.getId());
    assertEquals("lamp", stored.getName());
    assertEquals("alice", stored.getOwner());
    assertEquals(io.jpaproto.it.service.model.Color.GREEN, stored.getColor());
    assertEquals(new BigDecimal("12.50"), stored.getPrice());
    assertEquals(sku, stored.getSku());
    assertEquals(STOCKED_AT, stored.getStockedAt());
    assertEquals(ABOVE_2_POW_53, stored.getQuantity());
    assertEquals(warehouseId, storedWarehouseId(created.getId()));
    assertEquals(0, stored.getVersion());
  }

  @Test
  void createWithOnlyTheRequiredFieldLeavesTheOthersUnset() {
    Item created = create(Item.newBuilder().setName("bare"));
    assertFalse(created.hasOwner());
    assertFalse(created.hasColor());
    assertFalse(created.hasPrice());
    assertFalse(created.hasSku());
    assertFalse(created.hasStockedAt());
    assertFalse(created.hasWarehouseId());
    io.jpaproto.it.service.model.Item stored = find(created.getId());
    assertNull(stored.getOwner());
    assertNull(stored.getColor());
    assertNull(stored.getPrice());
    assertNull(stored.getSku());
    assertNull(stored.getWarehouse());
  }

  @Test
  void createIgnoresTheIdAndVersionOfTheMessage() {
    Item created = create(Item.newBuilder().setId(424_242).setVersion(7).setName("own id"));
    assertNotEquals(424_242, created.getId(), "the id is the database's to generate");
    assertEquals(0, created.getVersion(), "the version is the provider's to manage");
    assertEquals(created, get(created.getId()));
  }

  @Test
  void createWithAWarehouseIdThatNamesNoWarehouseIsInvalidArgumentAndWritesNothing() {
    StatusRuntimeException error = fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
        () -> create(Item.newBuilder().setName("orphan").setWarehouseId(987_654_321L)));
    assertTrue(error.getStatus().getDescription().contains("987654321"), error.getStatus().getDescription());
  }

  @Test
  void createWithMalformedValuesIsInvalidArgumentAndWritesNothing() {
    fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
        () -> create(Item.newBuilder().setName("bad sku").setSku("not-a-uuid")));
    fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
        () -> create(Item.newBuilder().setName("bad price").setPrice("twelve")));
    fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
        () -> create(Item.newBuilder().setName("bad colour").setColorValue(42)));
  }

  @Test
  void createWithADuplicateUniqueValueIsAlreadyExistsAndWritesNothing() {
    UUID sku = UUID.randomUUID();
    create(Item.newBuilder().setName("first").setSku(sku.toString()));
    fixture.assertFailsWritingNothing(Code.ALREADY_EXISTS,
        () -> create(Item.newBuilder().setName("second").setSku(sku.toString())));

    warehouse("unique-code");
    fixture.assertFailsWritingNothing(Code.ALREADY_EXISTS, () -> warehouses.createWarehouse(
        CreateWarehouseRequest.newBuilder().setWarehouse(Warehouse.newBuilder().setCode("unique-code")).build()));
  }

  @Test
  void getOfAMissingIdIsNotFoundAndWritesNothing() {
    fixture.assertFailsWritingNothing(Code.NOT_FOUND, () -> get(987_654_321L));
    fixture.assertFailsWritingNothing(Code.NOT_FOUND, () -> get(0));
    fixture.assertFailsWritingNothing(Code.NOT_FOUND,
        () -> warehouses.getWarehouse(GetWarehouseRequest.newBuilder().setId(987_654_321L).build()));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Update

  @Test
  void updateChangesOnlyTheMaskedFields() {
    long warehouseId = warehouse("update-masked");
    Item created = create(full("before", warehouseId));
    Item updated = update(Item.newBuilder().setId(created.getId())
            .setName("after").setPrice("99.99")
            .setOwner("mallory").setColor(Color.COLOR_BLUE).setQuantity(1).setSku(UUID.randomUUID().toString()),
        "name", "price");

    Item expected = created.toBuilder().setName("after").setPrice("99.99").setVersion(created.getVersion() + 1).build();
    assertEquals(expected, updated, "only name and price change; the version increases");
    assertEquals(updated, get(created.getId()));
    io.jpaproto.it.service.model.Item stored = find(created.getId());
    assertEquals("after", stored.getName());
    assertEquals(new BigDecimal("99.99"), stored.getPrice());
    assertEquals("alice", stored.getOwner(), "owner was not in the mask");
    assertEquals(io.jpaproto.it.service.model.Color.RED, stored.getColor(), "color was not in the mask");
    assertEquals(created.getVersion() + 1, stored.getVersion());
  }

  @Test
  void aMaskedFieldTheMessageLeavesUnsetIsCleared() {
    Item created = create(full("to clear", warehouse("update-clear")));
    Item updated = update(Item.newBuilder().setId(created.getId()), "owner", "warehouse_id", "price");

    assertFalse(updated.hasOwner());
    assertFalse(updated.hasWarehouseId());
    assertFalse(updated.hasPrice());
    io.jpaproto.it.service.model.Item stored = find(created.getId());
    assertNull(stored.getOwner());
    assertNull(stored.getWarehouse());
    assertNull(stored.getPrice());
    assertEquals("to clear", stored.getName());
  }

  @Test
  void updateMovesAnItemToAnotherWarehouse() {
    Item created = create(full("mover", warehouse("move-from")));
    long to = warehouse("move-to");
    Item updated = update(Item.newBuilder().setId(created.getId()).setWarehouseId(to), "warehouse_id");
    assertEquals(to, updated.getWarehouseId());
    assertEquals(to, storedWarehouseId(created.getId()));
  }

  @Test
  void theMaskStarUpdatesEveryUpdatableField() {
    Item created = create(full("star", warehouse("star-from")));
    long to = warehouse("star-to");
    UUID sku = UUID.randomUUID();
    Item replacement = Item.newBuilder().setId(created.getId()).setName("starred").setOwner("bob")
        .setColor(Color.COLOR_BLUE).setPrice("0.10").setSku(sku.toString())
        .setStockedAt(timestamp(STOCKED_AT.plusSeconds(60))).setQuantity(-5).setWarehouseId(to).build();

    Item updated = update(replacement.toBuilder(), "*");

    assertEquals(replacement.toBuilder().setVersion(created.getVersion() + 1).build(), updated);
    assertEquals(updated, get(created.getId()));
    assertEquals(sku, find(created.getId()).getSku());
  }

  @Test
  void aBadMaskIsInvalidArgumentAndWritesNothing() {
    Item created = create(full("masks", warehouse("update-bad-mask")));
    StatusRuntimeException error = fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
        () -> update(Item.newBuilder().setId(created.getId()).setName("changed"), "name", "nmae"));
    assertTrue(error.getStatus().getDescription().contains("nmae"), error.getStatus().getDescription());

    fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
        () -> update(Item.newBuilder().setId(created.getId()).setName("changed")));
    fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
        () -> update(Item.newBuilder().setId(created.getId()).setName("changed"), "name", "id"));
    fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
        () -> update(Item.newBuilder().setId(created.getId()).setName("changed"), "name", "version"));
    assertEquals(created, get(created.getId()));
  }

  @Test
  void updateOfAMissingOrAbsentIdFailsAndWritesNothing() {
    fixture.assertFailsWritingNothing(Code.NOT_FOUND,
        () -> update(Item.newBuilder().setId(987_654_321L).setName("ghost"), "name"));
    fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
        () -> update(Item.newBuilder().setName("no id"), "name"));
  }

  @Test
  void updateToAWarehouseIdThatNamesNoWarehouseIsInvalidArgumentAndWritesNothing() {
    Item created = create(full("stays", warehouse("update-orphan")));
    fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT, () -> update(
        Item.newBuilder().setId(created.getId()).setName("moved").setWarehouseId(987_654_321L),
        "name", "warehouse_id"));
    assertEquals(created, get(created.getId()));
  }

  @Test
  void updateWithMalformedValuesIsInvalidArgumentAndWritesNothing() {
    Item created = create(full("malformed", warehouse("update-malformed")));
    fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
        () -> update(Item.newBuilder().setId(created.getId()).setName("x").setSku("nope"), "name", "sku"));
    fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
        () -> update(Item.newBuilder().setId(created.getId()).setName("x").setPrice("1,5"), "name", "price"));
    assertEquals(created, get(created.getId()));
  }

  @Test
  void anUpdateCarryingAStaleVersionIsFailedPreconditionAndWritesNothing() {
    Item created = create(full("versioned", warehouse("update-version")));
    assertEquals(0, created.getVersion());
    Item first = update(Item.newBuilder().setId(created.getId()).setName("v1"), "name");
    assertEquals(1, first.getVersion(), "version 0 (a long version has no presence) is the stored one: accepted");
    Item second = update(Item.newBuilder().setId(created.getId()).setVersion(1).setName("v2"), "name");
    assertEquals(2, second.getVersion(), "the current version: accepted");

    // A client that read version 0 and never sends a version must not overwrite the newer row (a lost update):
    // without presence, 0 is compared like any other version.
    fixture.assertFailsWritingNothing(Code.FAILED_PRECONDITION,
        () -> update(Item.newBuilder().setId(created.getId()).setName("lost update"), "name"));

    StatusRuntimeException error = fixture.assertFailsWritingNothing(Code.FAILED_PRECONDITION,
        () -> update(Item.newBuilder().setId(created.getId()).setVersion(1).setName("stale"), "name"));
    assertTrue(error.getStatus().getDescription().contains(Long.toString(created.getId())),
        error.getStatus().getDescription());
    fixture.assertFailsWritingNothing(Code.FAILED_PRECONDITION,
        () -> update(Item.newBuilder().setId(created.getId()).setVersion(7).setName("future"), "name"));

    io.jpaproto.it.service.model.Item stored = find(created.getId());
    assertEquals("v2", stored.getName());
    assertEquals(2, stored.getVersion());
  }

  @Test
  void anUpdateToADuplicateUniqueValueIsAlreadyExistsAndWritesNothing() {
    UUID taken = UUID.randomUUID();
    create(Item.newBuilder().setName("holder").setSku(taken.toString()));
    Item other = create(Item.newBuilder().setName("other").setSku(UUID.randomUUID().toString()));
    fixture.assertFailsWritingNothing(Code.ALREADY_EXISTS, () -> update(
        Item.newBuilder().setId(other.getId()).setName("renamed").setSku(taken.toString()), "name", "sku"));
    assertEquals(other, get(other.getId()));

    long first = warehouse("taken-code");
    long second = warehouse("free-code");
    fixture.assertFailsWritingNothing(Code.ALREADY_EXISTS, () -> warehouses.updateWarehouse(
        UpdateWarehouseRequest.newBuilder()
            .setWarehouse(Warehouse.newBuilder().setId(second).setCode("taken-code"))
            .setUpdateMask(FieldMask.newBuilder().addPaths("code")).build()));
    assertNotEquals(first, second);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Delete

  @Test
  void deleteRemovesTheItemAndASecondDeleteIsNotFound() {
    Item created = create(full("doomed", warehouse("delete")));
    assertEquals(DeleteItemResponse.getDefaultInstance(),
        items.deleteItem(DeleteItemRequest.newBuilder().setId(created.getId()).build()));

    assertNull(find(created.getId()), "gone from the database");
    fixture.assertFailsWritingNothing(Code.NOT_FOUND, () -> get(created.getId()));
    fixture.assertFailsWritingNothing(Code.NOT_FOUND,
        () -> items.deleteItem(DeleteItemRequest.newBuilder().setId(created.getId()).build()));
    fixture.assertFailsWritingNothing(Code.NOT_FOUND,
        () -> items.deleteItem(DeleteItemRequest.newBuilder().setId(987_654_321L).build()));
  }

  @Test
  void deletingAWarehouseThatStillHoldsItemsIsFailedPreconditionAndWritesNothing() {
    long warehouseId = warehouse("still-full");
    Item held = create(full("held", warehouseId));
    fixture.assertFailsWritingNothing(Code.FAILED_PRECONDITION,
        () -> warehouses.deleteWarehouse(DeleteWarehouseRequest.newBuilder().setId(warehouseId).build()));
    assertEquals(warehouseId, storedWarehouseId(held.getId()));

    items.deleteItem(DeleteItemRequest.newBuilder().setId(held.getId()).build());
    warehouses.deleteWarehouse(DeleteWarehouseRequest.newBuilder().setId(warehouseId).build());
    fixture.assertFailsWritingNothing(Code.NOT_FOUND,
        () -> warehouses.getWarehouse(GetWarehouseRequest.newBuilder().setId(warehouseId).build()));
  }

  // ---------------------------------------------------------------------------------------------------------------

  private static Item full(String name, long warehouseId) {
    return Item.newBuilder().setName(name).setOwner("alice").setColor(Color.COLOR_RED).setPrice("3.25")
        .setSku(UUID.randomUUID().toString()).setStockedAt(timestamp(STOCKED_AT)).setQuantity(5)
        .setWarehouseId(warehouseId).build();
  }

  private static Item create(Item.Builder item) {
    return create(item.build());
  }

  private static Item create(Item item) {
    return items.createItem(CreateItemRequest.newBuilder().setItem(item).build()).getItem();
  }

  private static Item get(long id) {
    return items.getItem(GetItemRequest.newBuilder().setId(id).build()).getItem();
  }

  private static Item update(Item.Builder item, String... paths) {
    return items.updateItem(UpdateItemRequest.newBuilder().setItem(item)
        .setUpdateMask(FieldMask.newBuilder().addAllPaths(List.of(paths))).build()).getItem();
  }

  private static long warehouse(String code) {
    Warehouse created = warehouses.createWarehouse(CreateWarehouseRequest.newBuilder()
        .setWarehouse(Warehouse.newBuilder().setCode(code).setCity("Lisbon")).build()).getWarehouse();
    assertEquals(created,
        warehouses.getWarehouse(GetWarehouseRequest.newBuilder().setId(created.getId()).build()).getWarehouse());
    return created.getId();
  }

  /** The stored entity, read with JPA outside the service; {@code null} when there is none. */
  private static io.jpaproto.it.service.model.Item find(long id) {
    return fixture.inTransaction(em -> em.find(io.jpaproto.it.service.model.Item.class, id));
  }

  private static Long storedWarehouseId(long itemId) {
    return fixture.inTransaction(em -> em.createQuery(
            "select i.warehouse.id from Item i where i.id = :id", Long.class)
        .setParameter("id", itemId).getSingleResult());
  }

  static Timestamp timestamp(Instant instant) {
    return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
  }
}
