package io.jpaproto.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.jpaproto.examples.spring.api.Author;
import io.jpaproto.examples.spring.api.AuthorFilter;
import io.jpaproto.examples.spring.api.AuthorServiceGrpc;
import io.jpaproto.examples.spring.api.CreateAuthorRequest;
import io.jpaproto.examples.spring.api.DeleteAuthorRequest;
import io.jpaproto.examples.spring.api.ListAuthorsRequest;
import io.jpaproto.examples.spring.model.AuditEntry;
import io.jpaproto.examples.spring.server.AuditRepository;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.grpc.test.autoconfigure.AutoConfigureTestGrpcTransport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.grpc.client.GrpcChannelFactory;

/**
 * The Done-when proof of the Spring Boot integration: a generated service's call runs in a Spring-managed
 * transaction that the Spring Data repository of its hook joins. Spring Data's repositories are transactional
 * themselves (each save commits on its own when no transaction is active), so an audit entry that stayed behind
 * after a failed call would show the hook ran outside the call's transaction.
 */
@SpringBootTest
@AutoConfigureTestGrpcTransport
class SpringTransactionsTest {
  @Autowired
  private GrpcChannelFactory channels;
  @Autowired
  private AuditRepository audit;
  @Autowired
  private EntityManagerFactory entityManagerFactory;

  private ManagedChannel channel;
  private AuthorServiceGrpc.AuthorServiceBlockingStub authors;

  @BeforeEach
  void connect() {
    channel = channels.createChannel("library");
    authors = AuthorServiceGrpc.newBlockingStub(channel);
  }

  @AfterEach
  void disconnect() {
    channel.shutdownNow();
  }

  @Test
  void aHookThatWritesThroughARepositoryAndThenFailsLeavesNothingBehind() {
    Author leGuin = author("Ursula K. Le Guin");
    // The hook saves an audit entry, then refuses: Le Guin still has books.
    assertThatThrownBy(() -> authors.deleteAuthor(DeleteAuthorRequest.newBuilder().setId(leGuin.getId()).build()))
        .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
          assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
          assertThat(e.getStatus().getDescription()).isEqualTo("Ursula K. Le Guin still has 2 book(s) in the "
              + "catalogue; delete them or give them another author first");
        });
    assertThat(audit.findBySubjectOrderById("Author Ursula K. Le Guin")).isEmpty();
    assertThat(author("Ursula K. Le Guin").getId()).isEqualTo(leGuin.getId());
  }

  @Test
  void aSuccessfulCallCommitsTheHooksRepositoryWriteAndTheServicesWriteTogether() {
    Author jemisin = authors.createAuthor(CreateAuthorRequest.newBuilder()
        .setAuthor(Author.newBuilder().setName("N. K. Jemisin")).build()).getAuthor();
    assertThat(jemisin.hasId()).isTrue();
    assertThat(author("N. K. Jemisin").getId()).isEqualTo(jemisin.getId());
    assertThat(audit.findBySubjectOrderById("Author N. K. Jemisin")).extracting(AuditEntry::getAction,
        AuditEntry::getCaller).containsExactly(org.assertj.core.groups.Tuple.tuple("CREATE", "anonymous"));

    authors.deleteAuthor(DeleteAuthorRequest.newBuilder().setId(jemisin.getId()).build()); // she has no books
    assertThat(authors.listAuthors(ListAuthorsRequest.newBuilder()
        .setFilter(AuthorFilter.newBuilder().setName("N. K. Jemisin")).build()).getAuthorsList()).isEmpty();
    assertThat(audit.findBySubjectOrderById("Author N. K. Jemisin")).extracting(AuditEntry::getAction)
        .containsExactly("CREATE", "DELETE");
    // Read outside every call: what the calls committed, not a persistence context that a call left open.
    List<String> committed = entityManagerFactory.callInTransaction(em -> em.createQuery(
        "select a.action from AuditEntry a where a.subject = 'Author N. K. Jemisin' order by a.id", String.class)
        .getResultList());
    assertThat(committed).containsExactly("CREATE", "DELETE");
  }

  private Author author(String name) {
    List<Author> found = authors.listAuthors(ListAuthorsRequest.newBuilder()
        .setFilter(AuthorFilter.newBuilder().setName(name)).build()).getAuthorsList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }
}
