package io.jpaproto.examples.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.google.protobuf.util.JsonFormat;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import com.google.rpc.ErrorDetailsProto;
import io.jpaproto.examples.library.server.Database;
import io.jpaproto.examples.library.server.SeedData;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The Java half of the cross-language check of the buf.validate rules: every case of validation-cases.json (shared
 * with node-client/validation.test.mjs, which checks the same messages with @bufbuild/protovalidate) is sent to the
 * generated service's HTTP/JSON create route, and the server must answer the case's verdict: the message created, or
 * {@code INVALID_ARGUMENT} with a {@code google.rpc.BadRequest} listing exactly the case's violations, in order.
 */
class ValidationCasesTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private static final JsonFormat.Parser STATUS_PARSER = JsonFormat.parser().usingTypeRegistry(
      JsonFormat.TypeRegistry.newBuilder().add(ErrorDetailsProto.getDescriptor().getMessageTypes()).build());
  private static LibraryServer server;

  @BeforeAll
  static void start() {
    Database database = Database.inMemory("validation-cases-test-" + UUID.randomUUID());
    SeedData.insert(database);
    server = LibraryServer.start(LibraryServer.LOOPBACK, 0, database);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @TestFactory
  Stream<DynamicTest> theServerAnswersEachCasesVerdict() throws IOException {
    List<Value> cases = cases();
    assertTrue(cases.size() >= 4, cases.size() + " cases");
    return cases.stream().map(Value::getStructValue).map(testCase -> DynamicTest.dynamicTest(
        text(testCase, "type") + ": " + text(testCase, "name"), () -> check(testCase)));
  }

  private static void check(Struct testCase) throws Exception {
    List<String> expected = new ArrayList<>();
    for (Value violation : testCase.getFieldsOrThrow("violations").getListValue().getValuesList()) {
      expected.add(text(violation.getStructValue(), "field") + " " + text(violation.getStructValue(), "reason"));
    }
    String route = text(testCase, "route");
    HttpResponse<String> response = http("POST", route,
        JsonFormat.printer().print(testCase.getFieldsOrThrow("message")));
    if (expected.isEmpty()) {
      assertEquals(200, response.statusCode(), response.body());
      Struct.Builder created = Struct.newBuilder();
      JsonFormat.parser().merge(response.body(), created);
      String id = text(created.getFieldsOrThrow(text(testCase, "field")).getStructValue(), "id");
      assertEquals(200, http("DELETE", route + "/" + id, null).statusCode());
      return;
    }
    assertEquals(400, response.statusCode(), response.body());
    com.google.rpc.Status.Builder status = com.google.rpc.Status.newBuilder();
    STATUS_PARSER.merge(response.body(), status);
    assertEquals(Code.INVALID_ARGUMENT_VALUE, status.getCode(), response.body());
    assertEquals(1, status.getDetailsCount(), response.body());
    List<String> answered = new ArrayList<>();
    for (BadRequest.FieldViolation violation : status.getDetails(0).unpack(BadRequest.class).getFieldViolationsList()) {
      answered.add(violation.getField() + " " + violation.getReason());
    }
    assertEquals(expected, answered, response.body());
  }

  private static List<Value> cases() throws IOException {
    try (InputStream in = ValidationCasesTest.class.getResourceAsStream("/validation-cases.json")) {
      Struct.Builder file = Struct.newBuilder();
      JsonFormat.parser().merge(new String(in.readAllBytes(), StandardCharsets.UTF_8), file);
      return file.getFieldsOrThrow("cases").getListValue().getValuesList();
    }
  }

  private static String text(Struct struct, String field) {
    return struct.getFieldsOrThrow(field).getStringValue();
  }

  private static HttpResponse<String> http(String method, String path, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(60))
        .header("content-type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .build(), HttpResponse.BodyHandlers.ofString());
  }
}
