package io.jpaproto.web;

import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What gRPC server reflection asks of "the server" a call runs in: its services. grpc-java's reflection service reads
 * them from the {@link io.grpc.Server} in the call's context, which a Vert.x-hosted call lacks; {@link OffEventLoop}
 * puts this view there. It serves no calls itself.
 */
final class ServicesView extends Server {
  private final List<ServerServiceDefinition> services;

  ServicesView(List<ServerServiceDefinition> services) {
    this.services = List.copyOf(services);
  }

  @Override
  public List<ServerServiceDefinition> getServices() {
    return services;
  }

  @Override
  public List<ServerServiceDefinition> getImmutableServices() {
    return services;
  }

  @Override
  public List<ServerServiceDefinition> getMutableServices() {
    return List.of();
  }

  @Override
  public Server start() {
    throw new UnsupportedOperationException("a view of the WebServer's services; start the WebServer");
  }

  @Override
  public Server shutdown() {
    throw new UnsupportedOperationException("a view of the WebServer's services; close the WebServer");
  }

  @Override
  public Server shutdownNow() {
    return shutdown();
  }

  @Override
  public boolean isShutdown() {
    return false;
  }

  @Override
  public boolean isTerminated() {
    return false;
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) {
    return false;
  }

  @Override
  public void awaitTermination() {
    throw new UnsupportedOperationException("a view of the WebServer's services");
  }
}
