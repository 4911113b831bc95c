package io.jpaproto.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.FieldMask;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import io.grpc.BindableService;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.StreamObserver;
import io.jpaproto.ReferenceResolver;
import io.jpaproto.grpc.test.Author;
import io.jpaproto.grpc.test.Book;
import io.jpaproto.grpc.test.BookFilter;
import io.jpaproto.grpc.test.BookServiceGrpc;
import io.jpaproto.grpc.test.Broken;
import io.jpaproto.grpc.test.CreateBookRequest;
import io.jpaproto.grpc.test.CreateBookResponse;
import io.jpaproto.grpc.test.ListBooksRequest;
import io.jpaproto.grpc.test.ListBooksResponse;
import io.jpaproto.grpc.test.Note;
import io.jpaproto.grpc.test.Plain;
import io.jpaproto.grpc.test.UpdateBookRequest;
import io.jpaproto.grpc.test.UpdateBookResponse;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Create and Update requests are checked against the entity message's buf.validate rules before any database work,
 * through a real (in-process) gRPC call: {@code INVALID_ARGUMENT} with a {@code google.rpc.BadRequest} that lists
 * every violation. The test's "database" answers {@code ABORTED} and counts the calls that reach it.
 */
class RequestValidationTest {
  private static final String REACHED = "reached the database";
  private static final EntityManagerFactory NO_DATABASE = (EntityManagerFactory) Proxy.newProxyInstance(
      RequestValidationTest.class.getClassLoader(), new Class<?>[] {EntityManagerFactory.class},
      (proxy, method, arguments) -> {
        throw new AssertionError("no database work expected: " + method.getName());
      });

  /** A valid book: every rule holds. */
  private static final Book VALID = Book.newBuilder()
      .setId(1)
      .setTitle("Dune")
      .addTags("sf")
      .setAuthor(Author.newBuilder().setName("Frank Herbert"))
      .putCounts("loans", 3)
      .setGenreValue(1)
      .setIsbn("9780441172719")
      .setPages(412)
      .build();

  private TestBookService service;
  private Server server;
  private ManagedChannel channel;
  private BookServiceGrpc.BookServiceBlockingStub books;

  @BeforeEach
  void start() throws Exception {
    service = new TestBookService();
    String name = InProcessServerBuilder.generateName();
    server = InProcessServerBuilder.forName(name).directExecutor().addService(service).build().start();
    channel = InProcessChannelBuilder.forName(name).directExecutor().build();
    books = BookServiceGrpc.newBlockingStub(channel);
  }

  @AfterEach
  void stop() {
    channel.shutdownNow();
    server.shutdownNow();
  }

  @Test
  void aValidRequestReachesTheDatabase() {
    assertReached(() -> books.createBook(CreateBookRequest.newBuilder().setBook(VALID).build()));
    assertReached(() -> books.updateBook(UpdateBookRequest.newBuilder().setBook(VALID)
        .setUpdateMask(FieldMask.newBuilder().addPaths("*")).build()));
    assertEquals(2, service.databaseCalls.get());
  }

  @Test
  void everyViolationIsListedWithItsPathFromTheRequestItsMessageAndItsRule() throws Exception {
    Book invalid = VALID.toBuilder()
        .setTitle("A title longer than twenty")
        .clearTags().addTags("ok").addTags("x").addTags("y")
        .setAuthor(Author.newBuilder().setName(""))
        .putCounts("lost", -1)
        .setGenreValue(7)
        .setIsbn("978-0441")
        .setPages(411)
        .build();

    StatusRuntimeException error = assertThrows(StatusRuntimeException.class,
        () -> books.createBook(CreateBookRequest.newBuilder().setBook(invalid).build()));

    assertEquals(Status.Code.INVALID_ARGUMENT, error.getStatus().getCode());
    assertEquals(List.of(
            "book.title string.max_len must be at most 20 characters",
            "book.tags[1] string.min_len must be at least 2 characters",
            "book.tags[2] string.min_len must be at least 2 characters",
            "book.author.name string.min_len must be at least 1 characters",
            "book.counts[\"lost\"] int32.gte must be greater than or equal to 0",
            "book.genre enum.defined_only value must be one of the defined enum values",
            "book.isbn string.pattern does not match regex pattern `^[0-9]{13}$`",
            "book.pages pages.even pages must be even"),
        violations(error));
    assertEquals("book.title: must be at most 20 characters; book.tags[1]: must be at least 2 characters;"
        + " book.tags[2]: must be at least 2 characters; 5 more", error.getStatus().getDescription());
    assertEquals(0, service.databaseCalls.get());
  }

