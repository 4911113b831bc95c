package io.jpaproto.web;

import com.google.protobuf.Descriptors;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.ListValue;
import com.google.protobuf.Message;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.google.protobuf.util.JsonFormat;
import com.google.rpc.ErrorDetailsProto;
import io.grpc.Attributes;
import io.grpc.Context;
import io.grpc.Grpc;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerMethodDefinition;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.SocketAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * HTTP/JSON in front of the gRPC methods: builds the request message from the path variables, the query parameters
 * and the body as its {@code google.api.http} rule says, calls the method as a gRPC call would (through the same
 * interceptors and executor), and answers its response as JSON, or its status as a JSON {@code google.rpc.Status}
 * with the HTTP status of the gRPC code.
 *
 * <p>Our own code rather than vertx-grpc-transcoding (5.0.7, a tech preview): that one needs each rule written by hand
 * as options, answers 415 to a request without {@code Content-Type: application/json} (so to every plain GET and
 * DELETE from curl or a browser), and sends errors as an empty body.
 *
 * <p>JSON follows protobuf's JSON mapping: responses use the fields' JSON names (lowerCamelCase or {@code json_name})
 * and 64-bit integers as strings; requests accept JSON names and proto names. A query parameter names a field by its
 * dotted path ({@code filter.name=x}); a repeated field takes the parameter once per value; a
 * {@code google.protobuf.FieldMask} takes comma-separated paths ({@code update_mask=title,price}).
 */
final class JsonTranscoder {
  /** Set on the calls made from HTTP/JSON requests, for {@link CallLog}. */
  static final Attributes.Key<Boolean> HTTP_JSON = Attributes.Key.create("jpaproto-web HTTP/JSON call");
  private static final String JSON = "application/json";
  private static final JsonFormat.Parser PARSER = JsonFormat.parser();
  private static final JsonFormat.Printer PRINTER = JsonFormat.printer().omittingInsignificantWhitespace();
  private static final JsonFormat.Printer STATUS_PRINTER = JsonFormat.printer().omittingInsignificantWhitespace()
      .usingTypeRegistry(JsonFormat.TypeRegistry.newBuilder().add(ErrorDetailsProto.getDescriptor().getMessageTypes())
          .build());

  private final HttpRoutes routes;
  private final int maxMessageSize;
  private final ScheduledExecutorService deadlines;

  /** {@code deadlines} ends the calls whose client sent a {@code grpc-timeout} when it passes. */
  JsonTranscoder(HttpRoutes routes, int maxMessageSize, ScheduledExecutorService deadlines) {
    this.routes = routes;
    this.maxMessageSize = maxMessageSize;
    this.deadlines = deadlines;
  }

  /** Takes {@code request} when a route (or {@code POST /package.Service/Method}) matches it; else false. */
  boolean handle(HttpServerRequest request) {
    String httpMethod = request.method().name();
    String path = request.path();
    HttpRoutes.Match match = routes.match(httpMethod, path);
    if (match != null) {
      HttpRoutes.Route route = match.route();
      call(request, route.target(), route.body(), route.responseBody(), match.variables());
      return true;
    }
    HttpRoutes.Target target = path.length() > 1 ? routes.method(path.substring(1)) : null;
    if (target != null) {
      if (!httpMethod.equals("POST")) {
        fail(request, 405, Status.UNIMPLEMENTED.withDescription(
            "call " + target.fullName() + " with POST and the request as JSON, not with " + httpMethod));
      } else {
        call(request, target, "*", null, Map.of());
      }
      return true;
    }
    if (routes.matchesOtherMethod(httpMethod, path)) {
      fail(request, 405, Status.UNIMPLEMENTED.withDescription(httpMethod + " is not served on " + path));
      return true;
    }
    return false;
  }

  /** Answers 404 with a JSON status: nothing is served at {@code request}'s path. */
  void notFound(HttpServerRequest request) {
    fail(request, 404, Status.NOT_FOUND.withDescription(
        "no HTTP route for " + request.method().name() + " " + request.path()));
  }

