package io.jpaproto.examples.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.util.JsonFormat;
import io.jpaproto.examples.library.api.Book;
import io.jpaproto.examples.library.api.CreateBookResponse;
import io.jpaproto.examples.library.api.ListAuthorsResponse;
import io.jpaproto.examples.library.api.UpdateBookResponse;
import io.jpaproto.examples.library.server.Database;
import io.jpaproto.examples.library.server.SeedData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example's HTTP/JSON routes, on the port that also answers gRPC: the hand-written rules of library_service.proto
 * and the ones jpaproto generated on author_service.proto, over the real services, Hibernate and H2.
 */
class HttpJsonTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private static LibraryServer server;

  @BeforeAll
  static void start() {
    Database database = Database.inMemory("http-json-test-" + UUID.randomUUID());
    SeedData.insert(database);
    server = LibraryServer.start(LibraryServer.LOOPBACK, 0, database);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> http(String method, String path, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(60))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void getOneKeepsInt64ValuesExact() throws Exception {
    HttpResponse<String> response = http("GET", "/v1/books/2", null);
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("\"copiesSold\":\"" + SeedData.ABOVE_2_POW_53 + "\""), response.body());
  }

  @Test
  void aFilteredPageOfTheGeneratedAuthorService() throws Exception {
    HttpResponse<String> response = http("GET",
        "/v1/authors?filter.name=Octavia%20E.%20Butler&page_size=1&order_by=name", null);
    assertEquals(200, response.statusCode(), response.body());
    ListAuthorsResponse.Builder page = ListAuthorsResponse.newBuilder();
    JsonFormat.parser().merge(response.body(), page);
    assertEquals(1, page.getAuthorsCount(), response.body());
    assertEquals("Octavia E. Butler", page.getAuthors(0).getName());
  }

  @Test
  void createPatchWithAMaskDeleteAndTheErrorsAfter() throws Exception {
    HttpResponse<String> created = http("POST", "/v1/books",
        "{\"title\":\"Parable of the Sower\",\"authorId\":\"2\",\"price\":\"10.00\"}");
    assertEquals(200, created.statusCode(), created.body());
    CreateBookResponse.Builder stored = CreateBookResponse.newBuilder();
    JsonFormat.parser().merge(created.body(), stored);
    long id = stored.getBook().getId();

    HttpResponse<String> patched = http("PATCH", "/v1/books/" + id + "?update_mask=title",
        "{\"title\":\"Parable of the Sower (1993)\",\"price\":\"0.01\"}");
    assertEquals(200, patched.statusCode(), patched.body());
    UpdateBookResponse.Builder updated = UpdateBookResponse.newBuilder();
    JsonFormat.parser().merge(patched.body(), updated);
    Book book = updated.getBook();
    assertEquals("Parable of the Sower (1993)", book.getTitle());
    assertEquals("10.00", book.getPrice(), "price is not in the mask");

    assertEquals(200, http("DELETE", "/v1/books/" + id, null).statusCode());
    HttpResponse<String> gone = http("GET", "/v1/books/" + id, null);
    assertEquals(404, gone.statusCode());
    assertEquals("{\"code\":5,\"message\":\"book " + id + " does not exist\"}", gone.body());

    HttpResponse<String> badMask = http("PATCH", "/v1/books/1?update_mask=titel", "{\"title\":\"x\"}");
    assertEquals(400, badMask.statusCode());
    assertTrue(badMask.body().startsWith("{\"code\":3,\"message\":\"update mask path \\\"titel\\\" names no field"),
        badMask.body());
  }
}
