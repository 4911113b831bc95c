package io.jpaproto.examples.library;

import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.jpaproto.testing.PostgresCluster;
import io.jpaproto.testing.TestDatabase;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The example on PostgreSQL, as README tells users to run it ({@code --database jdbc:postgresql://...}): the seeded
 * catalogue and the whole walkthrough against a throwaway cluster.
 */
class PostgresqlWalkthroughTest {

  @Test
  void theWalkthroughRunsOnPostgresql() throws Exception {
    PostgresCluster cluster = TestDatabase.cluster();
    String url = cluster.jdbcUrl(cluster.createDatabase("library")) + "?user=" + PostgresCluster.USER;
    try (LibraryServer server = LibraryServer.start(LibraryServer.LOOPBACK, 0, LibraryApp.seeded(url))) {
      ManagedChannel channel = Grpc.newChannelBuilder(server.target(), InsecureChannelCredentials.create()).build();
      try {
        LibraryApp.walkthrough(channel);
      } finally {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
      }
    }
  }
}
