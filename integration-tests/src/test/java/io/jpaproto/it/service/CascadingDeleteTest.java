package io.jpaproto.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Status.Code;
import io.grpc.StatusRuntimeException;
import io.jpaproto.it.cascade.api.Chore;
import io.jpaproto.it.cascade.api.ChoreServiceGrpc;
import io.jpaproto.it.cascade.api.CreateChoreRequest;
import io.jpaproto.it.cascade.api.CreateHouseholdRequest;
import io.jpaproto.it.cascade.api.CreateResidentRequest;
import io.jpaproto.it.cascade.api.DeleteChoreRequest;
import io.jpaproto.it.cascade.api.DeleteResidentRequest;
import io.jpaproto.it.cascade.api.GetChoreRequest;
import io.jpaproto.it.cascade.api.GetResidentRequest;
import io.jpaproto.it.cascade.api.Household;
import io.jpaproto.it.cascade.api.HouseholdServiceGrpc;
import io.jpaproto.it.cascade.api.Resident;
import io.jpaproto.it.cascade.api.ResidentServiceGrpc;
import io.jpaproto.it.cascade.model.ChoreJpaService;
import io.jpaproto.it.cascade.model.HouseholdJpaService;
import io.jpaproto.it.cascade.model.ResidentJpaService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A delete answers OK only when the entity is gone. A child held by its parent's loaded collection that cascades to
 * it (Spring Petclinic's {@code Owner.pets}: {@code mappedBy}, {@code cascade = ALL}, eager) was silently put back
 * by the flush: {@code DeleteResident} answered OK and the resident stayed. The service now takes the child out of
 * the parent's inverse collection first; a delete the flush still undoes is {@code FAILED_PRECONDITION}.
 */
class CascadingDeleteTest {
  private static ServiceFixture fixture;
  private static HouseholdServiceGrpc.HouseholdServiceBlockingStub households;
  private static ResidentServiceGrpc.ResidentServiceBlockingStub residents;
  private static ChoreServiceGrpc.ChoreServiceBlockingStub chores;
  /** The household the chore service loads before each call's work, as a shared persistence context might. */
  private static volatile Long preloadedHousehold;

  @BeforeAll
  static void start() throws Exception {
    EntityManagerFactory database = ServiceFixture.newDatabase(List.of(
        io.jpaproto.it.cascade.model.Household.class, io.jpaproto.it.cascade.model.Resident.class,
        io.jpaproto.it.cascade.model.Chore.class), Map.of());
    ChoreJpaService choreService = new ChoreJpaService(database) {
      @Override
      protected <T> T inTransaction(Function<EntityManager, T> work) {
        return super.inTransaction(entityManager -> {
          Long household = preloadedHousehold;
          if (household != null) {
            // Code that ran earlier in the same persistence context (a filter, another service) read the household.
            entityManager.find(io.jpaproto.it.cascade.model.Household.class, household);
          }
          return work.apply(entityManager);
        });
      }
    };
    fixture = ServiceFixture.start(database, List.of(new HouseholdJpaService(database),
        new ResidentJpaService(database), choreService));
    households = fixture.stub(HouseholdServiceGrpc::newBlockingStub);
    residents = fixture.stub(ResidentServiceGrpc::newBlockingStub);
    chores = fixture.stub(ChoreServiceGrpc::newBlockingStub);
  }

  @AfterAll
  static void stop() throws Exception {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void aDeletedChildIsGoneThoughItsParentsLoadedCollectionCascadesToIt() {
    Household home = households.createHousehold(CreateHouseholdRequest.newBuilder()
        .setHousehold(Household.newBuilder().setName("home")).build()).getHousehold();
    Resident ann = residents.createResident(CreateResidentRequest.newBuilder()
        .setResident(Resident.newBuilder().setName("ann").setHouseholdId(home.getId())).build()).getResident();
    Resident bob = residents.createResident(CreateResidentRequest.newBuilder()
        .setResident(Resident.newBuilder().setName("bob").setHouseholdId(home.getId())).build()).getResident();

    residents.deleteResident(DeleteResidentRequest.newBuilder().setId(ann.getId()).build());

    StatusRuntimeException gone = assertThrows(StatusRuntimeException.class,
        () -> residents.getResident(GetResidentRequest.newBuilder().setId(ann.getId()).build()),
        "DeleteResident answered OK, so the resident must be gone");
    assertEquals(Code.NOT_FOUND, gone.getStatus().getCode(), gone.getStatus().toString());
    assertEquals(List.of(bob.getId()), fixture.inTransaction(entityManager -> entityManager.createQuery(
        "select r.id from Resident r where r.household.id = :home", Long.class)
        .setParameter("home", home.getId()).getResultList()), "the other resident stays");
  }

  @Test
  void aDeleteTheFlushStillUndoesIsRefusedAndWritesNothing() {
    Chore dishes = chores.createChore(CreateChoreRequest.newBuilder()
        .setChore(Chore.newBuilder().setTitle("dishes")).build()).getChore();
    Household flat = households.createHousehold(CreateHouseholdRequest.newBuilder()
        .setHousehold(Household.newBuilder().setName("flat").addChoreIds(dishes.getId())).build()).getHousehold();
    preloadedHousehold = flat.getId();

    // Household.chores has no mappedBy to take the chore out of: the loaded household cascades to it on flush.
    StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
        () -> chores.deleteChore(DeleteChoreRequest.newBuilder().setId(dishes.getId()).build()),
        "a delete that the flush undoes must not answer OK");
    assertEquals(Code.FAILED_PRECONDITION, refused.getStatus().getCode(), refused.getStatus().toString());
    assertTrue(refused.getStatus().getDescription().contains("Chore " + dishes.getId()),
        refused.getStatus().toString());
    assertEquals(dishes, chores.getChore(GetChoreRequest.newBuilder().setId(dishes.getId()).build()).getChore());

    // Without the household in the persistence context, the same delete deletes.
    preloadedHousehold = null;
    chores.deleteChore(DeleteChoreRequest.newBuilder().setId(dishes.getId()).build());
    assertEquals(Code.NOT_FOUND, assertThrows(StatusRuntimeException.class,
        () -> chores.getChore(GetChoreRequest.newBuilder().setId(dishes.getId()).build())).getStatus().getCode());
  }
}
