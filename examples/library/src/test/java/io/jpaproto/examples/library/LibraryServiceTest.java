package io.jpaproto.examples.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.FieldMask;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.jpaproto.examples.library.api.Author;
import io.jpaproto.examples.library.api.AuthorFilter;
import io.jpaproto.examples.library.api.AuthorServiceGrpc;
import io.jpaproto.examples.library.api.Book;
import io.jpaproto.examples.library.api.CreateAuthorRequest;
import io.jpaproto.examples.library.api.CreateBookRequest;
import io.jpaproto.examples.library.api.DeleteBookRequest;
import io.jpaproto.examples.library.api.GetAuthorRequest;
import io.jpaproto.examples.library.api.GetBookRequest;
import io.jpaproto.examples.library.api.LibraryServiceGrpc;
import io.jpaproto.examples.library.api.ListAuthorsRequest;
import io.jpaproto.examples.library.api.ListAuthorsResponse;
import io.jpaproto.examples.library.api.ListBooksRequest;
import io.jpaproto.examples.library.api.ListBooksResponse;
import io.jpaproto.examples.library.api.UpdateBookRequest;
import io.jpaproto.examples.library.server.Database;
import io.jpaproto.examples.library.server.SeedData;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The service end to end: a real Netty channel to the jpaproto-web server, the generated mappers, Hibernate and H2, seeded as the app seeds. */
class LibraryServiceTest {
  private static LibraryServer server;
  private static ManagedChannel channel;
  private static LibraryServiceGrpc.LibraryServiceBlockingStub library;
  private static AuthorServiceGrpc.AuthorServiceBlockingStub authors;
  private static long authorId;

  @BeforeAll
  static void start() throws Exception {
    Database database = Database.inMemory("service-test-" + UUID.randomUUID());
    SeedData.insert(database);
    server = LibraryServer.start(LibraryServer.LOOPBACK, 0, database);
    // Every call gets its own 60 s deadline (a stub's withDeadlineAfter would be one deadline for all its calls).
    channel = Grpc.newChannelBuilder(server.target(), InsecureChannelCredentials.create())
        .intercept(new ClientInterceptor() {
          @Override
          public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options,
              Channel next) {
            return next.newCall(method, options.withDeadlineAfter(60, TimeUnit.SECONDS));
          }
        })
        .build();
    library = LibraryServiceGrpc.newBlockingStub(channel);
    authors = AuthorServiceGrpc.newBlockingStub(channel);
    authorId = authors.createAuthor(CreateAuthorRequest.newBuilder()
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
    assertEquals(SeedData.ABOVE_2_POW_53, fetched.getCopiesSold(), "an int64 above 2^53 is exact");
    assertEquals(List.of("a", "b"), fetched.getSubjectsList());
    assertEquals(authorId, fetched.getAuthorId());
    assertEquals(UUID.fromString(fetched.getPublicId()).toString(), fetched.getPublicId(), "the server assigns one");
    assertTrue(fetched.hasAddedAt(), "the server stamps the time");
  }

  @Test
  void theSeededCatalogueIsThere() {
    List<Book> books = listAllBooks(100);
    Book dispossessed = books.stream()
        .filter(book -> book.getPublicId().equals(SeedData.DISPOSSESSED.toString())).findFirst().orElseThrow();
    assertEquals("The Dispossessed", dispossessed.getTitle());
    assertEquals(SeedData.ABOVE_2_POW_53, dispossessed.getCopiesSold());
    assertEquals("15.99", dispossessed.getPrice());
    assertTrue(dispossessed.hasPublisherId());
    assertEquals(1974, dispossessed.getPublishedOn().getYear());
  }

