package io.jpaproto.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Status.Code;
import io.grpc.StatusRuntimeException;
import io.jpaproto.ReferenceResolver;
import io.jpaproto.it.analytics.api.CreateSiteRequest;
import io.jpaproto.it.analytics.api.CreateVisitorRequest;
import io.jpaproto.it.analytics.api.DeleteSiteRequest;
import io.jpaproto.it.analytics.api.Site;
import io.jpaproto.it.analytics.api.SiteServiceGrpc;
import io.jpaproto.it.analytics.api.Visitor;
import io.jpaproto.it.analytics.api.VisitorServiceGrpc;
import io.jpaproto.it.analytics.model.SiteJpaService;
import io.jpaproto.it.analytics.model.VisitorJpaService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Database errors that are the client's fault (SQLSTATE classes 22 and 23, from constraints the database has and
 * the mapper does not know about) answer INVALID_ARGUMENT, ALREADY_EXISTS or FAILED_PRECONDITION naming the field
 * or the referencing table, write nothing, and log no stack trace; on H2 and on PostgreSQL.
 */
class DatabaseErrorsTest {
  private static ServiceFixture fixture;
  private static VisitorServiceGrpc.VisitorServiceBlockingStub visitors;
  private static SiteServiceGrpc.SiteServiceBlockingStub sites;
  /** The service's warnings with a stack trace: its INTERNAL errors. */
  private static final List<LogRecord> LOGGED = new java.util.concurrent.CopyOnWriteArrayList<>();
  private static final Handler RECORDER = new Handler() {
    @Override
    public void publish(LogRecord record) {
      if (record.getThrown() != null) {
        LOGGED.add(record);
      }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
  };

  /** Leaves relation targets to the database's foreign keys. */
  static final class UncheckedVisitors extends VisitorJpaService {
    UncheckedVisitors(EntityManagerFactory database) {
      super(database);
    }

    @Override
    protected ReferenceResolver references(EntityManager entityManager) {
      return entityManager::getReference;
    }
  }

  @BeforeAll
  static void start() throws Exception {
    Logger.getLogger("io.jpaproto.grpc.JpaCrudService").addHandler(RECORDER);
    EntityManagerFactory database = ServiceFixture.newDatabase(List.of(io.jpaproto.it.analytics.model.Site.class,
        io.jpaproto.it.analytics.model.Tag.class, io.jpaproto.it.analytics.model.Page.class,
        io.jpaproto.it.analytics.model.Visitor.class), Map.of());
    fixture = ServiceFixture.start(database, List.of(new UncheckedVisitors(database), new SiteJpaService(database)))
        .snapshotting("analytics_site", "analytics_visitor");
    visitors = fixture.stub(VisitorServiceGrpc::newBlockingStub);
    sites = fixture.stub(SiteServiceGrpc::newBlockingStub);
  }

  @AfterAll
  static void stop() throws Exception {
    Logger.getLogger("io.jpaproto.grpc.JpaCrudService").removeHandler(RECORDER);
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void aValueLongerThanItsColumnIsInvalidArgument() {
    String description = refused(Code.INVALID_ARGUMENT, () -> create(visitor("long").setNickname("n".repeat(21))));
    assertTrue(description.contains("nickname") || description.contains("longer"), description);
  }

  @Test
  void aMissingValueTheColumnRequiresIsInvalidArgumentNamingTheField() {
    String description = refused(Code.INVALID_ARGUMENT, () -> create(visitor("null").clearCountry()));
    assertTrue(description.contains("country") && description.contains("required"), description);
  }

  @Test
  void aValueTheCheckRefusesIsInvalidArgument() {
    String description = refused(Code.INVALID_ARGUMENT, () -> create(visitor("check").setAge(-1)));
    assertTrue(description.contains("check"), description);
  }

  @Test
  void aTakenUniqueValueIsAlreadyExistsNamingTheField() {
    create(visitor("unique"));
    String description = refused(Code.ALREADY_EXISTS, () -> create(visitor("unique")));
    assertTrue(description.contains("email"), description);
  }

  @Test
  void aReferenceToNothingIsInvalidArgumentNamingTheField() {
    String description = refused(Code.INVALID_ARGUMENT, () -> create(visitor("orphan").setSiteId(987_654_321L)));
    assertTrue(description.contains("site_id") && description.contains("analytics_site"), description);
  }

  @Test
  void aDeleteOfAReferencedEntityIsFailedPreconditionNamingTheReferencingTable() {
    long siteId = sites.createSite(CreateSiteRequest.newBuilder().setSite(Site.newBuilder()
        .setDomain("referenced.example.com")).build()).getSite().getId();
    create(visitor("referencing").setSiteId(siteId));
    String description = refused(Code.FAILED_PRECONDITION,
        () -> sites.deleteSite(DeleteSiteRequest.newBuilder().setId(siteId).build()));
    assertTrue(description.contains("Site is still referenced by analytics_visitor"), description);
  }

  // ---------------------------------------------------------------------------------------------------------------

  private static Visitor.Builder visitor(String name) {
    return Visitor.newBuilder().setEmail(name + "@example.com").setCountry("BR");
  }

  private static Visitor create(Visitor.Builder visitor) {
    return visitors.createVisitor(CreateVisitorRequest.newBuilder().setVisitor(visitor).build()).getVisitor();
  }

  /** The description of the status {@code call} fails with: {@code code}, nothing written, no stack trace logged. */
  private static String refused(Code code, Supplier<?> call) {
    LOGGED.clear();
    StatusRuntimeException error = fixture.assertFailsWritingNothing(code, call::get);
    String description = error.getStatus().getDescription();
    assertFalse(description == null || description.isBlank() || description.contains("internal"),
        "the status says what is wrong: " + description);
    assertFalse(description.contains("SQL") || description.contains("PUBLIC.") || description.contains("ERROR:"),
        "no database message: " + description);
    assertEquals(List.of(), LOGGED, "no stack trace for a client's fault");
    return description;
  }
}
