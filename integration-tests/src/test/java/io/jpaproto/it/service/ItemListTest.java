package io.jpaproto.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Status.Code;
import io.grpc.StatusRuntimeException;
import io.jpaproto.it.service.api.Color;
import io.jpaproto.it.service.api.CreateItemRequest;
import io.jpaproto.it.service.api.CreateWarehouseRequest;
import io.jpaproto.it.service.api.Item;
import io.jpaproto.it.service.api.ItemFilter;
import io.jpaproto.it.service.api.ItemServiceGrpc;
import io.jpaproto.it.service.api.ListItemsRequest;
import io.jpaproto.it.service.api.ListItemsResponse;
import io.jpaproto.it.service.api.ListWarehousesRequest;
import io.jpaproto.it.service.api.ListWarehousesResponse;
import io.jpaproto.it.service.api.StreamItemsRequest;
import io.jpaproto.it.service.api.StreamItemsResponse;
import io.jpaproto.it.service.api.Warehouse;
import io.jpaproto.it.service.api.WarehouseFilter;
import io.jpaproto.it.service.api.WarehouseServiceGrpc;
import io.jpaproto.it.service.model.ItemJpaService;
import io.jpaproto.it.service.model.WarehouseJpaService;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * List and Stream of the generated {@code ItemJpaService} over a real channel: paging, order_by, typed filters, page
 * tokens and the INVALID_ARGUMENT of every malformed request. Each test works in a warehouse of its own and filters
 * by it, so the tests do not see each other's items.
 */
class ItemListTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Comparator<Item> BY_ID = Comparator.comparingLong(Item::getId);

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
  // Paging

  @Test
  void pagesThroughTwentyThreeItemsFiveAtATimeWithNoDuplicatesOrGaps() {
    long warehouseId = warehouse("paging");
    List<Item> created = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      created.add(create(Item.newBuilder().setName("item" + i).setQuantity(i % 4).setWarehouseId(warehouseId)));
    }
    ItemFilter filter = ItemFilter.newBuilder().setWarehouseId(warehouseId).build();

    for (String orderBy : List.of("", "quantity desc", "name desc")) {
      Comparator<Item> order = switch (orderBy) {
        case "" -> BY_ID;
        case "quantity desc" -> Comparator.comparingLong(Item::getQuantity).reversed().thenComparing(BY_ID);
        default -> Comparator.comparing(Item::getName).reversed().thenComparing(BY_ID);
      };
      List<Long> expected = created.stream().sorted(order).map(Item::getId).toList();

      List<Long> seen = new ArrayList<>();
      List<Integer> pageSizes = new ArrayList<>();
      String token = "";
      do {
        ListItemsResponse page = items.listItems(ListItemsRequest.newBuilder()
            .setPageSize(5).setPageToken(token).setOrderBy(orderBy).setFilter(filter).build());
        pageSizes.add(page.getItemsCount());
        page.getItemsList().forEach(item -> seen.add(item.getId()));
        token = page.getNextPageToken();
        assertFalse(token.matches("\\d+"), "the token is opaque, not a bare offset or id: " + token);
      } while (!token.isEmpty());

      assertEquals(List.of(5, 5, 5, 5, 3), pageSizes, "order_by \"" + orderBy + "\"");
      assertEquals(expected, seen, "every item once, in order, for order_by \"" + orderBy + "\"");
    }
  }

  @Test
  void aTokenCanBeUsedAgainWithTheSameQuery() {
    long warehouseId = warehouse("token-again");
    seed(warehouseId, 7);
    ListItemsRequest first = ListItemsRequest.newBuilder().setPageSize(3).setOrderBy("quantity desc")
        .setFilter(ItemFilter.newBuilder().setWarehouseId(warehouseId)).build();
    String token = items.listItems(first).getNextPageToken();
    ListItemsResponse second = items.listItems(first.toBuilder().setPageToken(token).build());
    assertEquals(second, items.listItems(first.toBuilder().setPageToken(token).build()));
    assertEquals(3, second.getItemsCount());
    ListItemsResponse third = items.listItems(first.toBuilder().setPageToken(second.getNextPageToken()).build());
    assertEquals(1, third.getItemsCount());
    assertEquals("", third.getNextPageToken());
  }

  @Test
  void pageSizeZeroMeansFiftyAndALargePageHoldsTheRest() {
    long warehouseId = warehouse("default-size");
    List<Item> created = seed(warehouseId, 53);
    ItemFilter filter = ItemFilter.newBuilder().setWarehouseId(warehouseId).build();

    ListItemsResponse first = items.listItems(ListItemsRequest.newBuilder().setFilter(filter).build());
    assertEquals(50, first.getItemsCount());
    assertFalse(first.getNextPageToken().isEmpty());
    ListItemsResponse rest = items.listItems(ListItemsRequest.newBuilder().setFilter(filter).setPageSize(1000)
        .setPageToken(first.getNextPageToken()).build());
    assertEquals(3, rest.getItemsCount());
    assertEquals("", rest.getNextPageToken());

    ListItemsResponse all = items.listItems(ListItemsRequest.newBuilder().setFilter(filter).setPageSize(53).build());
    assertEquals(created.stream().map(Item::getId).toList(), ids(all.getItemsList()));
    assertEquals("", all.getNextPageToken(), "exactly page_size left: no further page");
  }

  @Test
  void aNegativePageSizeIsInvalidArgument() {
    fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
        () -> items.listItems(ListItemsRequest.newBuilder().setPageSize(-1).build()));
    fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
        () -> items.listItems(ListItemsRequest.newBuilder().setPageSize(Integer.MIN_VALUE).build()));
  }

  @Test
  void aPageTokenTheServiceDidNotIssueForThisQueryIsInvalidArgument() {
    long warehouseId = warehouse("bad-token");
    long otherWarehouseId = warehouse("bad-token-other");
    seed(warehouseId, 6);
    seed(otherWarehouseId, 6);
    ListItemsRequest request = ListItemsRequest.newBuilder().setPageSize(2).setOrderBy("quantity desc")
        .setFilter(ItemFilter.newBuilder().setWarehouseId(warehouseId)).build();
    String token = items.listItems(request).getNextPageToken();
    assertFalse(token.isEmpty());

    for (String garbage : List.of("garbage!", "AAAAAAAAAAAAAAAA", "-_-_", "42", token + "x", " " + token)) {
      fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
          () -> items.listItems(request.toBuilder().setPageToken(garbage).build()));
    }
    fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT, () -> items.listItems(request.toBuilder()
        .setPageToken(token).setFilter(ItemFilter.newBuilder().setWarehouseId(otherWarehouseId)).build()));
    fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT, () -> items.listItems(request.toBuilder()
        .setPageToken(token).setFilter(ItemFilter.newBuilder().setWarehouseId(warehouseId).setName("item0"))
        .build()));
    fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
        () -> items.listItems(request.toBuilder().setPageToken(token).clearFilter().build()));
    fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
        () -> items.listItems(request.toBuilder().setPageToken(token).setOrderBy("name").build()));
    fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
        () -> items.listItems(request.toBuilder().setPageToken(token).setOrderBy("quantity").build()));
    fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
        () -> items.listItems(request.toBuilder().setPageToken(token).setOrderBy("").build()));

    String warehouseToken = warehouses.listWarehouses(ListWarehousesRequest.newBuilder().setPageSize(1).build())
        .getNextPageToken();
    assertFalse(warehouseToken.isEmpty());
    fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
        () -> items.listItems(ListItemsRequest.newBuilder().setPageSize(1).setPageToken(warehouseToken).build()));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Ordering

  @Test
  void ordersAscendingDescendingByTwoKeysAndBreaksTiesById() {
    long warehouseId = warehouse("ordering");
    String[] names = {"pear", "apple", "fig", "apple", "kiwi", "fig", "apple", "date", "apple"};
    long[] quantities = {3, 1, 3, 2, 1, 3, 2, 5, 1};
    String[] prices = {"9.50", "10.00", "2.25", "9.50", "100.00", "0.99", "10.00", "2.25", "9.50"};
    int[] minutes = {5, 3, 8, 1, 7, 2, 6, 4, 0};
    List<Item> created = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      created.add(create(Item.newBuilder().setName(names[i]).setQuantity(quantities[i]).setPrice(prices[i])
          .setStockedAt(ItemServiceTest.timestamp(T0.plusSeconds(60L * minutes[i])))
          .setWarehouseId(warehouseId)));
    }
    Comparator<Item> byName = Comparator.comparing(Item::getName);
    Comparator<Item> byQuantity = Comparator.comparingLong(Item::getQuantity);
    Comparator<Item> byPrice = Comparator.comparing(item -> new BigDecimal(item.getPrice()));
    Comparator<Item> byStockedAt = Comparator.comparingLong(item -> item.getStockedAt().getSeconds());

    assertOrder(warehouseId, created, "name", byName.thenComparing(BY_ID));
    assertOrder(warehouseId, created, "name asc", byName.thenComparing(BY_ID));
    assertOrder(warehouseId, created, "name desc", byName.reversed().thenComparing(BY_ID));
    assertOrder(warehouseId, created, "name DESC", byName.reversed().thenComparing(BY_ID));
    assertOrder(warehouseId, created, "quantity desc, name",
        byQuantity.reversed().thenComparing(byName).thenComparing(BY_ID));
    assertOrder(warehouseId, created, "  name   asc ,quantity  desc ",
        byName.thenComparing(byQuantity.reversed()).thenComparing(BY_ID));
    assertOrder(warehouseId, created, "price", byPrice.thenComparing(BY_ID));
    assertOrder(warehouseId, created, "price desc, quantity asc",
        byPrice.reversed().thenComparing(byQuantity).thenComparing(BY_ID));
    assertOrder(warehouseId, created, "stocked_at desc", byStockedAt.reversed());
    assertOrder(warehouseId, created, "id desc", BY_ID.reversed());
    assertOrder(warehouseId, created, "name, id desc", byName.thenComparing(BY_ID.reversed()));
    assertOrder(warehouseId, created, "warehouse_id", BY_ID);
    assertOrder(warehouseId, created, "", BY_ID);
  }

  @Test
  void anOrderByNamingNoSortableFieldIsInvalidArgument() {
    for (String orderBy : List.of("nmae", "name sideways", "name, name desc", "name,", ",name", "warehouse",
        "stockedAt", "name asc desc", "filter")) {
      StatusRuntimeException error = fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
          () -> items.listItems(ListItemsRequest.newBuilder().setOrderBy(orderBy).build()));
      assertTrue(error.getStatus().getDescription().contains("order_by"), error.getStatus().getDescription());
      fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
          () -> stream(StreamItemsRequest.newBuilder().setOrderBy(orderBy).build()));
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Filters

  @Test
  void filtersByStringEnumRelationIdUuidAndTheirCombination() {
    long warehouseId = warehouse("filters");
    long otherWarehouseId = warehouse("filters-other");
    List<Item> here = new ArrayList<>();
    String[] names = {"f-apple", "f-pear", "f-apple", "f-fig", "f-apple", "f-pear"};
    Color[] colors = {Color.COLOR_RED, Color.COLOR_RED, Color.COLOR_GREEN, Color.COLOR_BLUE, Color.COLOR_RED,
        Color.COLOR_GREEN};
    for (long warehouse : new long[] {warehouseId, otherWarehouseId}) {
      for (int i = 0; i < names.length; i++) {
        Item item = create(Item.newBuilder().setName(names[i]).setColor(colors[i]).setOwner("f-owner" + (i % 2))
            .setPrice(i % 2 == 0 ? "1.50" : "2.00").setQuantity(100 + i).setSku(UUID.randomUUID().toString())
            .setWarehouseId(warehouse));
        if (warehouse == warehouseId) {
          here.add(item);
        }
      }
    }
    Item target = here.get(3);

    assertFilter(ItemFilter.newBuilder().setWarehouseId(warehouseId).build(),
        item -> item.getWarehouseId() == warehouseId, 6);
    assertFilter(ItemFilter.newBuilder().setName("f-apple").build(), item -> item.getName().equals("f-apple"), 6);
    assertFilter(ItemFilter.newBuilder().setColor(Color.COLOR_GREEN).build(),
        item -> item.getColor() == Color.COLOR_GREEN, 4);
    assertFilter(ItemFilter.newBuilder().setOwner("f-owner1").build(), item -> item.getOwner().equals("f-owner1"), 6);
    assertFilter(ItemFilter.newBuilder().setPrice("2.00").build(),
        item -> item.hasPrice() && new BigDecimal(item.getPrice()).compareTo(new BigDecimal("2.00")) == 0, 6);
    assertFilter(ItemFilter.newBuilder().setQuantity(103).build(), item -> item.getQuantity() == 103, 2);
    assertFilter(ItemFilter.newBuilder().setSku(target.getSku()).build(), item -> item.equals(target), 1);
    assertFilter(ItemFilter.newBuilder().setSku(target.getSku().toUpperCase(Locale.ROOT)).build(),
        item -> item.equals(target), 1);
    assertFilter(ItemFilter.newBuilder().setId(target.getId()).build(), item -> item.equals(target), 1);
    assertFilter(ItemFilter.newBuilder().setWarehouseId(warehouseId).setName("f-apple").setColor(Color.COLOR_RED)
            .build(),
        item -> item.getWarehouseId() == warehouseId && item.getName().equals("f-apple")
            && item.getColor() == Color.COLOR_RED, 2);
    assertFilter(ItemFilter.newBuilder().setName("f-pear").setColor(Color.COLOR_GREEN).setOwner("f-owner1").build(),
        item -> item.getName().equals("f-pear") && item.getColor() == Color.COLOR_GREEN
            && item.getOwner().equals("f-owner1"), 2);
    assertFilter(ItemFilter.newBuilder().setWarehouseId(warehouseId).setName("f-pear").setColor(Color.COLOR_BLUE)
        .build(), item -> false, 0);
    assertFilter(ItemFilter.newBuilder().setWarehouseId(987_654_321L).build(), item -> false, 0);
    assertFilter(ItemFilter.newBuilder().setWarehouseId(otherWarehouseId).setSku(target.getSku()).build(),
        item -> false, 0);

    ListWarehousesResponse byCode = warehouses.listWarehouses(ListWarehousesRequest.newBuilder()
        .setFilter(WarehouseFilter.newBuilder().setCode("filters-other")).build());
    assertEquals(1, byCode.getWarehousesCount());
    assertEquals(otherWarehouseId, byCode.getWarehouses(0).getId());
  }

  @Test
  void aFilterValueTheEntityCannotHoldIsInvalidArgument() {
    List<ItemFilter> bad = List.of(
        ItemFilter.newBuilder().setSku("not-a-uuid").build(),
        ItemFilter.newBuilder().setColor(Color.COLOR_UNSPECIFIED).build(),
        ItemFilter.newBuilder().setColorValue(42).build(),
        ItemFilter.newBuilder().setPrice("cheap").build(),
        ItemFilter.newBuilder().setName("f-apple").setSku("0000").build());
    for (ItemFilter filter : bad) {
      StatusRuntimeException error = fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
          () -> items.listItems(ListItemsRequest.newBuilder().setFilter(filter).build()));
      assertTrue(error.getStatus().getDescription() != null && !error.getStatus().getDescription().isBlank(),
          "the status says what is wrong");
      fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
          () -> stream(StreamItemsRequest.newBuilder().setFilter(filter).build()));
    }
    StatusRuntimeException sku = fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT, () -> items.listItems(
        ListItemsRequest.newBuilder().setFilter(ItemFilter.newBuilder().setSku("not-a-uuid")).build()));
    assertTrue(sku.getStatus().getDescription().contains("sku"), sku.getStatus().getDescription());
    StatusRuntimeException color = fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT, () -> items.listItems(
        ListItemsRequest.newBuilder().setFilter(ItemFilter.newBuilder().setColor(Color.COLOR_UNSPECIFIED)).build()));
    assertTrue(color.getStatus().getDescription().contains("color"), color.getStatus().getDescription());
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Stream

  @Test
  void streamSendsEveryMatchingItemInOrder() {
    long warehouseId = warehouse("stream");
    List<Item> created = seed(warehouseId, 23);
    seed(warehouse("stream-other"), 4);
    ItemFilter filter = ItemFilter.newBuilder().setWarehouseId(warehouseId).build();

    assertEquals(created.stream().map(Item::getId).toList(),
        ids(stream(StreamItemsRequest.newBuilder().setFilter(filter).build())));
    List<Item> byQuantity = created.stream()
        .sorted(Comparator.comparingLong(Item::getQuantity).reversed().thenComparing(BY_ID)).toList();
    assertEquals(byQuantity,
        stream(StreamItemsRequest.newBuilder().setFilter(filter).setOrderBy("quantity desc").build()));
    assertEquals(List.of(), stream(StreamItemsRequest.newBuilder()
        .setFilter(ItemFilter.newBuilder().setWarehouseId(warehouseId).setName("no such item")).build()));
  }

  // ---------------------------------------------------------------------------------------------------------------

  private static void assertOrder(long warehouseId, List<Item> created, String orderBy, Comparator<Item> order) {
    List<Long> expected = created.stream().sorted(order).map(Item::getId).toList();
    ItemFilter filter = ItemFilter.newBuilder().setWarehouseId(warehouseId).build();
    List<Long> listed = new ArrayList<>();
    String token = "";
    do {
      ListItemsResponse page = items.listItems(ListItemsRequest.newBuilder()
          .setPageSize(2).setPageToken(token).setOrderBy(orderBy).setFilter(filter).build());
      listed.addAll(ids(page.getItemsList()));
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    assertEquals(expected, listed, "List, order_by \"" + orderBy + "\"");
    assertEquals(expected,
        ids(stream(StreamItemsRequest.newBuilder().setOrderBy(orderBy).setFilter(filter).build())),
        "Stream, order_by \"" + orderBy + "\"");
  }

  /**
   * Asserts that List (in pages of 3) and Stream with {@code filter} answer exactly the items of the whole table that
   * {@code matches} accepts, {@code count} of them, by id.
   */
  private static void assertFilter(ItemFilter filter, Predicate<Item> matches, int count) {
    List<Item> expected = stream(StreamItemsRequest.getDefaultInstance()).stream().filter(matches).toList();
    assertEquals(count, expected.size(), "the test's data: " + filter);
    List<Item> listed = new ArrayList<>();
    String token = "";
    do {
      ListItemsResponse page = items.listItems(ListItemsRequest.newBuilder()
          .setPageSize(3).setPageToken(token).setFilter(filter).build());
      listed.addAll(page.getItemsList());
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    assertEquals(expected, listed, "List, filter " + filter);
    assertEquals(expected, stream(StreamItemsRequest.newBuilder().setFilter(filter).build()),
        "Stream, filter " + filter);
  }

  /** The whole stream; a failure anywhere in it is thrown. */
  static List<Item> stream(StreamItemsRequest request) {
    List<Item> streamed = new ArrayList<>();
    Iterator<StreamItemsResponse> responses = items.streamItems(request);
    while (responses.hasNext()) {
      streamed.add(responses.next().getItem());
    }
    assertEquals(streamed.size(), new HashSet<>(ids(streamed)).size(), "no item twice");
    return streamed;
  }

  private static List<Item> seed(long warehouseId, int count) {
    List<Item> created = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      created.add(create(Item.newBuilder().setName("item" + i).setQuantity(i % 3).setWarehouseId(warehouseId)));
    }
    return created;
  }

  private static Item create(Item.Builder item) {
    return items.createItem(CreateItemRequest.newBuilder().setItem(item).build()).getItem();
  }

  private static long warehouse(String code) {
    return warehouses.createWarehouse(CreateWarehouseRequest.newBuilder()
        .setWarehouse(Warehouse.newBuilder().setCode(code)).build()).getWarehouse().getId();
  }

  private static List<Long> ids(List<Item> list) {
    return list.stream().map(Item::getId).toList();
  }
}
