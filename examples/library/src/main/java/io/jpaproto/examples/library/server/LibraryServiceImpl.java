package io.jpaproto.examples.library.server;

import com.google.protobuf.util.Timestamps;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import io.jpaproto.examples.library.api.CreateBookRequest;
import io.jpaproto.examples.library.api.CreateBookResponse;
import io.jpaproto.examples.library.api.DeleteBookRequest;
import io.jpaproto.examples.library.api.DeleteBookResponse;
import io.jpaproto.examples.library.api.GetBookRequest;
import io.jpaproto.examples.library.api.GetBookResponse;
import io.jpaproto.examples.library.api.LibraryServiceGrpc;
import io.jpaproto.examples.library.api.ListBooksRequest;
import io.jpaproto.examples.library.api.ListBooksResponse;
import io.jpaproto.examples.library.api.UpdateBookRequest;
import io.jpaproto.examples.library.api.UpdateBookResponse;
import io.jpaproto.examples.library.model.Book;
import io.jpaproto.examples.library.model.BookProtoMapper;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.DataException;

/**
 * The library's gRPC service over JPA. Every call is one transaction; the generated mappers do all conversions
 * between entities and messages; a failed call writes nothing (its transaction is rolled back) and answers with a
 * gRPC status:
 *
 * <ul>
 *   <li>{@code NOT_FOUND}: the id in the request names no row;
 *   <li>{@code INVALID_ARGUMENT}: what the mappers and conversions refuse, each naming the field (a mask path that
 *       names no field or one that cannot change, malformed decimal or UUID text, an invalid date, a required field
 *       left out, an id of a related row that does not exist), a value longer than its column, an empty update mask,
 *       a page token this service did not issue;
 *   <li>{@code ALREADY_EXISTS}: a unique column (the book's public_id) already holds the value;
 *   <li>{@code FAILED_PRECONDITION}: a stale version in an update, or another database constraint;
 *   <li>{@code ABORTED}: a concurrent update won (optimistic locking); retry;
 *   <li>{@code INTERNAL}: anything else, logged by the server.
 * </ul>
 */
public final class LibraryServiceImpl extends LibraryServiceGrpc.LibraryServiceImplBase {
  static final int DEFAULT_PAGE_SIZE = 20;
  static final int MAX_PAGE_SIZE = 100;
  private static final byte PAGE_TOKEN_FORMAT = 1;
  private static final Logger LOG = Logger.getLogger(LibraryServiceImpl.class.getName());

  private final Database database;
  private final BookProtoMapper books = BookProtoMapper.INSTANCE;

  public LibraryServiceImpl(Database database) {
    this.database = database;
  }

  @Override
  public void createBook(CreateBookRequest request, StreamObserver<CreateBookResponse> response) {
    answer(response, em -> {
      // The server assigns what the client may leave out: the public id and the time the book was added.
      io.jpaproto.examples.library.api.Book.Builder message = request.getBook().toBuilder();
      if (message.getPublicId().isEmpty()) {
        message.setPublicId(UUID.randomUUID().toString());
      }
      if (!message.hasAddedAt()) {
        message.setAddedAt(Timestamps.fromMillis(System.currentTimeMillis()));
      }
      Book book = books.fromProto(message.build(), new ExistingReferences(em));
      em.persist(book);
      em.flush();
      return CreateBookResponse.newBuilder().setBook(books.toProto(book)).build();
    });
  }

  @Override
  public void getBook(GetBookRequest request, StreamObserver<GetBookResponse> response) {
    answer(response, em -> GetBookResponse.newBuilder().setBook(books.toProto(findBook(em, request.getId()))).build());
  }

  @Override
  public void listBooks(ListBooksRequest request, StreamObserver<ListBooksResponse> response) {
    answer(response, em -> {
      Page<Book> page = page(em, Book.class, request.getPageSize(), request.getPageToken(), Book::getId);
      ListBooksResponse.Builder result = ListBooksResponse.newBuilder().setNextPageToken(page.nextPageToken());
      for (Book book : page.items()) {
        Database.load(book.getSubjects()); // the mapper reads only loaded collections
        result.addBooks(books.toProto(book));
      }
      return result.build();
    });
  }

