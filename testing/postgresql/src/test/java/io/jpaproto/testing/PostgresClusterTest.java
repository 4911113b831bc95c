package io.jpaproto.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A throwaway cluster starts on a free loopback port, serves fresh databases, and leaves nothing behind. */
class PostgresClusterTest {

  @Test
  void startsServesSeparateDatabasesAndRemovesItsDirectory() throws Exception {
    if (PostgresCluster.binDirectory().isEmpty()) {
      TestDatabase.cluster(); // skips (or, in CI, fails) with the reason
    }
    Path directory;
    int port;
    try (PostgresCluster cluster = PostgresCluster.start(List.of("fsync=off"))) {
      port = cluster.port();
      String first = cluster.createDatabase("Cluster-Test");
      String second = cluster.createDatabase("Cluster-Test");
      assertNotEquals(first, second, "every database is new");
      try (Connection connection = DriverManager.getConnection(cluster.jdbcUrl(first), PostgresCluster.USER, "");
          Statement statement = connection.createStatement()) {
        statement.execute("create table t (id bigint primary key)");
        statement.execute("insert into t values (5000000000)");
        try (ResultSet rows = statement.executeQuery("select id, current_database(), current_setting('listen_addresses'),"
            + " current_setting('data_directory') from t")) {
          assertTrue(rows.next());
          assertEquals(5_000_000_000L, rows.getLong(1));
          assertEquals(first, rows.getString(2));
          assertEquals("127.0.0.1", rows.getString(3), "the server listens on the loopback only");
          directory = Path.of(rows.getString(4)).getParent();
        }
      }
      try (Connection connection = DriverManager.getConnection(cluster.jdbcUrl(second), PostgresCluster.USER, "");
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("select count(*) from pg_tables where tablename = 't'")) {
        rows.next();
        assertEquals(0, rows.getInt(1), "a new database does not see another's tables");
      }
      assertTrue(Files.isDirectory(directory));
    }
    assertFalse(Files.exists(directory), "close() removes the cluster's directory");
    try (Socket socket = new Socket()) {
      assertFalse(connects(socket, port), "close() stops the server");
    }
  }

  private static boolean connects(Socket socket, int port) {
    try {
      socket.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
      return true;
    } catch (java.io.IOException refused) {
      return false;
    }
  }
}
