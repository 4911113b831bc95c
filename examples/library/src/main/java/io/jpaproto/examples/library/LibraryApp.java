package io.jpaproto.examples.library;

import com.google.protobuf.FieldMask;
import com.google.protobuf.MessageOrBuilder;
import com.google.protobuf.util.JsonFormat;
import io.grpc.Channel;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.jpaproto.examples.library.api.Address;
import io.jpaproto.examples.library.api.Author;
import io.jpaproto.examples.library.api.AuthorFilter;
import io.jpaproto.examples.library.api.AuthorServiceGrpc;
import io.jpaproto.examples.library.api.AuthorServiceGrpc.AuthorServiceBlockingStub;
import io.jpaproto.examples.library.api.Book;
import io.jpaproto.examples.library.api.CreateBookRequest;
import io.jpaproto.examples.library.api.CreatePublisherRequest;
import io.jpaproto.examples.library.api.GetAuthorRequest;
import io.jpaproto.examples.library.api.DeleteBookRequest;
import io.jpaproto.examples.library.api.Genre;
import io.jpaproto.examples.library.api.GetBookRequest;
import io.jpaproto.examples.library.api.LibraryServiceGrpc;
import io.jpaproto.examples.library.api.LibraryServiceGrpc.LibraryServiceBlockingStub;
import io.jpaproto.examples.library.api.ListAuthorsRequest;
import io.jpaproto.examples.library.api.ListBooksRequest;
import io.jpaproto.examples.library.api.ListBooksResponse;
import io.jpaproto.examples.library.api.Publisher;
import io.jpaproto.examples.library.api.PublisherServiceGrpc;
import io.jpaproto.examples.library.api.UpdateBookRequest;
import io.jpaproto.examples.library.server.Database;
import io.jpaproto.examples.library.server.SeedData;
import io.jpaproto.web.Cors;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The example end to end: starts the gRPC server over an embedded H2 database with a small seeded catalogue, and
 * either walks a client through create, get, list, update with a field mask, delete and the errors a client sees, or
 * keeps serving for other clients.
 *
 * <pre>
 * LibraryApp [demo] [--database JDBC-URL]                           the walkthrough on a free loopback port, then exit
 * LibraryApp serve [--port N] [--host ADDR] [--database JDBC-URL] [--web DIR] [--log-calls] [--cors ORIGIN]...
 *                                                                    serve until stopped (default 127.0.0.1:50051; port 0 picks a free one)
 * </pre>
 *
 * <p>The one port answers gRPC, gRPC-Web and HTTP/JSON ({@code curl http://127.0.0.1:50051/v1/books/1}).
 * {@code --web DIR} also serves the files in DIR (the web page, built in {@code examples/library/web}) at
 * {@code http://127.0.0.1:50051/}; {@code --log-calls} logs each call's request and response as JSON, secrets
 * redacted; {@code --cors ORIGIN} lets pages from ORIGIN (such as {@code http://localhost:5173}) call the server.
 *
 * <p>{@code --database} (or {@code -Djpaproto.example.jdbcUrl=...}, with {@code -Djpaproto.example.jdbcUser} and
 * {@code -Djpaproto.example.jdbcPassword}) replaces the embedded H2 with another database, such as
 * {@code jdbc:postgresql://127.0.0.1:5432/library?user=postgres}; its library tables are created afresh.
 */
public final class LibraryApp {
  static final String USAGE = """
      usage: LibraryApp [demo] [--database JDBC-URL]
             LibraryApp serve [--port N] [--host ADDR] [--database JDBC-URL] [--web DIR] [--log-calls] [--cors ORIGIN]...
               (defaults: --port 50051 --host 127.0.0.1, an embedded H2; --port 0 = any free port;
                one port answers gRPC, gRPC-Web and HTTP/JSON; --web DIR serves the web page in DIR at /;
                --log-calls logs each call as JSON, secrets redacted; --cors ORIGIN lets pages from ORIGIN call it;
                --database jdbc:postgresql://HOST:PORT/DB?user=U serves a PostgreSQL database, whose tables it recreates;
                so does -Djpaproto.example.jdbcUrl=...)""";

  // Held strongly: java.util.logging forgets levels set on loggers nobody references.
  private static final Logger HIBERNATE = Logger.getLogger("org.hibernate");
  // Hibernate warns that its built-in connection pool is not for production; an embedded demo database is fine.
  private static final Logger HIBERNATE_POOL = Logger.getLogger("org.hibernate.orm.connections.pooling");
  private static final Logger CALL_LOG = Logger.getLogger(io.jpaproto.web.CallLog.LOGGER_NAME);
  private static final JsonFormat.Printer JSON = JsonFormat.printer();

  private LibraryApp() {
  }

  public static void main(String[] args) throws Exception {
    HIBERNATE.setLevel(Level.WARNING);
    HIBERNATE_POOL.setLevel(Level.SEVERE);
    String mode = args.length == 0 || args[0].startsWith("--database") ? "demo" : args[0];
    switch (mode) {
      case "demo" -> demo(args);
      case "serve" -> serve(args);
      case "-h", "--help", "help" -> System.out.println(USAGE);
      default -> usage("unknown mode " + mode);
    }
  }

  private static void usage(String problem) {
    System.err.println(problem);
    System.err.println(USAGE);
    System.exit(2);
  }

  private static void serve(String[] args) throws Exception {
    String host = LibraryServer.LOOPBACK;
    int port = 50051;
    String jdbcUrl = null;
    java.nio.file.Path web = null;
    boolean logCalls = false;
    List<String> origins = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--web") && i + 1 < args.length) {
        web = java.nio.file.Path.of(args[++i]);
        if (!java.nio.file.Files.isRegularFile(web.resolve("index.html"))) {
          usage("no index.html in " + web.toAbsolutePath() + " (build the page: cd examples/library/web && npm ci"
              + " && npm run build)");
        }
      } else if (arg.equals("--log-calls")) {
        logCalls = true;
      } else if (arg.equals("--cors") && i + 1 < args.length) {
        origins.add(args[++i]);
      } else if (arg.equals("--database") && i + 1 < args.length) {
        jdbcUrl = args[++i];
      } else if (arg.startsWith("--database=")) {
        jdbcUrl = arg.substring("--database=".length());
      } else if (arg.equals("--port") && i + 1 < args.length) {
        port = port(args[++i]);
      } else if (arg.startsWith("--port=")) {
        port = port(arg.substring("--port=".length()));
      } else if (arg.equals("--host") && i + 1 < args.length) {
        host = args[++i];
      } else if (arg.startsWith("--host=")) {
        host = arg.substring("--host=".length());
      } else if (i == 1 && arg.matches("\\d+")) {
        port = port(arg); // "serve 50051", the short form
      } else {
        usage("unknown argument " + arg);
      }
    }

    if (logCalls) {
      // The call log, one line per record on stderr (java.util.logging's default format takes two lines).
      java.util.logging.ConsoleHandler console = new java.util.logging.ConsoleHandler();
      console.setFormatter(new java.util.logging.Formatter() {
        @Override
        public String format(java.util.logging.LogRecord record) {
          return record.getMessage() + System.lineSeparator();
        }
      });
      CALL_LOG.setUseParentHandlers(false);
      CALL_LOG.addHandler(console);
    }
    LibraryServer server = LibraryServer.start(host, port, seeded(jdbcUrl), new LibraryServer.Options(web, logCalls,
        origins.isEmpty() ? null : Cors.allowOrigins(origins.toArray(String[]::new))));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } finally {
        stopped.countDown();
      }
    }, "library-server-shutdown"));
    // run-against-server.sh waits for this line and reads the port from it.
    System.out.println("Library server listening on " + server.target() + " (Ctrl+C to stop)");
    System.out.println("  try: grpcurl -plaintext " + server.target() + " list");
    System.out.println("   or: curl " + server.url() + "/v1/books/1");
    if (web != null) {
      System.out.println("   or: open " + server.url() + "/ in a browser");
    }
    System.out.flush();
    server.awaitTermination();
    stopped.await();
  }

  private static int port(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    usage("not a port number: " + text);
    return -1;
  }

  /** The seeded database: {@code jdbcUrl}'s, else {@code -Djpaproto.example.jdbcUrl}'s, else an embedded H2. */
  static Database seeded(String jdbcUrl) {
    Database database = Database.chosen("library", jdbcUrl);
    SeedData.insert(database);
    return database;
  }

  private static void demo(String[] args) throws Exception {
    String jdbcUrl = null;
    for (int i = args.length > 0 && args[0].equals("demo") ? 1 : 0; i < args.length; i++) {
      if (args[i].equals("--database") && i + 1 < args.length) {
        jdbcUrl = args[++i];
      } else if (args[i].startsWith("--database=")) {
        jdbcUrl = args[i].substring("--database=".length());
      } else {
        usage("unknown argument " + args[i]);
      }
    }
    long start = System.nanoTime();
    try (LibraryServer server = LibraryServer.start(LibraryServer.LOOPBACK, 0, seeded(jdbcUrl))) {
      System.out.println("Library server listening on " + server.target()
          + ", seeded with 2 authors, 1 publisher and 3 books");
      ManagedChannel channel = Grpc.newChannelBuilder(server.target(), InsecureChannelCredentials.create()).build();
      try {
        walkthrough(channel);
      } finally {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
      }
    }
    System.out.printf("%nWalkthrough complete in %.1f s.%n", (System.nanoTime() - start) / 1e9);
  }

  /** The client side of the walkthrough, against a server holding {@link SeedData}; throws on any surprise. */
  static void walkthrough(Channel channel) throws Exception {
    LibraryServiceBlockingStub library = LibraryServiceGrpc.newBlockingStub(channel)
        .withDeadlineAfter(60, TimeUnit.SECONDS);
    AuthorServiceBlockingStub authorService = AuthorServiceGrpc.newBlockingStub(channel)
        .withDeadlineAfter(60, TimeUnit.SECONDS);

    step("ListAuthors (AuthorService, generated by jpaproto and served by AuthorJpaService): by name, descending");
    List<Author> authors = authorService.listAuthors(ListAuthorsRequest.newBuilder().setOrderBy("name desc").build())
        .getAuthorsList();
    for (Author author : authors) {
      print(author);
    }
    check(authors.size() == 2 && authors.get(0).getName().equals("Ursula K. Le Guin"), "2 authors, Z to A");

    step("ListAuthors with a typed filter: name = \"Ursula K. Le Guin\"");
    Author leGuin = authorService.listAuthors(ListAuthorsRequest.newBuilder()
        .setFilter(AuthorFilter.newBuilder().setName("Ursula K. Le Guin")).build()).getAuthors(0);
    print(leGuin);
    check(leGuin.equals(authorService.getAuthor(GetAuthorRequest.newBuilder().setId(leGuin.getId()).build())
        .getAuthor()), "GetAuthor returns the listed author");

    step("CreatePublisher (PublisherService, generated): an embeddable address, a java.time.Year as int32");
    Publisher publisher = PublisherServiceGrpc.newBlockingStub(channel).withDeadlineAfter(60, TimeUnit.SECONDS)
        .createPublisher(CreatePublisherRequest.newBuilder()
            .setPublisher(Publisher.newBuilder().setName("Ace Books").setFounded(1952)
                .setAddress(Address.newBuilder().setStreet("1745 Broadway").setCity("New York").setCountry("US")))
            .build()).getPublisher();
    print(publisher);

    step("CreateBook: an exact decimal price, an int64 counter above 2^53, a LocalDate, a UUID the server assigns");
    Book created = library.createBook(CreateBookRequest.newBuilder().setBook(Book.newBuilder()
        .setTitle("The Left Hand of Darkness")
        .setIsbn("9780441478125")
        .setGenre(Genre.GENRE_FICTION)
        .setPrice("12.50")
        .setCopiesSold(SeedData.ABOVE_2_POW_53 + 1)
        .setPublishedOn(com.google.type.Date.newBuilder().setYear(1969).setMonth(3).setDay(1))
        .setAuthorId(leGuin.getId())
        .setPublisherId(publisher.getId())
        .addSubjects("anthropology").addSubjects("gender"))
        .build()).getBook();
    print(created);

    step("GetBook " + created.getId());
    Book fetched = library.getBook(GetBookRequest.newBuilder().setId(created.getId()).build()).getBook();
    print(fetched);
    check(fetched.equals(created), "GetBook returns what CreateBook stored");

    step("ListBooks, two per page (keyset paging on id, opaque page_token)");
    List<Book> listed = new ArrayList<>();
    String token = "";
    int page = 0;
    do {
      ListBooksResponse response = library.listBooks(
          ListBooksRequest.newBuilder().setPageSize(2).setPageToken(token).build());
      System.out.println("page " + ++page + ":");
      listed.addAll(response.getBooksList());
      for (Book book : response.getBooksList()) {
        System.out.printf("  id %-3d %-28s price %-6s copies_sold %d%n",
            book.getId(), book.getTitle(), book.getPrice(), book.getCopiesSold());
      }
      token = response.getNextPageToken();
      if (!token.isEmpty()) {
        System.out.println("  next_page_token: " + token);
      }
    } while (!token.isEmpty());
    check(page == 2, "4 books make 2 pages of 2");

    step("UpdateBook " + created.getId() + " with update_mask [price, title]: only those two change");
    Book updated = library.updateBook(UpdateBookRequest.newBuilder()
        .setBook(Book.newBuilder().setId(created.getId()).setPrice("14.00")
            .setTitle("The Left Hand of Darkness (50th anniversary)").setIsbn("not in the mask, so ignored"))
        .setUpdateMask(FieldMask.newBuilder().addPaths("price").addPaths("title"))
        .build()).getBook();
    print(updated);
    check(updated.getIsbn().equals(created.getIsbn()) && updated.getVersion() == created.getVersion() + 1,
        "unmasked fields keep their values and the version increases");

    step("DeleteBook " + created.getId());
    library.deleteBook(DeleteBookRequest.newBuilder().setId(created.getId()).build());
    System.out.println("deleted book " + created.getId());

    step("Errors a client sees (each call's transaction is rolled back)");
    expectError("GetBook of the deleted book",
        () -> library.getBook(GetBookRequest.newBuilder().setId(created.getId()).build()));
    expectError("UpdateBook with a misspelt mask path",
        () -> library.updateBook(UpdateBookRequest.newBuilder()
            .setBook(Book.newBuilder().setId(listed.get(0).getId()).setTitle("x"))
            .setUpdateMask(FieldMask.newBuilder().addPaths("titel")).build()));
    expectError("CreateBook with a malformed price",
        () -> library.createBook(CreateBookRequest.newBuilder()
            .setBook(Book.newBuilder().setTitle("Bad price").setAuthorId(leGuin.getId()).setPrice("12,50")).build()));
    expectError("GetAuthor of an author that does not exist (generated service)",
        () -> authorService.getAuthor(GetAuthorRequest.newBuilder().setId(404).build()));
    expectError("ListAuthors ordered by a field that cannot be sorted (generated service)",
        () -> authorService.listAuthors(ListAuthorsRequest.newBuilder().setOrderBy("books").build()));
    expectError("CreateBook with an author that does not exist",
        () -> library.createBook(CreateBookRequest.newBuilder()
            .setBook(Book.newBuilder().setTitle("No such author").setAuthorId(404)).build()));
  }

  private static void expectError(String what, Runnable call) {
    try {
      call.run();
    } catch (StatusRuntimeException e) {
      System.out.println(what + " -> " + e.getStatus().getCode() + ": " + e.getStatus().getDescription());
      return;
    }
    throw new AssertionError(what + " should have failed");
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError("walkthrough check failed: " + what);
    }
  }

  private static void step(String title) {
    System.out.println("\n== " + title);
  }

  private static void print(MessageOrBuilder message) throws Exception {
    System.out.println(JSON.print(message));
  }
}