  @Test
  void listPagesThroughEveryBookOnceByIdWithAnOpaqueToken() {
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
      assertFalse(page.getNextPageToken().matches("\\d+"), "the token is not a bare id");
      page.getBooksList().forEach(book -> seen.add(book.getId()));
      token = page.getNextPageToken();
      pages++;
    } while (!token.isEmpty());
    assertTrue(seen.containsAll(ids), seen + " should contain " + ids);
    assertEquals(seen.stream().distinct().sorted().toList(), seen, "each book once, by id");
    assertTrue(pages >= 4, "3 seeded books + 5 new ones at 2 per page: at least 4 pages");
  }

  @Test
  void pageSizeZeroMeansTwentyAndANegativeOneIsRefused() {
    for (int i = 0; i < 21; i++) {
      create("Bulk " + i, "2.00");
    }
    ListBooksResponse first = library.listBooks(ListBooksRequest.getDefaultInstance());
    assertEquals(20, first.getBooksCount());
    assertFalse(first.getNextPageToken().isEmpty());

    assertStatus(Status.Code.INVALID_ARGUMENT,
        () -> library.listBooks(ListBooksRequest.newBuilder().setPageSize(-1).build()));
  }

  @Test
  void updateChangesOnlyTheMaskedFields() {
    Book created = create("Before", "5.00");
    Book updated = library.updateBook(UpdateBookRequest.newBuilder()
        .setBook(Book.newBuilder().setId(created.getId()).setTitle("After").setPrice("99.99").setCopiesSold(1))
        .setUpdateMask(FieldMask.newBuilder().addPaths("title"))
        .build()).getBook();

    assertEquals("After", updated.getTitle());
    assertEquals("5.00", updated.getPrice(), "price was not in the mask");
    assertEquals(created.getCopiesSold(), updated.getCopiesSold(), "copies_sold was not in the mask");
    assertEquals(created.getSubjectsList(), updated.getSubjectsList());
    assertEquals(created.getVersion() + 1, updated.getVersion());
    assertEquals(updated, library.getBook(GetBookRequest.newBuilder().setId(created.getId()).build()).getBook());
  }

  @Test
  void aBadMaskPathIsInvalidArgumentAndWritesNothing() {
    Book created = create("Untouched", "5.00");
    StatusRuntimeException error = assertStatus(Status.Code.INVALID_ARGUMENT, () -> library.updateBook(
        UpdateBookRequest.newBuilder()
            .setBook(Book.newBuilder().setId(created.getId()).setTitle("Changed"))
            .setUpdateMask(FieldMask.newBuilder().addPaths("title").addPaths("titel"))
            .build()));

    assertTrue(error.getStatus().getDescription().contains("\"titel\""), error.getStatus().getDescription());
    assertEquals(created, library.getBook(GetBookRequest.newBuilder().setId(created.getId()).build()).getBook());
  }

  @Test
  void aMaskNamingAnIdOrNothingIsInvalidArgument() {
    Book created = create("Fixed id", "5.00");
    assertStatus(Status.Code.INVALID_ARGUMENT, () -> library.updateBook(UpdateBookRequest.newBuilder()
        .setBook(Book.newBuilder().setId(created.getId())).setUpdateMask(FieldMask.newBuilder().addPaths("id"))
        .build()));
    assertStatus(Status.Code.INVALID_ARGUMENT, () -> library.updateBook(UpdateBookRequest.newBuilder()
        .setBook(Book.newBuilder().setId(created.getId()).setTitle("No mask")).build()));
    assertEquals(created, library.getBook(GetBookRequest.newBuilder().setId(created.getId()).build()).getBook());
  }

  @Test
  void aFailureAfterAnAppliedPathRollsBackTheWholeCall() {
    Book created = create("Rolled back", "5.00");
    // The mapper sets the title first, then fails on author_id: the transaction must not keep the title.
    StatusRuntimeException error = assertStatus(Status.Code.INVALID_ARGUMENT, () -> library.updateBook(
        UpdateBookRequest.newBuilder()
            .setBook(Book.newBuilder().setId(created.getId()).setTitle("Half done").setAuthorId(987_654_321))
            .setUpdateMask(FieldMask.newBuilder().addPaths("title").addPaths("author_id"))
            .build()));
    assertTrue(error.getStatus().getDescription().contains("987654321"), error.getStatus().getDescription());
    assertEquals(created, library.getBook(GetBookRequest.newBuilder().setId(created.getId()).build()).getBook());
  }

  @Test
  void aStaleVersionIsFailedPrecondition() {
    Book created = create("Versioned", "5.00");
    library.updateBook(UpdateBookRequest.newBuilder()
        .setBook(Book.newBuilder().setId(created.getId()).setTitle("First"))
        .setUpdateMask(FieldMask.newBuilder().addPaths("title")).build());

    assertStatus(Status.Code.FAILED_PRECONDITION, () -> library.updateBook(
        UpdateBookRequest.newBuilder()
            .setBook(Book.newBuilder().setId(created.getId()).setVersion(99).setTitle("Second"))
            .setUpdateMask(FieldMask.newBuilder().addPaths("title")).build()));
  }

  @Test
  void deleteThenGetIsNotFound() {
    Book created = create("Doomed", "1.00");
    library.deleteBook(DeleteBookRequest.newBuilder().setId(created.getId()).build());

    assertStatus(Status.Code.NOT_FOUND,
        () -> library.getBook(GetBookRequest.newBuilder().setId(created.getId()).build()));
    assertStatus(Status.Code.NOT_FOUND,
        () -> library.deleteBook(DeleteBookRequest.newBuilder().setId(created.getId()).build()));
    assertStatus(Status.Code.NOT_FOUND, () -> library.updateBook(UpdateBookRequest.newBuilder()
        .setBook(Book.newBuilder().setId(created.getId()).setTitle("x"))
        .setUpdateMask(FieldMask.newBuilder().addPaths("title")).build()));
  }

  @Test
  void malformedValuesAreInvalidArgumentNamingTheFieldAndWriteNothing() {
    int before = listAllBooks(100).size();
    StatusRuntimeException price = assertStatus(Status.Code.INVALID_ARGUMENT, () -> library.createBook(
        CreateBookRequest.newBuilder().setBook(Book.newBuilder()
            .setTitle("Bad price").setAuthorId(authorId).setPrice("12,50")).build()));
    assertTrue(price.getStatus().getDescription().contains("price"), price.getStatus().getDescription());

    StatusRuntimeException uuid = assertStatus(Status.Code.INVALID_ARGUMENT, () -> library.createBook(
        CreateBookRequest.newBuilder().setBook(Book.newBuilder()
            .setTitle("Bad UUID").setAuthorId(authorId).setPublicId("not-a-uuid")).build()));
    assertTrue(uuid.getStatus().getDescription().contains("public_id"), uuid.getStatus().getDescription());

    StatusRuntimeException date = assertStatus(Status.Code.INVALID_ARGUMENT, () -> library.createBook(
        CreateBookRequest.newBuilder().setBook(Book.newBuilder().setTitle("Bad date").setAuthorId(authorId)
            .setPublishedOn(com.google.type.Date.newBuilder().setYear(2023).setMonth(2).setDay(30))).build()));
    assertTrue(date.getStatus().getDescription().contains("published_on"), date.getStatus().getDescription());

    assertStatus(Status.Code.INVALID_ARGUMENT, () -> library.createBook(CreateBookRequest.newBuilder()
        .setBook(Book.newBuilder().setTitle("No such author").setAuthorId(404_404)).build()));

    StatusRuntimeException tooLong = assertStatus(Status.Code.INVALID_ARGUMENT, () -> library.createBook(
        CreateBookRequest.newBuilder().setBook(Book.newBuilder()
            .setTitle("ISBN too long").setAuthorId(authorId).setIsbn("97800000000000")).build()));
    // The generated mapper checks the column's length before the service's own ISBN rule sees the value.
    assertTrue(tooLong.getStatus().getDescription().contains(
        "field isbn: 14 characters, more than the column's length of 13"), tooLong.getStatus().getDescription());
    assertEquals(before, listAllBooks(100).size(), "no failed call wrote a book");
  }

  @Test
  void aDuplicatePublicIdIsAlreadyExists() {
    Book created = create("Original", "1.00");
    assertStatus(Status.Code.ALREADY_EXISTS, () -> library.createBook(CreateBookRequest.newBuilder()
        .setBook(Book.newBuilder().setTitle("Copy").setAuthorId(authorId).setPublicId(created.getPublicId()))
        .build()));
  }

  @Test
  void aBadPageTokenIsInvalidArgument() {
    assertStatus(Status.Code.INVALID_ARGUMENT,
        () -> library.listBooks(ListBooksRequest.newBuilder().setPageToken("not-a-token").build()));
  }

  /** Authors are served by the generated AuthorJpaService, beside the hand-written book service. */
  @Test
  void authorsCanBeFetchedListedFilteredAndOrderedThroughTheGeneratedService() {
    Author fetched = authors.getAuthor(GetAuthorRequest.newBuilder().setId(authorId).build()).getAuthor();
    assertEquals("Test Author", fetched.getName());
    assertFalse(fetched.hasBornOn());

    List<String> names = new ArrayList<>();
    String token = "";
    do {
      ListAuthorsResponse page = authors.listAuthors(
          ListAuthorsRequest.newBuilder().setPageSize(1).setPageToken(token).setOrderBy("name").build());
      page.getAuthorsList().forEach(author -> names.add(author.getName()));
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    assertEquals(List.of("Octavia E. Butler", "Test Author", "Ursula K. Le Guin"), names);

    assertEquals(List.of(fetched), authors.listAuthors(ListAuthorsRequest.newBuilder()
        .setFilter(AuthorFilter.newBuilder().setName("Test Author")).build()).getAuthorsList());
    assertStatus(Status.Code.NOT_FOUND, () -> authors.getAuthor(GetAuthorRequest.newBuilder().setId(404_404).build()));
    assertStatus(Status.Code.INVALID_ARGUMENT,
        () -> authors.listAuthors(ListAuthorsRequest.newBuilder().setOrderBy("born_on sideways").build()));
  }

  private static List<Book> listAllBooks(int pageSize) {
    List<Book> books = new ArrayList<>();
    String token = "";
    do {
      ListBooksResponse page = library.listBooks(
          ListBooksRequest.newBuilder().setPageSize(pageSize).setPageToken(token).build());
      books.addAll(page.getBooksList());
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    return books;
  }

  private static StatusRuntimeException assertStatus(Status.Code code, Executable call) {
    StatusRuntimeException error = assertThrows(StatusRuntimeException.class, call);
    assertEquals(code, error.getStatus().getCode(), error.getStatus().toString());
    return error;
  }

  private static Book create(String title, String price) {
    return library.createBook(CreateBookRequest.newBuilder().setBook(Book.newBuilder()
        .setTitle(title)
        .setPrice(price)
        .setCopiesSold(SeedData.ABOVE_2_POW_53)
        .setAuthorId(authorId)
        .addSubjects("a").addSubjects("b")).build()).getBook();
  }
}
