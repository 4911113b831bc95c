package io.jpaproto.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.FieldMask;
import io.grpc.Status.Code;
import io.grpc.StatusRuntimeException;
import io.jpaproto.it.analytics.api.CreateSiteRequest;
import io.jpaproto.it.analytics.api.Site;
import io.jpaproto.it.analytics.api.SiteServiceGrpc;
import io.jpaproto.it.analytics.api.UpdateSiteRequest;
import io.jpaproto.it.analytics.model.SiteJpaService;
import io.jpaproto.it.service.api.CreateItemRequest;
import io.jpaproto.it.service.api.Item;
import io.jpaproto.it.service.api.ItemServiceGrpc;
import io.jpaproto.it.service.api.UpdateItemRequest;
import io.jpaproto.it.service.model.ItemJpaService;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Create and Update answer the entity as the database holds it after the call, not as the request sent it: a
 * value the database set itself (a column default) and a decimal the database rounded to its column's scale.
 */
class StoredAnswersTest {
  private static ServiceFixture fixture;
  private static ItemServiceGrpc.ItemServiceBlockingStub items;
  private static SiteServiceGrpc.SiteServiceBlockingStub sites;

  @BeforeAll
  static void start() throws Exception {
    EntityManagerFactory database = ServiceFixture.newDatabase(List.of(io.jpaproto.it.service.model.Item.class,
        io.jpaproto.it.service.model.Warehouse.class, io.jpaproto.it.service.model.Label.class,
        io.jpaproto.it.analytics.model.Site.class, io.jpaproto.it.analytics.model.Tag.class,
        io.jpaproto.it.analytics.model.Page.class), Map.of());
    fixture = ServiceFixture.start(database, List.of(new ItemJpaService(database), new SiteJpaService(database)));
    items = fixture.stub(ItemServiceGrpc::newBlockingStub);
    sites = fixture.stub(SiteServiceGrpc::newBlockingStub);
  }

  @AfterAll
  static void stop() throws Exception {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void createAndUpdateAnswerTheValueTheDatabaseDefaulted() {
    Site created = sites.createSite(CreateSiteRequest.newBuilder()
        .setSite(Site.newBuilder().setDomain("defaults.example.com")).build()).getSite();
    assertEquals("active", created.getStatus(), "the column default the database applied");
    assertEquals("active", stored(created.getId()));
    Site updated = sites.updateSite(UpdateSiteRequest.newBuilder()
        .setSite(created.toBuilder().setDomain("renamed.example.com").clearStatus())
        .setUpdateMask(FieldMask.newBuilder().addPaths("domain")).build()).getSite();
    assertEquals("renamed.example.com", updated.getDomain());
    assertEquals("active", updated.getStatus());
  }

  @Test
  void anUpdateOfAColumnDeclaredNotUpdatableIsRefusedAndWritesNothing() {
    // registered_by is @Column(updatable = false): Hibernate leaves it out of every UPDATE, so applying it to the
    // entity answered OK while the database kept the old value. The mapper refuses the path instead.
    Site created = sites.createSite(CreateSiteRequest.newBuilder()
        .setSite(Site.newBuilder().setDomain("fixed.example.com").setRegisteredBy("ann")).build()).getSite();
    assertEquals("ann", created.getRegisteredBy(), "a column not updatable is still written on create");
    StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> sites.updateSite(
        UpdateSiteRequest.newBuilder().setSite(created.toBuilder().setRegisteredBy("bob"))
            .setUpdateMask(FieldMask.newBuilder().addPaths("registered_by")).build()));
    assertEquals(Code.INVALID_ARGUMENT, refused.getStatus().getCode(), refused.getStatus().toString());
    assertTrue(refused.getStatus().getDescription().contains("\"registered_by\" names a field of Site that cannot"
        + " be updated"), refused.getStatus().toString());
    assertEquals("ann", fixture.inTransaction(entityManager -> entityManager.find(
        io.jpaproto.it.analytics.model.Site.class, created.getId()).getRegisteredBy()));

    // "*" updates every updatable field, so it leaves registered_by alone and says so by the answer.
    Site all = sites.updateSite(UpdateSiteRequest.newBuilder()
        .setSite(created.toBuilder().setDomain("all.example.com").setRegisteredBy("bob"))
        .setUpdateMask(FieldMask.newBuilder().addPaths("*")).build()).getSite();
    assertEquals("all.example.com", all.getDomain());
    assertEquals("ann", all.getRegisteredBy());
  }

  @Test
  void aDecimalTheDatabaseRoundsIsAnsweredAsStoredOrRefused() {
    // price is NUMERIC(12, 2). A mapper that checks the scale refuses 12.555 (INVALID_ARGUMENT); otherwise the
    // database rounds it, and the answer must be the rounded value, not the one sent.
    try {
      Item created = items.createItem(CreateItemRequest.newBuilder()
          .setItem(Item.newBuilder().setName("rounded").setPrice("12.555")).build()).getItem();
      BigDecimal price = storedPrice(created.getId());
      assertNotEquals(0, price.compareTo(new BigDecimal("12.555")), "the database rounded: " + price);
      assertEquals(price.toPlainString(), created.getPrice(), "Create answers what is stored");

      Item updated = items.updateItem(UpdateItemRequest.newBuilder()
          .setItem(created.toBuilder().setPrice("0.001"))
          .setUpdateMask(FieldMask.newBuilder().addPaths("price")).build()).getItem();
      BigDecimal after = storedPrice(created.getId());
      assertEquals(after.toPlainString(), updated.getPrice(), "Update answers what is stored");
      assertNotEquals("0.001", updated.getPrice());
    } catch (StatusRuntimeException refused) {
      assertEquals(Code.INVALID_ARGUMENT, refused.getStatus().getCode(), refused.getStatus().toString());
    }
  }

  private static String stored(long siteId) {
    return fixture.inTransaction(entityManager ->
        entityManager.find(io.jpaproto.it.analytics.model.Site.class, siteId).getStatus());
  }

  private static BigDecimal storedPrice(long itemId) {
    return fixture.inTransaction(entityManager ->
        entityManager.find(io.jpaproto.it.service.model.Item.class, itemId).getPrice());
  }
}
