package io.jpaproto.web;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import io.grpc.ForwardingServerCall;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Logs each call, whichever way it came in (gRPC, gRPC-Web, HTTP/JSON): its request and response messages as JSON and
 * its status with the time it took, at INFO on the logger {@value #LOGGER_NAME} (java.util.logging), such as
 * <pre>
 * library.v1.LibraryService/GetBook (gRPC-Web) request {"id":"3"}
 * library.v1.LibraryService/GetBook (gRPC-Web) response {"book":{"id":"3","title":"The Dispossessed",...}}
 * library.v1.LibraryService/GetBook (gRPC-Web) OK in 1.8 ms
 * </pre>
 * What is never logged:
 * <ul>
 *   <li>headers and trailers: {@code authorization}, cookies and API keys travel there;
 *   <li>fields marked {@code [debug_redact = true]} in the .proto (protobuf's own marker for sensitive fields);
 *   <li>fields whose name matches {@link #DEFAULT_SECRET_NAMES} (password, secret, credential, api_key,
 *       private_key, and every {@code *token} except {@code page_token}s), anywhere in a message.
 * </ul>
 * A redacted string (or each string of a repeated one) shows as {@value #REDACTED}; any other redacted field is
 * left out. Fields an entity excludes with {@code @ProtoIgnore} are not in the generated messages at all.
 */
public final class CallLog implements ServerInterceptor {
  /** The logger calls are logged on. */
  public static final String LOGGER_NAME = "io.jpaproto.web.calls";
  /** What a redacted string shows. */
  public static final String REDACTED = "[REDACTED]";
  /** Field names (proto names) logged as redacted, whatever their .proto says. */
  public static final Pattern DEFAULT_SECRET_NAMES = Pattern.compile(
      "(?i).*(password|passwd|passphrase|secret|credential|private_?key|api_?key).*|(?!.*page_token$).*token");
  private static final JsonFormat.Printer PRINTER = JsonFormat.printer().omittingInsignificantWhitespace();

  private final Logger logger;
  private final Pattern secretNames;

  private CallLog(Logger logger, Pattern secretNames) {
    this.logger = logger;
    this.secretNames = secretNames;
  }

  /** Logs on {@value #LOGGER_NAME}, redacting {@code debug_redact} fields and {@link #DEFAULT_SECRET_NAMES}. */
  public static CallLog standard() {
    return new CallLog(Logger.getLogger(LOGGER_NAME), DEFAULT_SECRET_NAMES);
  }

  /** This log on {@code logger} instead. */
  public CallLog withLogger(Logger logger) {
    return new CallLog(Objects.requireNonNull(logger, "logger"), secretNames);
  }

  /** This log redacting the fields whose whole proto name matches {@code secretNames} (and debug_redact ones). */
  public CallLog withSecretNames(Pattern secretNames) {
    return new CallLog(logger, Objects.requireNonNull(secretNames, "secretNames"));
  }

  @Override
  public <Req, Resp> ServerCall.Listener<Req> interceptCall(ServerCall<Req, Resp> call, Metadata headers,
      ServerCallHandler<Req, Resp> next) {
    String method = call.getMethodDescriptor().getFullMethodName() + protocol(call, headers);
    long start = System.nanoTime();
    ServerCall<Req, Resp> logged = new ForwardingServerCall.SimpleForwardingServerCall<>(call) {
      @Override
      public void sendMessage(Resp message) {
        logMessage(method, "response", message);
        super.sendMessage(message);
      }

      @Override
      public void close(Status status, Metadata trailers) {
        if (logger.isLoggable(Level.INFO)) {
          logger.info(String.format(java.util.Locale.ROOT, "%s %s%s in %.1f ms", method, status.getCode(),
              status.getDescription() == null ? "" : ": " + status.getDescription(),
              (System.nanoTime() - start) / 1e6));
        }
        super.close(status, trailers);
      }
    };
    return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(next.startCall(logged, headers)) {
      @Override
      public void onMessage(Req message) {
        logMessage(method, "request", message);
        super.onMessage(message);
      }
    };
  }

  private static final Metadata.Key<String> CONTENT_TYPE =
      Metadata.Key.of("content-type", Metadata.ASCII_STRING_MARSHALLER);

  /** " (gRPC)", " (gRPC-Web)", " (gRPC-Web text)" or " (HTTP/JSON)": how the call came in, when that is known. */
  private static String protocol(ServerCall<?, ?> call, Metadata headers) {
    if (call.getAttributes().get(JsonTranscoder.HTTP_JSON) != null) {
      return " (HTTP/JSON)";
    }
    String contentType = headers.get(CONTENT_TYPE);
    if (contentType == null) {
      return "";
    }
    if (contentType.startsWith("application/grpc-web-text")) {
      return " (gRPC-Web text)";
    }
    if (contentType.startsWith("application/grpc-web")) {
      return " (gRPC-Web)";
    }
    return contentType.startsWith("application/grpc") ? " (gRPC)" : "";
  }

  private void logMessage(String method, String what, Object message) {
    if (!logger.isLoggable(Level.INFO)) {
      return;
    }
    String json;
    if (message instanceof Message protobuf) {
      try {
        json = PRINTER.print(redacted(protobuf));
      } catch (InvalidProtocolBufferException e) {
        json = "(not printable as JSON: " + e.getMessage() + ")";
      }
    } else {
      json = "(a " + message.getClass().getName() + ", not a protobuf message)";
    }
    logger.info(method + " " + what + " " + json);
  }

  /** {@code message} with its secret fields redacted, at any depth. */
  Message redacted(Message message) {
    Message.Builder builder = null;
    for (Map.Entry<FieldDescriptor, Object> entry : message.getAllFields().entrySet()) {
      FieldDescriptor field = entry.getKey();
      if (secret(field)) {
        builder = builder == null ? message.toBuilder() : builder;
        if (field.getJavaType() == FieldDescriptor.JavaType.STRING && !field.isMapField()) {
          if (field.isRepeated()) {
            int count = ((List<?>) entry.getValue()).size();
            for (int i = 0; i < count; i++) {
              builder.setRepeatedField(field, i, REDACTED);
            }
          } else {
            builder.setField(field, REDACTED);
          }
        } else {
          builder.clearField(field);
        }
      } else if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
        if (field.isRepeated()) {
          List<?> values = (List<?>) entry.getValue();
          for (int i = 0; i < values.size(); i++) {
            Message value = (Message) values.get(i);
            Message redacted = redacted(value);
            if (redacted != value) {
              builder = builder == null ? message.toBuilder() : builder;
              builder.setRepeatedField(field, i, redacted);
            }
          }
        } else {
          Message value = (Message) entry.getValue();
          Message redacted = redacted(value);
          if (redacted != value) {
            builder = builder == null ? message.toBuilder() : builder;
            builder.setField(field, redacted);
          }
        }
      }
    }
    return builder == null ? message : builder.build();
  }

  private boolean secret(FieldDescriptor field) {
    return field.getOptions().getDebugRedact() || secretNames.matcher(field.getName()).matches();
  }
}