  @Test
  void requiredAndTheWholeMessagesRule() throws Exception {
    StatusRuntimeException missing = assertThrows(StatusRuntimeException.class,
        () -> books.createBook(CreateBookRequest.newBuilder().setBook(VALID.toBuilder().setTitle("")).build()));
    assertEquals(List.of("book.title required value is required"), violations(missing));

    Book titledLikeItsIsbn = VALID.toBuilder().setTitle("9780441172719").build();
    StatusRuntimeException rule = assertThrows(StatusRuntimeException.class,
        () -> books.createBook(CreateBookRequest.newBuilder().setBook(titledLikeItsIsbn).build()));
    assertEquals(List.of("book book.title_not_isbn title must not be the isbn"), violations(rule));
    // Whether a masked update keeps the title apart from the isbn depends on stored values the request does not
    // carry: the message's own rule counts only when the mask is "*".
    assertReached(() -> books.updateBook(update(titledLikeItsIsbn, "title")));
    StatusRuntimeException all = assertThrows(StatusRuntimeException.class,
        () -> books.updateBook(update(titledLikeItsIsbn, "*")));
    assertEquals(List.of("book book.title_not_isbn title must not be the isbn"), violations(all));
  }

  @Test
  void anUpdateIsHeldOnlyToTheRulesOfTheMaskedPaths() throws Exception {
    Book invalid = VALID.toBuilder()
        .setTitle("A title longer than twenty")
        .setPages(411)
        .setAuthor(Author.newBuilder().setName(""))
        .addTags("x")
        .build();

    assertEquals(List.of("book.pages pages.even pages must be even"),
        violations(assertThrows(StatusRuntimeException.class, () -> books.updateBook(update(invalid, "pages")))));
    assertEquals(List.of("book.title string.max_len must be at most 20 characters",
            "book.tags[1] string.min_len must be at least 2 characters"),
        violations(assertThrows(StatusRuntimeException.class,
            () -> books.updateBook(update(invalid, "tags", "title")))));
    // A path above the broken field, and one below it, both write it.
    assertEquals(List.of("book.author.name string.min_len must be at least 1 characters"),
        violations(assertThrows(StatusRuntimeException.class, () -> books.updateBook(update(invalid, "author")))));
    assertEquals(List.of("book.author.name string.min_len must be at least 1 characters"),
        violations(assertThrows(StatusRuntimeException.class,
            () -> books.updateBook(update(invalid, "author.name")))));
    assertEquals(4, violations(assertThrows(StatusRuntimeException.class,
        () -> books.updateBook(update(invalid, "*")))).size());
    // The broken fields are not written: the update goes ahead.
    assertReached(() -> books.updateBook(update(invalid, "isbn", "genre", "counts")));
    assertEquals(1, service.databaseCalls.get());
  }

  @Test
  void anEmptyMaskIsRefusedAsBeforeWithoutValidating() {
    Book invalid = VALID.toBuilder().setTitle("A title longer than twenty").build();
    StatusRuntimeException error = assertThrows(StatusRuntimeException.class,
        () -> books.updateBook(update(invalid)));
    assertEquals(Status.Code.INVALID_ARGUMENT, error.getStatus().getCode());
    assertTrue(error.getStatus().getDescription().startsWith("update_mask names no field"),
        error.getStatus().getDescription());
    assertEquals(List.of(), StatusProto.fromThrowable(error).getDetailsList());
    assertEquals(0, service.databaseCalls.get());
  }

