package io.jpaproto.examples.spring.server;

import com.google.protobuf.util.Timestamps;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import io.jpaproto.ReferenceResolver;
import io.jpaproto.examples.spring.api.CreateBookRequest;
import io.jpaproto.examples.spring.api.CreateBookResponse;
import io.jpaproto.examples.spring.api.DeleteBookRequest;
import io.jpaproto.examples.spring.api.DeleteBookResponse;
import io.jpaproto.examples.spring.api.GetBookRequest;
import io.jpaproto.examples.spring.api.GetBookResponse;
import io.jpaproto.examples.spring.api.LibraryServiceGrpc;
import io.jpaproto.examples.spring.api.ListBooksRequest;
import io.jpaproto.examples.spring.api.ListBooksResponse;
import io.jpaproto.examples.spring.api.UpdateBookRequest;
import io.jpaproto.examples.spring.api.UpdateBookResponse;
import io.jpaproto.examples.spring.model.Book;
import io.jpaproto.examples.spring.model.BookProtoMapper;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.Hibernate;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.DataException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The library's hand-written book service, beside the generated ones: Spring Data's {@link BookRepository} reads
 * and writes, the generated {@link BookProtoMapper} converts, and every call is one Spring-managed transaction
 * ({@link TransactionTemplate}: {@code @Transactional} on a gRPC service's methods does not apply, since grpc-java
 * calls the service object itself, not Spring's proxy). A failed call writes nothing and answers with a status:
 * {@code NOT_FOUND}, {@code INVALID_ARGUMENT} (the mappers name the field), {@code ALREADY_EXISTS},
 * {@code FAILED_PRECONDITION}, {@code ABORTED} (a concurrent update won) or {@code INTERNAL}.
 */
@Service
public class LibraryGrpcService extends LibraryServiceGrpc.LibraryServiceImplBase {
  static final int DEFAULT_PAGE_SIZE = 20;
  static final int MAX_PAGE_SIZE = 100;
  private static final byte PAGE_TOKEN_FORMAT = 1;
  private static final Logger LOG = LoggerFactory.getLogger(LibraryGrpcService.class);

  private final BookRepository books;
  private final TransactionTemplate transactions;
  private final EntityManager entityManager;
  private final BookProtoMapper mapper = BookProtoMapper.INSTANCE;

  public LibraryGrpcService(BookRepository books, PlatformTransactionManager transactionManager,
      EntityManagerFactory entityManagerFactory) {
    this.books = books;
    this.transactions = new TransactionTemplate(transactionManager);
    this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory);
  }

  @Override
  public void createBook(CreateBookRequest request, StreamObserver<CreateBookResponse> response) {
    answer(response, () -> {
      // The server assigns what the client may leave out: the public id and the time the book was added.
      io.jpaproto.examples.spring.api.Book.Builder message = request.getBook().toBuilder();
      if (message.getPublicId().isEmpty()) {
        message.setPublicId(UUID.randomUUID().toString());
      }
      if (!message.hasAddedAt()) {
        message.setAddedAt(Timestamps.fromMillis(System.currentTimeMillis()));
      }
      Book book = books.saveAndFlush(mapper.fromProto(message.build(), existing()));
      return CreateBookResponse.newBuilder().setBook(mapper.toProto(book)).build();
    });
  }

  @Override
  public void getBook(GetBookRequest request, StreamObserver<GetBookResponse> response) {
    answer(response, () -> GetBookResponse.newBuilder().setBook(mapper.toProto(find(request.getId()))).build());
  }

  @Override
  public void listBooks(ListBooksRequest request, StreamObserver<ListBooksResponse> response) {
    answer(response, () -> {
      if (request.getPageSize() < 0) {
        throw Status.INVALID_ARGUMENT.withDescription("page_size must not be negative").asRuntimeException();
      }
      int size = request.getPageSize() == 0 ? DEFAULT_PAGE_SIZE : Math.min(request.getPageSize(), MAX_PAGE_SIZE);
      // One row more than asked tells whether another page follows.
      List<Book> rows = books.findByIdGreaterThanOrderByIdAsc(afterId(request.getPageToken()), Limit.of(size + 1));
      List<Book> page = rows.subList(0, Math.min(size, rows.size()));
      ListBooksResponse.Builder result = ListBooksResponse.newBuilder()
          .setNextPageToken(rows.size() > size ? pageToken(page.get(size - 1).getId()) : "");
      for (Book book : page) {
        Hibernate.initialize(book.getSubjects()); // the mapper reads only loaded collections
        result.addBooks(mapper.toProto(book));
      }
      return result.build();
    });
  }

  @Override
  public void updateBook(UpdateBookRequest request, StreamObserver<UpdateBookResponse> response) {
    answer(response, () -> {
      if (request.getUpdateMask().getPathsCount() == 0) {
        throw Status.INVALID_ARGUMENT
            .withDescription("update_mask names no field; list the fields to change, or \"*\" for all of them")
            .asRuntimeException();
      }
      Book book = find(request.getBook().getId());
      if (request.getBook().getVersion() != 0 && request.getBook().getVersion() != book.getVersion()) {
        throw Status.FAILED_PRECONDITION
            .withDescription("book " + book.getId() + " is at version " + book.getVersion() + ", not "
                + request.getBook().getVersion() + "; read it again and retry")
            .asRuntimeException();
      }
      mapper.update(book, request.getBook(), request.getUpdateMask(), existing());
      books.flush();
      return UpdateBookResponse.newBuilder().setBook(mapper.toProto(book)).build();
    });
  }

  @Override
  public void deleteBook(DeleteBookRequest request, StreamObserver<DeleteBookResponse> response) {
    answer(response, () -> {
      books.delete(find(request.getId()));
      return DeleteBookResponse.getDefaultInstance();
    });
  }

  /** A managed book with its subjects loaded, or NOT_FOUND. */
  private Book find(long id) {
    Book book = books.findById(id).orElseThrow(
        () -> Status.NOT_FOUND.withDescription("book " + id + " does not exist").asRuntimeException());
    Hibernate.initialize(book.getSubjects());
    return book;
  }

  /** Resolves the ids of a request's relations, refusing one that names no row (the mapper names the field). */
  private ReferenceResolver existing() {
    return new ReferenceResolver() {
      @Override
      public <T> T getReference(Class<T> entityType, Object id) {
        T entity = entityManager.find(entityType, id);
        if (entity == null) {
          throw new IllegalArgumentException(entityType.getSimpleName() + " " + id + " does not exist");
        }
        return entity;
      }
    };
  }

  /** The opaque page token: the last id of the page after a format byte, as URL-safe base64. */
  static String pageToken(long lastId) {
    byte[] bytes = ByteBuffer.allocate(1 + Long.BYTES).put(PAGE_TOKEN_FORMAT).putLong(lastId).array();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static long afterId(String token) {
    if (token.isEmpty()) {
      return 0;
    }
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(token);
    } catch (IllegalArgumentException e) {
      bytes = new byte[0];
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    if (bytes.length != 1 + Long.BYTES || buffer.get() != PAGE_TOKEN_FORMAT || buffer.getLong(1) < 0) {
      throw Status.INVALID_ARGUMENT.withDescription("page_token is not a token this service issued")
          .asRuntimeException();
    }
    return buffer.getLong();
  }

  /** Runs one call in a Spring-managed transaction and answers with its result or its failure's status. */
  private <T> void answer(StreamObserver<T> response, Supplier<T> call) {
    T result;
    try {
      result = transactions.execute(status -> call.get());
    } catch (RuntimeException e) {
      response.onError(toStatus(e).asRuntimeException());
      return;
    }
    response.onNext(result);
    response.onCompleted();
  }

  /** The status a client sees for a failed call; the transaction has been rolled back by then. */
  static Status toStatus(RuntimeException e) {
    if (e instanceof StatusRuntimeException status) {
      return status.getStatus();
    }
    if (e instanceof OptimisticLockingFailureException) {
      return Status.ABORTED.withDescription("the row was changed concurrently; read it again and retry");
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof IllegalArgumentException || cause instanceof ArithmeticException
          || cause instanceof DateTimeException) {
        // The mappers and conversions name the field: a bad mask path, malformed decimal text, an out-of-range value.
        return Status.INVALID_ARGUMENT.withDescription(cause.getMessage());
      }
      if (cause instanceof ConstraintViolationException violation) {
        Status status = violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE
            ? Status.ALREADY_EXISTS : Status.FAILED_PRECONDITION;
        return status.withDescription("the change breaks database constraint " + violation.getConstraintName());
      }
      if (cause instanceof DataException) {
        // A value the column cannot hold, such as a title longer than @Column(length = 200).
        return Status.INVALID_ARGUMENT.withDescription("a value does not fit its column");
      }
    }
    LOG.warn("call failed", e);
    return Status.INTERNAL.withDescription("internal error; see the server log").withCause(e);
  }
}
