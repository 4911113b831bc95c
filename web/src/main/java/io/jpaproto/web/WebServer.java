package io.jpaproto.web;

import io.grpc.BindableService;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.protobuf.services.ProtoReflectionServiceV1;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.grpc.server.GrpcProtocol;
import io.vertx.grpc.server.GrpcServerOptions;
import io.vertx.grpcio.server.GrpcIoServer;
import io.vertx.grpcio.server.GrpcIoServiceBridge;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Serves grpc-java services, generated or hand-written, on one Vert.x HTTP port three ways:
 * <ul>
 *   <li><b>gRPC</b> over HTTP/2 (cleartext, prior knowledge), for grpc-java, grpc-js, grpcurl and every other client;
 *   <li><b>gRPC-Web</b>, binary ({@code application/grpc-web}) and text ({@code application/grpc-web-text}), for
 *       browsers, with {@linkplain Builder#cors(Cors) CORS} when the page comes from another origin;
 *   <li><b>HTTP/JSON</b>: the routes of the services' {@code google.api.http} rules, read from their descriptors at
 *       start, and {@code POST /<package.Service>/<Method>} with the request as JSON for every method.
 * </ul>
 * Service code never runs on a Vert.x event loop: each call runs on the {@linkplain Builder#executor(Executor)
 * blocking executor}, one call's events in order, so a JPA transaction may block as long as it needs. Server
 * reflection is served too (grpcurl, Postman), unless turned off.
 *
 * <pre>{@code
 * WebServer server = WebServer.builder().port(8080).service(new AuthorJpaService(emf)).start();
 * }</pre>
 */
public final class WebServer implements AutoCloseable {
  /** The largest message a call accepts, as grpc-java's default: 4 MiB. */
  public static final int DEFAULT_MAX_MESSAGE_SIZE = 4 * 1024 * 1024;

  private final Vertx vertx;
  private final boolean ownsVertx;
  private final HttpServer httpServer;
  private final ExecutorService ownedExecutor;
  private final ScheduledExecutorService deadlines;
  private final String host;
  private final List<ServerServiceDefinition> services;
  private boolean closed;

  private WebServer(Vertx vertx, boolean ownsVertx, HttpServer httpServer, ExecutorService ownedExecutor,
      ScheduledExecutorService deadlines, String host, List<ServerServiceDefinition> services) {
    this.vertx = vertx;
    this.ownsVertx = ownsVertx;
    this.httpServer = httpServer;
    this.ownedExecutor = ownedExecutor;
    this.deadlines = deadlines;
    this.host = host;
    this.services = services;
  }

  /** A builder: add services, then {@link Builder#start()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Starts serving {@code services} on {@code port} of the loopback interface, with the defaults. */
  public static WebServer start(int port, BindableService... services) {
    Builder builder = builder().port(port);
    for (BindableService service : services) {
      builder.service(service);
    }
    return builder.start();
  }

  /** The port the server listens on (the one it picked when asked for port 0). */
  public int port() {
    return httpServer.actualPort();
  }

  /** {@code host:port}, what a gRPC client dials. */
  public String target() {
    return host + ":" + port();
  }

  /** The URL of the server's root, such as {@code http://127.0.0.1:8080}. */
  public String url() {
    return "http://" + target();
  }

  /** The services served, reflection included, as bound (before the server's own wrapping). */
  public List<ServerServiceDefinition> services() {
    return services;
  }

  /** Stops listening, closes Vert.x (when the server created it) and the executor it created; safe to call twice. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    await(httpServer.close().toCompletionStage().toCompletableFuture(), "close the HTTP server");
    if (ownsVertx) {
      await(vertx.close().toCompletionStage().toCompletableFuture(), "close Vert.x");
    }
    deadlines.shutdownNow();
    if (ownedExecutor != null) {
      ownedExecutor.shutdown();
      try {
        if (!ownedExecutor.awaitTermination(5, TimeUnit.SECONDS)) {
          ownedExecutor.shutdownNow();
        }
      } catch (InterruptedException e) {
        ownedExecutor.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
  }

  private static <T> T await(java.util.concurrent.CompletableFuture<T> future, String what) {
    try {
      return future.get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException("could not " + what + ": " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("could not " + what + " within 30 s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while trying to " + what, e);
    }
  }

  /** The options of a {@link WebServer}; every one has a default. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = 8080;
    private final List<ServerServiceDefinition> services = new ArrayList<>();
    private boolean reflection = true;
    private Cors cors;
    private CallLog callLog;
    private Executor executor;
    private Vertx vertx;
    private Path staticFiles;
    private int maxMessageSize = DEFAULT_MAX_MESSAGE_SIZE;

    private Builder() {
    }

    /** The address to listen on; default {@code 127.0.0.1}, {@code 0.0.0.0} for every interface. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port to listen on; default 8080, 0 picks a free one ({@link WebServer#port()} says which). */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("not a port number: " + port);
      }
      this.port = port;
      return this;
    }

    /** Serves {@code service}, such as a jpaproto-generated {@code <Entity>JpaService} or a hand-written one. */
    public Builder service(BindableService service) {
      return service(service.bindService());
    }

    /** Serves a bound service, for example one wrapped with {@link ServerInterceptors#intercept}. */
    public Builder service(ServerServiceDefinition service) {
      services.add(Objects.requireNonNull(service, "service"));
      return this;
    }

    /** Whether to serve gRPC server reflection (v1); default true. */
    public Builder reflection(boolean reflection) {
      this.reflection = reflection;
      return this;
    }

    /**
     * Answers cross-origin requests (preflights included) from the origins {@code cors} allows; default none, which
     * is right when the web page comes from this server.
     */
    public Builder cors(Cors cors) {
      this.cors = cors;
      return this;
    }

    /**
     * Logs each call's request and response messages as JSON, and its status, with {@link CallLog#standard()}'s
     * redaction of secrets; default off.
     */
    public Builder logCalls(boolean logCalls) {
      this.callLog = logCalls ? CallLog.standard() : null;
      return this;
    }

    /** Logs each call through {@code callLog} (its own logger or redaction pattern); {@code null} logs nothing. */
    public Builder logCalls(CallLog callLog) {
      this.callLog = callLog;
      return this;
    }

    /**
     * Where service code runs; default a pool of {@code max(8, 4 x cores)} threads named {@code jpaproto-web-N},
     * which the server closes. Size it to what the database takes: each running call holds a thread (and, in a
     * transaction, a connection).
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /** The Vert.x instance to serve on; default a new one, which the server closes. */
    public Builder vertx(Vertx vertx) {
      this.vertx = Objects.requireNonNull(vertx, "vertx");
      return this;
    }

    /**
     * Serves the files under {@code directory} for GET requests no route takes ({@code /} is {@code index.html}),
     * such as a web page that calls the services with gRPC-Web; default none.
     */
    public Builder staticFiles(Path directory) {
      this.staticFiles = directory;
      return this;
    }

    /** The largest request or response message, in bytes; default {@value #DEFAULT_MAX_MESSAGE_SIZE}. */
    public Builder maxMessageSize(int bytes) {
      if (bytes <= 0) {
        throw new IllegalArgumentException("maxMessageSize must be positive: " + bytes);
      }
      this.maxMessageSize = bytes;
      return this;
    }

    /**
     * Reads every service's HTTP rules, binds the services and listens. Throws {@link IllegalArgumentException}
     * naming the method when an HTTP rule cannot be served, and {@link IllegalStateException} when the port cannot
     * be bound.
     */
    public WebServer start() {
      List<ServerServiceDefinition> bound = new ArrayList<>(services);
      if (reflection) {
        bound.add(ProtoReflectionServiceV1.newInstance().bindService());
      }
      java.util.Set<String> names = new java.util.HashSet<>();
      for (ServerServiceDefinition service : bound) {
        String name = service.getServiceDescriptor().getName();
        if (!names.add(name)) {
          throw new IllegalArgumentException("the service " + name + " is added twice; add each service once"
              + (name.startsWith("grpc.reflection.") ? " (reflection is on by default: reflection(false) to add your own)"
              : ""));
        }
      }
      List<ServerServiceDefinition> immutable = List.copyOf(bound);
      ServicesView view = new ServicesView(immutable);
      ExecutorService ownedExecutor = null;
      Executor blocking = executor;
      if (blocking == null) {
        ownedExecutor = Executors.newFixedThreadPool(Math.max(8, 4 * Runtime.getRuntime().availableProcessors()),
            new NamedDaemonThreads("jpaproto-web-"));
        blocking = ownedExecutor;
      }
      List<ServerServiceDefinition> served = new ArrayList<>();
      for (ServerServiceDefinition service : immutable) {
        ServerServiceDefinition wrapped = callLog == null ? service : ServerInterceptors.intercept(service, callLog);
        served.add(OffEventLoop.wrap(wrapped, blocking, view));
      }
      HttpRoutes routes = HttpRoutes.of(served); // throws before anything listens

      boolean ownsVertx = vertx == null;
      Vertx theVertx = ownsVertx ? Vertx.vertx() : vertx;
      // One daemon thread that only fires the deadlines of HTTP/JSON calls (gRPC calls get theirs from Vert.x).
      ScheduledThreadPoolExecutor deadlines = new ScheduledThreadPoolExecutor(1,
          new NamedDaemonThreads("jpaproto-web-deadlines-"));
      deadlines.setRemoveOnCancelPolicy(true);
      try {
        GrpcIoServer grpc = GrpcIoServer.server(theVertx, new GrpcServerOptions()
            .removeEnabledProtocol(GrpcProtocol.TRANSCODING) // HTTP/JSON is ours: see JsonTranscoder
            .setMaxMessageSize(maxMessageSize));
        for (ServerServiceDefinition service : served) {
          GrpcIoServiceBridge.bridge(service).bind(grpc);
        }
        JsonTranscoder json = new JsonTranscoder(routes, maxMessageSize, deadlines);
        StaticFiles files = staticFiles == null ? null : new StaticFiles(staticFiles);
        Cors theCors = cors;
        HttpServer httpServer = theVertx.createHttpServer(new HttpServerOptions()
                .setHost(host)
                .setPort(port)
                .setHttp2ClearTextEnabled(true))
            .requestHandler(request -> dispatch(request, theCors, grpc, json, files));
        await(httpServer.listen().toCompletionStage().toCompletableFuture(), "listen on " + host + ":" + port);
        return new WebServer(theVertx, ownsVertx, httpServer, ownedExecutor, deadlines, host, immutable);
      } catch (RuntimeException e) {
        if (ownsVertx) {
          theVertx.close();
        }
        deadlines.shutdownNow();
        if (ownedExecutor != null) {
          ownedExecutor.shutdownNow();
        }
        throw e;
      }
    }
  }

  private static final Pattern GRPC_CONTENT_TYPE = Pattern.compile("application/grpc(-web(-text)?)?([+;].*)?");

  /** One request: CORS first, then gRPC and gRPC-Web by content type, then JSON routes, then static files. */
  private static void dispatch(HttpServerRequest request, Cors cors, GrpcIoServer grpc, JsonTranscoder json,
      StaticFiles files) {
    if (cors != null && cors.handle(request)) {
      return; // a preflight, answered
    }
    String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
    if (contentType != null && GRPC_CONTENT_TYPE.matcher(contentType).matches()) {
      grpc.handle(request);
      return;
    }
    if (json.handle(request)) {
      return;
    }
    if (files != null && files.handle(request)) {
      return;
    }
    json.notFound(request);
  }

  private static final class NamedDaemonThreads implements ThreadFactory {
    private final String prefix;
    private final AtomicInteger next = new AtomicInteger(1);

    NamedDaemonThreads(String prefix) {
      this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, prefix + next.getAndIncrement());
      thread.setDaemon(true);
      return thread;
    }
  }
}
