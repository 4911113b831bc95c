package io.jpaproto.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.reflection.v1.ServerReflectionGrpc;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.reflection.v1.ServerReflectionResponse;
import io.grpc.reflection.v1.ServiceResponse;
import io.grpc.stub.StreamObserver;
import io.jpaproto.web.test.BadRuleServiceGrpc;
import io.jpaproto.web.test.Book;
import io.jpaproto.web.test.ClashServiceGrpc;
import io.jpaproto.web.test.Genre;
import io.jpaproto.web.test.GetBookRequest;
import io.jpaproto.web.test.ListBooksRequest;
import io.jpaproto.web.test.ListBooksResponse;
import io.jpaproto.web.test.ShelfServiceGrpc;
import io.jpaproto.web.test.WhereRequest;
import io.jpaproto.web.test.WhereResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One server, the three protocols against it, over real loopback connections. */
class WebServerTest {
  private static final String SHELF = "/webtest.v1.ShelfService/";
  private static final Logger CALLS = Logger.getLogger("webtest.calls");
  private static final List<String> LOGGED = Collections.synchronizedList(new ArrayList<>());
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  @TempDir
  static Path site;
  static TestShelfService shelf;
  static WebServer server;
  static ManagedChannel channel;

  @BeforeAll
  static void start() throws IOException {
    Files.writeString(site.resolve("index.html"), "<h1>the page</h1>");
    Files.writeString(site.getParent().resolve("outside.txt"), "not served");
    CALLS.setUseParentHandlers(false);
    CALLS.addHandler(new Handler() {
      @Override
      public void publish(LogRecord record) {
        LOGGED.add(record.getMessage());
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    });
    shelf = new TestShelfService();
    server = WebServer.builder().port(0).service(shelf).staticFiles(site)
        .cors(Cors.allowOrigins("http://app.test"))
        .logCalls(CallLog.standard().withLogger(CALLS))
        .start();
    channel = Grpc.newChannelBuilder(server.target(), InsecureChannelCredentials.create()).build();
  }

  @AfterAll
  static void stop() throws InterruptedException {
    channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    server.close();
  }

  private static ShelfServiceGrpc.ShelfServiceBlockingStub grpc() {
    return ShelfServiceGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS);
  }

  // ---- gRPC over HTTP/2

  @Test
  void grpcCallsAnswerOverHttp2() {
    Book book = grpc().getBook(GetBookRequest.newBuilder().setShelf("fiction").setId(1).build());
    assertEquals("The Dispossessed", book.getTitle());
    List<String> streamed = new ArrayList<>();
    grpc().streamBooks(ListBooksRequest.getDefaultInstance()).forEachRemaining(b -> streamed.add(b.getTitle()));
    assertTrue(streamed.contains("The Dispossessed") && streamed.contains("Ariel"), streamed.toString());
    StatusRuntimeException error = assertThrows(StatusRuntimeException.class,
        () -> grpc().getBook(GetBookRequest.newBuilder().setShelf("fiction").setId(404).build()));
    assertEquals(Status.Code.NOT_FOUND, error.getStatus().getCode());
    assertEquals("no book 404 on shelf fiction", error.getStatus().getDescription());
  }

  @Test
  void serviceCodeNeverRunsOnAnEventLoop() throws Exception {
    WhereResponse grpc = grpc().where(WhereRequest.getDefaultInstance());
    assertFalse(grpc.getEventLoop(), grpc.getThread());
    assertTrue(grpc.getThread().startsWith("jpaproto-web-"), grpc.getThread());

    WhereResponse web = WhereResponse.parseFrom(grpcWeb("Where", WhereRequest.getDefaultInstance(), false).message);
    assertFalse(web.getEventLoop(), web.getThread());
    assertTrue(web.getThread().startsWith("jpaproto-web-"), web.getThread());

    HttpResponse<String> json = http("POST", SHELF + "Where", "{}");
    assertEquals(200, json.statusCode(), json.body());
    WhereResponse fromJson = parse(json.body(), WhereResponse.newBuilder());
    assertFalse(fromJson.getEventLoop(), fromJson.getThread());
    assertTrue(fromJson.getThread().startsWith("jpaproto-web-"), fromJson.getThread());
  }

