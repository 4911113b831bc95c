package io.jpaproto.web;

import io.grpc.Context;
import io.grpc.Deadline;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.jpaproto.web.test.Book;
import io.jpaproto.web.test.CreateBookRequest;
import io.jpaproto.web.test.DeleteBookRequest;
import io.jpaproto.web.test.DeleteBookResponse;
import io.jpaproto.web.test.GetBookRequest;
import io.jpaproto.web.test.GetShelfRequest;
import io.jpaproto.web.test.GetShelfResponse;
import io.jpaproto.web.test.ListBooksRequest;
import io.jpaproto.web.test.ListBooksResponse;
import io.jpaproto.web.test.LoginRequest;
import io.jpaproto.web.test.LoginResponse;
import io.jpaproto.web.test.Shelf;
import io.jpaproto.web.test.ShelfServiceGrpc;
import io.jpaproto.web.test.UpdateBookRequest;
import io.jpaproto.web.test.WhereRequest;
import io.jpaproto.web.test.WhereResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** A hand-written service over an in-memory shelf; it blocks a little in each call, as a JPA transaction would. */
final class TestShelfService extends ShelfServiceGrpc.ShelfServiceImplBase {
  final Map<Long, Book> books = new ConcurrentSkipListMap<>();
  private final AtomicLong ids = new AtomicLong();

  TestShelfService() {
    add(Book.newBuilder().setShelf("fiction").setTitle("The Dispossessed").setCopiesSold(9007199254740993L)
        .setIsbn("9780061054884").addTags("utopia").build());
    add(Book.newBuilder().setShelf("poetry").setTitle("Ariel").addTags("poems").build());
  }

  private Book add(Book book) {
    Book stored = book.toBuilder().setId(ids.incrementAndGet()).build();
    books.put(stored.getId(), stored);
    return stored;
  }

  private static void pretendToBlock() {
    try {
      Thread.sleep(2); // would stall a whole event loop, were it one
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void getBook(GetBookRequest request, StreamObserver<Book> responses) {
    pretendToBlock();
    Book book = books.get(request.getId());
    if (book == null || !book.getShelf().equals(request.getShelf())) {
      responses.onError(Status.NOT_FOUND.withDescription("no book " + request.getId() + " on shelf "
          + request.getShelf()).asRuntimeException());
      return;
    }
    responses.onNext(book);
    responses.onCompleted();
  }

  @Override
  public void listBooks(ListBooksRequest request, StreamObserver<ListBooksResponse> responses) {
    ListBooksResponse.Builder page = ListBooksResponse.newBuilder().setReceived(request);
    matching(request).forEach(page::addBooks);
    responses.onNext(page.build());
    responses.onCompleted();
  }

  private List<Book> matching(ListBooksRequest request) {
    return books.values().stream()
        .filter(book -> !request.getFilter().hasShelf() || book.getShelf().equals(request.getFilter().getShelf()))
        .filter(book -> !request.getFilter().hasTitle() || book.getTitle().equals(request.getFilter().getTitle()))
        .toList();
  }

  @Override
  public void streamBooks(ListBooksRequest request, StreamObserver<Book> responses) {
    matching(request).forEach(responses::onNext);
    responses.onCompleted();
  }

  @Override
  public void createBook(CreateBookRequest request, StreamObserver<Book> responses) {
    pretendToBlock();
    if (request.getBook().getTitle().isEmpty()) {
      responses.onError(Status.INVALID_ARGUMENT.withDescription("book.title is required").asRuntimeException());
      return;
    }
    responses.onNext(add(request.getBook().toBuilder().setShelf(request.getShelf()).build()));
    responses.onCompleted();
  }

  @Override
  public void updateBook(UpdateBookRequest request, StreamObserver<Book> responses) {
    Book stored = books.get(request.getBook().getId());
    if (stored == null) {
      responses.onError(Status.NOT_FOUND.withDescription("no book " + request.getBook().getId()).asRuntimeException());
      return;
    }
    Book.Builder changed = stored.toBuilder();
    for (String path : request.getUpdateMask().getPathsList()) {
      switch (path) {
        case "title" -> changed.setTitle(request.getBook().getTitle());
        case "tags" -> changed.clearTags().addAllTags(request.getBook().getTagsList());
        case "copies_sold" -> changed.setCopiesSold(request.getBook().getCopiesSold());
        default -> {
          responses.onError(Status.INVALID_ARGUMENT.withDescription("update_mask: no field " + path)
              .asRuntimeException());
          return;
        }
      }
    }
    books.put(stored.getId(), changed.build());
    responses.onNext(changed.build());
    responses.onCompleted();
  }

  @Override
  public void deleteBook(DeleteBookRequest request, StreamObserver<DeleteBookResponse> responses) {
    if (books.remove(request.getId()) == null) {
      responses.onError(Status.NOT_FOUND.withDescription("no book " + request.getId()).asRuntimeException());
      return;
    }
    responses.onNext(DeleteBookResponse.getDefaultInstance());
    responses.onCompleted();
  }

  @Override
  public void login(LoginRequest request, StreamObserver<LoginResponse> responses) {
    responses.onNext(LoginResponse.newBuilder().setGreeting("hello " + request.getUser())
        .setSessionToken("s3ss10n").build());
    responses.onCompleted();
  }

  @Override
  public void getShelf(GetShelfRequest request, StreamObserver<GetShelfResponse> responses) {
    String name = request.getName().substring("shelves/".length());
    int count = (int) books.values().stream().filter(book -> book.getShelf().equals(name)).count();
    responses.onNext(GetShelfResponse.newBuilder().setUnused("x")
        .setShelf(Shelf.newBuilder().setName(request.getName()).setBooks(count)).build());
    responses.onCompleted();
  }

  /** How many {@code where} calls saw their context cancelled while they waited. */
  final AtomicLong cancelledWhileWaiting = new AtomicLong();

  @Override
  public void where(WhereRequest request, StreamObserver<WhereResponse> responses) {
    Context context = Context.current();
    Deadline deadline = context.getDeadline();
    WhereResponse response = WhereResponse.newBuilder().setThread(Thread.currentThread().getName())
        .setEventLoop(io.vertx.core.Context.isOnEventLoopThread())
        .setDeadlineMillis(deadline == null ? -1 : deadline.timeRemaining(TimeUnit.MILLISECONDS)).build();
    if (request.getWaitMillis() > 0) {
      CountDownLatch cancelled = new CountDownLatch(1);
      context.addListener(ignored -> cancelled.countDown(), Runnable::run);
      try {
        if (cancelled.await(request.getWaitMillis(), TimeUnit.MILLISECONDS)) {
          cancelledWhileWaiting.incrementAndGet();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    responses.onNext(response);
    responses.onCompleted();
  }
}
