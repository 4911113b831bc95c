package io.jpaproto.web;

import io.grpc.Attributes;
import io.grpc.Context;
import io.grpc.InternalServer;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.vertx.core.Vertx;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps service code off the Vert.x event loops. Vert.x's bridge for grpc-java services ({@code GrpcIoServiceBridge})
 * starts each call and delivers its messages on the event loop of the connection, where one blocking JPA transaction
 * would stall every other request of that loop. So each call handler is wrapped: the service's {@code startCall} and
 * its listener's events run on the blocking executor, one call's events in order (as grpc-java's own server does),
 * and what the service does to the call (send headers, messages, close) goes back to the Vert.x context the call
 * came in on, the only thread Vert.x's call objects may be used from.
 */
final class OffEventLoop {
  private static final Logger LOG = Logger.getLogger(OffEventLoop.class.getName());

  private OffEventLoop() {
  }

  /** {@code service} with every method's handler running on {@code executor}, its calls seeing {@code server}. */
  static ServerServiceDefinition wrap(ServerServiceDefinition service, Executor executor, ServicesView server) {
    ServerServiceDefinition.Builder builder = ServerServiceDefinition.builder(service.getServiceDescriptor());
    for (ServerMethodDefinition<?, ?> method : service.getMethods()) {
      add(builder, method, executor, server);
    }
    return builder.build();
  }

  private static <Req, Resp> void add(ServerServiceDefinition.Builder builder, ServerMethodDefinition<Req, Resp> method,
      Executor executor, ServicesView server) {
    builder.addMethod(method.getMethodDescriptor(), new Handler<>(method.getServerCallHandler(), executor, server));
  }

  private static final class Handler<Req, Resp> implements ServerCallHandler<Req, Resp> {
    private final ServerCallHandler<Req, Resp> next;
    private final Executor executor;
    private final ServicesView server;

    Handler(ServerCallHandler<Req, Resp> next, Executor executor, ServicesView server) {
      this.next = next;
      this.executor = executor;
      this.server = server;
    }

    @Override
    public ServerCall.Listener<Req> startCall(ServerCall<Req, Resp> call, Metadata headers) {
      ContextCall<Req, Resp> contextCall = new ContextCall<>(call, Vertx.currentContext());
      Context context = Context.current().withValue(InternalServer.SERVER_CONTEXT_KEY, server);
      Relay<Req, Resp> relay = new Relay<>(new SerialExecutor(executor), context, contextCall);
      relay.run(() -> relay.delegate = next.startCall(contextCall, headers));
      return relay;
    }
  }

  /** The listener Vert.x sees: queues each event to run on the executor, after the ones before it. */
  private static final class Relay<Req, Resp> extends ServerCall.Listener<Req> {
    private final SerialExecutor serial;
    private final Context context;
    private final ContextCall<Req, Resp> call;
    // Set by the first task; every later task runs after it on the serial executor, which orders memory too.
    private ServerCall.Listener<Req> delegate;

    Relay(SerialExecutor serial, Context context, ContextCall<Req, Resp> call) {
      this.serial = serial;
      this.context = context;
      this.call = call;
    }

    void run(Runnable task) {
      serial.execute(() -> {
        Context previous = context.attach();
        try {
          task.run();
        } catch (RuntimeException | Error e) {
          // As grpc-java's own server does: a service that throws fails its call with UNKNOWN. A stub answering a
          // call that was cancelled meanwhile (its client gone, its deadline passed) throws CANCELLED: no warning.
          Level level = e instanceof StatusRuntimeException && call.isCancelled() ? Level.FINE : Level.WARNING;
          LOG.log(level, "the service method " + call.getMethodDescriptor().getFullMethodName() + " threw", e);
          call.closeIfOpen(Status.UNKNOWN.withDescription("the service failed").withCause(e), new Metadata());
        } finally {
          context.detach(previous);
        }
      });
    }

    @Override
    public void onMessage(Req message) {
      run(() -> delegate.onMessage(message));
    }

    @Override
    public void onHalfClose() {
      run(() -> delegate.onHalfClose());
    }

    @Override
    public void onCancel() {
      run(() -> delegate.onCancel());
    }

    @Override
    public void onComplete() {
      run(() -> delegate.onComplete());
    }

    @Override
    public void onReady() {
      run(() -> delegate.onReady());
    }
  }

  /** The call the service sees: its actions run on the Vert.x context of the call (directly when already there). */
  private static final class ContextCall<Req, Resp> extends ServerCall<Req, Resp> {
    private final ServerCall<Req, Resp> call;
    private final io.vertx.core.Context vertxContext;
    private final AtomicBoolean closed = new AtomicBoolean();

    ContextCall(ServerCall<Req, Resp> call, io.vertx.core.Context vertxContext) {
      this.call = call;
      this.vertxContext = vertxContext;
    }

    private void onContext(Runnable action) {
      if (vertxContext == null || Vertx.currentContext() == vertxContext) {
        action.run();
      } else {
        vertxContext.runOnContext(ignored -> action.run());
      }
    }

    void closeIfOpen(Status status, Metadata trailers) {
      if (closed.compareAndSet(false, true)) {
        onContext(() -> call.close(status, trailers));
      }
    }

    @Override
    public void request(int numMessages) {
      onContext(() -> call.request(numMessages));
    }

    @Override
    public void sendHeaders(Metadata headers) {
      onContext(() -> call.sendHeaders(headers));
    }

    @Override
    public void sendMessage(Resp message) {
      onContext(() -> call.sendMessage(message));
    }

    @Override
    public void close(Status status, Metadata trailers) {
      if (!closed.compareAndSet(false, true)) {
        throw new IllegalStateException("call already closed");
      }
      onContext(() -> call.close(status, trailers));
    }

    @Override
    public boolean isReady() {
      return call.isReady();
    }

    @Override
    public boolean isCancelled() {
      return call.isCancelled();
    }

    @Override
    public void setMessageCompression(boolean enabled) {
      onContext(() -> call.setMessageCompression(enabled));
    }

    @Override
    public void setCompression(String compressor) {
      onContext(() -> call.setCompression(compressor));
    }

    @Override
    public Attributes getAttributes() {
      return call.getAttributes();
    }

    @Override
    public String getAuthority() {
      return call.getAuthority();
    }

    @Override
    public MethodDescriptor<Req, Resp> getMethodDescriptor() {
      return call.getMethodDescriptor();
    }
  }

  /** Runs tasks on an executor one at a time, in the order given. */
  private static final class SerialExecutor implements Executor {
    private final Executor executor;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    SerialExecutor(Executor executor) {
      this.executor = executor;
    }

    @Override
    public void execute(Runnable task) {
      tasks.add(task);
      schedule();
    }

    private void schedule() {
      if (scheduled.compareAndSet(false, true)) {
        executor.execute(this::drain);
      }
    }

    private void drain() {
      try {
        Runnable task;
        while ((task = tasks.poll()) != null) {
          task.run();
        }
      } finally {
        scheduled.set(false);
        if (!tasks.isEmpty()) {
          schedule();
        }
      }
    }
  }
}