  @Test
  void slowCallsDoNotHoldUpEachOther() throws Exception {
    // 40 calls of 2 ms each at once; on one event loop they would queue behind each other, on the pool they overlap.
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      calls.add(HTTP.sendAsync(request("GET", "/v1/shelves/fiction/books/1", null).build(),
          HttpResponse.BodyHandlers.ofString()));
    }
    for (CompletableFuture<HttpResponse<String>> call : calls) {
      assertEquals(200, call.get(30, TimeUnit.SECONDS).statusCode());
    }
  }

  @Test
  void reflectionListsTheServices() throws Exception {
    CompletableFuture<List<String>> names = new CompletableFuture<>();
    StreamObserver<ServerReflectionRequest> requests = ServerReflectionGrpc.newStub(channel).serverReflectionInfo(
        new StreamObserver<>() {
          @Override
          public void onNext(ServerReflectionResponse response) {
            names.complete(response.getListServicesResponse().getServiceList().stream()
                .map(ServiceResponse::getName).toList());
          }

          @Override
          public void onError(Throwable t) {
            names.completeExceptionally(t);
          }

          @Override
          public void onCompleted() {
          }
        });
    requests.onNext(ServerReflectionRequest.newBuilder().setListServices("").build());
    List<String> services = names.get(30, TimeUnit.SECONDS);
    requests.onCompleted();
    assertTrue(services.containsAll(List.of("webtest.v1.ShelfService", "grpc.reflection.v1.ServerReflection")),
        services.toString());
  }

  // ---- gRPC-Web

  private record WebReply(int httpStatus, String contentType, byte[] message, String trailers) {
  }

  private static WebReply grpcWeb(String method, Message request, boolean text) throws Exception {
    return grpcWeb(method, request, text, null);
  }

  private static WebReply grpcWeb(String method, Message request, boolean text, String origin) throws Exception {
    byte[] payload = request.toByteArray();
    ByteBuffer frame = ByteBuffer.allocate(5 + payload.length).put((byte) 0).putInt(payload.length).put(payload);
    byte[] body = text ? Base64.getEncoder().encode(frame.array()) : frame.array();
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.url() + SHELF + method))
        .header("content-type", text ? "application/grpc-web-text" : "application/grpc-web+proto")
        .header("x-grpc-web", "1")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (origin != null) {
      builder.header("origin", origin);
    }
    HttpResponse<byte[]> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    byte[] bytes = text ? Base64.getDecoder().decode(new String(response.body(), StandardCharsets.US_ASCII)
        .replace("=", "")) : response.body();
    ByteArrayOutputStream message = new ByteArrayOutputStream();
    StringBuilder trailers = new StringBuilder();
    response.headers().firstValue("grpc-status").ifPresent(s -> trailers.append("grpc-status:").append(s)
        .append("\r\n"));
    response.headers().firstValue("grpc-message").ifPresent(s -> trailers.append("grpc-message:").append(s)
        .append("\r\n"));
    ByteBuffer in = ByteBuffer.wrap(bytes);
    while (in.remaining() >= 5) {
      byte flags = in.get();
      byte[] data = new byte[in.getInt()];
      in.get(data);
      if ((flags & 0x80) != 0) {
        trailers.append(new String(data, StandardCharsets.US_ASCII));
      } else {
        message.writeBytes(data);
      }
    }
    return new WebReply(response.statusCode(), response.headers().firstValue("content-type").orElse(""),
        message.toByteArray(), trailers.toString().toLowerCase(java.util.Locale.ROOT));
  }

  @Test
  void grpcWebBinaryAndTextCallsAnswer() throws Exception {
    GetBookRequest request = GetBookRequest.newBuilder().setShelf("fiction").setId(1).build();
    for (boolean text : new boolean[] {false, true}) {
      WebReply reply = grpcWeb("GetBook", request, text);
      assertEquals(200, reply.httpStatus());
      assertTrue(reply.contentType().startsWith(text ? "application/grpc-web-text" : "application/grpc-web"),
          reply.contentType());
      assertEquals("The Dispossessed", Book.parseFrom(reply.message()).getTitle());
      assertTrue(reply.trailers().contains("grpc-status:0"), reply.trailers());
    }
    WebReply missing = grpcWeb("GetBook", GetBookRequest.newBuilder().setShelf("x").setId(404).build(), false);
    assertTrue(missing.trailers().contains("grpc-status:5"), missing.trailers());
    assertTrue(missing.trailers().contains("grpc-message:no%20book%20404%20on%20shelf%20x"), missing.trailers());
  }

  // ---- HTTP/JSON

  private static HttpRequest.Builder request(String method, String path, String body) {
    return HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
  }

  private static HttpResponse<String> http(String method, String path, String body) throws Exception {
    return HTTP.send(request(method, path, body).build(), HttpResponse.BodyHandlers.ofString());
  }

  @SuppressWarnings("unchecked")
  private static <M extends Message> M parse(String json, Message.Builder builder)
      throws InvalidProtocolBufferException {
    JsonFormat.parser().merge(json, builder);
    return (M) builder.build();
  }

  @Test
  void getOneWithPathVariablesAnswersProtobufJson() throws Exception {
    HttpResponse<String> response = http("GET", "/v1/shelves/fiction/books/1", null);
    assertEquals(200, response.statusCode(), response.body());
    assertEquals("application/json", response.headers().firstValue("content-type").orElseThrow());
    // JSON names (lowerCamelCase, json_name), int64 as a string that keeps 2^53 + 1 exact
    assertTrue(response.body().contains("\"copiesSold\":\"9007199254740993\""), response.body());
    assertTrue(response.body().contains("\"isbnCode\":\"9780061054884\""), response.body());
    assertEquals(shelf.books.get(1L), parse(response.body(), Book.newBuilder()));
  }

  @Test
  void queryParametersSetNestedRepeatedAndEnumFieldsByProtoOrJsonName() throws Exception {
    HttpResponse<String> response = http("GET",
        "/v1/books?filter.title=Ariel&tags=a&tags=b%20c&pageSize=2&filter.genre=GENRE_POETRY&page_token=t%2B1", null);
    assertEquals(200, response.statusCode(), response.body());
    ListBooksResponse page = parse(response.body(), ListBooksResponse.newBuilder());
    assertEquals(ListBooksRequest.newBuilder().setPageSize(2).setPageToken("t+1").addTags("a").addTags("b c")
        .setFilter(io.jpaproto.web.test.BookFilter.newBuilder().setTitle("Ariel").setGenre(Genre.GENRE_POETRY))
        .build(), page.getReceived());
    assertEquals(List.of("Ariel"), page.getBooksList().stream().map(Book::getTitle).toList());

    HttpResponse<String> byShelf = http("GET", "/v1/shelves/poetry/books", null); // an additional binding
    ListBooksResponse poetry = parse(byShelf.body(), ListBooksResponse.newBuilder());
    assertEquals("poetry", poetry.getReceived().getFilter().getShelf());
    assertTrue(poetry.getBooksList().stream().allMatch(b -> b.getShelf().equals("poetry")), byShelf.body());
  }

  @Test
  void postPatchWithMaskAndDelete() throws Exception {
    HttpResponse<String> created = http("POST", "/v1/shelves/fiction/books",
        "{\"title\":\"Dune\",\"copiesSold\":\"12\",\"isbnCode\":\"9780441013593\",\"tags\":[\"desert\"]}");
    assertEquals(200, created.statusCode(), created.body());
    Book dune = parse(created.body(), Book.newBuilder());
    assertEquals("fiction", dune.getShelf(), "the path variable goes into the request beside the body");
    assertEquals(12, dune.getCopiesSold());

    HttpResponse<String> patched = http("PATCH", "/v1/books/" + dune.getId() + "?update_mask=title,copiesSold",
        "{\"title\":\"Dune Messiah\",\"copies_sold\":\"13\",\"tags\":[\"not in the mask\"]}");
    assertEquals(200, patched.statusCode(), patched.body());
    Book messiah = parse(patched.body(), Book.newBuilder());
    assertEquals("Dune Messiah", messiah.getTitle());
    assertEquals(13, messiah.getCopiesSold());
    assertEquals(List.of("desert"), messiah.getTagsList(), "fields outside the mask keep their values");

    HttpResponse<String> deleted = http("DELETE", "/v1/books/" + dune.getId(), null);
    assertEquals(200, deleted.statusCode(), deleted.body());
    assertEquals("{}", deleted.body());
    HttpResponse<String> again = http("DELETE", "/v1/books/" + dune.getId(), null);
    assertEquals(404, again.statusCode());
    assertEquals("{\"code\":5,\"message\":\"no book " + dune.getId() + "\"}", again.body());
  }

  @Test
  void customVerbsBodyStarResponseBodyAndStreams() throws Exception {
    HttpResponse<String> login = http("POST", "/v1/sessions:login", "{\"user\":\"ann\",\"password\":\"x\"}");
    assertEquals(200, login.statusCode(), login.body());
    assertTrue(login.body().contains("\"greeting\":\"hello ann\""), login.body());

    HttpResponse<String> shelfOnly = http("GET", "/v1/shelves/poetry", null);
    assertEquals(200, shelfOnly.statusCode(), shelfOnly.body());
    assertTrue(shelfOnly.body().startsWith("{\"name\":\"shelves/poetry\""), shelfOnly.body());
    assertFalse(shelfOnly.body().contains("unused"), "response_body: only the shelf: " + shelfOnly.body());

    HttpResponse<String> stream = http("GET", "/v1/books:stream?filter.shelf=poetry", null);
    assertEquals(200, stream.statusCode(), stream.body());
    assertTrue(stream.body().startsWith("[{") && stream.body().contains("\"title\":\"Ariel\""), stream.body());

    HttpResponse<String> noRule = http("POST", SHELF + "GetBook", "{\"shelf\":\"fiction\",\"id\":\"1\"}");
    assertEquals(200, noRule.statusCode(), noRule.body());
    assertTrue(noRule.body().contains("\"title\":\"The Dispossessed\""), noRule.body());
  }

  @Test
  void errorsAreJsonStatusesWithTheHttpStatusOfTheirCode() throws Exception {
    HttpResponse<String> notFound = http("GET", "/v1/shelves/poetry/books/404", null);
    assertEquals(404, notFound.statusCode());
    assertEquals("application/json", notFound.headers().firstValue("content-type").orElseThrow());
    assertEquals("{\"code\":5,\"message\":\"no book 404 on shelf poetry\"}", notFound.body());

    HttpResponse<String> badId = http("GET", "/v1/shelves/poetry/books/abc", null);
    assertEquals(400, badId.statusCode());
    assertTrue(badId.body().startsWith("{\"code\":3,\"message\":\"invalid request for webtest.v1.ShelfService/GetBook:"),
        badId.body());

    HttpResponse<String> unknownParameter = http("GET", "/v1/books?titel=x", null);
    assertEquals(400, unknownParameter.statusCode());
    assertTrue(unknownParameter.body().contains("the query parameter titel names no field of webtest.v1.ListBooksRequest"),
        unknownParameter.body());

    HttpResponse<String> badBody = http("POST", "/v1/shelves/fiction/books", "{\"title\":");
    assertEquals(400, badBody.statusCode(), badBody.body());

    HttpResponse<String> refused = http("POST", "/v1/shelves/fiction/books", "{}");
    assertEquals(400, refused.statusCode());
    assertEquals("{\"code\":3,\"message\":\"book.title is required\"}", refused.body());

    HttpResponse<String> noRoute = http("GET", "/v1/nothing/here", null);
    assertEquals(404, noRoute.statusCode());
    assertEquals("{\"code\":5,\"message\":\"no HTTP route for GET /v1/nothing/here\"}", noRoute.body());

    HttpResponse<String> wrongMethod = http("PUT", "/v1/books/1", "{}");
    assertEquals(405, wrongMethod.statusCode());
    assertEquals("{\"code\":12,\"message\":\"PUT is not served on /v1/books/1\"}", wrongMethod.body());
  }

  @Test
  void httpJsonCallsGetTheDeadlineOfTheirGrpcTimeoutHeader() throws Exception {
    HttpResponse<String> none = http("POST", SHELF + "Where", "{}");
    assertEquals(200, none.statusCode(), none.body());
    WhereResponse withoutDeadline = parse(none.body(), WhereResponse.newBuilder());
    assertEquals(-1, withoutDeadline.getDeadlineMillis());

    HttpResponse<String> seen = HTTP.send(request("POST", SHELF + "Where", "{}").header("grpc-timeout", "20S").build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, seen.statusCode(), seen.body());
    WhereResponse withDeadline = parse(seen.body(), WhereResponse.newBuilder());
    long left = withDeadline.getDeadlineMillis();
    assertTrue(left > 10_000 && left <= 20_000, "the service saw " + left + " ms left");
  }

  @Test
  void anHttpJsonCallPastItsDeadlineAnswers504AndCancelsTheService() throws Exception {
    long cancelledBefore = shelf.cancelledWhileWaiting.get();
    long start = System.nanoTime();
    HttpResponse<String> late = HTTP.send(request("POST", SHELF + "Where", "{\"waitMillis\": 25000}")
        .header("grpc-timeout", "300m").build(), HttpResponse.BodyHandlers.ofString());
    long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertEquals(504, late.statusCode(), late.body());
    assertEquals("{\"code\":4,\"message\":\"webtest.v1.ShelfService/Where did not answer within its grpc-timeout of"
        + " 300m\"}", late.body());
    assertTrue(tookMillis >= 300 && tookMillis < 15_000, "answered after " + tookMillis + " ms");
    // The service's context was cancelled, so it stopped waiting long before its 25 s.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (shelf.cancelledWhileWaiting.get() == cancelledBefore && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(cancelledBefore + 1, shelf.cancelledWhileWaiting.get());

    // A call that answers within its deadline answers as usual.
    HttpResponse<String> inTime = HTTP.send(request("POST", SHELF + "Where", "{\"waitMillis\": 50}")
        .header("grpc-timeout", "20S").build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, inTime.statusCode(), inTime.body());
  }

  @Test
  void aMalformedGrpcTimeoutHeaderIsRefusedNamingTheFormat() throws Exception {
    for (String bad : List.of("abc", "5", "S", "123456789S", "5s", "-5S", "1.5S")) {
      HttpResponse<String> refused = HTTP.send(request("GET", "/v1/shelves/fiction/books/1", null)
          .header("grpc-timeout", bad).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(400, refused.statusCode(), bad);
      assertTrue(refused.body().contains("the grpc-timeout header \\\"" + bad + "\\\" is not a gRPC timeout: 1 to 8"
          + " digits and a unit, H, M, S, m, u or n"), refused.body());
    }
    HttpResponse<String> longest = HTTP.send(request("GET", "/v1/shelves/fiction/books/1", null)
        .header("grpc-timeout", "99999999H").build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, longest.statusCode(), longest.body());
  }

  @Test
  void grpcCallsGetTheClientsDeadline() {
    assertEquals(-1, ShelfServiceGrpc.newBlockingStub(channel).where(WhereRequest.getDefaultInstance())
        .getDeadlineMillis());
    long left = grpc().where(WhereRequest.getDefaultInstance()).getDeadlineMillis();
    assertTrue(left > 10_000 && left <= 30_000, "the service saw " + left + " ms left");
  }

  // ---- CORS, static files, logging, refusals

  @Test
  void corsAnswersPreflightsOfAllowedOriginsOnly() throws Exception {
    HttpResponse<String> preflight = HTTP.send(request("OPTIONS", SHELF + "GetBook", null)
        .header("origin", "http://app.test").header("access-control-request-method", "POST")
        .header("access-control-request-headers", "content-type,x-grpc-web,x-user-agent").build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(204, preflight.statusCode());
    assertEquals("http://app.test", preflight.headers().firstValue("access-control-allow-origin").orElseThrow());
    assertTrue(preflight.headers().firstValue("access-control-allow-headers").orElseThrow().contains("x-grpc-web"));

    HttpResponse<String> foreign = HTTP.send(request("OPTIONS", SHELF + "GetBook", null)
        .header("origin", "http://evil.test").header("access-control-request-method", "POST").build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(403, foreign.statusCode());
    assertTrue(foreign.headers().firstValue("access-control-allow-origin").isEmpty());

    HttpResponse<String> actual = HTTP.send(request("GET", "/v1/shelves/fiction/books/1", null)
        .header("origin", "http://app.test").build(), HttpResponse.BodyHandlers.ofString());
    assertEquals("http://app.test", actual.headers().firstValue("access-control-allow-origin").orElseThrow());
    assertTrue(actual.headers().firstValue("access-control-expose-headers").orElseThrow().contains("grpc-status"));
  }

  @Test
  void staticFilesComeFromTheirDirectoryOnly() throws Exception {
    HttpResponse<String> page = http("GET", "/", null);
    assertEquals(200, page.statusCode());
    assertEquals("<h1>the page</h1>", page.body());
    assertTrue(page.headers().firstValue("content-type").orElseThrow().startsWith("text/html"));
    assertEquals(404, http("GET", "/%2e%2e/outside.txt", null).statusCode());
    assertEquals(404, http("GET", "/missing.js", null).statusCode());
  }

  @Test
  void callLogShowsMessagesAsJsonWithoutSecrets() throws Exception {
    LOGGED.clear();
    HttpResponse<String> login = http("POST", "/v1/sessions:login", "{\"user\":\"bob\",\"password\":\"hunter2\","
        + "\"apiKey\":\"k-123\",\"note\":\"n-456\",\"pageToken\":\"p-1\",\"favourite\":{\"title\":\"Ariel\"}}");
    assertEquals(200, login.statusCode(), login.body());
    assertTrue(login.body().contains("s3ss10n"), "the client gets the token: " + login.body());
    String log = waitForLog("webtest.v1.ShelfService/Login (HTTP/JSON) OK");
    assertTrue(log.contains("webtest.v1.ShelfService/Login (HTTP/JSON) request {\"user\":\"bob\","
        + "\"password\":\"[REDACTED]\",\"apiKey\":\"[REDACTED]\",\"note\":\"[REDACTED]\","
        + "\"favourite\":{\"title\":\"Ariel\"},\"pageToken\":\"p-1\"}"), log);
    assertTrue(log.contains("webtest.v1.ShelfService/Login (HTTP/JSON) response {\"greeting\":\"hello bob\","
        + "\"sessionToken\":\"[REDACTED]\"}"), log);
    for (String secret : List.of("hunter2", "k-123", "n-456", "s3ss10n")) {
      assertFalse(log.contains(secret), secret + " was logged: " + log);
    }
  }

  @Test
  void callLogSaysHowEachCallCameIn() throws Exception {
    LOGGED.clear();
    grpc().getBook(GetBookRequest.newBuilder().setShelf("fiction").setId(1).build());
    grpcWeb("GetBook", GetBookRequest.newBuilder().setShelf("fiction").setId(1).build(), false);
    grpcWeb("GetBook", GetBookRequest.newBuilder().setShelf("fiction").setId(1).build(), true);
    http("GET", "/v1/shelves/fiction/books/404", null);
    assertTrue(waitForLog("webtest.v1.ShelfService/GetBook (gRPC) request {\"shelf\":\"fiction\",\"id\":\"1\"}")
        .contains("webtest.v1.ShelfService/GetBook (gRPC) OK in "));
    String log = waitForLog("webtest.v1.ShelfService/GetBook (HTTP/JSON) NOT_FOUND: no book 404 on shelf fiction in ");
    assertTrue(log.contains("webtest.v1.ShelfService/GetBook (gRPC-Web) response {\"id\":\"1\""), log);
    assertTrue(log.contains("webtest.v1.ShelfService/GetBook (gRPC-Web text) OK in "), log);
  }

  private static String waitForLog(String line) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      String log;
      synchronized (LOGGED) {
        log = LOGGED.stream().collect(Collectors.joining("\n"));
      }
      if (log.contains(line)) {
        return log;
      }
      Thread.sleep(50);
    }
    synchronized (LOGGED) {
      return "no '" + line + "' in: " + String.join("\n", LOGGED);
    }
  }

  @Test
  void aServiceAddedTwiceIsRefusedAtStart() {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> WebServer.builder().port(0)
        .service(new TestShelfService()).service(new TestShelfService()).start());
    assertEquals("the service webtest.v1.ShelfService is added twice; add each service once", refused.getMessage());
  }

  @Test
  void twoMethodsOnOneRouteAreRefusedAtStart() {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> WebServer.builder().port(0)
        .service(new TestShelfService()).service(new ClashServiceGrpc.ClashServiceImplBase() { }).start());
    assertEquals("google.api.http: GET /v1/shelves/{shelf}/books/{id} is the route of both "
        + "webtest.v1.ShelfService.GetBook and webtest.v1.ClashService.Get; give one of them another path",
        refused.getMessage());
  }

  @Test
  void aRuleNamingAMissingFieldIsRefusedAtStart() {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> WebServer.builder().port(0)
        .service(new BadRuleServiceGrpc.BadRuleServiceImplBase() { }).start());
    assertEquals("webtest.v1.BadRuleService.GetBook: google.api.http GET /v1/bad/{book_id}: "
        + "webtest.v1.GetBookRequest has no field book_id", refused.getMessage());
  }
}
