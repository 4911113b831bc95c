package io.jpaproto.testing;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The database engine a test suite runs on, chosen with the system property {@value #PROPERTY} ({@code h2}, the
 * default, or {@code postgresql}); each {@link #newDatabase(String)} is a fresh, empty database.
 *
 * <p>PostgreSQL runs as a throwaway {@link PostgresCluster} shared by the JVM. Where this machine cannot run one, a
 * PostgreSQL run fails when the environment variable {@code CI} is {@code true} and is otherwise skipped (a JUnit
 * assumption) with a message saying what to install.
 */
public enum TestDatabase {
  H2,
  POSTGRESQL;

  /** The system property that selects the engine. */
  public static final String PROPERTY = "jpaproto.it.database";

  /** Where to connect: a JDBC URL and its credentials. */
  public record Jdbc(String url, String user, String password) {}

  /** The engine the system property {@value #PROPERTY} selects. */
  public static TestDatabase selected() {
    String value = System.getProperty(PROPERTY, "h2").trim().toLowerCase(Locale.ROOT);
    return switch (value) {
      case "", "h2" -> H2;
      case "postgresql", "postgres", "pg" -> POSTGRESQL;
      default -> throw new IllegalArgumentException(PROPERTY + "=" + value + ": expected h2 or postgresql");
    };
  }

  /** A fresh, empty database whose name starts with {@code prefix}. */
  public Jdbc newDatabase(String prefix) {
    return switch (this) {
      case H2 -> new Jdbc("jdbc:h2:mem:" + prefix + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
      case POSTGRESQL -> {
        PostgresCluster cluster = cluster();
        yield new Jdbc(cluster.jdbcUrl(cluster.createDatabase(prefix)), PostgresCluster.USER, "");
      }
    };
  }

  /**
   * The shared cluster; fails (in CI) or skips the calling test (elsewhere) when this machine cannot run one.
   */
  public static PostgresCluster cluster() {
    try {
      return PostgresCluster.shared();
    } catch (PostgresCluster.Unavailable e) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException("CI=true and the PostgreSQL run cannot start: " + e.getMessage(), e);
      }
      Assumptions.abort("PostgreSQL run skipped: " + e.getMessage() + " (in CI, with CI=true, this fails instead)");
      throw new AssertionError("unreachable");
    }
  }

  /** The Hibernate dialect's engine name, for messages. */
  @Override
  public String toString() {
    return this == H2 ? "H2" : "PostgreSQL";
  }
}
