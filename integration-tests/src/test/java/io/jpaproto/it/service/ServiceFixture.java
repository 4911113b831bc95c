package io.jpaproto.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grpc.BindableService;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.InsecureServerCredentials;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.AbstractStub;
import io.jpaproto.it.service.model.Item;
import io.jpaproto.it.service.model.Label;
import io.jpaproto.it.service.model.Warehouse;
import io.jpaproto.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceConfiguration;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * A fresh database (in-memory H2, or PostgreSQL in the build's second test run) behind a Netty gRPC server on 127.0.0.1 (a free port), and a plain-text channel to
 * it: the generated services as a user deploys them, reached over a real socket.
 */
final class ServiceFixture implements AutoCloseable {
  /** How long any one call may take before the test fails instead of hanging. */
  static final long DEADLINE_SECONDS = 60;

  final EntityManagerFactory database;
  final Server server;
  final ManagedChannel channel;
  /** The tables {@link #snapshot()} reads, in any order. */
  private List<String> tables = List.of("Warehouse", "Item", "Label");

  private ServiceFixture(EntityManagerFactory database, Server server, ManagedChannel channel) {
    this.database = database;
    this.server = server;
    this.channel = channel;
  }

  /**
   * A stub of the fixture's channel whose every call gets its own {@link #DEADLINE_SECONDS} deadline. (A stub's
   * {@code withDeadlineAfter} sets one deadline, counted from now, for all the calls it ever makes.)
   */
  <S extends AbstractStub<S>> S stub(Function<Channel, S> newStub) {
    return newStub.apply(channel).withInterceptors(PER_CALL_DEADLINE);
  }

  private static final ClientInterceptor PER_CALL_DEADLINE = new ClientInterceptor() {
    @Override
    public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
      return next.newCall(method, options.withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS));
    }
  };

  /**
   * A new, empty database with the schema of the service entities, on the engine {@link TestDatabase#selected()}
   * names: an in-memory H2 by default, a throwaway PostgreSQL cluster in the build's {@code postgresql} run.
   */
  static EntityManagerFactory newDatabase() {
    return newDatabase(List.of(Item.class, Warehouse.class, Label.class), Map.of());
  }

  /**
   * A new, empty database with the schema of {@code entities}, and the persistence {@code properties} a test needs
   * on top (statistics, a pool size).
   */
  static EntityManagerFactory newDatabase(List<Class<?>> entities, Map<String, ?> properties) {
    String name = "service-" + UUID.randomUUID();
    TestDatabase.Jdbc jdbc = TestDatabase.selected().newDatabase("service");
    HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration(name)
        .jdbcUrl(jdbc.url())
        .jdbcCredentials(jdbc.user(), jdbc.password())
        .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "drop-and-create");
    entities.forEach(configuration::managedClass);
    properties.forEach(configuration::property);
    return configuration.createEntityManagerFactory();
  }

  /** Serves {@code services} over {@code database} (which {@link #close()} closes), each behind the interceptors. */
  static ServiceFixture start(EntityManagerFactory database, List<? extends BindableService> services,
      ServerInterceptor... interceptors) throws IOException {
    NettyServerBuilder builder = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0),
        InsecureServerCredentials.create());
    for (BindableService service : services) {
      builder.addService(ServerInterceptors.intercept(service, interceptors));
    }
    Server server = builder.build().start();
    ManagedChannel channel = Grpc.newChannelBuilder("127.0.0.1:" + server.getPort(),
        InsecureChannelCredentials.create()).build();
    return new ServiceFixture(database, server, channel);
  }

  /** Runs {@code work} in a transaction of its own, outside the service: how the tests seed and re-read the data. */
  <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager entityManager = database.createEntityManager();
    EntityTransaction transaction = entityManager.getTransaction();
    try {
      transaction.begin();
      T result = work.apply(entityManager);
      transaction.commit();
      return result;
    } finally {
      if (transaction.isActive()) {
        transaction.rollback();
      }
      entityManager.close();
    }
  }

  /** Makes {@link #snapshot()} read these tables. */
  ServiceFixture snapshotting(String... tables) {
    this.tables = List.of(tables);
    return this;
  }

  /** Every row of every table, read straight from the database with SQL, sorted (rows come in no set order). */
  List<String> snapshot() {
    return inTransaction(entityManager -> {
      List<String> rows = new ArrayList<>();
      for (String table : tables) {
        for (Object row : entityManager.createNativeQuery("select * from " + table)
            .getResultList()) {
          rows.add(table + Arrays.deepToString(row instanceof Object[] columns ? columns : new Object[] {row}));
        }
      }
      rows.sort(null);
      return rows;
    });
  }

  /**
   * Asserts that {@code call} fails with exactly {@code code} and that the database holds exactly the rows it held
   * before the call.
   */
  StatusRuntimeException assertFailsWritingNothing(Status.Code code, ThrowingSupplier<?> call) {
    List<String> before = snapshot();
    StatusRuntimeException error = assertThrows(StatusRuntimeException.class, call::get,
        "expected " + code);
    assertEquals(code, error.getStatus().getCode(), () -> "status " + error.getStatus());
    assertEquals(before, snapshot(), "a failed call must write nothing");
    return error;
  }

  @Override
  public void close() throws InterruptedException {
    channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    server.shutdown();
    if (!server.awaitTermination(5, TimeUnit.SECONDS)) {
      server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
    database.close();
  }
}
