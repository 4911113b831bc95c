package io.jpaproto.examples.spring;

import io.jpaproto.testing.PostgresCluster;
import io.jpaproto.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same proof on PostgreSQL, with the {@code postgresql} profile as a user runs it
 * ({@code application-postgresql.properties}, the database named by {@code LIBRARY_DB_URL}), on a throwaway cluster.
 * Skipped where this machine cannot start one, except in CI ({@code CI=true}), where that fails.
 */
@ActiveProfiles("postgresql")
class PostgresqlSpringTransactionsTest extends SpringTransactionsTest {
  private static PostgresCluster cluster;

  @BeforeAll
  static void startCluster() {
    cluster = TestDatabase.cluster();
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry properties) {
    properties.add("LIBRARY_DB_URL", () -> cluster.jdbcUrl(cluster.createDatabase("spring_library")));
    properties.add("LIBRARY_DB_USER", () -> PostgresCluster.USER);
  }
}