  @Test
  void filtersAreNotHeldToTheEntitysRules() {
    assertReached(() -> books.listBooks(ListBooksRequest.newBuilder()
        .setFilter(BookFilter.newBuilder().setTitle("A title longer than twenty, and then some")).build()));
  }

  @Test
  void hostileInputIsAnsweredAtTheCostOfReadingIt() throws Exception {
    String megabyte = "x".repeat(1 << 20);
    Book huge = VALID.toBuilder().setTitle(megabyte).putCounts(megabyte, -1).build();

    long start = System.nanoTime();
    StatusRuntimeException error = assertThrows(StatusRuntimeException.class,
        () -> books.createBook(CreateBookRequest.newBuilder().setBook(huge).build()));
    long millis = (System.nanoTime() - start) / 1_000_000;

    List<String> violations = violations(error);
    assertEquals(2, violations.size(), violations.toString());
    assertEquals("book.title string.max_len must be at most 20 characters", violations.get(0));
    String keyPath = violations.get(1);
    assertTrue(keyPath.startsWith("book.counts[\"xxx") && keyPath.length() < Texts.MAX_ECHO + 100, keyPath);
    assertTrue(error.getStatus().getDescription().length() <= Texts.MAX_DESCRIPTION);
    assertFalse(error.getStatus().getDescription().contains("x".repeat(Texts.MAX_ECHO + 1)));
    assertTrue(StatusProto.fromThrowable(error).getSerializedSize() < RequestValidation.MAX_DETAIL_BYTES + 2000);
    // Linear in the request: a 1 MiB title and key take milliseconds; a generous bound for a loaded machine.
    assertTrue(millis < 5_000, millis + " ms");
    assertEquals(0, service.databaseCalls.get());
  }

  @Test
  void thousandsOfViolationsAreCountedButListedOnlyWithinTheTrailersBudget() throws Exception {
    Book.Builder manyTags = VALID.toBuilder();
    for (int i = 0; i < 10_000; i++) {
      manyTags.addTags("x");
    }
    StatusRuntimeException error = assertThrows(StatusRuntimeException.class,
        () -> books.createBook(CreateBookRequest.newBuilder().setBook(manyTags).build()));

    BadRequest detail = badRequest(error);
    assertTrue(detail.getFieldViolationsCount() > 10, detail.getFieldViolationsCount() + " listed");
    assertTrue(detail.getSerializedSize() <= RequestValidation.MAX_DETAIL_BYTES, detail.getSerializedSize() + " bytes");
    assertEquals("book.tags[1]", detail.getFieldViolations(0).getField());
    int unlisted = 10_000 - detail.getFieldViolationsCount();
    assertTrue(error.getStatus().getDescription().endsWith("; 9997 more (" + unlisted + " not listed in the details)"),
        error.getStatus().getDescription());
  }

  @Test
  void aRuleTheValidatorCannotRunIsAnInternalErrorWithoutDetails() {
    BrokenService broken = new BrokenService();
    AtomicReference<Throwable> answer = new AtomicReference<>();
    broken.call(Broken.newBuilder().setCount(1).build(), answer);

    StatusRuntimeException error = (StatusRuntimeException) answer.get();
    assertEquals(Status.Code.INTERNAL, error.getStatus().getCode());
    assertEquals("internal error", error.getStatus().getDescription());
    assertTrue(error.getTrailers() == null || !error.getTrailers().containsKey(DETAILS), "no details");
    assertEquals(0, broken.databaseCalls.get());
  }

