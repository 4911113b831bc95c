package io.jpaproto.examples.library.server;

import com.google.protobuf.util.Timestamps;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import io.jpaproto.examples.library.api.CreateAuthorRequest;
import io.jpaproto.examples.library.api.CreateAuthorResponse;
import io.jpaproto.examples.library.api.CreateBookRequest;
import io.jpaproto.examples.library.api.CreateBookResponse;
import io.jpaproto.examples.library.api.CreatePublisherRequest;
import io.jpaproto.examples.library.api.CreatePublisherResponse;
import io.jpaproto.examples.library.api.DeleteBookRequest;
import io.jpaproto.examples.library.api.DeleteBookResponse;
import io.jpaproto.examples.library.api.GetBookRequest;
import io.jpaproto.examples.library.api.GetBookResponse;
import io.jpaproto.examples.library.api.LibraryServiceGrpc;
import io.jpaproto.examples.library.api.ListBooksRequest;
import io.jpaproto.examples.library.api.ListBooksResponse;
import io.jpaproto.examples.library.api.UpdateBookRequest;
import io.jpaproto.examples.library.api.UpdateBookResponse;
import io.jpaproto.examples.library.model.Author;
import io.jpaproto.examples.library.model.AuthorProtoMapper;
import io.jpaproto.examples.library.model.Book;
import io.jpaproto.examples.library.model.BookProtoMapper;
import io.jpaproto.examples.library.model.Publisher;
import io.jpaproto.examples.library.model.PublisherProtoMapper;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The library's gRPC service over JPA. Every call is one transaction; the generated mappers do all conversions
 * between entities and messages; a failed call writes nothing and answers with a gRPC status.
 */
public final class LibraryServiceImpl extends LibraryServiceGrpc.LibraryServiceImplBase {
  private static final int DEFAULT_PAGE_SIZE = 20;
  private static final int MAX_PAGE_SIZE = 100;

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
    answer(response, em -> GetBookResponse.newBuilder().setBook(books.toProto(find(em, request.getId()))).build());
  }

  @Override
  public void listBooks(ListBooksRequest request, StreamObserver<ListBooksResponse> response) {
    answer(response, em -> {
      int pageSize = request.getPageSize() <= 0 ? DEFAULT_PAGE_SIZE : Math.min(request.getPageSize(), MAX_PAGE_SIZE);
      long after = afterId(request.getPageToken());
      List<Book> page = em.createQuery("select b from Book b where b.id > :after order by b.id", Book.class)
          .setParameter("after", after)
          .setMaxResults(pageSize + 1)
          .getResultList();
      ListBooksResponse.Builder result = ListBooksResponse.newBuilder();
      for (Book book : page.subList(0, Math.min(pageSize, page.size()))) {
        Database.load(book.getSubjects());
        result.addBooks(books.toProto(book));
      }
      if (page.size() > pageSize) {
        result.setNextPageToken(pageToken(page.get(pageSize - 1).getId()));
      }
      return result.build();
    });
  }

  @Override
  public void updateBook(UpdateBookRequest request, StreamObserver<UpdateBookResponse> response) {
    answer(response, em -> {
      Book book = find(em, request.getBook().getId());
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
      em.remove(find(em, request.getId()));
      return DeleteBookResponse.getDefaultInstance();
    });
  }

  @Override
  public void createAuthor(CreateAuthorRequest request, StreamObserver<CreateAuthorResponse> response) {
    answer(response, em -> {
      Author author = AuthorProtoMapper.INSTANCE.fromProto(request.getAuthor());
      em.persist(author);
      em.flush();
      return CreateAuthorResponse.newBuilder().setAuthor(AuthorProtoMapper.INSTANCE.toProto(author)).build();
    });
  }

  @Override
  public void createPublisher(CreatePublisherRequest request, StreamObserver<CreatePublisherResponse> response) {
    answer(response, em -> {
      Publisher publisher = PublisherProtoMapper.INSTANCE.fromProto(request.getPublisher());
      em.persist(publisher);
      em.flush();
      return CreatePublisherResponse.newBuilder()
          .setPublisher(PublisherProtoMapper.INSTANCE.toProto(publisher))
          .build();
    });
  }

  /** A managed book with its subjects loaded (the mapper reads only loaded collections), or NOT_FOUND. */
  private Book find(EntityManager em, long id) {
    Book book = em.find(Book.class, id);
    if (book == null) {
      throw Status.NOT_FOUND.withDescription("book " + id + " does not exist").asRuntimeException();
    }
    Database.load(book.getSubjects());
    return book;
  }

  /** Runs one call in a transaction and answers with its result or with the status its failure maps to. */
  private <T> void answer(StreamObserver<T> response, Function<EntityManager, T> call) {
    T result;
    try {
      result = database.inTransaction(call);
    } catch (StatusRuntimeException e) {
      response.onError(e);
      return;
    } catch (IllegalArgumentException | ArithmeticException | DateTimeException e) {
      // The mappers and conversions name the field: a bad mask path, malformed decimal text, an out-of-range value.
      response.onError(Status.INVALID_ARGUMENT.withDescription(e.getMessage()).asRuntimeException());
      return;
    } catch (RuntimeException e) {
      response.onError(Status.INTERNAL.withDescription(e.toString()).withCause(e).asRuntimeException());
      return;
    }
    response.onNext(result);
    response.onCompleted();
  }

  private static String pageToken(long lastId) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(("after:" + lastId).getBytes(StandardCharsets.UTF_8));
  }

  private static long afterId(String token) {
    if (token.isEmpty()) {
      return 0;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (!text.startsWith("after:")) {
        throw new IllegalArgumentException();
      }
      return Long.parseLong(text.substring("after:".length()));
    } catch (IllegalArgumentException e) {
      throw Status.INVALID_ARGUMENT.withDescription("page_token is not a token this service issued")
          .asRuntimeException();
    }
  }
}
