package io.jpaproto.examples.library;

import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.ProtoReflectionServiceV1;
import io.jpaproto.examples.library.server.Database;
import io.jpaproto.examples.library.server.LibraryServiceImpl;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/** The library's gRPC server (Netty) over its embedded database, with server reflection for generic clients. */
public final class LibraryServer implements AutoCloseable {
  /** The loopback address the server listens on unless told otherwise. */
  public static final String LOOPBACK = "127.0.0.1";

  private final Database database;
  private final Server server;
  private final String host;
  private boolean closed;

  private LibraryServer(Database database, Server server, String host) {
    this.database = database;
    this.server = server;
    this.host = host;
  }

  /** Starts a server on {@code port} of the loopback interface, over the in-memory database "library". */
  public static LibraryServer start(int port) throws IOException {
    return start(LOOPBACK, port, Database.inMemory("library"));
  }

  /**
   * Starts a server on {@code host:port} (port 0 picks a free one) over {@code database}, which the server closes
   * when it is closed.
   */
  public static LibraryServer start(String host, int port, Database database) throws IOException {
    try {
      Server server = NettyServerBuilder.forAddress(new InetSocketAddress(host, port), InsecureServerCredentials.create())
          .addService(new LibraryServiceImpl(database))
          .addService(ProtoReflectionServiceV1.newInstance())
          .build()
          .start();
      return new LibraryServer(database, server, host);
    } catch (IOException | RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** The port the server listens on. */
  public int port() {
    return server.getPort();
  }

  /** The address a client dials, {@code host:port}. */
  public String target() {
    return host + ":" + port();
  }

  /** The database the service works on. */
  public Database database() {
    return database;
  }

  /** Blocks until the server is shut down. */
  public void awaitTermination() throws InterruptedException {
    server.awaitTermination();
  }

  /** Stops taking calls, lets running ones finish for up to 5 s, then closes the database; safe to call twice. */
  @Override
  public synchronized void close() throws InterruptedException {
    if (closed) {
      return;
    }
    closed = true;
    server.shutdown();
    if (!server.awaitTermination(5, TimeUnit.SECONDS)) {
      server.shutdownNow();
    }
    database.close();
  }
}
