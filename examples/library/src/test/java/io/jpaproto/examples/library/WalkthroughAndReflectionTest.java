package io.jpaproto.examples.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.reflection.v1.ServerReflectionGrpc;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.reflection.v1.ServerReflectionResponse;
import io.grpc.reflection.v1.ServiceResponse;
import io.grpc.stub.StreamObserver;
import io.jpaproto.examples.library.api.LibraryServiceGrpc;
import io.jpaproto.examples.library.server.Database;
import io.jpaproto.examples.library.server.SeedData;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What `exec:java` runs, and what grpcurl relies on (server reflection), against a fresh seeded server. */
class WalkthroughAndReflectionTest {
  private LibraryServer server;
  private ManagedChannel channel;

  @BeforeEach
  void start() throws Exception {
    Database database = Database.inMemory("walkthrough-test-" + UUID.randomUUID());
    SeedData.insert(database);
    server = LibraryServer.start(LibraryServer.LOOPBACK, 0, database);
    channel = Grpc.newChannelBuilder(server.target(), InsecureChannelCredentials.create()).build();
  }

  @AfterEach
  void stop() throws Exception {
    channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    server.close();
  }

  @Test
  void theDemoWalkthroughRunsAgainstTheSeededCatalogue() throws Exception {
    LibraryApp.walkthrough(channel);
  }

  @Test
  void reflectionGivesGenericClientsTheServiceAndEveryFileItNeeds() throws Exception {
    // What `grpcurl -plaintext HOST:PORT list` asks.
    List<String> services = ask(ServerReflectionRequest.newBuilder().setListServices("").build())
        .getListServicesResponse().getServiceList().stream().map(ServiceResponse::getName).toList();
    assertTrue(services.containsAll(List.of("library.v1.LibraryService", "library.v1.AuthorService",
        "library.v1.PublisherService")), services.toString());
    assertEquals("library.v1.LibraryService", LibraryServiceGrpc.SERVICE_NAME);

    // What `describe library.v1.LibraryService` and `-d '{...}' ... GetBook` ask: the file defining the symbol and
    // its imports, down to google/type/date.proto, so a client without the protos can encode and decode JSON.
    List<String> files = new ArrayList<>();
    for (ByteString file : ask(ServerReflectionRequest.newBuilder()
        .setFileContainingSymbol("library.v1.LibraryService").build())
        .getFileDescriptorResponse().getFileDescriptorProtoList()) {
      files.add(FileDescriptorProto.parseFrom(file).getName());
    }
    assertTrue(files.containsAll(List.of("library/v1/library_service.proto", "library/v1/model.proto",
        "google/type/date.proto", "google/protobuf/field_mask.proto")), files.toString());
  }

  /** One server-reflection request on its own stream, as grpcurl sends them. */
  private ServerReflectionResponse ask(ServerReflectionRequest request) throws Exception {
    CompletableFuture<ServerReflectionResponse> answer = new CompletableFuture<>();
    StreamObserver<ServerReflectionRequest> requests = ServerReflectionGrpc.newStub(channel)
        .serverReflectionInfo(new StreamObserver<>() {
          @Override
          public void onNext(ServerReflectionResponse response) {
            answer.complete(response);
          }

          @Override
          public void onError(Throwable t) {
            answer.completeExceptionally(t);
          }

          @Override
          public void onCompleted() {
          }
        });
    requests.onNext(request);
    try {
      ServerReflectionResponse response = answer.get(30, TimeUnit.SECONDS);
      assertFalse(response.hasErrorResponse(), response.getErrorResponse().toString());
      return response;
    } finally {
      requests.onCompleted();
    }
  }
}
