package io.jpaproto.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.protobuf.FieldMask;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.Status.Code;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import io.jpaproto.grpc.Operation;
import io.jpaproto.it.service.api.CreateItemRequest;
import io.jpaproto.it.service.api.DeleteItemRequest;
import io.jpaproto.it.service.api.GetItemRequest;
import io.jpaproto.it.service.api.Item;
import io.jpaproto.it.service.api.ItemFilter;
import io.jpaproto.it.service.api.ItemServiceGrpc;
import io.jpaproto.it.service.api.ListItemsRequest;
import io.jpaproto.it.service.api.ListItemsResponse;
import io.jpaproto.it.service.api.StreamItemsRequest;
import io.jpaproto.it.service.api.StreamItemsResponse;
import io.jpaproto.it.service.api.UpdateItemRequest;
import io.jpaproto.it.service.model.ItemJpaService;
import io.jpaproto.it.service.model.WarehouseJpaService;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The customisation hooks through a subclass of the generated {@code ItemJpaService}, as the base class's Javadoc
 * tells users to write one: {@code authorize} refuses calls of the wrong tenant (read from a header by a server
 * interceptor), {@code restrict} confines every read (List, Stream and the lookups by id) to the caller's tenant,
 * and the page sizes are overridden.
 */
class ServiceHooksTest {
  static final Context.Key<String> TENANT = Context.key("tenant");
  static final Metadata.Key<String> TENANT_HEADER = Metadata.Key.of("x-tenant", Metadata.ASCII_STRING_MARSHALLER);
  private static final String ADMIN = "admin";

  private static ServiceFixture fixture;
  private static final List<Item> OF_A = new ArrayList<>();
  private static final List<Item> OF_B = new ArrayList<>();

  /** Items belong to the tenant named by their owner; the admin sees and changes everything. */
  static final class TenantItemService extends ItemJpaService {
    TenantItemService(EntityManagerFactory entityManagerFactory) {
      super(entityManagerFactory);
    }

    @Override
    protected void authorize(Operation operation, io.jpaproto.it.service.model.Item entity) {
      String tenant = TENANT.get();
      if (tenant == null) {
        throw Status.UNAUTHENTICATED.withDescription("x-tenant is required").asRuntimeException();
      }
      if (tenant.equals(ADMIN)) {
        return;
      }
      if (operation == Operation.DELETE) {
        throw Status.PERMISSION_DENIED.withDescription("only the admin deletes").asRuntimeException();
      }
      if (entity != null && !tenant.equals(entity.getOwner())) {
        throw Status.PERMISSION_DENIED.withDescription(operation + " of another tenant's item")
            .asRuntimeException();
      }
    }

    @Override
    protected void restrict(CriteriaBuilder builder, Root<io.jpaproto.it.service.model.Item> root,
        List<Predicate> where) {
      String tenant = TENANT.get();
      if (!ADMIN.equals(tenant)) {
        where.add(builder.equal(root.get("owner"), tenant));
      }
    }

    @Override
    protected int defaultPageSize() {
      return 3;
    }

    @Override
    protected int maxPageSize() {
      return 4;
    }
  }