  @Override
  public void updateBook(UpdateBookRequest request, StreamObserver<UpdateBookResponse> response) {
    answer(response, em -> {
      if (request.getUpdateMask().getPathsCount() == 0) {
        throw Status.INVALID_ARGUMENT
            .withDescription("update_mask names no field; list the fields to change, or \"*\" for all of them")
            .asRuntimeException();
      }
      Book book = findBook(em, request.getBook().getId());
      if (request.getBook().getVersion() != 0 && request.getBook().getVersion() != book.getVersion()) {
        throw Status.FAILED_PRECONDITION
            .withDescription("book " + book.getId() + " is at version " + book.getVersion() + ", not "
                + request.getBook().getVersion() + "; read it again and retry")
            .asRuntimeException();
      }
      books.update(book, request.getBook(), request.getUpdateMask(), new ExistingReferences(em));
      em.flush();
      return UpdateBookResponse.newBuilder().setBook(books.toProto(book)).build();
    });
  }

  @Override
  public void deleteBook(DeleteBookRequest request, StreamObserver<DeleteBookResponse> response) {
    answer(response, em -> {
      em.remove(findBook(em, request.getId()));
      return DeleteBookResponse.getDefaultInstance();
    });
  }

  /** A managed book with its subjects loaded (the mapper reads only loaded collections), or NOT_FOUND. */
  private static Book findBook(EntityManager em, long id) {
    Book book = em.find(Book.class, id);
    if (book == null) {
      throw Status.NOT_FOUND.withDescription("book " + id + " does not exist").asRuntimeException();
    }
    Database.load(book.getSubjects());
    return book;
  }

  /** One page of a keyset listing by id, and the token of the next page (empty after the last one). */
  record Page<T>(List<T> items, String nextPageToken) {
  }

  /**
   * Reads the page after the id in {@code pageToken}: one row more than asked tells whether another page follows,
   * and a new row inserted between two calls never shifts a page the way an offset would.
   */
  private static <T> Page<T> page(EntityManager em, Class<T> entity, int requestedSize, String pageToken,
      Function<T, Long> id) {
    if (requestedSize < 0) {
      throw Status.INVALID_ARGUMENT.withDescription("page_size must not be negative").asRuntimeException();
    }
    int pageSize = requestedSize == 0 ? DEFAULT_PAGE_SIZE : Math.min(requestedSize, MAX_PAGE_SIZE);
    List<T> rows = em.createQuery(
            "select e from " + entity.getSimpleName() + " e where e.id > :after order by e.id", entity)
        .setParameter("after", afterId(pageToken))
        .setMaxResults(pageSize + 1)
        .getResultList();
    if (rows.size() <= pageSize) {
      return new Page<>(rows, "");
    }
    List<T> items = rows.subList(0, pageSize);
    return new Page<>(items, pageToken(id.apply(items.get(pageSize - 1))));
  }

  /**
   * The opaque page token: the last id of the page after a format byte, as URL-safe base64. Clients must not read
   * it; the format byte lets the server change what a token holds (a sort key, a filter) and still refuse old ones.
   */
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

  /** Runs one call in a transaction and answers with its result or with the status its failure maps to. */
  private <T> void answer(StreamObserver<T> response, Function<EntityManager, T> call) {
    T result;
    try {
      result = database.inTransaction(call);
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
    if (e instanceof IllegalArgumentException || e instanceof ArithmeticException || e instanceof DateTimeException) {
      // The mappers and conversions name the field: a bad mask path, malformed decimal text, an out-of-range value.
      return Status.INVALID_ARGUMENT.withDescription(e.getMessage());
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConstraintViolationException violation) {
        Status status = violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE
            ? Status.ALREADY_EXISTS : Status.FAILED_PRECONDITION;
        return status.withDescription("the change breaks database constraint " + violation.getConstraintName());
      }
      if (cause instanceof DataException data) {
        // A value the column cannot hold, such as a title longer than @Column(length = 200): the mappers do not check
        // column lengths, the database does.
        return Status.INVALID_ARGUMENT.withDescription("a value does not fit its column: "
            + (data.getSQLException() != null ? data.getSQLException().getMessage().lines().findFirst().orElse("")
                : data.getMessage()));
      }
      if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
        return Status.ABORTED.withDescription("the row was changed concurrently; read it again and retry");
      }
    }
    LOG.log(Level.WARNING, "call failed", e);
    return Status.INTERNAL.withDescription("internal error; see the server log").withCause(e);
  }
}
