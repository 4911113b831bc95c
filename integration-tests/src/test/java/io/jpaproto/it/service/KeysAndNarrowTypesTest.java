package io.jpaproto.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.protobuf.FieldMask;
import io.grpc.Status.Code;
import io.jpaproto.it.service.api.CreateLabelRequest;
import io.jpaproto.it.service.api.CreateWarehouseRequest;
import io.jpaproto.it.service.api.DeleteLabelRequest;
import io.jpaproto.it.service.api.GetLabelRequest;
import io.jpaproto.it.service.api.Label;
import io.jpaproto.it.service.api.LabelFilter;
import io.jpaproto.it.service.api.LabelServiceGrpc;
import io.jpaproto.it.service.api.ListLabelsRequest;
import io.jpaproto.it.service.api.ListWarehousesRequest;
import io.jpaproto.it.service.api.StreamLabelsRequest;
import io.jpaproto.it.service.api.StreamLabelsResponse;
import io.jpaproto.it.service.api.UpdateLabelRequest;
import io.jpaproto.it.service.api.UpdateWarehouseRequest;
import io.jpaproto.it.service.api.Warehouse;
import io.jpaproto.it.service.api.WarehouseFilter;
import io.jpaproto.it.service.api.WarehouseServiceGrpc;
import io.jpaproto.it.service.model.LabelJpaService;
import io.jpaproto.it.service.model.WarehouseJpaService;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ids and values whose proto type is not their Java type: a generated UUID id (a proto string), a short (an int32),
 * an int in a BIGINT column (an int64), and a short {@code @Version}. Requests convert them as the mapper does, and
 * a value the entity cannot hold is INVALID_ARGUMENT.
 */
class KeysAndNarrowTypesTest {
  private static ServiceFixture fixture;
  private static LabelServiceGrpc.LabelServiceBlockingStub labels;
  private static WarehouseServiceGrpc.WarehouseServiceBlockingStub warehouses;

  @BeforeAll
  static void start() throws Exception {
    EntityManagerFactory database = ServiceFixture.newDatabase();
    fixture = ServiceFixture.start(database,
        List.of(new LabelJpaService(database), new WarehouseJpaService(database)));
    labels = fixture.stub(LabelServiceGrpc::newBlockingStub);
    warehouses = fixture.stub(WarehouseServiceGrpc::newBlockingStub);
  }