  /** Puts the x-tenant header into the call's context. */
  static final class TenantInterceptor implements ServerInterceptor {
    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
        ServerCallHandler<Q, R> next) {
      return Contexts.interceptCall(Context.current().withValue(TENANT, headers.get(TENANT_HEADER)), call, headers,
          next);
    }
  }

  @BeforeAll
  static void start() throws Exception {
    EntityManagerFactory database = ServiceFixture.newDatabase();
    fixture = ServiceFixture.start(database,
        List.of(new TenantItemService(database), new WarehouseJpaService(database)), new TenantInterceptor());
    for (int i = 0; i < 7; i++) {
      OF_A.add(create(ADMIN, Item.newBuilder().setName("a" + i).setOwner("a").setQuantity(i)));
      OF_B.add(create(ADMIN, Item.newBuilder().setName("b" + i).setOwner("b").setQuantity(i)));
    }
  }

  @AfterAll
  static void stop() throws Exception {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void listAndStreamShowOnlyTheCallersItems() {
    assertEquals(OF_A, listAll("a", ListItemsRequest.newBuilder().build(), List.of(3, 3, 1)));
    assertEquals(OF_B, listAll("b", ListItemsRequest.newBuilder().build(), List.of(3, 3, 1)));
    assertEquals(OF_A, stream("a", StreamItemsRequest.getDefaultInstance()));
    List<Item> ofBByQuantityDesc = new ArrayList<>(OF_B);
    java.util.Collections.reverse(ofBByQuantityDesc);
    assertEquals(ofBByQuantityDesc, stream("b", StreamItemsRequest.newBuilder().setOrderBy("quantity desc").build()));
    List<Item> everything = new ArrayList<>(OF_A);
    everything.addAll(OF_B);
    everything.sort(java.util.Comparator.comparingLong(Item::getId));
    assertEquals(everything, stream(ADMIN, StreamItemsRequest.getDefaultInstance()));
    assertEquals(List.of(), stream("c", StreamItemsRequest.getDefaultInstance()));
  }

  @Test
  void aFilterCannotWidenTheRestriction() {
    assertEquals(List.of(), listAll("a",
        ListItemsRequest.newBuilder().setFilter(ItemFilter.newBuilder().setOwner("b")).build(), List.of(0)));
    assertEquals(List.of(), stream("a", StreamItemsRequest.newBuilder()
        .setFilter(ItemFilter.newBuilder().setId(OF_B.get(0).getId())).build()));
    assertEquals(List.of(OF_A.get(2)), listAll("a",
        ListItemsRequest.newBuilder().setFilter(ItemFilter.newBuilder().setQuantity(2)).build(), List.of(1)));
  }

  @Test
  void pagesAreCappedAtTheMaximumPageSize() {
    ListItemsResponse page = items("a").listItems(ListItemsRequest.newBuilder().setPageSize(100).build());
    assertEquals(OF_A.subList(0, 4), page.getItemsList());
    assertEquals(OF_A.subList(4, 7), listAll("a",
        ListItemsRequest.newBuilder().setPageSize(100).setPageToken(page.getNextPageToken()).build(), List.of(3)));
  }

  @Test
  void anotherTenantsItemIsNotFoundForReadsAndUpdatesAndWritesNothing() {
    Item ofB = OF_B.get(1);
    assertEquals(ofB, items("b").getItem(GetItemRequest.newBuilder().setId(ofB.getId()).build()).getItem());
    // restrict applies to lookups by id too: the row is hidden, so its existence does not leak.
    fixture.assertFailsWritingNothing(Code.NOT_FOUND,
        () -> items("a").getItem(GetItemRequest.newBuilder().setId(ofB.getId()).build()));
    fixture.assertFailsWritingNothing(Code.NOT_FOUND, () -> items("a").updateItem(
        UpdateItemRequest.newBuilder().setItem(ofB.toBuilder().setName("taken over"))
            .setUpdateMask(FieldMask.newBuilder().addPaths("name")).build()));
    assertEquals(ofB, items(ADMIN).getItem(GetItemRequest.newBuilder().setId(ofB.getId()).build()).getItem());
  }

  @Test
  void authorizeRefusesWithPermissionDeniedAndWritesNothing() {
    Item ofB = OF_B.get(1);
    // Creating an item for another tenant, and deleting as a non-admin, are refused by authorize.
    fixture.assertFailsWritingNothing(Code.PERMISSION_DENIED, () -> items("a").createItem(
        CreateItemRequest.newBuilder().setItem(Item.newBuilder().setName("planted").setOwner("b")).build()));
    fixture.assertFailsWritingNothing(Code.PERMISSION_DENIED,
        () -> items("b").deleteItem(DeleteItemRequest.newBuilder().setId(ofB.getId()).build()));
    assertEquals(ofB, items("b").getItem(GetItemRequest.newBuilder().setId(ofB.getId()).build()).getItem());
  }

  @Test
  void aCallWithoutATenantIsRefusedWithTheHooksOwnStatus() {
    StatusRuntimeException error = fixture.assertFailsWritingNothing(Code.UNAUTHENTICATED,
        () -> ItemServiceGrpc.newBlockingStub(fixture.channel).listItems(ListItemsRequest.getDefaultInstance()));
    assertEquals("x-tenant is required", error.getStatus().getDescription());
    fixture.assertFailsWritingNothing(Code.UNAUTHENTICATED, () -> ItemServiceGrpc.newBlockingStub(fixture.channel)
        .createItem(CreateItemRequest.newBuilder().setItem(Item.newBuilder().setName("anon").setOwner("a")).build()));
    fixture.assertFailsWritingNothing(Code.UNAUTHENTICATED, () -> drain(ItemServiceGrpc.newBlockingStub(fixture.channel)
        .streamItems(StreamItemsRequest.getDefaultInstance())));
  }

  @Test
  void theOwnerCreatesChangesAndTheAdminDeletes() {
    Item mine = create("c", Item.newBuilder().setName("c's").setOwner("c"));
    Item changed = items("c").updateItem(UpdateItemRequest.newBuilder()
        .setItem(mine.toBuilder().setName("c's, renamed")).setUpdateMask(FieldMask.newBuilder().addPaths("name"))
        .build()).getItem();
    assertEquals("c's, renamed", changed.getName());
    assertEquals(List.of(changed), stream("c", StreamItemsRequest.getDefaultInstance()));
    items(ADMIN).deleteItem(DeleteItemRequest.newBuilder().setId(mine.getId()).build());
    assertEquals(List.of(), stream("c", StreamItemsRequest.getDefaultInstance()));
  }

  // ---------------------------------------------------------------------------------------------------------------

  private static ItemServiceGrpc.ItemServiceBlockingStub items(String tenant) {
    Metadata headers = new Metadata();
    headers.put(TENANT_HEADER, tenant);
    return ItemServiceGrpc.newBlockingStub(fixture.channel)
        .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers))
        .withDeadlineAfter(ServiceFixture.DEADLINE_SECONDS, TimeUnit.SECONDS);
  }

  private static Item create(String tenant, Item.Builder item) {
    return items(tenant).createItem(CreateItemRequest.newBuilder().setItem(item).build()).getItem();
  }

  /** Every page from {@code first} on, checking the size of each page. */
  private static List<Item> listAll(String tenant, ListItemsRequest first, List<Integer> pageSizes) {
    List<Item> listed = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    ListItemsRequest request = first;
    while (true) {
      ListItemsResponse page = items(tenant).listItems(request);
      listed.addAll(page.getItemsList());
      sizes.add(page.getItemsCount());
      if (page.getNextPageToken().isEmpty()) {
        break;
      }
      request = request.toBuilder().setPageToken(page.getNextPageToken()).build();
    }
    assertEquals(pageSizes, sizes, "page sizes");
    return listed;
  }

  private static List<Item> stream(String tenant, StreamItemsRequest request) {
    return drain(items(tenant).streamItems(request));
  }

  private static List<Item> drain(Iterator<StreamItemsResponse> responses) {
    List<Item> streamed = new ArrayList<>();
    responses.forEachRemaining(response -> streamed.add(response.getItem()));
    return streamed;
  }
}