  @Test
  void theDetailsOfAStatusAHookThrowsReachTheClient() throws Exception {
    TestBookService guarded = new TestBookService() {
      @Override
      protected void authorize(Operation operation, BookEntity entity) {
        throw StatusProto.toStatusRuntimeException(com.google.rpc.Status.newBuilder()
            .setCode(com.google.rpc.Code.PERMISSION_DENIED_VALUE)
            .setMessage("librarians only")
            .addDetails(com.google.protobuf.Any.pack(com.google.rpc.ErrorInfo.newBuilder()
                .setReason("NOT_A_LIBRARIAN").setDomain("library.example").build()))
            .build());
      }
    };
    guarded.setTransactions(new CallTransactions() {
      @Override
      public <T> T run(Function<EntityManager, T> work) {
        return work.apply(null); // authorize refuses before the entity manager is used
      }
    });
    String name = InProcessServerBuilder.generateName();
    Server guardedServer = InProcessServerBuilder.forName(name).directExecutor().addService(guarded).build().start();
    ManagedChannel guardedChannel = InProcessChannelBuilder.forName(name).directExecutor().build();
    try {
      StatusRuntimeException error = assertThrows(StatusRuntimeException.class, () -> BookServiceGrpc
          .newBlockingStub(guardedChannel).createBook(CreateBookRequest.newBuilder().setBook(VALID).build()));
      assertEquals(Status.Code.PERMISSION_DENIED, error.getStatus().getCode());
      com.google.rpc.Status status = StatusProto.fromThrowable(error);
      assertEquals("NOT_A_LIBRARIAN", status.getDetails(0).unpack(com.google.rpc.ErrorInfo.class).getReason());
    } finally {
      guardedChannel.shutdownNow();
      guardedServer.shutdownNow();
    }
  }

  @Test
  void messagesWithoutRulesAreNotValidated() {
    assertFalse(new RequestValidation(Plain.getDescriptor(), "plain").hasRules(), "its file imports no rules");
    assertTrue(new RequestValidation(Note.getDescriptor(), "note").hasRules(), "its file imports them");
    assertTrue(new RequestValidation(Book.getDescriptor(), "book").hasRules());
  }

  @Test
  void theRequestFieldComesFromTheServiceDescriptorOrTheMessagesName() {
    assertEquals("book.title", RequestValidation.of(service, Book.getDescriptor())
        .path(build.buf.validate.FieldPath.newBuilder()
            .addElements(build.buf.validate.FieldPathElement.newBuilder().setFieldName("title")).build()));
    assertEquals("broken", RequestValidation.of(new Object(), Broken.getDescriptor())
        .path(build.buf.validate.FieldPath.getDefaultInstance()));
    assertEquals("audit_entry", RequestValidation.lowerSnakeCase("AuditEntry"));
    assertEquals("http_header", RequestValidation.lowerSnakeCase("HTTPHeader"));
    assertEquals("isbn13_code", RequestValidation.lowerSnakeCase("Isbn13Code"));
  }

  // ---------------------------------------------------------------------------------------------------------------

  /** Where gRPC carries a status's details. */
  private static final io.grpc.Metadata.Key<byte[]> DETAILS =
      io.grpc.Metadata.Key.of("grpc-status-details-bin", io.grpc.Metadata.BINARY_BYTE_MARSHALLER);

  private static UpdateBookRequest update(Book book, String... paths) {
    return UpdateBookRequest.newBuilder().setBook(book).setUpdateMask(FieldMask.newBuilder().addAllPaths(List.of(paths)))
        .build();
  }

  private void assertReached(Runnable call) {
    StatusRuntimeException error = assertThrows(StatusRuntimeException.class, call::run);
    assertEquals(Status.Code.ABORTED, error.getStatus().getCode(), error.getStatus().toString());
    assertEquals(REACHED, error.getStatus().getDescription());
  }

  private static BadRequest badRequest(StatusRuntimeException error) throws InvalidProtocolBufferException {
    com.google.rpc.Status status = StatusProto.fromThrowable(error);
    assertNotNull(status, "no status details");
    assertEquals(1, status.getDetailsCount(), status.toString());
    return status.getDetails(0).unpack(BadRequest.class);
  }