  @AfterAll
  static void stop() throws Exception {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void aUuidIdTravelsAsTextAndIsConvertedLikeTheMapperConvertsIt() {
    Label created = create(Label.newBuilder().setText("urgent").setPriority(3).setWeight(7));
    UUID id = UUID.fromString(created.getId());
    assertEquals(id.toString(), created.getId(), "canonical text");
    assertEquals(created, get(created.getId()));
    assertEquals(created, get(created.getId().toUpperCase(Locale.ROOT)), "the same UUID in upper case");
    assertEquals("urgent", fixture.inTransaction(
        em -> em.find(io.jpaproto.it.service.model.Label.class, id)).getText());

    fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT, () -> get("not-a-uuid"));
    fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT, () -> get(""));
    fixture.assertFailsWritingNothing(Code.NOT_FOUND, () -> get(UUID.randomUUID().toString()));
  }

  @Test
  void updateAndDeleteFindTheLabelByItsUuid() {
    Label created = create(Label.newBuilder().setText("before").setPriority(1));
    fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
        () -> update(Label.newBuilder().setText("no id"), "text"));
    fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
        () -> update(Label.newBuilder().setId("12345").setText("bad id"), "text"));
    fixture.assertFailsWritingNothing(Code.NOT_FOUND,
        () -> update(Label.newBuilder().setId(UUID.randomUUID().toString()).setText("ghost"), "text"));
    fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
        () -> update(Label.newBuilder().setId(created.getId()).setText("x").setPriority(70_000), "text", "priority"));

    Label updated = update(Label.newBuilder().setId(created.getId()).setText("after").setPriority(-2),
        "text", "priority");
    assertEquals(created.toBuilder().setText("after").setPriority(-2).setVersion(1).build(), updated);
    assertEquals(updated, get(created.getId()));

    fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
        () -> labels.deleteLabel(DeleteLabelRequest.newBuilder().setId("zzz").build()));
    fixture.assertFailsWritingNothing(Code.NOT_FOUND,
        () -> labels.deleteLabel(DeleteLabelRequest.newBuilder().setId(UUID.randomUUID().toString()).build()));
    labels.deleteLabel(DeleteLabelRequest.newBuilder().setId(created.getId()).build());
    assertNull(fixture.inTransaction(
        em -> em.find(io.jpaproto.it.service.model.Label.class, UUID.fromString(created.getId()))));
  }

  @Test
  void aValueTheEntityCannotHoldIsInvalidArgumentOnCreateAndInFilters() {
    fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
        () -> create(Label.newBuilder().setText("too high").setPriority(Short.MAX_VALUE + 1)));
    fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
        () -> create(Label.newBuilder().setText("too heavy").setWeight(1L << 40)));
    for (LabelFilter filter : List.of(
        LabelFilter.newBuilder().setPriority(70_000).build(),
        LabelFilter.newBuilder().setWeight(1L << 40).build(),
        LabelFilter.newBuilder().setId("nope").build())) {
      fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
          () -> labels.listLabels(ListLabelsRequest.newBuilder().setFilter(filter).build()));
      fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT, () -> {
        labels.streamLabels(StreamLabelsRequest.newBuilder().setFilter(filter).build()).forEachRemaining(r -> { });
        return null;
      });
    }
  }

  @Test
  void filtersAndOrdersByNarrowFields() {
    List<Label> created = new ArrayList<>();
    int[] priorities = {5, -1, 5, 300, -1};
    long[] weights = {10, 20, 30, 20, 10};
    for (int i = 0; i < priorities.length; i++) {
      created.add(create(Label.newBuilder().setText("narrow" + i).setPriority(priorities[i]).setWeight(weights[i])));
    }
    assertEquals(List.of(created.get(0), created.get(2)),
        list(LabelFilter.newBuilder().setPriority(5).build(), "text"));
    assertEquals(List.of(created.get(1), created.get(3)),
        list(LabelFilter.newBuilder().setWeight(20).build(), "priority"));
    assertEquals(List.of(created.get(3), created.get(1)),
        list(LabelFilter.newBuilder().setWeight(20).build(), "priority desc"));
    assertEquals(List.of(created.get(2)), list(LabelFilter.newBuilder().setId(created.get(2).getId()).build(), ""));

    List<Label> byWeightThenPriority = list(LabelFilter.getDefaultInstance(), "weight desc, priority").stream()
        .filter(created::contains).toList();
    assertEquals(List.of(created.get(2), created.get(1), created.get(3), created.get(4), created.get(0)),
        byWeightThenPriority);
  }

  @Test
  void aShortVersionIsComparedAsTheEntityHoldsIt() {
    Warehouse created = warehouses.createWarehouse(CreateWarehouseRequest.newBuilder()
        .setWarehouse(Warehouse.newBuilder().setCode("short-version")).build()).getWarehouse();
    assertEquals(0, created.getVersion());
    Warehouse first = updateWarehouse(created.toBuilder().setCity("Porto").build(), "city");
    assertEquals(1, first.getVersion());
    Warehouse second = updateWarehouse(first.toBuilder().setCity("Braga").build(), "city");
    assertEquals(2, second.getVersion(), "the current version is accepted");

    fixture.assertFailsWritingNothing(Code.FAILED_PRECONDITION,
        () -> updateWarehouse(first.toBuilder().setCity("Faro").build(), "city"));
    fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT,
        () -> updateWarehouse(second.toBuilder().setVersion(70_000).setCity("Faro").build(), "city"));
    assertEquals(List.of(second), warehouses.listWarehouses(ListWarehousesRequest.newBuilder()
        .setFilter(WarehouseFilter.newBuilder().setCode("short-version").setVersion(2)).build()).getWarehousesList());
    fixture.assertFailsWritingNothing(Code.INVALID_ARGUMENT, () -> warehouses.listWarehouses(
        ListWarehousesRequest.newBuilder().setFilter(WarehouseFilter.newBuilder().setVersion(70_000)).build()));
  }

  @Test
  void aNullableVersionIsComparedOnlyWhenTheRequestSetsIt() {
    Label created = create(Label.newBuilder().setText("versioned"));
    assertTrue(created.hasVersion());
    assertEquals(0, created.getVersion());
    Label first = update(Label.newBuilder().setId(created.getId()).setText("no version sent"), "text");
    assertEquals(1, first.getVersion(), "no version in the request: no check");
    fixture.assertFailsWritingNothing(Code.FAILED_PRECONDITION,
        () -> update(Label.newBuilder().setId(created.getId()).setVersion(0).setText("stale"), "text"));
    Label second = update(Label.newBuilder().setId(created.getId()).setVersion(1).setText("current"), "text");
    assertEquals(2, second.getVersion(), "the current version is accepted");
    assertEquals("current", get(created.getId()).getText());
  }

  // ---------------------------------------------------------------------------------------------------------------

  private static Label create(Label.Builder label) {
    return labels.createLabel(CreateLabelRequest.newBuilder().setLabel(label).build()).getLabel();
  }

  private static Label get(String id) {
    return labels.getLabel(GetLabelRequest.newBuilder().setId(id).build()).getLabel();
  }

  private static Label update(Label.Builder label, String... paths) {
    return labels.updateLabel(UpdateLabelRequest.newBuilder().setLabel(label)
        .setUpdateMask(FieldMask.newBuilder().addAllPaths(List.of(paths))).build()).getLabel();
  }

  private static Warehouse updateWarehouse(Warehouse warehouse, String... paths) {
    return warehouses.updateWarehouse(UpdateWarehouseRequest.newBuilder().setWarehouse(warehouse)
        .setUpdateMask(FieldMask.newBuilder().addAllPaths(List.of(paths))).build()).getWarehouse();
  }

  private static List<Label> list(LabelFilter filter, String orderBy) {
    List<Label> listed = new ArrayList<>();
    String token = "";
    do {
      var page = labels.listLabels(ListLabelsRequest.newBuilder().setFilter(filter).setOrderBy(orderBy)
          .setPageSize(2).setPageToken(token).build());
      listed.addAll(page.getLabelsList());
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    List<Label> streamed = new ArrayList<>();
    labels.streamLabels(StreamLabelsRequest.newBuilder().setFilter(filter).setOrderBy(orderBy).build())
        .forEachRemaining((StreamLabelsResponse response) -> streamed.add(response.getLabel()));
    assertEquals(listed, streamed, "List and Stream agree");
    return listed;
  }
}
