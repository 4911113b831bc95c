package io.jpaproto.examples.library;

import com.google.protobuf.FieldMask;
import com.google.protobuf.MessageOrBuilder;
import com.google.protobuf.util.JsonFormat;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.jpaproto.examples.library.api.Address;
import io.jpaproto.examples.library.api.Author;
import io.jpaproto.examples.library.api.Book;
import io.jpaproto.examples.library.api.CreateAuthorRequest;
import io.jpaproto.examples.library.api.CreateBookRequest;
import io.jpaproto.examples.library.api.CreatePublisherRequest;
import io.jpaproto.examples.library.api.DeleteBookRequest;
import io.jpaproto.examples.library.api.Genre;
import io.jpaproto.examples.library.api.GetBookRequest;
import io.jpaproto.examples.library.api.LibraryServiceGrpc;
import io.jpaproto.examples.library.api.LibraryServiceGrpc.LibraryServiceBlockingStub;
import io.jpaproto.examples.library.api.ListBooksRequest;
import io.jpaproto.examples.library.api.ListBooksResponse;
import io.jpaproto.examples.library.api.Publisher;
import io.jpaproto.examples.library.api.UpdateBookRequest;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The example end to end: starts the gRPC server over an embedded H2 database and walks a client through create, get,
 * list, update with a field mask, delete and the errors a client sees.
 *
 * <pre>
 * LibraryApp              run the walkthrough on a free local port and exit
 * LibraryApp serve [PORT] serve until stopped (default port 50051), for other clients
 * </pre>
 */
public final class LibraryApp {
  // Held strongly: java.util.logging forgets levels set on loggers nobody references.
  private static final Logger HIBERNATE = Logger.getLogger("org.hibernate");
  private static final JsonFormat.Printer JSON = JsonFormat.printer();

  private LibraryApp() {
  }

  public static void main(String[] args) throws Exception {
    HIBERNATE.setLevel(Level.WARNING);
    if (args.length > 0 && args[0].equals("serve")) {
      serve(args.length > 1 ? Integer.parseInt(args[1]) : 50051);
    } else {
      demo();
    }
  }

  private static void serve(int port) throws Exception {
    try (LibraryServer server = LibraryServer.start(port)) {
      System.out.println("Library server listening on 127.0.0.1:" + server.port() + " (Ctrl+C to stop)");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }));
      server.awaitTermination();
    }
  }

  private static void demo() throws Exception {
    try (LibraryServer server = LibraryServer.start(0)) {
      ManagedChannel channel = Grpc.newChannelBuilderForAddress(
          "127.0.0.1", server.port(), InsecureChannelCredentials.create()).build();
      try {
        walkthrough(LibraryServiceGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS));
      } finally {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
      }
    }
  }

  static void walkthrough(LibraryServiceBlockingStub library) throws Exception {
    step("Create an author and a publisher");
    Author author = library.createAuthor(CreateAuthorRequest.newBuilder()
        .setAuthor(Author.newBuilder().setName("Ursula K. Le Guin")
            .setBornOn(com.google.type.Date.newBuilder().setYear(1929).setMonth(10).setDay(21)))
        .build()).getAuthor();
    print(author);
    Publisher publisher = library.createPublisher(CreatePublisherRequest.newBuilder()
        .setPublisher(Publisher.newBuilder().setName("Ace Books").setFounded(1952)
            .setAddress(Address.newBuilder().setStreet("1745 Broadway").setCity("New York").setCountry("US")))
        .build()).getPublisher();
    print(publisher);

    step("Create a book (copies_sold above 2^53, an exact decimal price)");
    Book created = library.createBook(CreateBookRequest.newBuilder().setBook(Book.newBuilder()
        .setTitle("The Left Hand of Darkness")
        .setGenre(Genre.GENRE_FICTION)
        .setPrice("12.50")
        .setCopiesSold(9_007_199_254_740_993L)
        .setPublishedOn(com.google.type.Date.newBuilder().setYear(1969).setMonth(3).setDay(1))
        .setAuthorId(author.getId())
        .setPublisherId(publisher.getId())
        .addSubjects("anthropology").addSubjects("gender"))
        .build()).getBook();
    print(created);

    step("Get it back");
    print(library.getBook(GetBookRequest.newBuilder().setId(created.getId()).build()).getBook());

    step("List books two at a time");
    for (String title : new String[] {"A Wizard of Earthsea", "The Dispossessed", "The Lathe of Heaven"}) {
      library.createBook(CreateBookRequest.newBuilder().setBook(Book.newBuilder()
          .setTitle(title).setAuthorId(author.getId()).setGenre(Genre.GENRE_FICTION)).build());
    }
    String token = "";
    int page = 1;
    do {
      ListBooksResponse response = library.listBooks(
          ListBooksRequest.newBuilder().setPageSize(2).setPageToken(token).build());
      System.out.println("page " + page++ + ":");
      response.getBooksList().forEach(book -> System.out.println("  " + book.getId() + "  " + book.getTitle()));
      token = response.getNextPageToken();
    } while (!token.isEmpty());

    step("Update the price and title only (update_mask: price, title)");
    print(library.updateBook(UpdateBookRequest.newBuilder()
        .setBook(Book.newBuilder().setId(created.getId()).setPrice("14.00").setTitle("The Left Hand of Darkness (50th)"))
        .setUpdateMask(FieldMask.newBuilder().addPaths("price").addPaths("title"))
        .build()).getBook());

    step("Delete it");
    library.deleteBook(DeleteBookRequest.newBuilder().setId(created.getId()).build());
    System.out.println("deleted book " + created.getId());

    step("Errors a client sees");
    expectError(() -> library.getBook(GetBookRequest.newBuilder().setId(created.getId()).build()));
    expectError(() -> library.updateBook(UpdateBookRequest.newBuilder()
        .setBook(Book.newBuilder().setId(created.getId() + 1).setTitle("x"))
        .setUpdateMask(FieldMask.newBuilder().addPaths("titel")).build()));
    expectError(() -> library.createBook(CreateBookRequest.newBuilder()
        .setBook(Book.newBuilder().setTitle("No such author").setAuthorId(404)).build()));
    System.out.println("\nWalkthrough complete.");
  }

  private static void expectError(Runnable call) {
    try {
      call.run();
    } catch (StatusRuntimeException e) {
      System.out.println(e.getStatus().getCode() + ": " + e.getStatus().getDescription());
      return;
    }
    throw new AssertionError("the call should have failed");
  }

  private static void step(String title) {
    System.out.println("\n== " + title);
  }

  private static void print(MessageOrBuilder message) throws Exception {
    System.out.println(JSON.print(message));
  }
}
