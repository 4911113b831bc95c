package io.jpaproto.grpc;

import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.util.Objects;

/**
 * The gRPC status of a failed call. Bad input (the conversions' and mappers' {@link IllegalArgumentException}s, which
 * name the field) is {@code INVALID_ARGUMENT}; a version conflict is {@code FAILED_PRECONDITION}; a unique-key
 * violation is {@code ALREADY_EXISTS}; another integrity violation is {@code FAILED_PRECONDITION}; anything else is
 * {@code INTERNAL}, without the exception's text, which may show the database's internals. No description echoes
 * more than {@value Texts#MAX_ECHO} characters of quoted client text, or grows beyond {@value Texts#MAX_DESCRIPTION}
 * characters ({@link Texts#limit}).
 */
final class Statuses {
  /** SQLSTATE class 23: integrity constraint violation; 23505: unique violation. */
  private static final String INTEGRITY = "23";
  private static final String UNIQUE = "23505";

  private Statuses() {
  }

  static Status of(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof StatusRuntimeException e) {
        return limited(e.getStatus());
      }
      if (cause instanceof StatusException e) {
        return limited(e.getStatus());
      }
      if (cause instanceof OptimisticLockException || cause.getClass().getName().endsWith("StaleStateException")
          || cause.getClass().getName().endsWith("StaleObjectStateException")) {
        return Status.FAILED_PRECONDITION.withDescription(
            "the entity was changed by another request since it was read; read it again and retry");
      }
      if (cause instanceof EntityExistsException) {
        return Status.ALREADY_EXISTS.withDescription("an entity with this id already exists");
      }
      if (cause instanceof SQLException e && e.getSQLState() != null && e.getSQLState().startsWith(INTEGRITY)) {
        return e.getSQLState().equals(UNIQUE)
            ? Status.ALREADY_EXISTS.withDescription("an entity with the same unique values already exists")
            : Status.FAILED_PRECONDITION.withDescription("the change violates a database constraint");
      }
    }
    if (failure instanceof IllegalArgumentException || failure instanceof ArithmeticException
        || failure instanceof DateTimeException) {
      return Status.INVALID_ARGUMENT.withDescription(Texts.limit(failure.getMessage()));
    }
    return Status.INTERNAL.withDescription("internal error").withCause(failure);
  }

  /** {@code status}, its description within {@link Texts#limit}: hooks may echo client text too. */
  private static Status limited(Status status) {
    String description = status.getDescription();
    String limited = Texts.limit(description);
    return Objects.equals(description, limited) ? status : status.withDescription(limited);
  }
}