  private void call(HttpServerRequest request, HttpRoutes.Target target, String body, String responseBody,
      Map<String, String> variables) {
    request.body().onComplete(result -> {
      if (result.failed()) {
        fail(request, Status.INVALID_ARGUMENT.withDescription("could not read the request body: "
            + result.cause().getMessage()));
        return;
      }
      Buffer buffer = result.result();
      if (buffer.length() > maxMessageSize) {
        fail(request, Status.RESOURCE_EXHAUSTED.withDescription(
            "the request body has " + buffer.length() + " bytes, more than the " + maxMessageSize + " allowed"));
        return;
      }
      Message message;
      long timeoutNanos;
      try {
        String timeout = request.getHeader(GrpcTimeout.HEADER);
        timeoutNanos = timeout == null ? -1 : GrpcTimeout.nanos(timeout);
        message = request(target, body, buffer.toString(StandardCharsets.UTF_8), variables, request.params());
      } catch (InvalidProtocolBufferException | IllegalArgumentException e) {
        fail(request, Status.INVALID_ARGUMENT.withDescription(
            "invalid request for " + target.fullName() + ": " + e.getMessage()));
        return;
      }
      start(request, target.definition(), message, target.serverStreaming(), responseBody, timeoutNanos);
    });
  }

  /** The request message: the body (where the rule puts it), then the path variables and query parameters. */
  static Message request(HttpRoutes.Target target, String body, String bodyText, Map<String, String> variables,
      MultiMap query) throws InvalidProtocolBufferException {
    Descriptors.Descriptor input = target.method().getInputType();
    Message.Builder builder = target.requestPrototype().newBuilderForType();
    if (body != null && !bodyText.isBlank()) {
      String json = bodyText;
      if (!body.equals("*")) { // {"a":{"b": <body>}} for body "a.b": field names are identifiers, nothing to escape
        String[] names = body.split("\\.");
        json = "{\"" + String.join("\":{\"", names) + "\":" + bodyText + "}".repeat(names.length);
      }
      PARSER.merge(json, builder);
    }
    Map<String, Object> bindings = new LinkedHashMap<>();
    variables.forEach((fieldPath, value) -> put(bindings, input, fieldPath, List.of(value), "path variable"));
    for (String name : query.names()) {
      if (variables.containsKey(name)) {
        continue; // the path's value wins
      }
      put(bindings, input, name, query.getAll(name), "query parameter");
    }
    if (!bindings.isEmpty()) {
      // Through protobuf's JSON parser, which already reads every field type from a string: int64, enums by name,
      // bools, bytes as base64, Timestamp, Duration, FieldMask, wrappers.
      // Parsed apart, then merged: the parser refuses a message field the body already set.
      Message.Builder bound = target.requestPrototype().newBuilderForType();
      PARSER.merge(PRINTER.print(struct(bindings)), bound);
      builder.mergeFrom(bound.build());
    }
    return builder.build();
  }

