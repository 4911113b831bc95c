package io.jpaproto.examples.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.FieldMask;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.jpaproto.examples.library.api.Author;
import io.jpaproto.examples.library.api.Book;
import io.jpaproto.examples.library.api.CreateAuthorRequest;
import io.jpaproto.examples.library.api.CreateBookRequest;
import io.jpaproto.examples.library.api.DeleteBookRequest;
import io.jpaproto.examples.library.api.GetBookRequest;
import io.jpaproto.examples.library.api.LibraryServiceGrpc;
import io.jpaproto.examples.library.api.ListBooksRequest;
import io.jpaproto.examples.library.api.ListBooksResponse;
import io.jpaproto.examples.library.api.UpdateBookRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The service end to end: a real Netty channel, the generated mappers, Hibernate and H2. */
class LibraryServiceTest {
  private static LibraryServer server;
  private static ManagedChannel channel;
  private static LibraryServiceGrpc.LibraryServiceBlockingStub library;
  private static long authorId;

  @BeforeAll
  static void start() throws Exception {
    server = LibraryServer.start(0);
    channel = Grpc.newChannelBuilderForAddress("127.0.0.1", server.port(), InsecureChannelCredentials.create())
        .build();
    library = LibraryServiceGrpc.newBlockingStub(channel);
    authorId = library.createAuthor(CreateAuthorRequest.newBuilder()
        .setAuthor(Author.newBuilder().setName("Test Author")).build()).getAuthor().getId();
  }

  @AfterAll
  static void stop() throws Exception {
    channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    server.close();
  }

  @Test
  void createThenGetReturnsEveryValue() {
    Book created = create("Create and get", "12.50");
    Book fetched = library.getBook(GetBookRequest.newBuilder().setId(created.getId()).build()).getBook();

    assertEquals(created, fetched);
    assertEquals("12.50", fetched.getPrice(), "the decimal keeps its scale");
    assertEquals(9_007_199_254_740_993L, fetched.getCopiesSold(), "an int64 above 2^53 is exact");
    assertEquals(List.of("a", "b"), fetched.getSubjectsList());
    assertEquals(authorId, fetched.getAuthorId());
  }

  @Test
  void listPagesThroughEveryBookOnce() {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(create("Paged " + i, "1.00").getId());
    }
    List<Long> seen = new ArrayList<>();
    String token = "";
    int pages = 0;
    do {
      ListBooksResponse page = library.listBooks(
          ListBooksRequest.newBuilder().setPageSize(2).setPageToken(token).build());
      assertTrue(page.getBooksCount() <= 2);
      page.getBooksList().forEach(book -> seen.add(book.getId()));
      token = page.getNextPageToken();
      pages++;
    } while (!token.isEmpty());
    assertTrue(seen.containsAll(ids), seen + " should contain " + ids);
    assertEquals(seen.stream().distinct().sorted().toList(), seen, "each book once, by id");
    assertTrue(pages >= 3, "more than two pages");
  }

  @Test
  void updateChangesOnlyTheMaskedFields() {
    Book created = create("Before", "5.00");
    Book updated = library.updateBook(UpdateBookRequest.newBuilder()
        .setBook(Book.newBuilder().setId(created.getId()).setTitle("After").setPrice("99.99"))
        .setUpdateMask(FieldMask.newBuilder().addPaths("title"))
        .build()).getBook();

    assertEquals("After", updated.getTitle());
    assertEquals("5.00", updated.getPrice(), "price was not in the mask");
    assertEquals(created.getVersion() + 1, updated.getVersion());
  }

  @Test
  void aBadMaskPathIsInvalidArgumentAndWritesNothing() {
    Book created = create("Untouched", "5.00");
    StatusRuntimeException error = assertThrows(StatusRuntimeException.class, () -> library.updateBook(
        UpdateBookRequest.newBuilder()
            .setBook(Book.newBuilder().setId(created.getId()).setTitle("Changed"))
            .setUpdateMask(FieldMask.newBuilder().addPaths("title").addPaths("titel"))
            .build()));

    assertEquals(Status.Code.INVALID_ARGUMENT, error.getStatus().getCode());
    assertTrue(error.getStatus().getDescription().contains("\"titel\""), error.getStatus().getDescription());
    assertEquals(created, library.getBook(GetBookRequest.newBuilder().setId(created.getId()).build()).getBook());
  }

  @Test
  void aStaleVersionIsFailedPrecondition() {
    Book created = create("Versioned", "5.00");
    library.updateBook(UpdateBookRequest.newBuilder()
        .setBook(Book.newBuilder().setId(created.getId()).setTitle("First"))
        .setUpdateMask(FieldMask.newBuilder().addPaths("title")).build());

    StatusRuntimeException error = assertThrows(StatusRuntimeException.class, () -> library.updateBook(
        UpdateBookRequest.newBuilder()
            .setBook(Book.newBuilder().setId(created.getId()).setVersion(99).setTitle("Second"))
            .setUpdateMask(FieldMask.newBuilder().addPaths("title")).build()));
    assertEquals(Status.Code.FAILED_PRECONDITION, error.getStatus().getCode());
  }

  @Test
  void deleteThenGetIsNotFound() {
    Book created = create("Doomed", "1.00");
    library.deleteBook(DeleteBookRequest.newBuilder().setId(created.getId()).build());

    StatusRuntimeException error = assertThrows(StatusRuntimeException.class,
        () -> library.getBook(GetBookRequest.newBuilder().setId(created.getId()).build()));
    assertEquals(Status.Code.NOT_FOUND, error.getStatus().getCode());
  }

  @Test
  void malformedValuesAreInvalidArgumentNamingTheField() {
    StatusRuntimeException error = assertThrows(StatusRuntimeException.class, () -> library.createBook(
        CreateBookRequest.newBuilder().setBook(Book.newBuilder()
            .setTitle("Bad price").setAuthorId(authorId).setPrice("12,50")).build()));
    assertEquals(Status.Code.INVALID_ARGUMENT, error.getStatus().getCode());
    assertTrue(error.getStatus().getDescription().contains("price"), error.getStatus().getDescription());
  }

  @Test
  void aBadPageTokenIsInvalidArgument() {
    StatusRuntimeException error = assertThrows(StatusRuntimeException.class,
        () -> library.listBooks(ListBooksRequest.newBuilder().setPageToken("not-a-token").build()));
    assertEquals(Status.Code.INVALID_ARGUMENT, error.getStatus().getCode());
  }

  private static Book create(String title, String price) {
    return library.createBook(CreateBookRequest.newBuilder().setBook(Book.newBuilder()
        .setTitle(title)
        .setPrice(price)
        .setCopiesSold(9_007_199_254_740_993L)
        .setAuthorId(authorId)
        .addSubjects("a").addSubjects("b")).build()).getBook();
  }
}
