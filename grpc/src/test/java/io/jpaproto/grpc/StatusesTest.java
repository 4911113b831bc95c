package io.jpaproto.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.grpc.Status;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import java.sql.SQLException;
import java.time.DateTimeException;
import org.junit.jupiter.api.Test;

class StatusesTest {

  @Test
  void badInputIsInvalidArgumentWithItsMessage() {
    for (RuntimeException e : new RuntimeException[] {new IllegalArgumentException("field price: bad"),
        new ArithmeticException("field n: out of range"), new DateTimeException("field at: bad")}) {
      Status status = Statuses.of(e);
      assertEquals(Status.Code.INVALID_ARGUMENT, status.getCode());
      assertEquals(e.getMessage(), status.getDescription());
    }
  }

  @Test
  void aStatusIsKept() {
    Status status = Status.PERMISSION_DENIED.withDescription("no");
    assertSame(status, Statuses.of(status.asRuntimeException()));
    assertSame(status, Statuses.of(new RuntimeException(status.asException())));
  }

  @Test
  void versionConflictsAreFailedPrecondition() {
    assertEquals(Status.Code.FAILED_PRECONDITION,
        Statuses.of(new RollbackException("commit failed", new OptimisticLockException("stale"))).getCode());
    assertEquals(Status.Code.FAILED_PRECONDITION,
        Statuses.of(new PersistenceException(new StaleObjectStateException())).getCode());
  }

  @Test
  void integrityViolationsBySqlState() {
    assertEquals(Status.Code.ALREADY_EXISTS,
        Statuses.of(new PersistenceException(new SQLException("dup", "23505"))).getCode());
    assertEquals(Status.Code.FAILED_PRECONDITION,
        Statuses.of(new PersistenceException(new SQLException("fk", "23503"))).getCode());
    assertEquals(Status.Code.ALREADY_EXISTS, Statuses.of(new EntityExistsException("exists")).getCode());
  }

  @Test
  void anythingElseIsInternalWithoutDetails() {
    Status status = Statuses.of(new PersistenceException(new SQLException("table BOOK is locked", "HYT00")));
    assertEquals(Status.Code.INTERNAL, status.getCode());
    assertEquals("internal error", status.getDescription());
    assertEquals(Status.Code.INTERNAL, Statuses.of(new NullPointerException("x")).getCode());
  }

  /** Stands in for Hibernate's exception of the same simple name. */
  private static final class StaleObjectStateException extends RuntimeException {
  }
}