  /** "field reason description" of every violation the error lists. */
  private static List<String> violations(StatusRuntimeException error) throws InvalidProtocolBufferException {
    assertEquals(Status.Code.INVALID_ARGUMENT, error.getStatus().getCode(), error.getStatus().toString());
    return badRequest(error).getFieldViolationsList().stream()
        .map(v -> v.getField() + " " + v.getReason() + " " + v.getDescription())
        .toList();
  }

  /** Its work answers ABORTED and counts the calls: validation must come first. */
  private static final class CountingTransactions implements CallTransactions {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public <T> T run(Function<EntityManager, T> work) {
      calls.incrementAndGet();
      throw Status.ABORTED.withDescription(REACHED).asRuntimeException();
    }
  }

  /** An entity class; the test never stores one. */
  static final class BookEntity {
  }

  /** As jpaproto generates a service: the RPCs call the base class's operations. */
  static class TestBookService extends JpaCrudService<BookEntity, Long, Book>
      implements BookServiceGrpc.AsyncService, BindableService {
    final AtomicInteger databaseCalls;

    TestBookService() {
      super(NO_DATABASE, BookEntity.class, "id", Map.of("id", "id", "title", "title"));
      CountingTransactions transactions = new CountingTransactions();
      databaseCalls = transactions.calls;
      setTransactions(transactions);
    }

    @Override
    public ServerServiceDefinition bindService() {
      return BookServiceGrpc.bindService(this);
    }

    @Override
    public void createBook(CreateBookRequest request, StreamObserver<CreateBookResponse> responses) {
      respond(responses, () -> CreateBookResponse.newBuilder().setBook(create(request.getBook())).build());
    }

    @Override
    public void updateBook(UpdateBookRequest request, StreamObserver<UpdateBookResponse> responses) {
      respond(responses, () -> UpdateBookResponse.newBuilder()
          .setBook(update(request.getBook(), request.getUpdateMask())).build());
    }

    @Override
    public void listBooks(ListBooksRequest request, StreamObserver<ListBooksResponse> responses) {
      respond(responses, () -> {
        ListPage<Book> page = list(request.getPageSize(), request.getPageToken(), request.getOrderBy(),
            request.getFilter(), where -> where.equal("title", request.getFilter().getTitle()));
        return ListBooksResponse.newBuilder().addAllBooks(page.messages()).build();
      });
    }

    @Override
    protected Book toProto(BookEntity entity) {
      return Book.getDefaultInstance();
    }

    @Override
    protected BookEntity fromProto(Book message, ReferenceResolver references) {
      return new BookEntity();
    }

    @Override
    protected void applyMask(BookEntity entity, Book message, FieldMask mask, ReferenceResolver references) {
    }

    @Override
    protected Long idOf(Book message) {
      return message.hasId() ? message.getId() : null;
    }
  }

  /** A service of a message whose rule does not compile, called without gRPC. */
  static final class BrokenService extends JpaCrudService<BookEntity, Long, Broken> {
    final AtomicInteger databaseCalls;

    BrokenService() {
      super(NO_DATABASE, BookEntity.class, "id", Map.of());
      CountingTransactions transactions = new CountingTransactions();
      databaseCalls = transactions.calls;
      setTransactions(transactions);
    }

    void call(Broken message, AtomicReference<Throwable> answer) {
      respond(new StreamObserver<Broken>() {
        @Override
        public void onNext(Broken value) {
        }

        @Override
        public void onError(Throwable t) {
          answer.set(t);
        }

        @Override
        public void onCompleted() {
        }
      }, () -> create(message));
    }

    @Override
    protected Broken toProto(BookEntity entity) {
      return Broken.getDefaultInstance();
    }

    @Override
    protected BookEntity fromProto(Broken message, ReferenceResolver references) {
      return new BookEntity();
    }

    @Override
    protected void applyMask(BookEntity entity, Broken message, FieldMask mask, ReferenceResolver references) {
    }

    @Override
    protected Long idOf(Broken message) {
      return message.hasId() ? message.getId() : null;
    }
  }
}
