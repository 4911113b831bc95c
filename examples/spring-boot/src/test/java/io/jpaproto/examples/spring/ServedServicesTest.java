package io.jpaproto.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.rpc.BadRequest;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.protobuf.StatusProto;
import io.grpc.reflection.v1.ServerReflectionGrpc;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.reflection.v1.ServerReflectionResponse;
import io.grpc.reflection.v1.ServiceResponse;
import io.grpc.stub.StreamObserver;
import io.jpaproto.examples.spring.api.AuthorServiceGrpc;
import io.jpaproto.examples.spring.api.CreatePublisherRequest;
import io.jpaproto.examples.spring.api.ListPublishersRequest;
import io.jpaproto.examples.spring.api.StreamAuthorsRequest;
import io.jpaproto.examples.spring.api.Publisher;
import io.jpaproto.examples.spring.api.PublisherServiceGrpc;
import io.jpaproto.examples.spring.model.AuthorJpaService;
import io.jpaproto.examples.spring.model.PublisherJpaService;
import io.jpaproto.examples.spring.server.AuditedAuthorService;
import io.jpaproto.examples.spring.server.LibraryGrpcService;
import io.jpaproto.grpc.CallLimits;
import io.jpaproto.spring.boot.SpringCallTransactions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.grpc.test.autoconfigure.AutoConfigureTestGrpcTransport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.grpc.client.GrpcChannelFactory;

/**
 * What the application serves with no server code of its own: the generated services (one replaced by the
 * application's subclass), the hand-written one, and gRPC health and reflection (grpc-services is on the class path).
 */
@SpringBootTest(properties = "jpaproto.grpc.services.author.stream-batch-size=1")
@AutoConfigureTestGrpcTransport
class ServedServicesTest {
  @Autowired
  private ApplicationContext context;
  @Autowired
  private GrpcChannelFactory channels;

  private ManagedChannel channel;

  @BeforeEach
  void connect() {
    channel = channels.createChannel("library");
  }

  @AfterEach
  void disconnect() {
    channel.shutdownNow();
  }

  @Test
  void theApplicationsSubclassReplacesTheGeneratedAuthorServiceAndThePublisherServiceIsTheGeneratedOne() {
    assertThat(context.getBeansOfType(AuthorJpaService.class).values())
        .singleElement().isInstanceOf(AuditedAuthorService.class);
    assertThat(context.getBeansOfType(PublisherJpaService.class)).containsOnlyKeys("publisherJpaService");
    assertThat(context.getBean(PublisherJpaService.class).getClass()).isEqualTo(PublisherJpaService.class);
    assertThat(context.getBean(PublisherJpaService.class).transactions()).isInstanceOf(SpringCallTransactions.class);
  }

  @Test
  void theLimitsAreThoseOfApplicationProperties() {
    assertThat(context.getBean(PublisherJpaService.class).limits())
        .isEqualTo(new CallLimits(20, 100, 500, Duration.ofMinutes(2)));
    assertThat(context.getBean(AuthorJpaService.class).limits())
        .isEqualTo(new CallLimits(20, 50, 1, Duration.ofMinutes(2)));
  }

  @Test
  void aStreamReadsItsBatchesInSpringManagedTransactionsOfTheirOwn() {
    // One author a batch (the test's property), each batch a transaction of its own: the seeded authors, by name.
    List<String> names = new java.util.ArrayList<>();
    AuthorServiceGrpc.newBlockingStub(channel).streamAuthors(StreamAuthorsRequest.newBuilder()
        .setOrderBy("name").build()).forEachRemaining(response -> names.add(response.getAuthor().getName()));
    assertThat(names).containsExactly("Octavia E. Butler", "Ursula K. Le Guin");
  }

  @Test
  void theGeneratedPublisherServiceAnswers() {
    assertThat(PublisherServiceGrpc.newBlockingStub(channel).listPublishers(ListPublishersRequest.getDefaultInstance())
        .getPublishersList()).extracting(p -> p.getName()).containsExactly("Harper & Row");
  }

  @Test
  void theGeneratedServiceValidatesRequestsAsWithoutSpring() throws Exception {
    // The Spring Boot path goes through the same JpaCrudService: the entity's buf.validate rules hold here too.
    StatusRuntimeException error = assertThrows(StatusRuntimeException.class,
        () -> PublisherServiceGrpc.newBlockingStub(channel).createPublisher(CreatePublisherRequest.newBuilder()
            .setPublisher(Publisher.newBuilder().setName("N".repeat(121))).build()));
    assertThat(error.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    BadRequest detail = StatusProto.fromThrowable(error).getDetails(0).unpack(BadRequest.class);
    assertThat(detail.getFieldViolationsList()).extracting(v -> v.getField() + " " + v.getReason())
        .containsExactly("publisher.name string.max_len", "publisher.address required");
  }

  @Test
  void healthSaysServing() {
    assertThat(HealthGrpc.newBlockingStub(channel).check(HealthCheckRequest.getDefaultInstance()).getStatus())
        .isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
  }

  @Test
  void reflectionListsTheGeneratedTheHandWrittenAndTheStandardServices() throws Exception {
    CompletableFuture<List<String>> services = new CompletableFuture<>();
    StreamObserver<ServerReflectionRequest> requests = ServerReflectionGrpc.newStub(channel).serverReflectionInfo(
        new StreamObserver<>() {
          @Override
          public void onNext(ServerReflectionResponse response) {
            services.complete(response.getListServicesResponse().getServiceList().stream()
                .map(ServiceResponse::getName).sorted().toList());
          }

          @Override
          public void onError(Throwable error) {
            services.completeExceptionally(error);
          }

          @Override
          public void onCompleted() {
          }
        });
    requests.onNext(ServerReflectionRequest.newBuilder().setListServices("").build());
    requests.onCompleted();
    assertThat(services.get(10, TimeUnit.SECONDS)).contains("library.v1.AuthorService",
        "library.v1.LibraryService", "library.v1.PublisherService", "grpc.health.v1.Health",
        "grpc.reflection.v1.ServerReflection");
    assertThat(context.getBeansOfType(LibraryGrpcService.class)).hasSize(1);
  }
}
