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
 * name the field) is {@code INVALID_ARGUMENT}; a version conflict is {@code FAILED_PRECONDITION}; a database error
 * that is the client's fault (SQLSTATE classes 22 and 23) is what {@link DatabaseErrors} says; anything else is
 * {@code INTERNAL}, without the exception's text, which may show the database's internals. No description echoes
 * more than {@value Texts#MAX_ECHO} characters of quoted client text, or grows beyond {@value Texts#MAX_DESCRIPTION}
 * characters ({@link Texts#limit}).
 */
final class Statuses {
  private Statuses() {
  }

  static Status of(Throwable failure) {
    return of(failure, column -> column.toLowerCase(java.util.Locale.ROOT), "entity");
  }

  /**
   * The status of {@code failure} in a call on {@code entity}, naming the proto field of a column a database error
   * names through {@code fields}.
   */
  static Status of(Throwable failure, java.util.function.UnaryOperator<String> fields, String entity) {
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
      if (cause instanceof SQLException e) {
        Status status = DatabaseErrors.of(e, fields, entity);
        if (status != null) {
          return limited(status);
        }
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