  /** Puts {@code values} at the field {@code name} (dotted, proto or JSON names) into the tree {@code bindings}. */
  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> bindings, Descriptors.Descriptor message, String name,
      List<String> values, String what) {
    Map<String, Object> node = bindings;
    Descriptors.Descriptor current = message;
    String[] names = name.split("\\.", -1);
    for (int i = 0; i < names.length; i++) {
      FieldDescriptor field = current.findFieldByName(names[i]);
      if (field == null) {
        for (FieldDescriptor candidate : current.getFields()) {
          if (candidate.getJsonName().equals(names[i])) {
            field = candidate;
          }
        }
      }
      if (field == null) {
        throw new IllegalArgumentException("the " + what + " " + name + " names no field of "
            + current.getFullName());
      }
      boolean last = i == names.length - 1;
      boolean wellKnown = field.getJavaType() == FieldDescriptor.JavaType.MESSAGE
          && field.getMessageType().getFullName().startsWith("google.protobuf.");
      if (last) {
        if (field.isMapField() || field.getJavaType() == FieldDescriptor.JavaType.MESSAGE && !wellKnown) {
          throw new IllegalArgumentException("the " + what + " " + name + " names " + field.getFullName()
              + ", which cannot be set from a string; send it in the body");
        }
        if (field.isRepeated()) {
          List<String> list = (List<String>) node.computeIfAbsent(field.getName(), key -> new ArrayList<String>());
          list.addAll(values);
        } else if (values.size() > 1) {
          throw new IllegalArgumentException("the " + what + " " + name + " is given " + values.size()
              + " times, but " + field.getFullName() + " takes one value");
        } else {
          node.put(field.getName(), values.get(0));
        }
        return;
      }
      if (field.getJavaType() != FieldDescriptor.JavaType.MESSAGE || field.isRepeated() || wellKnown) {
        throw new IllegalArgumentException("the " + what + " " + name + " goes through " + field.getFullName()
            + ", which is not a singular message");
      }
      Object child = node.computeIfAbsent(field.getName(), key -> new LinkedHashMap<String, Object>());
      node = (Map<String, Object>) child;
      current = field.getMessageType();
    }
  }

  @SuppressWarnings("unchecked")
  private static Struct struct(Map<String, Object> tree) {
    Struct.Builder struct = Struct.newBuilder();
    tree.forEach((key, value) -> {
      Value.Builder json = Value.newBuilder();
      if (value instanceof Map<?, ?> child) {
        json.setStructValue(struct((Map<String, Object>) child));
      } else if (value instanceof List<?> list) {
        ListValue.Builder items = ListValue.newBuilder();
        list.forEach(item -> items.addValues(Value.newBuilder().setStringValue((String) item)));
        json.setListValue(items);
      } else {
        json.setStringValue((String) value);
      }
      struct.putFields(key, json.build());
    });
    return struct.build();
  }

  /**
   * Starts the call as a gRPC server would: with a {@code grpc-timeout} ({@code timeoutNanos} at least 0), in a
   * context with that deadline, which the service sees ({@code Context.current().getDeadline()}) and which ends the
   * call with {@code DEADLINE_EXCEEDED} (HTTP 504) and cancels the service's context when it passes first.
   */
  @SuppressWarnings("unchecked")
  private <Req, Resp> void start(HttpServerRequest request, ServerMethodDefinition<Req, Resp> definition,
      Message message, boolean streaming, String responseBody, long timeoutNanos) {
    JsonCall<Req, Resp> call = new JsonCall<>(request, definition.getMethodDescriptor(), (Req) message, streaming,
        responseBody);
    ServerCallHandler<Req, Resp> handler = definition.getServerCallHandler();
    Metadata headers = metadata(request.headers());
    if (timeoutNanos < 0) {
      call.start(handler.startCall(call, headers));
      return;
    }
    Context.CancellableContext context = Context.current().withDeadlineAfter(timeoutNanos, TimeUnit.NANOSECONDS,
        deadlines);
    io.vertx.core.Context vertxContext = Vertx.currentContext();
    Context.CancellationListener deadlinePassed =
        expired -> vertxContext.runOnContext(ignored -> call.deadlinePassed());
    context.addListener(deadlinePassed, Runnable::run);
    call.whenEnded(() -> { // before the deadline: cancels the context (and its timer) without answering 504
      context.removeListener(deadlinePassed);
      context.cancel(null);
    });
    Context previous = context.attach();
    try {
      call.start(handler.startCall(call, headers));
    } finally {
      context.detach(previous);
    }
  }

  /** The HTTP headers a service (or an interceptor checking authorization) sees as gRPC metadata. */
  private static Metadata metadata(MultiMap headers) {
    Metadata metadata = new Metadata();
    for (Map.Entry<String, String> header : headers) {
      String name = header.getKey().toLowerCase(java.util.Locale.ROOT);
      if (name.endsWith(Metadata.BINARY_HEADER_SUFFIX) || name.startsWith(":")) {
        continue;
      }
      try {
        metadata.put(Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER), header.getValue());
      } catch (IllegalArgumentException e) {
        // a header name gRPC metadata cannot carry: not passed on
      }
    }
    return metadata;
  }

  static void fail(HttpServerRequest request, Status status) {
    fail(request, HttpStatuses.of(status.getCode()), status);
  }

  static void fail(HttpServerRequest request, Status status, Metadata trailers) {
    send(request.response(), HttpStatuses.of(status.getCode()), statusJson(status, trailers));
  }

  private static void fail(HttpServerRequest request, int httpStatus, Status status) {
    send(request.response(), httpStatus, statusJson(status, new Metadata()));
  }

  /** {@code status} as a JSON {@code google.rpc.Status}, with the details the service put in its trailers. */
  static String statusJson(Status status, Metadata trailers) {
    com.google.rpc.Status proto = StatusProto.fromStatusAndTrailers(status, trailers);
    try {
      return STATUS_PRINTER.print(proto);
    } catch (InvalidProtocolBufferException e) { // a detail of a type we do not know: the status without details
      try {
        return STATUS_PRINTER.print(proto.toBuilder().clearDetails().build());
      } catch (InvalidProtocolBufferException impossible) {
        throw new IllegalStateException(impossible);
      }
    }
  }

  static void send(HttpServerResponse response, int httpStatus, String json) {
    if (response.ended() || response.closed()) {
      return;
    }
    response.setStatusCode(httpStatus).putHeader(HttpHeaders.CONTENT_TYPE, JSON).end(json);
  }

  /**
   * A gRPC call made from an HTTP request: delivers the one request message when the service asks for it, collects
   * what it sends, and answers the HTTP request when it closes. Used on the request's Vert.x context only.
   */
  private static final class JsonCall<Req, Resp> extends ServerCall<Req, Resp> {
    private final HttpServerRequest request;
    private final MethodDescriptor<Req, Resp> method;
    private final Req message;
    private final boolean streaming;
    private final String responseBody;
    private final List<Resp> responses = new ArrayList<>();
    private final Attributes attributes;
    private Listener<Req> listener;
    private int requested;
    private boolean delivered;
    private boolean closed;
    private boolean cancelled;
    private Runnable whenEnded = () -> { };

    JsonCall(HttpServerRequest request, MethodDescriptor<Req, Resp> method, Req message, boolean streaming,
        String responseBody) {
      this.request = request;
      this.method = method;
      this.message = message;
      this.streaming = streaming;
      this.responseBody = responseBody;
      Attributes.Builder attributes = Attributes.newBuilder().set(HTTP_JSON, true);
      SocketAddress remote = request.remoteAddress();
      if (remote != null && remote.isInetSocket()) {
        attributes.set(Grpc.TRANSPORT_ATTR_REMOTE_ADDR,
            InetSocketAddress.createUnresolved(remote.hostAddress(), remote.port()));
      }
      this.attributes = attributes.build();
    }

    void start(Listener<Req> listener) {
      this.listener = listener;
      request.response().closeHandler(ignored -> {
        if (!closed && !cancelled) {
          cancelled = true;
          this.listener.onCancel();
          whenEnded.run();
        }
      });
      deliver();
    }

    /** {@code action} runs once the call is closed or cancelled. */
    void whenEnded(Runnable action) {
      whenEnded = action;
    }

    /** The call's deadline passed: answers 504 unless the call closed or was cancelled meanwhile. */
    void deadlinePassed() {
      if (closed || cancelled) {
        return;
      }
      cancelled = true;
      fail(request, Status.DEADLINE_EXCEEDED.withDescription(method.getFullMethodName()
          + " did not answer within its " + GrpcTimeout.HEADER + " of " + request.getHeader(GrpcTimeout.HEADER)));
      listener.onCancel();
    }

    private void deliver() {
      if (listener != null && !delivered && requested > 0) {
        delivered = true;
        listener.onMessage(message);
        listener.onHalfClose();
      }
    }

    @Override
    public void request(int numMessages) {
      requested += numMessages;
      deliver();
    }

    @Override
    public void sendHeaders(Metadata headers) {
      // HTTP/JSON answers with the body only; the service's headers are not passed on
    }

    @Override
    public void sendMessage(Resp response) {
      responses.add(response);
    }

    @Override
    public void close(Status status, Metadata trailers) {
      if (closed) {
        throw new IllegalStateException("call already closed");
      }
      closed = true;
      whenEnded.run();
      if (cancelled) {
        return;
      }
      if (!status.isOk()) {
        fail(request, status, trailers);
      } else if (!streaming && responses.size() != 1) {
        fail(request, Status.INTERNAL.withDescription(method.getFullMethodName() + " answered "
            + responses.size() + " messages instead of one"));
      } else {
        try {
          send(request.response(), 200, streaming ? array() : json((Message) responses.get(0)));
        } catch (InvalidProtocolBufferException e) {
          fail(request, Status.INTERNAL.withDescription("could not write the response as JSON: " + e.getMessage()));
        }
      }
      listener.onComplete();
    }

    private String json(Message response) throws InvalidProtocolBufferException {
      if (responseBody == null) {
        return PRINTER.print(response);
      }
      Message current = response;
      for (String name : responseBody.split("\\.")) {
        current = (Message) current.getField(current.getDescriptorForType().findFieldByName(name));
      }
      return PRINTER.print(current);
    }

    private String array() throws InvalidProtocolBufferException {
      StringBuilder json = new StringBuilder("[");
      for (Resp response : responses) {
        json.append(json.length() > 1 ? "," : "").append(PRINTER.print((Message) response));
      }
      return json.append(']').toString();
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public boolean isCancelled() {
      return cancelled;
    }

    @Override
    public Attributes getAttributes() {
      return attributes;
    }

    @Override
    public String getAuthority() {
      return request.authority() == null ? null : request.authority().toString();
    }

    @Override
    public MethodDescriptor<Req, Resp> getMethodDescriptor() {
      return method;
    }
  }
}
