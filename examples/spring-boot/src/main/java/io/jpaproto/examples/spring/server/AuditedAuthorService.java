package io.jpaproto.examples.spring.server;

import io.grpc.Status;
import io.jpaproto.examples.spring.model.AuditEntry;
import io.jpaproto.examples.spring.model.Author;
import io.jpaproto.examples.spring.model.AuthorJpaService;
import io.jpaproto.grpc.Operation;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The application's author service: the generated {@link AuthorJpaService} with one hook. Declared as a bean, it
 * replaces the generated default; jpaproto's auto-configuration still runs its calls in Spring-managed transactions,
 * so what the hook writes through {@link AuditRepository} (a Spring Data repository) commits with the call's own
 * change, and a call that fails, in the hook or after it, leaves neither.
 */
@Component
public class AuditedAuthorService extends AuthorJpaService {
  private final AuditRepository audit;
  private final BookRepository books;

  public AuditedAuthorService(EntityManagerFactory entityManagerFactory, AuditRepository audit,
      BookRepository books) {
    super(entityManagerFactory);
    this.audit = audit;
    this.books = books;
  }

  /**
   * Records every change with the caller Spring Security authenticated, then refuses to delete an author who still
   * has books: that refusal ({@code FAILED_PRECONDITION}) comes after the audit entry was written, and rolls it back
   * with the rest of the call.
   */
  @Override
  protected void authorize(Operation operation, Author author) {
    if (operation == Operation.CREATE || operation == Operation.UPDATE || operation == Operation.DELETE) {
      audit.save(new AuditEntry(operation.name(), "Author " + author.getName(), caller(), Instant.now()));
    }
    if (operation == Operation.DELETE) {
      long written = books.countByAuthor(author);
      if (written > 0) {
        throw Status.FAILED_PRECONDITION.withDescription(author.getName() + " still has " + written
            + " book(s) in the catalogue; delete them or give them another author first").asRuntimeException();
      }
    }
  }

  /** The caller's name, as Spring Security's gRPC support authenticated it; "anonymous" without one. */
  static String caller() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      return "anonymous";
    }
    return authentication.getName();
  }
}
