package io.jpaproto.examples.library;

import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.protobuf.services.ProtoReflectionServiceV1;
import io.jpaproto.examples.library.server.Database;
import io.jpaproto.examples.library.server.LibraryServiceImpl;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** The library's gRPC server (Netty) over its embedded database, with server reflection for generic clients. */
public final class LibraryServer implements AutoCloseable {
  private final Database database;
  private final Server server;

  private LibraryServer(Database database, Server server) {
    this.database = database;
    this.server = server;
  }

  /** Starts a server on {@code port} of the loopback interface; port 0 picks a free one. */
  public static LibraryServer start(int port) throws IOException {
    Database database = Database.inMemory("library");
    Server server = Grpc.newServerBuilderForPort(port, InsecureServerCredentials.create())
        .addService(new LibraryServiceImpl(database))
        .addService(ProtoReflectionServiceV1.newInstance())
        .build()
        .start();
    return new LibraryServer(database, server);
  }

  /** The port the server listens on. */
  public int port() {
    return server.getPort();
  }

  /** Blocks until the server is shut down. */
  public void awaitTermination() throws InterruptedException {
    server.awaitTermination();
  }

  @Override
  public void close() throws InterruptedException {
    server.shutdown();
    if (!server.awaitTermination(5, TimeUnit.SECONDS)) {
      server.shutdownNow();
    }
    database.close();
  }
}
